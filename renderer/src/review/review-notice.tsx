import { useEffect, useState } from 'react';
import type { ReviewView } from '../../../common/review/review-view';
import { callApi } from '../api';
import { useT } from '../i18n/use-t';

interface ReviewNoticeProps {
  draftId: string;
  /** Refetches after each save: an edit may reopen approvals. */
  bodyRevision: number;
  onOpenReview: (citationKey?: string) => void;
}

/**
 * The editor's side panel: where the review stands, and which approvals an edit reopened
 * ("2 approvals reopened: the passage changed", each a link to its citation in the review).
 */
export function ReviewNotice({ draftId, bodyRevision, onOpenReview }: ReviewNoticeProps) {
  const t = useT();
  const [view, setView] = useState<ReviewView | null>(null);
  useEffect(() => {
    let live = true;
    void callApi((api) => api.getReview({ subject: { draftId } })).then((result) => {
      if (live && result.ok) setView(result.value);
    });
    return () => {
      live = false;
    };
  }, [draftId, bodyRevision]);

  if (!view || view.status === 'drafting' || view.citations.length === 0) return null;
  const reopened = view.reopened?.citationKeys.map((key) => view.citations.find((c) => c.key === key)).filter((c) => !!c) ?? [];
  const flagged = view.citations.filter((c) => c.decision.state === 'flagged');
  return (
    <aside aria-label={t('review.notice.label')} className={`side-section${reopened.length ? ' review-side-notice' : ''}`}>
      <h2 className="side-title">{t('review.notice.label')}</h2>
      <p className="side-status" role="status">
        {reopened.length > 0
          ? t('review.notice.reopened', { count: reopened.length })
          : t('review.notice.counts', { approved: view.counts.approved, total: view.citations.length, flagged: flagged.length })}
      </p>
      {[...reopened, ...flagged].length > 0 ? (
        <ul className="review-side-links">
          {reopened.map((c) => (
            <li key={`r-${c.key}`}>
              <button type="button" className="link-button" onClick={() => onOpenReview(c.key)}>
                {t('review.notice.reopenedLink', { number: c.number, attribution: c.attribution })}
              </button>
            </li>
          ))}
          {flagged.map((c) => (
            <li key={`f-${c.key}`}>
              <button type="button" className="link-button" onClick={() => onOpenReview(c.key)}>
                {t('review.notice.flaggedLink', { number: c.number, comment: c.decision.comment ?? '' })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <button type="button" className="button button-secondary button-small" onClick={() => onOpenReview()}>
        {t('review.notice.open')}
      </button>
    </aside>
  );
}
