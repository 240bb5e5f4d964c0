import { createHash } from 'node:crypto';
import { ShieldnoteError } from '../../common/api/errors';
import type { DocNode, Draft, DraftMeta, DraftMetaFields, DraftStatus } from '../../common/domain/draft';
import type { DraftImage } from '../../common/domain/draft-image';
import type { DraftLanguage } from '../../common/domain/language';
import { emptyDoc } from '../../common/domain/draft';
import { collectCitations, wordCount } from '../../common/document/draft-doc';
import { translationSkeleton } from '../../common/document/translation-skeleton';
import { draftLanguageOf, LANGUAGE_NAMES } from '../../common/domain/language';
import { RecordKind } from '../vault/container';
import type { CatalogData } from '../vault/catalog-adapter';
import type { Vault } from '../vault/vault';
import { COLLECTIONS, collectionIn } from './collections';
import { withdrawSignOff } from './review-store';
import { deviceLabel } from '../sync/device-id';
import { syncMetaOf } from '../sync/sync-meta';

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

export interface BodyRecord {
  schema: 1;
  revision: number;
  savedAt: string;
  /** The device that saved it (absent in bodies saved before devices had ids). */
  deviceId?: string;
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

async function writeBody(vault: Vault, recordId: string, revision: number, doc: DocNode, kept?: Pick<BodyRecord, 'savedAt' | 'deviceId'>): Promise<void> {
  const record: BodyRecord = { schema: 1, revision, savedAt: kept?.savedAt ?? new Date().toISOString(), deviceId: kept ? kept.deviceId : vault.deviceId, doc };
  await vault.writeRecord(recordId, RecordKind.draftBody, Buffer.from(JSON.stringify(record), 'utf8'));
}

/** Parses a draft body record's plaintext. */
export function parseBody(bytes: Uint8Array): BodyRecord {
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8')) as BodyRecord;
  } catch {
    throw new ShieldnoteError('VAULT_DAMAGED', 'The draft’s text decrypted but is not readable.');
  } finally {
    bytes.fill(0);
  }
}

const sameDoc = (a: DocNode, b: DocNode) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Keeps `other` (another device's text of draft `original`, saved at the same time as the text
 * that stays) as a new draft "<title> (conflicting copy from <device>, <time>)". Its ids come
 * from the draft and the text, so two devices that both keep the same copy make the same draft.
 */
export async function keepConflictingCopy(vault: Vault, original: StoredDraft, other: BodyRecord): Promise<string | null> {
  const hash = createHash('sha256').update(`${original.id}\u0000${other.savedAt}\u0000${JSON.stringify(other.doc)}`).digest('hex');
  const id = hash.slice(0, 32);
  const bodyRecordId = hash.slice(32, 64);
  if (vault.collection<StoredDraft>(COLLECTIONS.drafts)[id]) return null;
  const when = other.savedAt.slice(0, 16).replace('T', ' ') + ' UTC';
  const device = deviceLabel(other.deviceId ?? '');
  const suffix = ` (conflicting copy from ${device}, ${when})`;
  const title = (original.title.trim() || 'Untitled draft').slice(0, 300 - suffix.length) + suffix;
  await writeBody(vault, bodyRecordId, 1, other.doc, other);
  const citations = collectCitations(other.doc);
  const stored: StoredDraft = {
    id, title, dateline: original.dateline, byline: original.byline, status: 'drafting',
    createdAt: other.savedAt, updatedAt: other.savedAt, wordCount: wordCount(other.doc), citationCount: citations.length, bodyRevision: 1, bodyRecordId,
    citedStatementIds: [...new Set(citations.flatMap((c) => c.statementIds))],
    conflictCopy: { ofDraftId: original.id, ofTitle: original.title, device: other.deviceId ?? '', savedAt: other.savedAt },
  };
  await vault.update((data) => {
    collectionIn<StoredDraft>(data, COLLECTIONS.drafts)[id] = stored;
    noteConflictingCopy(data, id, original.id, other);
  });
  return id;
}

/** When two texts of one draft meet: the later stays, the other becomes a conflicting copy. */
export async function resolveBodies(vault: Vault, draft: StoredDraft, current: BodyRecord, other: BodyRecord): Promise<void> {
  if (sameDoc(current.doc, other.doc)) return;
  const otherIsLater = other.savedAt > current.savedAt || (other.savedAt === current.savedAt && (other.deviceId ?? '') > (current.deviceId ?? ''));
  const [stays, copy] = otherIsLater ? [other, current] : [current, other];
  await keepConflictingCopy(vault, draft, copy);
  if (otherIsLater) {
    const revision = Math.max(current.revision, other.revision) + 1;
    await writeBody(vault, draft.bodyRecordId, revision, stays.doc, stays);
    vault.updateSoon((data) => {
      const item = collectionIn<StoredDraft>(data, COLLECTIONS.drafts)[draft.id];
      if (item) Object.assign(item, { bodyRevision: revision, wordCount: wordCount(stays.doc) });
    });
  }
}

function noteConflictingCopy(data: CatalogData, copyId: string, originalId: string, other: BodyRecord): void {
  const sync = syncMetaOf(data);
  sync.notices[`conflicting-copy/${copyId}`] = { kind: 'conflicting-copy', at: Date.parse(other.savedAt) || 0, collection: COLLECTIONS.drafts, itemId: originalId, device: other.deviceId ?? '', detail: copyId };
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
  const record = parseBody(await vault.readRecord(stored.bodyRecordId, RecordKind.draftBody));
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
  // Another device saved this draft since the editor's revision: this save stays (it is the
  // later), and the other text becomes a conflicting copy. Nothing is refused or overwritten.
  const onDisk = await bodyOnDisk(vault, stored.bodyRecordId, baseRevision);
  if (onDisk && onDisk.revision > baseRevision && !sameDoc(onDisk.doc, doc)) await keepConflictingCopy(vault, stored, onDisk);
  const revision = Math.max(baseRevision, stored.bodyRevision, onDisk?.revision ?? 0) + 1;
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

async function bodyOnDisk(vault: Vault, recordId: string, newerThan: number): Promise<BodyRecord | null> {
  if ((await vault.recordRevisionOnDisk(recordId)) <= BigInt(newerThan)) return null; // the usual case: one small read
  try {
    return parseBody(await vault.readRecord(recordId, RecordKind.draftBody));
  } catch {
    return null; // missing or older than the catalog says: this save replaces it
  }
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

/**
 * "Translate…": a new draft in `language` linked to `id` both ways, carrying the original's
 * citations in order (same statements) in its blocks, with no words (translation-skeleton.ts).
 */
export async function createLinkedTranslation(vault: Vault, id: string, language: DraftLanguage): Promise<Draft> {
  const original = await getDraft(vault, id);
  if (draftLanguageOf(original.meta) === language) {
    throw new ShieldnoteError('VALIDATION', `The draft is already in ${LANGUAGE_NAMES[language].english}: choose another language for the translation.`);
  }
  const newId = vault.newRecordId();
  const bodyRecordId = vault.newRecordId();
  const now = new Date().toISOString();
  const doc = translationSkeleton(original.body, () => vault.newRecordId());
  await writeBody(vault, bodyRecordId, 1, doc);
  const citations = collectCitations(doc);
  const { title, dateline, byline } = original.meta;
  const stored: StoredDraft = {
    id: newId, title, dateline, byline, status: 'drafting', language, linkedDrafts: [id],
    createdAt: now, updatedAt: now, wordCount: 0, citationCount: citations.length, bodyRevision: 1, bodyRecordId,
    citedStatementIds: [...new Set(citations.flatMap((c) => c.statementIds))],
  };
  await vault.update((data) => {
    const drafts = collectionIn<StoredDraft>(data, COLLECTIONS.drafts);
    drafts[newId] = stored;
    const source = drafts[id]!;
    source.linkedDrafts = [...new Set([...(source.linkedDrafts ?? []), newId])];
  });
  return { meta: toMeta(stored), body: doc };
}

/** The drafts linked to `id` that still exist. */
export function linkedDraftIds(vault: Vault, id: string): string[] {
  const drafts = vault.collection<StoredDraft>(COLLECTIONS.drafts);
  return (drafts[id]?.linkedDrafts ?? []).filter((other) => drafts[other] && !drafts[other]!.deletedAt);
}
