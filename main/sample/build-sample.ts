import { SAMPLE_VAULT_NAME, SAMPLE_VAULT_PASSPHRASE } from '../../common/domain/sample-vault';
import type { DocNode } from '../../common/domain/draft';
import type { Reviewer } from '../../common/domain/review';
import type { Statement } from '../../common/domain/statement';
import { citationPassages } from '../../common/review/passages';
import { COLLECTIONS, collectionIn, type StoredSource, type StoredStatement } from '../features/collections';
import { createDraft, saveDraftBody, type StoredDraft } from '../features/drafts';
import { writeIdentity } from '../features/identity-compartment';
import { reopenChangedApprovals } from '../features/review';
import { reviewIn } from '../features/review-store';
import { countTerms, saveSource } from '../features/sources';
import { saveStatements } from '../features/statements';
import type { KdfPolicy } from '../vault/kdf';
import { Vault } from '../vault/vault';
import { SAMPLE_SOURCES, SAMPLE_STATEMENTS, type SampleSource } from './sample-story';
import { storyDoc } from './story-doc';

// Builds the sample vault: the story's sources with identities and nicknames, its statements,
// and one draft that shows every kind of citation (first mention, separate source,
// back-reference, plural with the outlet, dated), one planted leak (a source's alias typed into
// the text) and one approval an edit reopened.

/** The alias planted in the draft: the leak guard must flag it. */
export const PLANTED_LEAK = 'Old Liu';
const SAMPLE_EDITOR: Reviewer = { name: 'Mina Cho (sample editor)', role: 'editor', fingerprint: 'sample' };

/** The draft; `edited` changes the sentence around the coal citation (which reopens its approval). */
export function sampleDoc(statements: Statement[], sourceOf: (s: Statement) => SampleSource['key'], edited: boolean): DocNode {
  return storyDoc(statements, sourceOf, { citationPrefix: 'sample', edited, closingAside: ` At the market they call him ${PLANTED_LEAK}.` });
}

/** Creates the sample vault in `dir` (which must hold no vault) and returns it open. */
export async function buildSampleVault(dir: string, kdfPolicy: KdfPolicy, now: () => Date = () => new Date()): Promise<Vault> {
  const { vault } = await Vault.create(dir, { name: SAMPLE_VAULT_NAME, passphrase: new TextEncoder().encode(SAMPLE_VAULT_PASSPHRASE), kdfPolicy, now });
  // Nothing to lose in a sample: no recovery key to write down.
  await vault.update((data) => void (data.meta.recoveryKeyConfirmed = true));

  const ids = {} as Record<SampleSource['key'], string>;
  for (const source of SAMPLE_SOURCES) {
    const saved = await saveSource(vault, source.fields);
    await writeIdentity(vault, saved.id, source.identity);
    await vault.update((data) => void (collectionIn<StoredSource>(data, COLLECTIONS.sources)[saved.id]!.identityCounts = countTerms(source.identity)));
    ids[source.key] = saved.id;
  }
  const statements = await saveStatements(
    vault,
    SAMPLE_STATEMENTS.map((s) => ({ ...s.fields, sourceId: ids[s.source] })),
  );
  const keyOf = (s: Statement) => SAMPLE_SOURCES.find((src) => ids[src.key] === s.sourceId)!.key;

  const draft = await createDraft(vault, { title: 'Smuggling picks up on the Yalu', byline: 'By a staff reporter', dateline: 'DANDONG' });
  const first = sampleDoc(statements, keyOf, false);
  await saveDraftBody(vault, draft.meta.id, draft.meta.bodyRevision, first);

  // An editor approved the coal passage; then the reporter rewrote its sentence.
  const storedStatements = new Map(Object.values(vault.collection<StoredStatement>(COLLECTIONS.statements)).map((s) => [s.id, s]));
  const storedSources = new Map(Object.values(vault.collection<StoredSource>(COLLECTIONS.sources)).map((s) => [s.id, s]));
  const passage = citationPassages(first, storedStatements, storedSources).find((x) => x.citation.citationId === 'sample4')!;
  await vault.update((data) => {
    reviewIn(data, draft.meta.id).decisions.push({ citationKey: 'sample4', state: 'approved', by: SAMPLE_EDITOR, at: now().toISOString(), passageHash: passage.passageHash });
    collectionIn<StoredDraft>(data, COLLECTIONS.drafts)[draft.meta.id]!.status = 'in-review';
  });
  await saveDraftBody(vault, draft.meta.id, draft.meta.bodyRevision + 1, sampleDoc(statements, keyOf, true));
  await reopenChangedApprovals(vault, draft.meta.id);
  return vault;
}
