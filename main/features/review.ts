import { message, type Message, type MessageValue } from '../../common/domain/message';
import { ShieldnoteError } from '../../common/api/errors';
import { englishText } from '../i18n/english-text';
import type { DocNode } from '../../common/domain/draft';
import type { ChecklistItemId, DecisionState, DraftReview, Reviewer, ReviewSubject } from '../../common/domain/review';
import { plainText } from '../../common/document/draft-doc';
import { draftLanguageOf, type DraftLanguage } from '../../common/domain/language';
import { assertPassageBudget, citationPassages } from '../../common/review/passages';
import { buildReviewView, staleApprovals, type ReviewSourceInput, type ReviewStatementInput, type ReviewView, type ReviewViewInput } from '../../common/review/review-view';
import type { CatalogData } from '../vault/catalog-adapter';
import type { Vault } from '../vault/vault';
import { appendAudit } from './audit-log';
import { COLLECTIONS, collectionIn, type StoredSource, type StoredStatement } from './collections';
import { confirmWithPassphrase } from './confirmations';
import { getDraft, linkedDraftIds, type StoredDraft } from './drafts';
import type { LeakGuard } from './leak-disclosure';
import { scanDraft } from './leak-guard';
import { readProfile } from './profile';
import { readCorroborations, readReview, reviewIn } from './review-store';
import { readCopyIdentities, readReviewCopy } from '../review-packages/review-copies';

// Editor review of a draft (DESIGN §3, §4a): decisions per citation, checklist ticks, sign-off,
// and the status rules around them. A subject is a local draft or an editor's read-only copy
// imported from a review package; both build the same view (common/review/review-view.ts).

export const COPY_REVIEWS = 'copyReviews';

function statementInput(s: Pick<StoredStatement, 'id' | 'sourceId' | 'text' | 'kind' | 'saidOn' | 'channel' | 'revision'>): ReviewStatementInput {
  return { id: s.id, sourceId: s.sourceId, text: s.text, kind: s.kind, saidOn: s.saidOn, channel: s.channel, revision: s.revision };
}

function sourceInput(s: Pick<StoredSource, 'id' | 'label' | 'access' | 'anonymityReason' | 'reliability' | 'poolSize'>): ReviewSourceInput {
  return { id: s.id, label: s.label, access: s.access, anonymityReason: s.anonymityReason, reliability: s.reliability, poolSize: s.poolSize };
}

function vaultStatementsAndSources(vault: Vault) {
  const statements = Object.values(vault.collection<StoredStatement>(COLLECTIONS.statements)).filter((s) => !s.deletedAt);
  const sources = Object.values(vault.collection<StoredSource>(COLLECTIONS.sources)).filter((s) => !s.deletedAt);
  return { statements: statements.map(statementInput), sources: sources.map(sourceInput) };
}

/** Refuses (VALIDATION) a body whose review would hash more than the passage budget; before it is saved. */
export function assertReviewable(vault: Vault, body: DocNode, language: DraftLanguage): void {
  const { statements, sources } = vaultStatementsAndSources(vault);
  assertPassageBudget(body, new Map(statements.map((s) => [s.id, s])), new Map(sources.map((s) => [s.id, s])), language);
}

/** Passage hashes of a draft as it stands, by citation key. */
function currentHashes(body: DocNode, statements: ReviewStatementInput[], sources: ReviewSourceInput[], language: DraftLanguage): Map<string, string> {
  const passages = citationPassages(body, new Map(statements.map((s) => [s.id, s])), new Map(sources.map((s) => [s.id, s])), language);
  return new Map(passages.map((p) => [p.citation.citationId, p.passageHash]));
}

async function draftInput(vault: Vault, guard: LeakGuard, draftId: string): Promise<ReviewViewInput> {
  const { meta, body } = await getDraft(vault, draftId);
  const report = await scanDraft(vault, guard, draftId);
  return {
    subject: { draftId },
    meta,
    body,
    ...vaultStatementsAndSources(vault),
    corroborations: readCorroborations(vault),
    review: readReview(vault, draftId),
    leak: { openCount: report.openCount, findings: report.findings.map((f) => ({ sourceId: f.sourceId, matched: f.matched, termKind: f.termKind, severity: f.severity, dismissed: !!f.dismissed })) },
    readOnly: false,
    viewer: readProfile(vault),
    linked: await Promise.all(
      linkedDraftIds(vault, draftId).map(async (id) => {
        const other = await getDraft(vault, id);
        return { draftId: id, title: other.meta.title, language: other.meta.language, body: other.body };
      }),
    ),
  };
}

/**
 * A new copy of a draft this editor reviewed before starts from the decisions on the latest
 * earlier copy: passage hashes reopen exactly the approvals whose passage changed since.
 */
function carriedOver(reviews: Readonly<Record<string, DraftReview>>, copyId: string, draftId: string): DraftReview {
  const latest = (r: DraftReview) => [...r.decisions.map((d) => d.at), ...r.ticks.map((t) => t.at)].sort().at(-1) ?? '';
  const earlier = Object.entries(reviews)
    .filter(([id, r]) => id !== copyId && r.draftId === draftId)
    .map(([, r]) => r)
    .sort((a, b) => latest(b).localeCompare(latest(a)))[0];
  return { draftId, decisions: structuredClone(earlier?.decisions ?? []), ticks: structuredClone(earlier?.ticks ?? []), signOff: null, reopened: null };
}

export function readCopyReview(vault: Vault, copyId: string, draftId: string): DraftReview {
  const reviews = vault.collection<DraftReview>(COPY_REVIEWS);
  return reviews[copyId] ?? carriedOver(reviews, copyId, draftId);
}

async function copyInput(vault: Vault, copyId: string): Promise<ReviewViewInput> {
  const material = await readReviewCopy(vault, copyId);
  const { meta, body } = material.draft;
  // Identities that came with the package let the editor's vault run the leak guard on the copy.
  const identities = await readCopyIdentities(vault, copyId);
  let leak: ReviewViewInput['leak'] = null;
  if (Object.keys(identities).length > 0) {
    const { LeakScanner } = await import('../../common/leak-guard/leak-scanner');
    const scanner = new LeakScanner(Object.entries(identities).flatMap(([sourceId, terms]) => terms.map((t) => ({ sourceId, ...t }))));
    const texts = [meta.title, meta.dateline, meta.byline, ...plainText(body, () => '\uFFFC').split('\n\n')];
    const findings = texts.flatMap((t) => scanner.scan(t)).map((f) => ({ sourceId: f.sourceId, matched: f.matched, severity: f.severity, dismissed: false }));
    leak = { openCount: findings.filter((f) => f.severity !== 'low').length, findings };
  }
  return {
    subject: { copyId },
    meta,
    body,
    statements: material.statements.map(statementInput),
    sources: material.sources.map(sourceInput),
    corroborations: material.corroborations,
    review: readCopyReview(vault, copyId, meta.id),
    leak,
    readOnly: true,
    viewer: readProfile(vault),
  };
}

function inputFor(vault: Vault, guard: LeakGuard, subject: ReviewSubject): Promise<ReviewViewInput> {
  return 'draftId' in subject ? draftInput(vault, guard, subject.draftId) : copyInput(vault, subject.copyId);
}

/** The review inside a catalog write: the draft's own, or the one kept for a copy. */
function subjectReviewIn(data: CatalogData, subject: ReviewSubject, draftId: string): DraftReview {
  if ('draftId' in subject) return reviewIn(data, subject.draftId);
  const reviews = collectionIn<DraftReview>(data, COPY_REVIEWS);
  reviews[subject.copyId] ??= carriedOver(reviews, subject.copyId, draftId);
  return reviews[subject.copyId]!;
}

/**
 * The sign-off's blockers as audit message values: where each stands ('first', 'next' or 'no')
 * and its count; the message lists them in the order review-view adds them.
 */
function blockerValues(blockers: readonly Message[]): Record<string, MessageValue> {
  const values: Record<string, MessageValue> = {};
  for (const name of ['notSent', 'open', 'noLabel', 'flagged', 'leaks', 'signedOff']) Object.assign(values, { [`${name}At`]: 'no', [name]: 0 });
  blockers.forEach((b, i) => {
    const name = b.id.replace('signOff.blocker.', '');
    values[`${name}At`] = i === 0 ? 'first' : 'next';
    if (b.values?.count !== undefined) values[name] = b.values.count;
    if (b.values?.language !== undefined) values.language = b.values.language;
  });
  return values;
}

// An audit message names its subject by kind and id: `{subject, select, draft {…} other {…}}`.
const subjectValues = (subject: ReviewSubject) => ('draftId' in subject ? { subject: 'draft', subjectId: subject.draftId } : { subject: 'copy', subjectId: subject.copyId });

/**
 * Approvals whose passage changed go back to open, and an approved draft back to in review,
 * with a notice for the reporter. Runs after every body save and statement edit, and before a
 * review is shown. Returns the keys it reopened.
 */
export async function reopenChangedApprovals(vault: Vault, draftId: string): Promise<string[]> {
  const review = readReview(vault, draftId);
  if (review.decisions.length === 0 && !review.signOff) return [];
  const { meta, body } = await getDraft(vault, draftId);
  const { statements, sources } = vaultStatementsAndSources(vault);
  const hashes = currentHashes(body, statements, sources, draftLanguageOf(meta));
  const stale = staleApprovals(review.decisions, hashes);
  if (stale.length === 0) return [];
  await vault.update((data) => {
    const r = reviewIn(data, draftId);
    r.decisions = r.decisions.filter((d) => !stale.includes(d.citationKey));
    const keys = [...new Set([...(r.reopened?.citationKeys ?? []), ...stale])];
    r.reopened = { at: new Date().toISOString(), citationKeys: keys, reason: 'the passage changed after it was approved' };
    r.signOff = null;
    const draft = collectionIn<StoredDraft>(data, COLLECTIONS.drafts)[draftId]!;
    if (draft.status === 'approved') draft.status = 'in-review';
    appendAudit(data, vault, 'review.reopened', null, message('audit.detail.reopened', { draftId, count: stale.length, keys: stale.join(', ') }));
  });
  return stale;
}

/** After statement edits (text, date, channel, source): every draft citing one of them. */
export async function reopenForStatements(vault: Vault, statementIds: readonly string[]): Promise<void> {
  const ids = new Set(statementIds);
  const drafts = Object.values(vault.collection<StoredDraft>(COLLECTIONS.drafts)).filter((d) => !d.deletedAt && d.citedStatementIds.some((id) => ids.has(id)));
  for (const draft of drafts) await reopenChangedApprovals(vault, draft.id);
}

export function reopenForStatement(vault: Vault, statementId: string): Promise<void> {
  return reopenForStatements(vault, [statementId]);
}

/**
 * After a source's label or profile changed (pool size, reliability, how they know, why
 * anonymous): every draft citing one of its statements. The passage hash includes them, so only
 * the approvals of passages citing this source reopen.
 */
export async function reopenForSource(vault: Vault, sourceId: string): Promise<void> {
  const statements = Object.values(vault.collection<StoredStatement>(COLLECTIONS.statements)).filter((s) => s.sourceId === sourceId);
  await reopenForStatements(vault, statements.map((s) => s.id));
}

export async function getReview(vault: Vault, guard: LeakGuard, subject: ReviewSubject): Promise<ReviewView> {
  if ('draftId' in subject) await reopenChangedApprovals(vault, subject.draftId);
  return buildReviewView(await inputFor(vault, guard, subject));
}

/** Decisions are an editor's: the vault's profile must say so. */
function requireEditor(vault: Vault): Reviewer {
  const profile = readProfile(vault);
  if (!profile) throw new ShieldnoteError('CONFLICT', 'Set your name and role under People first: every decision records who made it.');
  if (profile.role !== 'editor') {
    throw new ShieldnoteError('FORBIDDEN', 'Approvals, flags and sign-offs are an editor’s. Send the draft to your editor for review.');
  }
  return profile;
}

function requireReviewable(view: ReviewView): void {
  if (view.readOnly) return; // a copy exists only because the draft was sent for review
  if (view.status === 'drafting') throw new ShieldnoteError('CONFLICT', 'This draft has not been sent for review yet.');
  if (view.status === 'exported') throw new ShieldnoteError('CONFLICT', 'This draft has been exported; its review is closed.');
}

export async function decideCitation(
  vault: Vault,
  guard: LeakGuard,
  input: { subject: ReviewSubject; citationKey: string; state: DecisionState; comment?: string | undefined },
): Promise<ReviewView> {
  const by = requireEditor(vault);
  const view = await getReview(vault, guard, input.subject);
  requireReviewable(view);
  const citation = view.citations.find((c) => c.key === input.citationKey);
  if (!citation) throw new ShieldnoteError('NOT_FOUND', 'That citation is no longer in the draft.');
  const comment = input.comment?.trim() ?? '';
  if (input.state === 'flagged' && !comment) throw new ShieldnoteError('VALIDATION', 'Say what is wrong: a flag needs a comment for the reporter.');
  const at = new Date().toISOString();
  const draftId = await subjectDraftId(vault, input.subject);
  await vault.update((data) => {
    const review = subjectReviewIn(data, input.subject, draftId);
    review.decisions = review.decisions.filter((d) => d.citationKey !== input.citationKey);
    if (input.state !== 'open') review.decisions.push({ citationKey: input.citationKey, state: input.state, ...(comment ? { comment } : {}), by, at, passageHash: citation.passageHash });
    if (review.reopened) {
      const keys = review.reopened.citationKeys.filter((k) => k !== input.citationKey);
      review.reopened = keys.length ? { ...review.reopened, citationKeys: keys } : null;
    }
    // A flag or a withdrawn approval after sign-off takes the sign-off back.
    if (input.state !== 'approved' && review.signOff) {
      review.signOff = null;
      if ('draftId' in input.subject) {
        const draft = collectionIn<StoredDraft>(data, COLLECTIONS.drafts)[input.subject.draftId]!;
        if (draft.status === 'approved') draft.status = 'in-review';
      }
    }
    const action = input.state === 'approved' ? 'review.approved' : input.state === 'flagged' ? 'review.flagged' : 'review.reset';
    appendAudit(data, vault, action, null, comment
        ? message('audit.detail.decidedWithComment', { ...subjectValues(input.subject), number: citation.number, attribution: citation.attribution, comment })
        : message('audit.detail.decided', { ...subjectValues(input.subject), number: citation.number, attribution: citation.attribution }));
  });
  return getReview(vault, guard, input.subject);
}

export async function tickChecklist(vault: Vault, guard: LeakGuard, input: { subject: ReviewSubject; item: ChecklistItemId; checked: boolean }): Promise<ReviewView> {
  const by = requireEditor(vault);
  const view = await getReview(vault, guard, input.subject);
  requireReviewable(view);
  const item = view.checklist.find((c) => c.id === input.item);
  if (!item || item.state !== 'manual') throw new ShieldnoteError('VALIDATION', 'That checklist item is decided from the data, not ticked.');
  const draftId = await subjectDraftId(vault, input.subject);
  await vault.update((data) => {
    const review = subjectReviewIn(data, input.subject, draftId);
    review.ticks = review.ticks.filter((t) => t.item !== input.item);
    if (input.checked) review.ticks.push({ item: input.item, checked: true, by, at: new Date().toISOString() });
    appendAudit(data, vault, 'review.ticked', null, message('audit.detail.ticked', { ...subjectValues(input.subject), item: input.item, checked: input.checked ? 'yes' : 'no' }));
  });
  return getReview(vault, guard, input.subject);
}

async function subjectDraftId(vault: Vault, subject: ReviewSubject): Promise<string> {
  if ('draftId' in subject) return subject.draftId;
  return (await readReviewCopy(vault, subject.copyId)).draft.meta.id;
}

/**
 * Sign-off: every citation approved and the leak guard clear. A local draft becomes approved;
 * on a copy the sign-off travels back with the decisions and the reporter's vault checks again.
 */
export async function signOff(vault: Vault, guard: LeakGuard, subject: ReviewSubject, passphrase?: string): Promise<ReviewView> {
  const by = requireEditor(vault);
  const view = await getReview(vault, guard, subject);
  requireReviewable(view);
  if (view.signOffBlockers.length > 0) throw new ShieldnoteError('CONFLICT', `Not yet: ${view.signOffBlockers.map(englishText).join(' ')}`);
  // A draft written in this vault is approved by its own vault: the passphrase, checked here,
  // and a "self-approved" mark wherever the approval shows (DESIGN §2.6).
  const self = 'draftId' in subject;
  if (self) await confirmWithPassphrase(vault, passphrase, { what: `self-approve “${view.title || 'Untitled'}”`, unchanged: 'The draft was not signed off.', audit: view.title ? { decision: 'selfApprove', subject: view.title } : { decision: 'selfApproveUntitled' } });
  const draftId = await subjectDraftId(vault, subject);
  await vault.update((data) => {
    const review = subjectReviewIn(data, subject, draftId);
    review.signOff = { by, at: new Date().toISOString(), bodyRevision: view.bodyRevision, ...(self ? { selfApproved: true as const } : {}) };
    review.reopened = null;
    if (self) Object.assign(collectionIn<StoredDraft>(data, COLLECTIONS.drafts)[subject.draftId]!, { status: 'approved', selfApproved: true });
    appendAudit(data, vault, 'review.signed-off', null, message('audit.detail.signedOff', { ...subjectValues(subject), titled: view.title ? 'yes' : 'no', title: view.title, count: view.citations.length, self: self ? 'yes' : 'no' }));
  });
  return getReview(vault, guard, subject);
}

/**
 * The editor's decisions returning from a review package, inside the import's catalog write
 * (main/review-packages/exchange.ts checked the signature and that the draft is unchanged). A
 * returned sign-off is kept, and the draft becomes approved only through `settleReturnedSignOff`.
 */
export function applyReturnedReview(data: CatalogData, draftId: string, returned: DraftReview): void {
  const review = reviewIn(data, draftId);
  const returnedKeys = new Set(returned.decisions.map((d) => d.citationKey));
  review.decisions = [...review.decisions.filter((d) => !returnedKeys.has(d.citationKey)), ...returned.decisions];
  const returnedItems = new Set(returned.ticks.map((t) => t.item));
  review.ticks = [...review.ticks.filter((t) => !returnedItems.has(t.item)), ...returned.ticks];
  review.signOff = returned.signOff;
  review.reopened = null;
  const draft = collectionIn<StoredDraft>(data, COLLECTIONS.drafts)[draftId];
  if (draft && draft.status === 'drafting') draft.status = 'in-review';
}

/**
 * After returned decisions are applied: a sign-off holds only if this vault agrees (every
 * citation approved for the passage as it stands, no open leak finding); otherwise it is dropped
 * and the review screen says what is missing.
 */
export async function settleReturnedSignOff(vault: Vault, guard: LeakGuard, draftId: string): Promise<ReviewView> {
  const view = await getReview(vault, guard, { draftId });
  if (!view.signOff || view.status === 'approved' || view.status === 'exported') return view;
  const holds = view.signOffBlockers.length === 0 && view.signOff.bodyRevision === view.bodyRevision;
  await vault.update((data) => {
    const review = reviewIn(data, draftId);
    const draft = collectionIn<StoredDraft>(data, COLLECTIONS.drafts)[draftId]!;
    if (holds) {
      draft.status = 'approved';
      delete draft.selfApproved;
      appendAudit(data, vault, 'review.signed-off', null, message('audit.detail.returnedSignOff', { draftId, titled: view.title ? 'yes' : 'no', title: view.title, name: view.signOff!.by.name }));
    } else {
      review.signOff = null;
      appendAudit(data, vault, 'review.reopened', null, message('audit.detail.signOffNotApplied', { draftId, ...blockerValues(view.signOffBlockers) }));
    }
  });
  return getReview(vault, guard, { draftId });
}
