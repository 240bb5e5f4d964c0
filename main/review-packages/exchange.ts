import { message } from '../../common/domain/message';
import { ShieldnoteError } from '../../common/api/errors';
import type { CorroborationLink, DraftReview, Reviewer } from '../../common/domain/review';
import type { ImportedResponse, ReviewCopySummary, SentPackageSummary } from '../../common/domain/review-package';
import { appendAudit } from '../features/audit-log';
import { collectionIn } from '../features/collections';
import { contactBySigningKey, storedContact, toContact, contactPerson, type StoredContact } from '../features/contacts';
import { readIdentities } from '../features/identity-compartment';
import { isAway } from '../features/travel';
import { requireProfile, withSecretKeys } from '../features/profile';
import type { StoredProfile } from '../features/profile-record';
import type { CatalogData } from '../vault/catalog-adapter';
import { fromBase64 } from '../vault/encoding';
import type { Vault } from '../vault/vault';
import { openEnvelope, sealEnvelope, type EnvelopeKind } from './envelope';
import { fingerprintOf } from './keys';
import { contentHash, decodeBody, encodeBody, reviewPackageSchema, reviewResponseSchema, type ReviewPackage, type ReviewResponse, type Sender } from './package-format';
import { PackageRefusedError, refuse } from './refusals';
import { reviewMaterial } from './review-material';
import { addCopyEntry, copyOfPackage, readCopyPackage, storedCopy, toSummary, writeCopyRecords, type StoredCopy } from './review-copies';

// Reporter → editor: a draft sealed to the editor's X25519 key and signed with the reporter's
// Ed25519 key. Editor → reporter: the decisions, signed and sealed back. Every import is checked
// in full before anything is written; a refusal leaves only an audit line behind.

export const SENT_COLLECTION = 'sentPackages';

export interface StoredSent extends SentPackageSummary {
  contactId: string;
  contentHash: string;
  responseId: string | null;
  /** The package's name on the desk while it is there (null once removed; absent when saved as a file). */
  deskFile?: string | null;
}

export const PACKAGE_EXTENSION = 'snreview';
export const RESPONSE_EXTENSION = 'snresponse';

function senderOf(me: StoredProfile): Sender {
  return { name: me.name, role: me.role, boxPublicKey: me.boxPublicKey, signPublicKey: me.signPublicKey };
}

function reviewerOf(contact: StoredContact): Reviewer {
  return { name: contact.name, role: contact.role, fingerprint: toContact(contact).fingerprint };
}

async function seal(vault: Vault, kind: EnvelopeKind, body: ReviewPackage | ReviewResponse, recipientBoxPublicKey: Uint8Array): Promise<Uint8Array> {
  const me = requireProfile(vault);
  const bytes = encodeBody(body);
  try {
    return await withSecretKeys(vault, (keys) => sealEnvelope(kind, bytes, { signPublicKey: fromBase64(me.signPublicKey), signSecretKey: keys.signSecretKey }, recipientBoxPublicKey));
  } finally {
    bytes.fill(0);
  }
}

/** Opens an envelope meant for us and finds its signer among the contacts. */
async function openFromContact(vault: Vault, file: Uint8Array, kind: EnvelopeKind): Promise<{ signer: StoredContact; body: Uint8Array }> {
  requireProfile(vault);
  const opened = await withSecretKeys(vault, (keys) => openEnvelope(file, kind, keys));
  const signer = contactBySigningKey(vault, opened.signerSignPublicKey);
  if (!signer) refuse('UNKNOWN_SIGNER');
  return { signer, body: opened.body };
}

/** Runs an import; a refusal is written to the audit log (with its stable reason) and rethrown. */
async function auditedImport<T>(vault: Vault, action: 'package.refused' | 'response.refused', run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof PackageRefusedError) {
      await vault.update((data) => appendAudit(data, vault, action, null, message('audit.detail.packageRefused', { reason: error.reason })));
    }
    throw error;
  }
}

// Reporter: send a draft

export interface SealedPackage {
  bytes: Uint8Array;
  sent: StoredSent;
  suggestedName: string;
}

export async function sealReviewPackage(
  vault: Vault,
  input: { draftId: string; contactId: string; includeIdentities: boolean; corroborations: CorroborationLink[] },
): Promise<SealedPackage> {
  const me = requireProfile(vault);
  const contact = storedContact(vault, input.contactId);
  if (contact.role !== 'editor') throw new ShieldnoteError('VALIDATION', `${contact.name} is a reporter. Send drafts for review to an editor.`);
  const material = await reviewMaterial(vault, input.draftId);
  let identities: ReviewPackage['identities'] = null;
  if (input.includeIdentities) {
    const all = await readIdentities(vault);
    identities = Object.fromEntries(material.sources.filter((s) => all[s.id]?.length).map((s) => [s.id, all[s.id]!]));
  }
  const editor = contactPerson(contact);
  const packageId = vault.newRecordId();
  const createdAt = new Date().toISOString();
  const pkg: ReviewPackage = {
    format: 'shieldnote-review-package',
    version: 1,
    packageId,
    createdAt,
    from: senderOf(me),
    to: { name: contact.name, fingerprint: fingerprintOf(editor.boxPublicKey, editor.signPublicKey) },
    // Sending is what puts a draft in review (DESIGN §3: drafting → in review → approved).
    draft: { ...material.meta, status: material.meta.status === 'drafting' ? 'in-review' : material.meta.status, body: material.body },
    contentHash: material.contentHash,
    statements: material.statements,
    sources: material.sources,
    corroborations: input.corroborations.filter((l) => l.statementIds.every((id) => material.statements.some((s) => s.id === id))),
    identities,
  };
  const bytes = await seal(vault, 'package', pkg, editor.boxPublicKey);
  const sent: StoredSent = {
    packageId, draftId: input.draftId, contactId: contact.id, editor: contact.name, sentAt: createdAt,
    includesIdentities: identities !== null && Object.keys(identities).length > 0, answeredAt: null, contentHash: material.contentHash, responseId: null,
  };
  const slug = material.meta.title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 40) || 'draft';
  return { bytes, sent, suggestedName: `${slug}.${PACKAGE_EXTENSION}` };
}

/** Records a package once its file is written: the response to it is accepted once. */
export async function recordSent(vault: Vault, sent: StoredSent, fileName: string, deskFile?: string): Promise<void> {
  await vault.update((data) => {
    collectionIn<StoredSent>(data, SENT_COLLECTION)[sent.packageId] = deskFile ? { ...sent, deskFile } : sent;
    const draft = collectionIn<{ status: string }>(data, 'drafts')[sent.draftId];
    if (draft?.status === 'drafting') draft.status = 'in-review';
    appendAudit(data, vault, 'package.sent', null, message('audit.detail.packageSent', { title: titleOf(vault, sent.draftId), editor: sent.editor, identities: sent.includesIdentities ? 'yes' : 'no', file: fileName }));
  });
}

export function listSent(vault: Vault, draftId?: string): SentPackageSummary[] {
  return Object.values(vault.collection<StoredSent>(SENT_COLLECTION))
    .filter((s) => !draftId || s.draftId === draftId)
    .sort((a, b) => b.sentAt.localeCompare(a.sentAt))
    .map(({ packageId, draftId: d, editor, sentAt, includesIdentities, answeredAt }) => ({ packageId, draftId: d, editor, sentAt, includesIdentities, answeredAt }));
}

function titleOf(vault: Vault, draftId: string): string {
  return (vault.collection<{ title: string }>('drafts')[draftId]?.title ?? '').trim() || 'Untitled';
}

// Editor: import a package, answer it

export async function importReviewPackage(vault: Vault, file: Uint8Array, fileName: string): Promise<ReviewCopySummary> {
  return auditedImport(vault, 'package.refused', async () => {
    const { signer, body } = await openFromContact(vault, file, 'package');
    const pkg = decodeBody(body, reviewPackageSchema);
    body.fill(0);
    if (!pkg) refuse('UNSUPPORTED');
    if (pkg.from.signPublicKey !== signer.signPublicKey || pkg.from.boxPublicKey !== signer.boxPublicKey) refuse('TAMPERED');
    if (copyOfPackage(vault, pkg.packageId)) refuse('REPLAYED');
    // The hash is recomputed here so the copy's "content hash" is the one of what we hold.
    if (contentHash({ draft: pkg.draft, statements: pkg.statements, sources: pkg.sources }) !== pkg.contentHash) refuse('TAMPERED');
    // In travel mode nothing on this device may hold an identity: the copy comes in without them.
    const leftOut = isAway(vault) && Object.keys(pkg.identities ?? {}).length > 0;
    if (leftOut) pkg.identities = null;
    const records = await writeCopyRecords(vault, pkg);
    const copy: StoredCopy = {
      id: vault.newRecordId(),
      packageId: pkg.packageId,
      title: pkg.draft.title.trim() || 'Untitled',
      from: { name: signer.name, fingerprint: toContact(signer).fingerprint },
      importedAt: new Date().toISOString(),
      identitySourceCount: Object.keys(pkg.identities ?? {}).length,
      responseSentAt: null,
      contactId: signer.id,
      contentHash: pkg.contentHash,
      ...records,
      identityTermCounts: Object.fromEntries(Object.entries(pkg.identities ?? {}).map(([id, terms]) => [id, terms.length])),
    };
    await vault.update((data) => {
      addCopyEntry(data, copy);
      appendAudit(data, vault, 'package.imported', null, message('audit.detail.packageImported', { title: copy.title, from: signer.name, file: fileName, sources: copy.identitySourceCount, leftOut: leftOut ? 'yes' : 'no' }));
    });
    return toSummary(copy);
  });
}

export async function sealReviewResponse(vault: Vault, copyId: string, review: DraftReview): Promise<{ bytes: Uint8Array; suggestedName: string }> {
  const me = requireProfile(vault);
  const copy = storedCopy(vault, copyId);
  const pkg = await readCopyPackage(vault, copyId);
  const response: ReviewResponse = {
    format: 'shieldnote-review-response',
    version: 1,
    responseId: vault.newRecordId(),
    packageId: copy.packageId,
    contentHash: copy.contentHash,
    createdAt: new Date().toISOString(),
    from: senderOf(me),
    review: { ...review, draftId: pkg.draft.id },
  };
  const bytes = await seal(vault, 'response', response, fromBase64(pkg.from.boxPublicKey));
  const slug = copy.title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 40) || 'draft';
  return { bytes, suggestedName: `${slug}-decisions.${RESPONSE_EXTENSION}` };
}

export async function recordResponseSent(vault: Vault, copyId: string, fileName: string, decisions: number, deskFile?: string): Promise<void> {
  const copy = storedCopy(vault, copyId);
  await vault.update((data) => {
    const stored = collectionIn<StoredCopy>(data, 'reviewCopies')[copyId]!;
    stored.responseSentAt = new Date().toISOString();
    if (deskFile) stored.responseDeskFile = { name: deskFile, placedAt: stored.responseSentAt };
    appendAudit(data, vault, 'response.sent', null, message('audit.detail.responseSent', { title: copy.title, count: decisions, to: copy.from.name, file: fileName }));
  });
}

// Reporter: import the decisions

/** Puts the editor's decisions on the local draft, inside the import's catalog write. */
export type ApplyImportedReview = (data: CatalogData, draftId: string, review: DraftReview) => void;

export async function importReviewResponse(vault: Vault, file: Uint8Array, fileName: string, apply: ApplyImportedReview): Promise<ImportedResponse> {
  return auditedImport(vault, 'response.refused', async () => {
    const { signer, body } = await openFromContact(vault, file, 'response');
    const response = decodeBody(body, reviewResponseSchema);
    if (!response) refuse('UNSUPPORTED');
    if (response.from.signPublicKey !== signer.signPublicKey) refuse('TAMPERED');
    if (signer.role !== 'editor') refuse('SIGNER_NOT_EDITOR');
    const sent = vault.collection<StoredSent>(SENT_COLLECTION)[response.packageId];
    if (!sent) refuse('NOT_SENT');
    if (sent.answeredAt) refuse('ALREADY_ANSWERED');
    const sentTo = vault.collection<StoredContact>('contacts')[sent.contactId];
    if (!sentTo || sentTo.signPublicKey !== signer.signPublicKey) refuse('WRONG_SENDER');
    if (response.contentHash !== sent.contentHash) refuse('TAMPERED');
    if (!vault.collection<{ deletedAt?: string }>('drafts')[sent.draftId] || vault.collection<{ deletedAt?: string }>('drafts')[sent.draftId]!.deletedAt) refuse('DRAFT_GONE');
    if ((await reviewMaterial(vault, sent.draftId)).contentHash !== sent.contentHash) refuse('DRAFT_CHANGED');
    // Who decided is the verified signer, whatever names the decisions carry.
    const by = reviewerOf(signer);
    const review: DraftReview = {
      ...response.review,
      draftId: sent.draftId,
      decisions: response.review.decisions.map((d) => ({ ...d, by })),
      ticks: response.review.ticks.map((t) => ({ ...t, by })),
      // An editor's sign-off from a package is never this vault's own approval.
      signOff: response.review.signOff ? { at: response.review.signOff.at, bodyRevision: response.review.signOff.bodyRevision, by } : null,
    };
    await vault.update((data) => {
      apply(data, sent.draftId, review);
      Object.assign(collectionIn<StoredSent>(data, SENT_COLLECTION)[sent.packageId]!, { answeredAt: new Date().toISOString(), responseId: response.responseId });
      const flagged = review.decisions.filter((d) => d.state === 'flagged').length;
      const approved = review.decisions.filter((d) => d.state === 'approved').length;
      appendAudit(data, vault, 'response.imported', null, message('audit.detail.responseImported', { name: signer.name, title: titleOf(vault, sent.draftId), approved, flagged, signedOff: review.signOff ? 'yes' : 'no', file: fileName }));
    });
    return { draftId: sent.draftId, editor: signer.name, decisions: review.decisions.length };
  });
}

