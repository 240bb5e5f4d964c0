import { ShieldnoteError } from '../../common/api/errors';
import type { DocNode, Draft, DraftMeta, DraftMetaFields, DraftStatus } from '../../common/domain/draft';
import type { DraftImage } from '../../common/domain/draft-image';
import type { DraftLanguage } from '../../common/domain/language';
import { emptyDoc } from '../../common/domain/draft';
import { collectCitations, wordCount } from '../../common/document/draft-doc';
import { RecordKind } from '../vault/container';
import type { CatalogData } from '../vault/catalog-adapter';
import type { Vault } from '../vault/vault';
import { COLLECTIONS, collectionIn } from './collections';
import { withdrawSignOff } from './review-store';

// Draft metadata lives in the catalog; each body is its own record file, so an autosave writes
// that one file. The catalog is written at once only when the set of cited statements changes
// (deleting a source must see it); word count and times follow with the next catalog save.

export interface StoredDraft extends DraftMeta {
  bodyRecordId: string;
  citedStatementIds: string[];
  deletedAt?: string;
  /** Leak-guard findings the reporter dismissed, by finding key, with the reason given. */
  dismissed?: Record<string, { reason: string; at: string }>;
  /** Images that go out with the draft, in story order (bytes in their own records). */
  images?: DraftImage[];
}

interface BodyRecord {
  schema: 1;
  revision: number;
  savedAt: string;
  doc: DocNode;
}

export function toMeta(stored: StoredDraft): DraftMeta {
  const { bodyRecordId: _r, citedStatementIds: _c, deletedAt: _d, dismissed: _x, images: _i, ...meta } = stored;
  return meta;
}

export function storedDraft(vault: Vault, id: string): StoredDraft {
  const draft = vault.collection<StoredDraft>(COLLECTIONS.drafts)[id];
  if (!draft || draft.deletedAt) throw new ShieldnoteError('NOT_FOUND', 'That draft does not exist (it may have been deleted).');
  return draft;
}

export function listDrafts(vault: Vault): DraftMeta[] {
  return Object.values(vault.collection<StoredDraft>(COLLECTIONS.drafts))
    .filter((d) => !d.deletedAt)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .map(toMeta);
}

async function writeBody(vault: Vault, recordId: string, revision: number, doc: DocNode): Promise<void> {
  const record: BodyRecord = { schema: 1, revision, savedAt: new Date().toISOString(), doc };
  await vault.writeRecord(recordId, RecordKind.draftBody, Buffer.from(JSON.stringify(record), 'utf8'));
}

export async function createDraft(vault: Vault, fields: Partial<DraftMetaFields>): Promise<Draft> {
  const id = vault.newRecordId();
  const bodyRecordId = vault.newRecordId();
  const now = new Date().toISOString();
  const doc = emptyDoc();
  await writeBody(vault, bodyRecordId, 1, doc);
  const stored: StoredDraft = {
    id, title: fields.title ?? '', dateline: fields.dateline ?? '', byline: fields.byline ?? '', status: 'drafting',
    createdAt: now, updatedAt: now, wordCount: 0, citationCount: 0, bodyRevision: 1, bodyRecordId, citedStatementIds: [],
  };
  await vault.update((data) => {
    collectionIn<StoredDraft>(data, COLLECTIONS.drafts)[id] = stored;
  });
  return { meta: toMeta(stored), body: doc };
}

export async function getDraft(vault: Vault, id: string): Promise<Draft> {
  const stored = storedDraft(vault, id);
  const bytes = await vault.readRecord(stored.bodyRecordId, RecordKind.draftBody);
  let record: BodyRecord;
  try {
    record = JSON.parse(Buffer.from(bytes).toString('utf8')) as BodyRecord;
  } catch {
    throw new ShieldnoteError('VAULT_DAMAGED', 'The draft’s text decrypted but is not readable.');
  }
  // The record is the truth for the revision: the catalog's copy may lag after a crash.
  if (record.revision !== stored.bodyRevision) {
    vault.updateSoon((data) => {
      collectionIn<StoredDraft>(data, COLLECTIONS.drafts)[id]!.bodyRevision = record.revision;
    });
  }
  return { meta: { ...toMeta(stored), bodyRevision: record.revision }, body: record.doc };
}

export async function saveDraftBody(vault: Vault, id: string, baseRevision: number, doc: DocNode): Promise<DraftMeta> {
  const stored = storedDraft(vault, id);
  if (stored.bodyRevision !== baseRevision) {
    throw new ShieldnoteError('CONFLICT', 'This draft was changed elsewhere since you opened it. Reopen it to see the latest version; your text is still in the editor.');
  }
  const revision = baseRevision + 1;
  await writeBody(vault, stored.bodyRecordId, revision, doc);
  const citations = collectCitations(doc);
  const cited = [...new Set(citations.flatMap((c) => c.statementIds))];
  const citedChanged = cited.length !== stored.citedStatementIds.length || cited.some((c) => !stored.citedStatementIds.includes(c));
  const apply = (data: CatalogData) => {
    Object.assign(collectionIn<StoredDraft>(data, COLLECTIONS.drafts)[id]!, {
      bodyRevision: revision,
      updatedAt: new Date().toISOString(),
      wordCount: wordCount(doc),
      citationCount: citations.length,
      citedStatementIds: cited,
    });
  };
  if (citedChanged) await vault.update(apply);
  else vault.updateSoon(apply);
  return toMeta(storedDraft(vault, id));
}

export async function saveDraftMeta(vault: Vault, id: string, fields: DraftMetaFields): Promise<DraftMeta> {
  storedDraft(vault, id);
  await vault.update((data) => {
    Object.assign(collectionIn<StoredDraft>(data, COLLECTIONS.drafts)[id]!, { ...fields, updatedAt: new Date().toISOString() });
  });
  return toMeta(storedDraft(vault, id));
}

// drafting → in review → approved → exported. By hand a reporter sends a draft for review or
// takes it back; "approved" comes only from an editor's sign-off (main/features/review.ts) and
// "exported" only from an export.
const REPORTER_STATUSES: DraftStatus[] = ['drafting', 'in-review'];

export async function setDraftStatus(vault: Vault, id: string, status: DraftStatus): Promise<DraftMeta> {
  const current = storedDraft(vault, id).status;
  if (!REPORTER_STATUSES.includes(status)) {
    throw new ShieldnoteError('CONFLICT', 'A draft is approved by an editor’s sign-off, and marked exported by an export; it cannot be set by hand.');
  }
  await vault.update((data) => {
    Object.assign(collectionIn<StoredDraft>(data, COLLECTIONS.drafts)[id]!, { status, updatedAt: new Date().toISOString() });
    // Taking an approved draft back withdraws the sign-off: approval needs a new one.
    if (current === 'approved' && status !== current) withdrawSignOff(data, id);
  });
  return toMeta(storedDraft(vault, id));
}

/**
 * Sets the language the draft is written in: every citation re-renders in it, so approvals whose
 * attribution changes reopen (the caller runs reopenChangedApprovals).
 */
export async function setDraftLanguage(vault: Vault, id: string, language: DraftLanguage): Promise<DraftMeta> {
  storedDraft(vault, id);
  await vault.update((data) => {
    Object.assign(collectionIn<StoredDraft>(data, COLLECTIONS.drafts)[id]!, { language, updatedAt: new Date().toISOString() });
  });
  return toMeta(storedDraft(vault, id));
}
