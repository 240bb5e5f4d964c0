import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../common/domain/draft';
import { RELIABILITY, type Source, type SourceFields } from '../../common/domain/source';
import { CHANNELS, type Statement } from '../../common/domain/statement';
import { citationPassages, type PassageSource, type PassageStatement } from '../../common/review/passages';
import { saveProfile } from '../../main/features/profile';
import { contentHash } from '../../main/review-packages/package-format';
import type { ShieldnoteService } from '../../main/service/shieldnote-service';
import { type SeededStory, seededStoryDoc } from '../support/seed-story';
import { STRONG_PASSPHRASE } from '../support/temp-dirs';
import { storyVaultEachTest } from '../support/vault-each-test';

// Issue 13, "approvals cover what the editor saw": the review screen shows each cited source's
// label and profile and each statement's date and channel beside a citation, so the passage hash
// (and a review package's content hash) covers them, and changing one reopens exactly the
// approvals that depend on it.

const sourceFields = (s: Source): SourceFields => ({ label: s.label, access: s.access, anonymityReason: s.anonymityReason, reliability: s.reliability, poolSize: s.poolSize, notes: s.notes });
const statementFields = (s: Statement) => ({ id: s.id, sourceId: s.sourceId, text: s.text, kind: s.kind, saidOn: s.saidOn, channel: s.channel, notes: s.notes, tags: s.tags });

describe('approvals reopen when a cited source’s profile or a cited statement’s date or channel changes', () => {
  let service: ShieldnoteService;
  let seeded: SeededStory;
  let draftId: string;

  storyVaultEachTest(async (story) => {
    ({ service, seeded } = story);
    const doc: DocNode = seededStoryDoc(seeded);
    draftId = (await service.createDraft({ title: 'Smuggling on the Yalu', byline: 'Staff reporter' })).meta.id;
    await service.saveDraftBody({ id: draftId, baseRevision: 1, body: doc });
    await saveProfile(service.requireVault(), { name: 'Mina Cho', role: 'editor', passphrase: STRONG_PASSPHRASE });
    await service.setDraftStatus({ id: draftId, status: 'in-review' });
  });

  async function approveAll() {
    let view = await service.getReview({ subject: { draftId } });
    for (const c of view.citations) if (c.decision.state !== 'approved') view = await service.decideCitation({ subject: { draftId }, citationKey: c.key, state: 'approved' });
    expect(view.counts).toEqual({ open: 0, approved: view.citations.length, flagged: 0 });
    return view;
  }
  const openNumbers = async () => (await service.getReview({ subject: { draftId } })).citations.filter((c) => c.decision.state === 'open').map((c) => c.number);
  const source = async (key: 'trader' | 'boatman' | 'watcher') => (await service.listSources({ includeArchived: true })).find((s) => s.id === seeded.sourceIds[key])!;

  it('changing one source’s pool size reopens only the approvals citing that source', async () => {
    const approved = await approveAll();
    const boatman = await source('boatman');
    const citing = approved.citations.filter((c) => c.sources.some((s) => s.id === boatman.id)).map((c) => c.number);
    expect(citing.length).toBeGreaterThan(0);
    expect(citing.length).toBeLessThan(approved.citations.length);

    await service.saveSource({ id: boatman.id, ...sourceFields(boatman), poolSize: (boatman.poolSize ?? 10) * 10 });
    expect(await openNumbers()).toEqual(citing);
    const view = await service.getReview({ subject: { draftId } });
    expect(view.reopened).toMatchObject({ citationKeys: approved.citations.filter((c) => citing.includes(c.number)).map((c) => c.key) });
    expect((await service.listAudit({})).some((a) => a.action === 'review.reopened')).toBe(true);
  });

  it('each profile field and the label count; saving the profile unchanged, or notes only, reopens nothing', async () => {
    const trader = await source('trader');
    const changes: Partial<SourceFields>[] = [
      { reliability: RELIABILITY.find((r) => r !== trader.reliability)! },
      { access: `${trader.access} Works the night market.` },
      { anonymityReason: `${trader.anonymityReason} Faces prison.` },
    ];
    let current = trader;
    for (const change of changes) {
      const approved = await approveAll();
      const citing = approved.citations.filter((c) => c.sources.some((s) => s.id === trader.id)).map((c) => c.number);
      await service.saveSource({ id: trader.id, ...sourceFields(current), ...change });
      current = await source('trader');
      expect(await openNumbers(), JSON.stringify(change)).toEqual(citing);
    }
    // A new label reopens the passages citing the source, and any other whose attribution now
    // reads differently (the engine tells similar labels apart: "a separate source in China").
    const approved = await approveAll();
    const before = new Map(approved.citations.map((c) => [c.number, c.attribution]));
    const citing = approved.citations.filter((c) => c.sources.some((s) => s.id === trader.id)).map((c) => c.number);
    await service.saveSource({ id: trader.id, ...sourceFields(current), label: { ...trader.label, qualifier: `${trader.label.qualifier} near the river` } });
    current = await source('trader');
    const after = await service.getReview({ subject: { draftId } });
    const reworded = after.citations.filter((c) => c.attribution !== before.get(c.number)).map((c) => c.number);
    expect(await openNumbers()).toEqual([...new Set([...citing, ...reworded])].sort((a, b) => a - b));
    await approveAll();
    await service.saveSource({ id: trader.id, ...sourceFields(current) });
    await service.saveSource({ id: trader.id, ...sourceFields(current), notes: 'Reporter’s own note, never shown to the editor.' });
    expect(await openNumbers()).toEqual([]);
  });

  it('a cited statement’s date or channel reopens the citations of that statement only', async () => {
    const approved = await approveAll();
    const statement = seeded.statements.find((s) => s.sourceId === seeded.sourceIds.watcher)!;
    const citing = approved.citations.filter((c) => c.statements.some((s) => s.id === statement.id)).map((c) => c.number);
    expect(citing.length).toBeGreaterThan(0);
    await service.saveStatement({ ...statementFields(statement), saidOn: '2017-01-02' });
    expect(await openNumbers()).toEqual(citing);
    await approveAll();
    await service.saveStatement({ ...statementFields(statement), saidOn: '2017-01-02', channel: CHANNELS.find((c) => c !== statement.channel)! });
    expect(await openNumbers()).toEqual(citing);
  });
});

describe('the passage hash and the package content hash cover the profile, date and channel', () => {
  const LABEL = { adjective: '', noun: 'source', qualifier: 'in China' };
  const doc: DocNode = {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Boats cross at night, ' }, { type: 'citation', attrs: { citationId: 'c1', statementIds: ['a'.repeat(32)] } }, { type: 'text', text: '.' }] }],
  };
  const statement: PassageStatement = { id: 'a'.repeat(32), sourceId: 'b'.repeat(32), text: 'Boats cross at night.', saidOn: '2018-05', channel: 'phone' };
  const profile: PassageSource = { label: LABEL, access: 'Trades at the market', anonymityReason: 'Would be arrested', reliability: 'established', poolSize: 300 };
  const hashOf = (s: PassageStatement, p: PassageSource) => citationPassages(doc, new Map([[s.id, s]]), new Map([[s.sourceId, p]]))[0]!.passageHash;

  const fieldChange = fc.oneof(
    fc.record({ poolSize: fc.option(fc.integer({ min: 1, max: 100_000_000 }), { nil: null }) }).map((c) => ({ profile: c })),
    fc.record({ reliability: fc.constantFrom(...RELIABILITY) }).map((c) => ({ profile: c })),
    fc.record({ access: fc.string({ maxLength: 40 }) }).map((c) => ({ profile: c })),
    fc.record({ anonymityReason: fc.string({ maxLength: 40 }) }).map((c) => ({ profile: c })),
    fc.record({ label: fc.record({ adjective: fc.string({ maxLength: 10 }), noun: fc.constantFrom('source', 'official', 'trader'), qualifier: fc.string({ maxLength: 20 }) }) }).map((c) => ({ profile: c })),
    fc.record({ saidOn: fc.constantFrom(null, '2018', '2018-05', '2018-05-06', '2019-01') }).map((c) => ({ statement: c })),
    fc.record({ channel: fc.constantFrom(...CHANNELS) }).map((c) => ({ statement: c })),
  );

  it('never hashes the same after any one field changed (and always the same when it did not)', () => {
    const before = hashOf(statement, profile);
    fc.assert(
      fc.property(fieldChange, (change) => {
        const p = { ...profile, ...('profile' in change ? change.profile : {}) };
        const s = { ...statement, ...('statement' in change ? change.statement : {}) };
        const same = JSON.stringify(p) === JSON.stringify(profile) && JSON.stringify(s) === JSON.stringify(statement);
        expect(hashOf(s, p) === before).toBe(same);
      }),
      { numRuns: 300 },
    );
  });

  it('a review package’s content hash changes with a cited source’s pool size or a statement’s channel', () => {
    const material = {
      draft: { title: 'T', dateline: '', byline: '', body: doc },
      statements: [{ ...statement, kind: 'paraphrase' as const }],
      sources: [{ id: statement.sourceId, ...profile }],
    };
    const base = contentHash(material);
    expect(contentHash({ ...material, sources: [{ ...material.sources[0]!, poolSize: 301 }] })).not.toBe(base);
    expect(contentHash({ ...material, sources: [{ ...material.sources[0]!, anonymityReason: 'Other' }] })).not.toBe(base);
    expect(contentHash({ ...material, statements: [{ ...material.statements[0]!, channel: 'in-person' as const }] })).not.toBe(base);
    expect(contentHash(structuredClone(material))).toBe(base);
  });
});
