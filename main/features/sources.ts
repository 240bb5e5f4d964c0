import { ShieldnoteError } from '../../common/api/errors';
import type { IdentityTerm } from '../../common/domain/identity';
import type { IdentityTermKind, Source, SourceFields } from '../../common/domain/source';
import type { Vault } from '../vault/vault';
import { COLLECTIONS, collectionIn, type StoredSource, type StoredStatement } from './collections';

export function toSource(stored: StoredSource): Source {
  const { identityCounts, deletedAt: _deleted, ...rest } = stored;
  const termCount = Object.values(identityCounts).reduce((n, c) => n + (c ?? 0), 0);
  return { ...rest, identity: { termCount, counts: { ...identityCounts } } };
}

export function storedSource(vault: Vault, id: string): StoredSource {
  const stored = vault.collection<StoredSource>(COLLECTIONS.sources)[id];
  if (!stored || stored.deletedAt) throw new ShieldnoteError('NOT_FOUND', 'That source does not exist (it may have been deleted).');
  return stored;
}

export function listSources(vault: Vault, includeArchived = false): Source[] {
  return Object.values(vault.collection<StoredSource>(COLLECTIONS.sources))
    .filter((s) => !s.deletedAt && (includeArchived || !s.archived))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map(toSource);
}

export async function saveSource(vault: Vault, fields: SourceFields & { id?: string | undefined }): Promise<Source> {
  const now = new Date().toISOString();
  const { id: existingId, ...profile } = fields;
  const id = existingId ?? vault.newRecordId();
  if (existingId) storedSource(vault, existingId);
  await vault.update((data) => {
    const sources = collectionIn<StoredSource>(data, COLLECTIONS.sources);
    const previous = sources[id];
    sources[id] = {
      ...profile,
      id,
      archived: previous?.archived ?? false,
      identityCounts: previous?.identityCounts ?? {},
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
    };
  });
  return toSource(storedSource(vault, id));
}

export function countTerms(terms: IdentityTerm[]): Partial<Record<IdentityTermKind, number>> {
  const counts: Partial<Record<IdentityTermKind, number>> = {};
  for (const term of terms) counts[term.kind] = (counts[term.kind] ?? 0) + 1;
  return counts;
}

export function statementsOfSource(vault: Vault, sourceId: string): StoredStatement[] {
  return Object.values(vault.collection<StoredStatement>(COLLECTIONS.statements)).filter((s) => s.sourceId === sourceId);
}
