import { DRAFT_STATUSES, type DraftMeta } from '../../../common/domain/draft';
import type { MessageId } from '../i18n/messages';
import { translate } from '../i18n/translate';

// How the drafts list orders and names its rows.

export type SortKey = 'updated' | 'title' | 'status';
export const SORTS: { value: SortKey; label: MessageId }[] = [
  { value: 'updated', label: 'drafts.sort.updated' },
  { value: 'title', label: 'drafts.sort.title' },
  { value: 'status', label: 'drafts.sort.status' },
];

export const titleOf = (draft: DraftMeta) => draft.title.trim() || translate('editor.untitled');

export function sortDrafts(drafts: readonly DraftMeta[], sort: SortKey): DraftMeta[] {
  const byUpdated = (a: DraftMeta, b: DraftMeta) => b.updatedAt.localeCompare(a.updatedAt);
  const list = [...drafts];
  switch (sort) {
    case 'title':
      // Untitled drafts go last.
      return list.sort((a, b) => (!a.title.trim() ? 1 : 0) - (!b.title.trim() ? 1 : 0) || a.title.trim().localeCompare(b.title.trim(), undefined, { sensitivity: 'base' }) || byUpdated(a, b));
    case 'status':
      return list.sort((a, b) => DRAFT_STATUSES.indexOf(a.status) - DRAFT_STATUSES.indexOf(b.status) || byUpdated(a, b));
    default:
      return list.sort(byUpdated);
  }
}
