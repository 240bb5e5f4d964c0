import type { MergeNotice, MergeSubject } from '../../common/domain/merge-notice';
import { COLLECTIONS } from '../features/collections';
import type { StoredDraft } from '../features/drafts';
import type { Vault } from '../vault/vault';
import { deviceLabel } from './device-id';
import { syncMetaOf, type SyncNotice } from './sync-meta';

// The notices merges leave in the catalog, in words for the renderer. They are part of the
// catalog (so a merge made on one device is reported on every device), and so is dismissing one.

const SHOWN_LIMIT = 200;
const VALUE_PREVIEW = 200;

function subjectOf(vault: Vault, notice: SyncNotice): { subject: MergeSubject; title: string | null } {
  const item = vault.collection<Record<string, unknown>>(notice.collection)[notice.itemId];
  switch (notice.collection) {
    case COLLECTIONS.drafts:
      return { subject: 'draft', title: typeof item?.title === 'string' && item.title.trim() ? item.title.trim().slice(0, 80) : null };
    case COLLECTIONS.statements:
      return { subject: 'statement', title: null };
    case COLLECTIONS.sources:
      return { subject: 'source', title: typeof item?.label === 'string' ? item.label.slice(0, 80) : null };
    case COLLECTIONS.settings:
      return { subject: 'settings', title: null };
    case '$meta':
      return { subject: 'vault', title: null };
    case 'contacts':
      return { subject: 'contact', title: null };
    default:
      return { subject: 'item', title: null };
  }
}

function what(vault: Vault, notice: SyncNotice): string {
  const item = vault.collection<Record<string, unknown>>(notice.collection)[notice.itemId];
  switch (notice.collection) {
    case COLLECTIONS.drafts: {
      const title = typeof item?.title === 'string' && item.title.trim() ? `“${item.title.trim().slice(0, 80)}”` : 'without a title';
      return `The draft ${title}`;
    }
    case COLLECTIONS.statements:
      return 'A statement';
    case COLLECTIONS.sources:
      return typeof item?.label === 'string' ? `The source “${item.label.slice(0, 80)}”` : 'A source';
    case COLLECTIONS.settings:
      return 'The vault’s settings';
    case '$meta':
      return 'The vault’s name';
    case 'contacts':
      return 'A contact';
    default:
      return 'An item';
  }
}

function preview(json: string | null): string {
  if (json === null) return '(empty)';
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return '(unreadable)';
  }
  const text = typeof value === 'string' ? value : Array.isArray(value) && value.every((v) => typeof v === 'string') ? value.join(', ') : JSON.stringify(value);
  return text.length > VALUE_PREVIEW ? `${text.slice(0, VALUE_PREVIEW - 1)}…` : text;
}

export function listMergeNotices(vault: Vault): MergeNotice[] {
  const sync = syncMetaOf({ sync: (vault.catalog as { sync?: unknown }).sync });
  const drafts = vault.collection<StoredDraft>(COLLECTIONS.drafts);
  const out: MergeNotice[] = [];
  for (const [id, notice] of Object.entries(sync.notices)) {
    if (id in sync.dismissed) continue;
    const at = new Date(notice.at || 0).toISOString();
    const device = deviceLabel(notice.device);
    const facts = { ...subjectOf(vault, notice), device: notice.device.slice(0, 8), fields: [] as string[], copyTitle: null as string | null };
    if (notice.kind === 'conflicting-copy') {
      const copy = drafts[notice.detail];
      if (!copy || copy.deletedAt) continue;
      const original = drafts[notice.itemId];
      const title = original?.title.trim() ? `“${original.title.trim().slice(0, 80)}”` : 'a draft';
      out.push({ id, kind: notice.kind, at, draftId: copy.id, others: [], ...facts, title: original?.title.trim() || null, copyTitle: copy.title, text: `The text of ${title} was changed on this device and on ${device} at the same time. The later text stays; the other is kept as the draft “${copy.title}”.` });
    } else if (notice.kind === 'deleted-but-changed') {
      out.push({ id, kind: notice.kind, at, draftId: notice.collection === COLLECTIONS.drafts ? notice.itemId : null, others: [], ...facts, text: `${what(vault, notice)} was deleted on one device and changed on ${device} meanwhile, so it was kept.` });
    } else {
      const fields = notice.detail.split(',').filter(Boolean);
      const others = Object.values(sync.history)
        .filter((h) => h.collection === notice.collection && h.itemId === notice.itemId && fields.includes(h.field))
        .sort((a, b) => b.lostAt - a.lostAt)
        .slice(0, fields.length)
        .map((h) => ({ field: h.field, value: preview(h.value) }));
      out.push({
        id, kind: 'field-conflict', at, draftId: notice.collection === COLLECTIONS.drafts ? notice.itemId : null, others, ...facts, fields,
        text: `Merged changes: ${what(vault, notice)} was changed on this device and on ${device} (${fields.join(', ')}). The later change stays; the other value is kept in its history.`,
      });
    }
  }
  return out.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).slice(0, SHOWN_LIMIT);
}

export async function dismissMergeNotice(vault: Vault, id: string): Promise<void> {
  await vault.update((data) => {
    const sync = syncMetaOf(data);
    if (id in sync.notices) sync.dismissed[id] = Date.now();
  });
}
