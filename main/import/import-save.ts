import { message } from '../../common/domain/message';
import { ShieldnoteError } from '../../common/api/errors';
import type { ImportSaved } from '../../common/domain/import';
import type { IdentityTerm } from '../../common/domain/identity';
import type { Attachment, StatementFields } from '../../common/domain/statement';
import type { z } from 'zod';
import type { saveImportedStatementsSchema } from '../../common/domain/import';
import { appendAudit } from '../features/audit-log';
import { COLLECTIONS, collectionIn, type StoredSource } from '../features/collections';
import { addDraftImage } from '../features/draft-images';
import { createDraft, saveDraftBody } from '../features/drafts';
import { readIdentities, writeIdentity } from '../features/identity-compartment';
import { countTerms, storedSource } from '../features/sources';
import { saveStatements } from '../features/statements';
import { assertIdentitiesHere } from '../features/travel';
import { RecordKind } from '../vault/container';
import type { UnlockedSession } from '../service/unlocked-session';
import { hasReviewWarnings, type PendingImport } from './pending-import';
import { refuseImport } from './import-refusals';

// Saving a reviewed import: every chosen candidate becomes a statement in ONE catalog write
// (with its media, already written as encrypted records, and the audit line), so it is all
// saved or none of it. Kept identity terms are added to the source's compartment first (more
// terms only make the leak guard stricter). The audit line names no file.

/** Media brought in with one import, at most (the rest is skipped and counted). */
const MEDIA_BUDGET_BYTES = 512 * 1024 * 1024;

type Input = z.output<typeof saveImportedStatementsSchema>;

export async function saveImportedStatements(session: UnlockedSession, pending: PendingImport, input: Input): Promise<ImportSaved> {
  const { vault } = session;
  if (pending.saved || pending.purpose !== 'statements') refuseImport('STALE');
  if (hasReviewWarnings(pending) && !input.reviewedWarnings) refuseImport('UNREVIEWED');
  const chosen = new Set<number>();
  for (const entry of input.statements) {
    if (!pending.candidates[entry.index]) throw new ShieldnoteError('VALIDATION', `There is no statement ${entry.index + 1} in this import.`);
    if (chosen.has(entry.index)) throw new ShieldnoteError('VALIDATION', `Statement ${entry.index + 1} is listed twice.`);
    chosen.add(entry.index);
    storedSource(vault, entry.sourceId);
  }
  const terms = keptTerms(pending, input);
  if (terms.size > 0) assertIdentitiesHere(vault);

  const isMessenger = pending.origin !== 'word';
  const items: StatementFields[] = input.statements.map((entry) => {
    const candidate = pending.candidates[entry.index]!;
    return {
      sourceId: entry.sourceId,
      text: candidate.text,
      kind: entry.kind,
      saidOn: isMessenger ? candidate.saidOn : input.saidOn,
      channel: isMessenger ? 'messenger' : input.channel,
      notes: '',
      tags: input.tags,
    };
  });

  // Media first, as records; if anything after fails they are deleted again.
  const written: string[] = [];
  let budget = MEDIA_BUDGET_BYTES;
  let skipped = 0;
  try {
    const attachments: Attachment[][] = [];
    for (const entry of input.statements) {
      const list: Attachment[] = [];
      for (const media of pending.candidates[entry.index]!.media) {
        if (media.size > budget) {
          skipped++;
          continue;
        }
        const data = await media.load();
        budget -= data.length;
        const id = vault.newRecordId();
        await vault.writeRecord(id, RecordKind.attachment, data);
        written.push(id);
        list.push({ id, name: media.name, mimeType: media.mimeType || 'application/octet-stream', size: data.length, addedAt: new Date().toISOString() });
      }
      attachments.push(list);
    }
    await addTerms(session, terms);
    const sources = new Set(input.statements.map((s) => s.sourceId));
    const termCount = [...terms.values()].reduce((n, t) => n + t.length, 0);
    const identities = terms.size > 0 ? await readIdentities(vault) : {};
    const saved = await saveStatements(vault, items, {
      attachments,
      also: (data) => {
        const all = collectionIn<StoredSource>(data, COLLECTIONS.sources);
        for (const sourceId of terms.keys()) all[sourceId]!.identityCounts = countTerms(identities[sourceId] ?? []);
        appendAudit(
          data,
          vault,
          'import.saved',
          sources.size === 1 ? [...sources][0]! : null,
          message('audit.detail.statementsSaved', { origin: pending.origin, statements: items.length, sources: sources.size, attachments: written.length, skipped, terms: termCount }),
        );
      },
    });
    pending.saved = true;
    releaseContent(pending);
    await session.searchIndex.refresh('statement', saved.map((s) => s.id));
    return { statements: saved.length, attachments: written.length, identityTerms: termCount, ids: saved.map((s) => s.id), canDeleteOriginal: true };
  } catch (error) {
    for (const id of written) await vault.deleteRecord(id).catch(() => undefined);
    throw error;
  }
}

/** The terms to keep, per source, taken from the file (a speaker's terms go only to a source its statements went to). */
function keptTerms(pending: PendingImport, input: Input): Map<string, IdentityTerm[]> {
  const out = new Map<string, IdentityTerm[]>();
  for (const pick of input.identityTerms) {
    const term = pending.speakers[pick.speaker]?.terms[pick.term];
    if (!term) throw new ShieldnoteError('VALIDATION', 'That identity term is not in this import.');
    const mapped = input.statements.some((s) => s.sourceId === pick.sourceId && pending.candidates[s.index]!.speaker === pick.speaker);
    if (!mapped) throw new ShieldnoteError('VALIDATION', 'An identity term can only go to the source its speaker’s statements are saved under.');
    const list = out.get(pick.sourceId) ?? [];
    list.push({ kind: term.kind, value: term.value, isPublic: false });
    out.set(pick.sourceId, list);
  }
  return out;
}

/** Adds terms to each source's identity (never replacing or removing one it has). */
async function addTerms(session: UnlockedSession, terms: Map<string, IdentityTerm[]>): Promise<void> {
  if (terms.size === 0) return;
  const { vault } = session;
  const current = await readIdentities(vault);
  for (const [sourceId, added] of terms) {
    const have = current[sourceId] ?? [];
    const key = (t: IdentityTerm) => `${t.kind}\u0000${t.value.toLowerCase()}`;
    const known = new Set(have.map(key));
    const merged = [...have, ...added.filter((t) => !known.has(key(t)) && known.add(key(t)))];
    if (merged.length > 200) throw new ShieldnoteError('VALIDATION', 'A source can hold at most 200 identity terms. Keep fewer of the offered terms.');
    if (merged.length !== have.length) await writeIdentity(vault, sourceId, merged);
  }
  session.identitiesChanged();
}

export async function saveImportedDraft(session: UnlockedSession, pending: PendingImport, reviewedWarnings: boolean): Promise<ImportSaved> {
  const { vault } = session;
  if (pending.saved || pending.purpose !== 'draft' || !pending.draft) refuseImport('STALE');
  if (hasReviewWarnings(pending) && !reviewedWarnings) refuseImport('UNREVIEWED');
  const { title, byline, dateline, body, imageData } = pending.draft;
  const draft = await createDraft(vault, { title, byline, dateline });
  await saveDraftBody(vault, draft.meta.id, 1, body);
  let images = 0;
  let skipped = 0;
  for (const image of imageData) {
    try {
      await addDraftImage(vault, draft.meta.id, { name: image.name, data: await image.load() }, { caption: '', credit: '', alt: '' });
      images++;
    } catch {
      skipped++; // a format that cannot leave clean (EMF, GIF…), or over the draft's limit
    }
  }
  await vault.update((data) => appendAudit(data, vault, 'import.saved', null, message('audit.detail.wordSaved', { draftId: draft.meta.id, images, skipped })));
  pending.saved = true;
  releaseContent(pending);
  return { statements: 0, attachments: images, identityTerms: 0, ids: [draft.meta.id], canDeleteOriginal: true };
}

/** After saving only the path stays (for "delete the original"); the content leaves memory. */
function releaseContent(pending: PendingImport): void {
  pending.candidates = [];
  pending.speakers = [];
  pending.draft = null;
}
