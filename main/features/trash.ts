import { message } from '../../common/domain/message';
import { ShieldnoteError } from '../../common/api/errors';
import type { DeleteOutcome } from '../../common/domain/search';
import type { Vault } from '../vault/vault';
import { appendAudit } from './audit-log';
import { COLLECTIONS, collectionIn, type StoredSource, type StoredStatement } from './collections';
import { writeIdentity } from './identity-compartment';
import { statementsOfSource, storedSource } from './sources';
import { storedStatement } from './statements';
import { storedDraft, type StoredDraft } from './drafts';

// Deleting never happens silently to cited material, and is undoable until the next lock:
// deleted items are flagged, hidden everywhere, and purged for good when the vault locks.

export type ItemKind = 'source' | 'statement' | 'draft';

const COLLECTION_OF: Record<ItemKind, string> = { source: COLLECTIONS.sources, statement: COLLECTIONS.statements, draft: COLLECTIONS.drafts };

export function draftsCiting(vault: Vault, statementIds: Set<string>): { id: string; title: string }[] {
  return Object.values(vault.collection<StoredDraft>(COLLECTIONS.drafts))
    .filter((d) => !d.deletedAt && (d.citedStatementIds ?? []).some((id) => statementIds.has(id)))
    .map((d) => ({ id: d.id, title: d.title || 'Untitled draft' }));
}

export async function deleteItem(vault: Vault, kind: ItemKind, id: string): Promise<DeleteOutcome> {
  const now = new Date().toISOString();
  if (kind === 'draft') {
    storedDraft(vault, id);
    await vault.update((data) => {
      collectionIn<StoredDraft>(data, COLLECTIONS.drafts)[id]!.deletedAt = now;
    });
    return { outcome: 'deleted', undoUntil: 'lock' };
  }
  if (kind === 'statement') {
    const statement = storedStatement(vault, id);
    const drafts = draftsCiting(vault, new Set([id]));
    if (drafts.length) return { outcome: 'cited', drafts };
    await vault.update((data) => {
      collectionIn<StoredStatement>(data, COLLECTIONS.statements)[id]!.deletedAt = now;
      appendAudit(data, vault, 'statement.deleted', statement.sourceId, message('audit.detail.statementDeleted', { id }));
    });
    return { outcome: 'deleted', undoUntil: 'lock' };
  }
  storedSource(vault, id);
  const statements = statementsOfSource(vault, id).filter((s) => !s.deletedAt);
  const drafts = draftsCiting(vault, new Set(statements.map((s) => s.id)));
  if (drafts.length) return { outcome: 'cited', drafts };
  await vault.update((data) => {
    collectionIn<StoredSource>(data, COLLECTIONS.sources)[id]!.deletedAt = now;
    const all = collectionIn<StoredStatement>(data, COLLECTIONS.statements);
    for (const s of statements) Object.assign(all[s.id]!, { deletedAt: now, deletedWith: id });
    appendAudit(data, vault, 'source.deleted', id, message('audit.detail.sourceDeleted', { count: statements.length }));
  });
  return { outcome: 'deleted', undoUntil: 'lock' };
}

export async function undoDelete(vault: Vault, kind: ItemKind, id: string): Promise<void> {
  const collection = COLLECTION_OF[kind];
  const item = vault.collection<{ deletedAt?: string }>(collection)[id];
  if (!item?.deletedAt) throw new ShieldnoteError('NOT_FOUND', 'There is nothing to restore: it was not deleted, or the vault was locked since.');
  if (kind === 'statement') {
    const sourceId = (item as StoredStatement).sourceId;
    if (vault.collection<StoredSource>(COLLECTIONS.sources)[sourceId]?.deletedAt) {
      throw new ShieldnoteError('CONFLICT', 'Its source was deleted too: restore the source first.');
    }
  }
  await vault.update((data) => {
    const items = collectionIn<StoredSource | StoredStatement>(data, collection);
    delete items[id]!.deletedAt;
    if (kind === 'source') {
      for (const s of Object.values(collectionIn<StoredStatement>(data, COLLECTIONS.statements))) {
        if (s.deletedWith === id) {
          delete s.deletedAt;
          delete s.deletedWith;
        }
      }
    } else {
      delete (items[id] as StoredStatement).deletedWith;
    }
  });
}

export async function setArchived(vault: Vault, kind: Exclude<ItemKind, 'draft'>, id: string, archived: boolean): Promise<void> {
  if (kind === 'source') storedSource(vault, id);
  else storedStatement(vault, id);
  await vault.update((data) => {
    collectionIn<{ archived: boolean }>(data, COLLECTION_OF[kind])[id]!.archived = archived;
  });
}

/** Removes deleted items for good: identities, attachments and catalog entries. */
export async function purgeTrash(vault: Vault): Promise<number> {
  const sources = Object.values(vault.collection<StoredSource>(COLLECTIONS.sources)).filter((s) => s.deletedAt);
  const statements = Object.values(vault.collection<StoredStatement>(COLLECTIONS.statements)).filter((s) => s.deletedAt);
  const drafts = Object.values(vault.collection<StoredDraft>(COLLECTIONS.drafts)).filter((d) => d.deletedAt);
  if (sources.length === 0 && statements.length === 0 && drafts.length === 0) return 0;
  for (const source of sources) if (Object.keys(source.identityCounts).length) await writeIdentity(vault, source.id, null);
  await vault.update((data) => {
    const allSources = collectionIn<StoredSource>(data, COLLECTIONS.sources);
    const allStatements = collectionIn<StoredStatement>(data, COLLECTIONS.statements);
    for (const s of sources) delete allSources[s.id];
    for (const s of statements) delete allStatements[s.id];
    const allDrafts = collectionIn<StoredDraft>(data, COLLECTIONS.drafts);
    for (const d of drafts) delete allDrafts[d.id];
  });
  for (const s of statements) for (const a of s.attachments) await vault.deleteRecord(a.id);
  for (const d of drafts) await vault.deleteRecord(d.bodyRecordId);
  for (const d of drafts) for (const image of d.images ?? []) await vault.deleteRecord(image.id);
  return sources.length + statements.length + drafts.length;
}
