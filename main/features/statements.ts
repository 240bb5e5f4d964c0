import { ShieldnoteError } from '../../common/api/errors';
import type { Attachment, Statement, StatementFields } from '../../common/domain/statement';
import { RecordKind } from '../vault/container';
import type { CatalogData } from '../vault/catalog-adapter';
import type { Vault } from '../vault/vault';
import { COLLECTIONS, collectionIn, type StoredStatement } from './collections';
import { storedSource } from './sources';

export function toStatement(stored: StoredStatement): Statement {
  // A plain copy is several times faster than a rest pattern; search maps up to 50 per keystroke.
  if (!('deletedAt' in stored)) return { ...stored };
  const { deletedAt: _deleted, ...statement } = stored;
  return statement;
}

export function storedStatement(vault: Vault, id: string): StoredStatement {
  const stored = vault.collection<StoredStatement>(COLLECTIONS.statements)[id];
  if (!stored || stored.deletedAt) throw new ShieldnoteError('NOT_FOUND', 'That statement does not exist (it may have been deleted).');
  return stored;
}

export function listStatements(vault: Vault, options: { sourceId?: string | undefined; includeArchived?: boolean | undefined }): Statement[] {
  return Object.values(vault.collection<StoredStatement>(COLLECTIONS.statements))
    .filter((s) => !s.deletedAt && (options.includeArchived || !s.archived) && (!options.sourceId || s.sourceId === options.sourceId))
    .sort(newestFirst)
    .map(toStatement);
}

/** Newest said first; undated statements after dated ones, newest entered first. */
export function newestFirst(a: StoredStatement, b: StoredStatement): number {
  const byDate = (b.saidOn ?? '').localeCompare(a.saidOn ?? '');
  return byDate !== 0 ? byDate : b.createdAt.localeCompare(a.createdAt);
}

function normalizedTags(tags: string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
}

/** Builds the stored form of a new or changed statement; a changed text goes into history. */
function nextVersion(previous: StoredStatement | undefined, id: string, fields: StatementFields, now: string): StoredStatement {
  const base = { ...fields, tags: normalizedTags(fields.tags), id, updatedAt: now };
  if (!previous) return { ...base, revision: 1, history: [], attachments: [], archived: false, createdAt: now };
  const textChanged = previous.text !== fields.text;
  return {
    ...base,
    revision: textChanged ? previous.revision + 1 : previous.revision,
    history: textChanged ? [...previous.history, { revision: previous.revision, text: previous.text, savedAt: previous.updatedAt }] : previous.history,
    attachments: previous.attachments,
    archived: previous.archived,
    createdAt: previous.createdAt,
  };
}

/**
 * Saves new or changed statements in one catalog write. An import passes the attachments it
 * has already written as records, and what else belongs to the same write (its audit line).
 */
export async function saveStatements(
  vault: Vault,
  items: (StatementFields & { id?: string | undefined })[],
  extra: { attachments?: (Attachment[] | undefined)[]; also?: (data: CatalogData) => void } = {},
): Promise<Statement[]> {
  const now = new Date().toISOString();
  for (const item of items) {
    storedSource(vault, item.sourceId);
    if (item.id) storedStatement(vault, item.id);
  }
  const ids = items.map((item) => item.id ?? vault.newRecordId());
  // One catalog write for the whole batch: all of it is saved, or none.
  await vault.update((data) => {
    const statements = collectionIn<StoredStatement>(data, COLLECTIONS.statements);
    items.forEach((item, i) => {
      const { id: _id, ...fields } = item;
      const next = nextVersion(statements[ids[i]!], ids[i]!, fields, now);
      const added = extra.attachments?.[i];
      statements[ids[i]!] = added?.length ? { ...next, attachments: [...next.attachments, ...added] } : next;
    });
    extra.also?.(data);
  });
  return ids.map((id) => toStatement(storedStatement(vault, id)));
}

export async function addAttachment(vault: Vault, statementId: string, file: { name: string; mimeType: string; data: Uint8Array }): Promise<Statement> {
  storedStatement(vault, statementId);
  const attachmentId = vault.newRecordId();
  await vault.writeRecord(attachmentId, RecordKind.attachment, file.data);
  try {
    await vault.update((data) => {
      const statement = collectionIn<StoredStatement>(data, COLLECTIONS.statements)[statementId]!;
      statement.attachments = [
        ...statement.attachments,
        { id: attachmentId, name: file.name, mimeType: file.mimeType || 'application/octet-stream', size: file.data.length, addedAt: new Date().toISOString() },
      ];
    });
  } catch (error) {
    await vault.deleteRecord(attachmentId);
    throw error;
  }
  return toStatement(storedStatement(vault, statementId));
}

export async function readAttachment(vault: Vault, statementId: string, attachmentId: string) {
  const attachment = storedStatement(vault, statementId).attachments.find((a) => a.id === attachmentId);
  if (!attachment) throw new ShieldnoteError('NOT_FOUND', 'That attachment does not exist.');
  const data = await vault.readRecord(attachmentId, RecordKind.attachment);
  return { name: attachment.name, mimeType: attachment.mimeType, data };
}

export async function removeAttachment(vault: Vault, statementId: string, attachmentId: string): Promise<Statement> {
  const statement = storedStatement(vault, statementId);
  if (!statement.attachments.some((a) => a.id === attachmentId)) throw new ShieldnoteError('NOT_FOUND', 'That attachment does not exist.');
  await vault.update((data) => {
    const s = collectionIn<StoredStatement>(data, COLLECTIONS.statements)[statementId]!;
    s.attachments = s.attachments.filter((a) => a.id !== attachmentId);
  });
  await vault.deleteRecord(attachmentId);
  return toStatement(storedStatement(vault, statementId));
}
