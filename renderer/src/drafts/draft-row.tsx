import type { Ref } from 'react';
import type { DraftMeta } from '../../../common/domain/draft';
import { StatusBadge } from '../components/status-badge';
import { formatUpdated } from '../editor/format';
import { titleOf } from './draft-sort';
import { useT } from '../i18n/use-t';
import { formatNumber } from '../app/format';

// One row of the drafts table: the title opens the draft; Review, Send for review…, Export and
// Delete act on it. The list keeps the buttons' refs to put focus back where the user was.

interface DraftRowProps {
  draft: DraftMeta;
  openRef: Ref<HTMLButtonElement>;
  sendRef: Ref<HTMLButtonElement>;
  onOpen: () => void;
  onReview: () => void;
  onSend: () => void;
  onExport: () => void;
  onDelete: () => void;
}

export function DraftRow({ draft, openRef, sendRef, onOpen, onReview, onSend, onExport, onDelete }: DraftRowProps) {
  const t = useT();
  return (
    <tr>
      <th scope="row" className="draft-title-cell">
        <button
          ref={openRef}
          type="button"
          className={['draft-open', draft.title.trim() ? '' : 'is-untitled'].filter(Boolean).join(' ')}
          onClick={onOpen}
        >
          {titleOf(draft)}
        </button>
      </th>
      <td>
        <StatusBadge status={draft.status} selfApproved={draft.selfApproved} />
        {draft.review && draft.review.flagged > 0 ? <span className="badge badge-flagged">{t('drafts.row.flagged', { count: draft.review.flagged })}</span> : null}
        {draft.review && draft.review.reopened > 0 ? <span className="badge badge-reopened">{t('drafts.row.reopened', { count: draft.review.reopened })}</span> : null}
      </td>
      <td className="numeric">{formatNumber(draft.wordCount)}</td>
      <td className="numeric">{formatNumber(draft.citationCount)}</td>
      <td>
        <time dateTime={draft.updatedAt}>{formatUpdated(draft.updatedAt)}</time>
      </td>
      <td className="draft-actions">
        <div className="row-actions">
          {draft.status !== 'drafting' && draft.citationCount > 0 ? (
            <button type="button" className="link-button" aria-label={t('drafts.row.reviewLabel', { title: titleOf(draft) })} onClick={onReview}>
              {t('drafts.row.review')}
            </button>
          ) : null}
          {draft.citationCount > 0 ? (
            <button
              ref={sendRef}
              type="button"
              className="link-button"
              aria-label={t('drafts.row.sendLabel', { title: titleOf(draft) })}
              onClick={onSend}
            >
              {t('drafts.row.send')}
            </button>
          ) : null}
          <button type="button" className="link-button" aria-label={t('drafts.row.exportLabel', { title: titleOf(draft) })} onClick={onExport}>
            {t('drafts.row.export')}
          </button>
          <button
            type="button"
            className="link-button button-danger-text"
            aria-label={t('drafts.row.deleteLabel', { title: titleOf(draft) })}
            onClick={onDelete}
          >
            {t('drafts.row.delete')}
          </button>
        </div>
      </td>
    </tr>
  );
}
