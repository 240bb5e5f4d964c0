import { useIntl } from 'react-intl';
import { previewForms, type PreviewForm } from '../../../common/attribution/form-preview';
import { LABEL_LANGUAGES, type DraftLanguage } from '../../../common/domain/language';
import type { SourceLabel } from '../../../common/domain/source';
import { useT } from '../i18n/use-t';
import type { MessageId } from '../i18n/messages';

interface LabelPreviewProps {
  label: SourceLabel;
  /** The region's name: "Label preview" in the form, "Label forms" on a source's page. */
  name?: 'preview' | 'forms';
  live?: boolean;
}

const FORM_NAMES: Record<PreviewForm, MessageId> = {
  first: 'sources.preview.first',
  separate: 'sources.preview.separate',
  backReference: 'sources.preview.backReference',
  ordinal: 'sources.preview.ordinal',
  plural: 'sources.preview.plural',
  outlet: 'sources.preview.outlet',
  dated: 'sources.preview.dated',
};

/**
 * Every form a story uses for this label, in English and in every other language the label has,
 * rendered by the attribution engine itself (common/attribution/form-preview.ts).
 */
export function LabelPreview({ label, name = 'preview', live = true }: LabelPreviewProps) {
  const t = useT();
  const intl = useIntl();
  const english = label.noun.trim() === '' ? null : previewForms(label, 'en');
  const others = LABEL_LANGUAGES.flatMap((language) => {
    const rows = previewForms(label, language);
    return rows ? [{ language, rows }] : [];
  });
  const languageName = (language: DraftLanguage) => intl.formatDisplayName(language, { type: 'language' }) ?? language;
  const regionName = (language: DraftLanguage | null) =>
    language === null
      ? t(name === 'preview' ? 'sources.preview.region' : 'sources.preview.formsRegion')
      : t(name === 'preview' ? 'sources.preview.regionIn' : 'sources.preview.formsRegionIn', { language: languageName(language) });
  const forms = (language: DraftLanguage, rows: NonNullable<ReturnType<typeof previewForms>>) => (
    <dl className="label-forms">
      {rows.map((row) => (
        <div key={row.form}>
          <dt>{t(FORM_NAMES[row.form])}</dt>
          <dd lang={language}>{row.text}</dd>
        </div>
      ))}
    </dl>
  );
  return (
    <>
      <section className="label-preview" aria-label={regionName(null)} aria-live={live ? 'polite' : undefined}>
        {english ? forms('en', english) : <p className="label-preview-empty">{t('sources.preview.empty')}</p>}
      </section>
      {others.map(({ language, rows }) => (
        <section key={language} className="label-preview" aria-label={regionName(language)} aria-live={live ? 'polite' : undefined}>
          <h3 className="label-preview-language">{languageName(language)}</h3>
          {forms(language, rows)}
        </section>
      ))}
    </>
  );
}
