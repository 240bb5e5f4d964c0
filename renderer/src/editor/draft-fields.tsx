import type { RefObject } from 'react';
import type { DraftMetaFields } from '../../../common/domain/draft';

// Title, dateline and byline above the text.

export type FieldInputs = Partial<Record<keyof DraftMetaFields, HTMLInputElement | null>>;

// The contract refuses longer lines and control characters (draftMetaFieldsSchema): cleaned as
// typed or pasted, so a save never fails on them.
const FIELD_LIMITS: Record<keyof DraftMetaFields, number> = { title: 300, dateline: 120, byline: 200 };
const CONTROL = /[\u0000-\u001f\u007f]/g;
const LABELS: Record<keyof DraftMetaFields, string> = { title: 'Title', dateline: 'Dateline', byline: 'Byline' };
const PLACEHOLDERS: Record<keyof DraftMetaFields, string> = { title: 'Untitled draft', dateline: 'SEOUL', byline: 'By …' };

interface DraftFieldsProps {
  /** useId prefix of the screen. */
  ids: string;
  fields: DraftMetaFields;
  /** The inputs, for the screen to focus (first focus, a leak found in a field). */
  inputsRef: RefObject<FieldInputs>;
  onChange: (fields: DraftMetaFields) => void;
}

export function DraftFields({ ids, fields, inputsRef, onChange }: DraftFieldsProps) {
  return (
    <div className="draft-fields">
      {(['title', 'dateline', 'byline'] as const).map((name) => (
        <div key={name} className={`field draft-field draft-field-${name}`}>
          <label className="field-label" htmlFor={`${ids}-${name}`}>
            {LABELS[name]}
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
            placeholder={PLACEHOLDERS[name]}
            onChange={(event) => onChange({ ...fields, [name]: event.target.value.replace(CONTROL, ' ').slice(0, FIELD_LIMITS[name]) })}
          />
        </div>
      ))}
    </div>
  );
}
