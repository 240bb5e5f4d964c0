import { useIntl } from 'react-intl';
import { LABEL_LANGUAGES, type LabelLanguage } from '../../../common/domain/language';
import type { LocalLabel, SourceLabel } from '../../../common/domain/source';
import { Field } from '../components/field';
import { useT } from '../i18n/use-t';
import type { MessageId } from '../i18n/messages';

// The label in each language other than English: a place and a noun, as that language's copy
// writes them. A language left empty has no label: drafts in it say so at the chip.

export type LocalLabelKey = `${LabelLanguage}:${keyof LocalLabel}`;
export type LocalLabelDraft = Record<LocalLabelKey, string>;
/** The error a place without a noun gets (translated where it is shown). */
export const NOUN_NEEDED = 'sources.local.nounNeeded' satisfies MessageId;

const EXAMPLES: Record<LabelLanguage, { place: MessageId; noun: MessageId }> = {
  ko: { place: 'sources.local.ko.placeHint', noun: 'sources.local.ko.nounHint' },
  'zh-Hans': { place: 'sources.local.zh.placeHint', noun: 'sources.local.zh.nounHint' },
  ja: { place: 'sources.local.ja.placeHint', noun: 'sources.local.ja.nounHint' },
};

export function localLabelDraft(label: SourceLabel | undefined): LocalLabelDraft {
  const draft = {} as LocalLabelDraft;
  for (const language of LABEL_LANGUAGES) {
    draft[`${language}:place`] = label?.byLanguage?.[language]?.place ?? '';
    draft[`${language}:noun`] = label?.byLanguage?.[language]?.noun ?? '';
  }
  return draft;
}

/** The languages filled in; a place without a noun is an error the form shows at the noun. */
export function byLanguageOf(draft: LocalLabelDraft): { byLanguage: SourceLabel['byLanguage']; missingNoun: LabelLanguage[] } {
  const byLanguage: NonNullable<SourceLabel['byLanguage']> = {};
  const missingNoun: LabelLanguage[] = [];
  for (const language of LABEL_LANGUAGES) {
    const place = draft[`${language}:place`];
    const noun = draft[`${language}:noun`];
    if (noun.trim()) byLanguage[language] = { place, noun };
    else if (place.trim()) missingNoun.push(language);
  }
  return { byLanguage: Object.keys(byLanguage).length ? byLanguage : undefined, missingNoun };
}

interface LocalLabelFieldsProps {
  draft: LocalLabelDraft;
  errors: Partial<Record<LocalLabelKey, string>>;
  update: (patch: Partial<LocalLabelDraft>) => void;
}

export function LocalLabelFields({ draft, errors, update }: LocalLabelFieldsProps) {
  const t = useT();
  const intl = useIntl();
  return (
    <fieldset className="label-fields local-label-fields">
      <legend className="field-label">{t('sources.local.legend')}</legend>
      <p className="field-hint">{t('sources.local.hint')}</p>
      {LABEL_LANGUAGES.map((language) => {
        const name = intl.formatDisplayName(language, { type: 'language' }) ?? language;
        return (
          <div key={language} className="label-row local-label-row">
            <Field
              label={t('sources.local.place', { language: name })}
              value={draft[`${language}:place`]}
              onChange={(event) => update({ [`${language}:place`]: event.target.value })}
              hint={t(EXAMPLES[language].place)}
              error={errors[`${language}:place`]}
              lang={language}
              autoComplete="off"
            />
            <Field
              label={t('sources.local.noun', { language: name })}
              value={draft[`${language}:noun`]}
              onChange={(event) => update({ [`${language}:noun`]: event.target.value })}
              hint={t(EXAMPLES[language].noun)}
              error={errors[`${language}:noun`] === NOUN_NEEDED ? t(NOUN_NEEDED) : errors[`${language}:noun`]}
              lang={language}
              autoComplete="off"
            />
          </div>
        );
      })}
    </fieldset>
  );
}
