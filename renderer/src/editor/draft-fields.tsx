import type { RefObject } from 'react';
import type { DraftMetaFields } from '../../../common/domain/draft';
import { DRAFT_LANGUAGES, LANGUAGE_NAMES, type DraftLanguage } from '../../../common/domain/language';
import { useT } from '../i18n/use-t';
import type { MessageId } from '../i18n/messages';

// Title, dateline and byline above the text, and the language the draft is written in.

export type FieldInputs = Partial<Record<keyof DraftMetaFields, HTMLInputElement | null>>;

// The contract refuses longer lines and control characters (draftMetaFieldsSchema): cleaned as
// typed or pasted, so a save never fails on them.
const FIELD_LIMITS: Record<keyof DraftMetaFields, number> = { title: 300, dateline: 120, byline: 200 };
const CONTROL = /[\u0000-\u001f\u007f]/g;
const LABELS: Record<keyof DraftMetaFields, MessageId> = { title: 'editor.fields.title', dateline: 'editor.fields.dateline', byline: 'editor.fields.byline' };
const PLACEHOLDERS: Record<keyof DraftMetaFields, MessageId> = {
  title: 'editor.fields.titlePlaceholder',
  dateline: 'editor.fields.datelinePlaceholder',
  byline: 'editor.fields.bylinePlaceholder',
};

interface DraftFieldsProps {
  /** useId prefix of the screen. */
  ids: string;
  fields: DraftMetaFields;
  /** The inputs, for the screen to focus (first focus, a leak found in a field). */
  inputsRef: RefObject<FieldInputs>;
  onChange: (fields: DraftMetaFields) => void;
  language: DraftLanguage;
  onLanguage: (language: DraftLanguage) => void;
}

export function DraftFields({ ids, fields, inputsRef, onChange, language, onLanguage }: DraftFieldsProps) {
  const t = useT();
  return (
    <div className="draft-fields">
      {(['title', 'dateline', 'byline'] as const).map((name) => (
        <div key={name} className={`field draft-field draft-field-${name}`}>
          <label className="field-label" htmlFor={`${ids}-${name}`}>
            {t(LABELS[name])}
          </label>
          <input
            ref={(element) => {
              inputsRef.current[name] = element;
            }}
            id={`${ids}-${name}`}
            className="input"
            value={fields[name]}
            maxLength={FIELD_LIMITS[name]}
            autoComplete="off"
            placeholder={t(PLACEHOLDERS[name])}
            onChange={(event) => onChange({ ...fields, [name]: event.target.value.replace(CONTROL, ' ').slice(0, FIELD_LIMITS[name]) })}
          />
        </div>
      ))}
      <div className="field draft-field draft-field-language">
        <label className="field-label" htmlFor={`${ids}-language`}>
          {t('editor.fields.language')}
        </label>
        <select
          id={`${ids}-language`}
          className="input"
          value={language}
          aria-describedby={`${ids}-language-hint`}
          onChange={(event) => onLanguage(event.target.value as DraftLanguage)}
        >
          {DRAFT_LANGUAGES.map((tag) => (
            // Each language by its own name, as its readers write it.
            <option key={tag} value={tag} lang={tag}>
              {LANGUAGE_NAMES[tag].native}
            </option>
          ))}
        </select>
        <span id={`${ids}-language-hint`} className="visually-hidden">
          {t('editor.fields.languageHint')}
        </span>
      </div>
    </div>
  );
}
