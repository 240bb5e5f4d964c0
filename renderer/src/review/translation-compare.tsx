import { useId } from 'react';
import { useIntl } from 'react-intl';
import type { DraftLanguage } from '../../../common/domain/language';
import type { ReviewTranslation } from '../../../common/review/translation-compare';
import { useT } from '../i18n/use-t';

/** A draft language's name in the interface language (영어, Korean). */
function useLanguageName(): (language: DraftLanguage) => string {
  const intl = useIntl();
  return (language) => intl.formatDisplayName(language, { type: 'language' }) ?? language;
}

/** What differs between this draft and one linked translation, one line each. */
export function useTranslationProblems() {
  const t = useT();
  const nameOf = useLanguageName();
  return (translation: ReviewTranslation): string[] => {
    const language = nameOf(translation.language);
    return [
      ...translation.missing.map((gap) =>
        t(gap.presentIn === 'this' ? 'review.translation.missingThere' : 'review.translation.missingHere', { number: gap.number, attribution: gap.attribution, language }),
      ),
      ...translation.counts.map((c) => t('review.translation.count', { label: c.label, thisCount: c.thisCount, linkedCount: c.linkedCount, language })),
    ];
  };
}

/** The checklist's line for linked translations: decided from the data like items 3–12. */
export function TranslationChecklistItem({ translations }: { translations: ReviewTranslation[] }) {
  const t = useT();
  const problemsOf = useTranslationProblems();
  if (translations.length === 0) return null;
  const problems = translations.flatMap(problemsOf);
  const state = problems.length ? 'fail' : 'pass';
  return (
    <li className={`checklist-item checklist-${state}`}>
      <div className="checklist-auto">
        <span className={`badge checklist-badge checklist-badge-${state}`}>{t(state === 'pass' ? 'review.translation.pass' : 'review.translation.check')}</span>
        <span>{t('review.translation.item')}</span>
      </div>
      <ul className="checklist-reasons">
        {(problems.length ? problems : [t('review.translation.same', { count: translations.length })]).map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </li>
  );
}

/** This draft and a linked translation side by side, with what differs above them. */
export function TranslationCompare({ translation, thisLanguage }: { translation: ReviewTranslation; thisLanguage: DraftLanguage }) {
  const t = useT();
  const intl = useIntl();
  const nameOf = useLanguageName();
  const ids = useId();
  const problems = useTranslationProblems()(translation);
  return (
    <section className="panel translation-compare" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="panel-title">
        {t('review.translation.compareTitle', { language: nameOf(translation.language) })}
      </h2>
      {problems.length ? (
        <ul className="translation-problems" aria-label={t('review.translation.problems')}>
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : (
        <p className="review-ok">{t('review.translation.same', { count: 1 })}</p>
      )}
      <div className="translation-columns">
        {[
          { key: 'this', language: thisLanguage, blocks: translation.thisBlocks, heading: t('review.translation.thisVersion', { language: nameOf(thisLanguage) }) },
          { key: 'linked', language: translation.language, blocks: translation.linkedBlocks, heading: t('review.translation.linkedVersion', { language: nameOf(translation.language) }) },
        ].map((column) => (
          <section key={column.key} className="translation-column" lang={column.language} aria-label={column.heading}>
            <h3 className="translation-column-title" lang={intl.locale}>
              {column.heading}
            </h3>
            {column.blocks.map((block, index) => (
              <p key={index}>{block}</p>
            ))}
          </section>
        ))}
      </div>
    </section>
  );
}
