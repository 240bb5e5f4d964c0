import { useIntl } from 'react-intl';
import type { ReviewCitation, ReviewView } from '../../../common/review/review-view';
import { useT } from '../i18n/use-t';

/**
 * A citation whose source has no label in the draft's language: the review says so beside the
 * placeholder the sentence shows, and which sources need one (sign-off waits for them).
 */
export function MissingLabelNotice({ view, citation }: { view: ReviewView; citation: ReviewCitation }) {
  const t = useT();
  const intl = useIntl();
  if (citation.missingLabel.length === 0) return null;
  const language = intl.formatDisplayName(view.language, { type: 'language' }) ?? view.language;
  const sources = citation.sources.filter((s) => citation.missingLabel.includes(s.id)).map((s) => s.labelText);
  return (
    <p className="review-problem review-missing-label" role="note">
      {t('review.citation.noLabel', { count: sources.length, language, sources: intl.formatList(sources, { type: 'conjunction' }) })}
    </p>
  );
}
