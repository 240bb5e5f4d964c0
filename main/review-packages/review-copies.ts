import { ShieldnoteError } from '../../common/api/errors';
import type { IdentityTerm } from '../../common/domain/identity';
import type { ReviewCopyMaterial, ReviewCopySummary } from '../../common/domain/review-package';
import type { Source } from '../../common/domain/source';
import type { Statement } from '../../common/domain/statement';
import { collectionIn } from '../features/collections';
import type { CatalogData } from '../vault/catalog-adapter';
import { RecordKind } from '../vault/container';
import { fromUtf8, utf8 } from '../vault/encoding';
import type { Vault } from '../vault/vault';
import type { ReviewPackage } from './package-format';

// An editor's read-only copies of drafts received for review. The package (without identities)
// is a record sealed with the vault key; identities, when included, are a record sealed with the
// identity compartment key and never go to the renderer except through a passphrase reveal.

export const COPIES_COLLECTION = 'reviewCopies';

export interface StoredCopy extends ReviewCopySummary {
  contactId: string;
  contentHash: string;
  packageRecordId: string;
  identitiesRecordId: string | null;
  /** Terms per source that came with the package, so the review screen can say so unrevealed. */
  identityTermCounts: Record<string, number>;
  /** Our decisions' file on the desk while it is there (removed after the desk's cleanup days). */
  responseDeskFile?: { name: string; placedAt: string } | null;
}

export function listCopies(vault: Vault): ReviewCopySummary[] {
  return Object.values(vault.collection<StoredCopy>(COPIES_COLLECTION))
    .sort((a, b) => b.importedAt.localeCompare(a.importedAt))
    .map(toSummary);
}

export function toSummary(stored: StoredCopy): ReviewCopySummary {
  const { contactId: _c, contentHash: _h, packageRecordId: _p, identitiesRecordId: _i, identityTermCounts: _n, responseDeskFile: _d, ...summary } = stored;
  return summary;
}

export function storedCopy(vault: Vault, copyId: string): StoredCopy {
  const copy = vault.collection<StoredCopy>(COPIES_COLLECTION)[copyId];
  if (!copy) throw new ShieldnoteError('NOT_FOUND', 'That review copy does not exist.');
  return copy;
}

export function copyOfPackage(vault: Vault, packageId: string): StoredCopy | null {
  return Object.values(vault.collection<StoredCopy>(COPIES_COLLECTION)).find((c) => c.packageId === packageId) ?? null;
}

/** Writes the records; the caller adds the catalog entry (with `catalogEntry`) in its own update. */
export async function writeCopyRecords(vault: Vault, pkg: ReviewPackage): Promise<{ packageRecordId: string; identitiesRecordId: string | null }> {
  const { identities, ...rest } = pkg;
  const packageRecordId = vault.newRecordId();
  await vault.writeRecord(packageRecordId, RecordKind.generic, utf8(JSON.stringify(rest)));
  const identitiesRecordId = identities && Object.keys(identities).length > 0 ? await writeIdentitiesRecord(vault, identities) : null;
  return { packageRecordId, identitiesRecordId };
}

async function writeIdentitiesRecord(vault: Vault, identities: Record<string, IdentityTerm[]>): Promise<string> {
  const recordId = vault.newRecordId();
  const plaintext = Buffer.from(JSON.stringify({ schema: 1, sources: identities }), 'utf8');
  try {
    await vault.writeRecord(recordId, RecordKind.identityCompartment, plaintext);
  } finally {
    plaintext.fill(0);
  }
  return recordId;
}

export function addCopyEntry(data: CatalogData, copy: StoredCopy): void {
  collectionIn<StoredCopy>(data, COPIES_COLLECTION)[copy.id] = copy;
}

export async function readCopyPackage(vault: Vault, copyId: string): Promise<Omit<ReviewPackage, 'identities'>> {
  const copy = storedCopy(vault, copyId);
  const bytes = await vault.readRecord(copy.packageRecordId, RecordKind.generic);
  try {
    return JSON.parse(fromUtf8(bytes)) as Omit<ReviewPackage, 'identities'>;
  } catch {
    throw new ShieldnoteError('VAULT_DAMAGED', 'The review copy decrypted but is not readable.');
  }
}

/** The identities that came with a copy, by source id: for a passphrase reveal only. */
export async function readCopyIdentities(vault: Vault, copyId: string): Promise<Record<string, IdentityTerm[]>> {
  const copy = storedCopy(vault, copyId);
  if (!copy.identitiesRecordId) return {};
  const bytes = await vault.readRecord(copy.identitiesRecordId, RecordKind.identityCompartment);
  try {
    const parsed = JSON.parse(fromUtf8(bytes)) as { sources?: Record<string, IdentityTerm[]> };
    return parsed.sources ?? {};
  } catch {
    throw new ShieldnoteError('VAULT_DAMAGED', 'The identities of this review copy decrypted but are not readable.');
  } finally {
    bytes.fill(0);
  }
}

/** A copy in the shapes of local drafts, statements and sources, for the review screen. */
export async function readReviewCopy(vault: Vault, copyId: string): Promise<ReviewCopyMaterial> {
  const copy = storedCopy(vault, copyId);
  const pkg = await readCopyPackage(vault, copyId);
  const { body, ...meta } = pkg.draft;
  const termCount = (sourceId: string) => copy.identityTermCounts[sourceId] ?? 0;
  const statements: Statement[] = pkg.statements.map((s) => ({ ...s, notes: '', tags: [], attachments: [], archived: false }));
  const sources: Source[] = pkg.sources.map((s) => ({
    ...s,
    notes: '',
    archived: false,
    createdAt: pkg.createdAt,
    updatedAt: pkg.createdAt,
    identity: { termCount: termCount(s.id), counts: {} },
  }));
  return { copy: toSummary(copy), draft: { meta, body }, statements, sources, corroborations: pkg.corroborations };
}


// Travel mode: a copy's identities leave with the vault's own

/** Identities by copy id (then source id), as a travel file carries them. */
export type CopyIdentityMap = Record<string, Record<string, IdentityTerm[]>>;

/** Every copy's identities that are on this device, for the travel file. */
export async function readAllCopyIdentities(vault: Vault): Promise<CopyIdentityMap> {
  const out: CopyIdentityMap = {};
  for (const copy of Object.values(vault.collection<StoredCopy>(COPIES_COLLECTION))) {
    if (copy.identitiesRecordId) out[copy.id] = await readCopyIdentities(vault, copy.id);
  }
  return out;
}

/** Inside the travel-out catalog write: the carried copies lose their record; returns the ids to delete. */
export function detachCopyIdentities(data: CatalogData, carried: readonly string[]): string[] {
  const copies = collectionIn<StoredCopy>(data, COPIES_COLLECTION);
  const recordIds: string[] = [];
  for (const copyId of carried) {
    const copy = copies[copyId];
    if (!copy?.identitiesRecordId) continue;
    recordIds.push(copy.identitiesRecordId);
    copy.identitiesRecordId = null;
  }
  return recordIds;
}

/**
 * Seals returning identities with the current identity key. Returns the record id per copy, for
 * the caller's catalog write (`attachCopyIdentities`); copies deleted meanwhile, or holding
 * identities again, are skipped.
 */
export async function writeReturningCopyIdentities(vault: Vault, returning: CopyIdentityMap): Promise<{ written: Record<string, string>; skipped: number }> {
  const copies = vault.collection<StoredCopy>(COPIES_COLLECTION);
  const written: Record<string, string> = {};
  let skipped = 0;
  for (const [copyId, identities] of Object.entries(returning)) {
    const copy = copies[copyId];
    if (!copy || copy.identitiesRecordId || Object.keys(identities).length === 0) {
      skipped++;
      continue;
    }
    written[copyId] = await writeIdentitiesRecord(vault, identities);
  }
  return { written, skipped };
}

export function attachCopyIdentities(data: CatalogData, written: Record<string, string>): void {
  const copies = collectionIn<StoredCopy>(data, COPIES_COLLECTION);
  for (const [copyId, recordId] of Object.entries(written)) if (copies[copyId]) copies[copyId].identitiesRecordId = recordId;
}

/** A copy whose identities are in a travel file: it came with some, and none are here. */
export function copyIdentitiesAway(copy: StoredCopy): boolean {
  return copy.identitiesRecordId === null && copy.identitySourceCount > 0;
}
