import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../common/domain/draft';
import type { LeakReportFinding } from '../../common/domain/leak-report';
import { LEAK_DISCLOSURE_BUDGET } from '../../main/features/leak-disclosure';
import type { ShieldnoteService } from '../../main/service/shieldnote-service';
import { SOURCES } from '../fixtures/border-story';
import { approveDraftForTest } from '../support/approve-draft';
import { type SeededStory, seededStoryDoc } from '../support/seed-story';
import { STRONG_PASSPHRASE } from '../support/temp-dirs';
import { storyVaultEachTest } from '../support/vault-each-test';

// The leak guard is not an identity oracle (issue 13, attack 1): one budget of identity terms
// per unlocked session across every answer that carries findings, a count only past it, the
// passphrase to see the rest, and an audit entry for every term shown for the first time.

const GUESSES = Array.from({ length: 30 }, (_, i) => `Zorvan Quill${String.fromCharCode(97 + (i % 26))}${i}`);

describe('one leak-guard budget per session', () => {
  let service: ShieldnoteService;
  let seeded: SeededStory;
  let draftId: string;

  storyVaultEachTest(async (story) => {
    ({ service, seeded } = story);
    // The trader "has" thirty aliases; the draft is stuffed with all of them, as a probe would be.
    await service.revealIdentity({ sourceId: seeded.sourceIds.trader, passphrase: STRONG_PASSPHRASE });
    await service.saveIdentity({ sourceId: seeded.sourceIds.trader, terms: [...SOURCES[0]!.identity, ...GUESSES.map((value) => ({ kind: 'alias' as const, value, isPublic: false }))] });
    const doc: DocNode = seededStoryDoc(seeded);
    doc.content!.push({ type: 'paragraph', content: [{ type: 'text', text: GUESSES.join(', ') + '.' }] });
    const draft = await service.createDraft({ title: 'Coal on the Yalu', byline: 'Staff reporter' });
    await service.saveDraftBody({ id: draft.meta.id, baseRevision: 1, body: doc });
    draftId = draft.meta.id;
    await approveDraftForTest(service, draftId);
    await service.saveWordPressSettings({ siteUrl: 'https://news.example.org', user: 'desk', applicationPassword: 'abcd efgh ijkl mnop' });
  });

  /** Guesses a set of findings names (by the matched text). */
  const guessesIn = (findings: readonly Pick<LeakReportFinding, 'matched'>[]) => GUESSES.filter((g) => findings.some((f) => f.matched === g));

  it('the same draft through every path never shows more than the budget without the passphrase', async () => {
    const shown = new Set<string>();
    const note = (findings: LeakReportFinding[]) => findings.forEach((f) => shown.add(f.key));

    const report = await service.scanDraft({ id: draftId });
    note(report.findings);
    expect(report.withheld).toBeGreaterThan(0);
    // Held-back findings block like open ones.
    expect(report.openCount).toBeGreaterThanOrEqual(report.withheld);

    for (const format of ['html', 'markdown', 'text', 'nitf'] as const) {
      const preview = await service.previewExport({ draftId, format });
      note(preview.findings);
      expect(preview.withheld).toBeGreaterThan(0);
    }
    const exported = await service.exportDraft({ draftId, format: 'html', final: false });
    expect(exported).toMatchObject({ status: 'refused' });
    if (exported.status === 'refused') note(exported.findings);
    // An override reason does not let held-back findings through: nobody has seen them.
    const overridden = await service.exportDraft({ draftId, format: 'markdown', final: false, override: { reason: 'Checked with the desk' } });
    expect(overridden).toMatchObject({ status: 'refused' });
    const published = await service.publishToWordPress({ draftId });
    expect(published).toMatchObject({ status: 'refused' });
    if (published.status === 'refused') note(published.findings);
    expect(await service.publishToWordPress({ draftId, override: { reason: 'Checked with the desk' } })).toMatchObject({ status: 'refused' });

    const review = await service.getReview({ subject: { draftId } });
    expect(review.leakOpenCount).toBeGreaterThan(0);
    const reviewText = JSON.stringify(review.checklist);

    expect(shown.size).toBeLessThanOrEqual(LEAK_DISCLOSURE_BUDGET);
    const named = GUESSES.filter((g) => [...shown].some((key) => key.endsWith(`:${g.toLowerCase().replace(/\s+/g, '')}`)));
    expect(named.length).toBeLessThan(GUESSES.length);
    // The review's checklist names only terms already shown.
    for (const guess of GUESSES.filter((g) => !named.includes(g))) expect(reviewText).not.toContain(guess);
  });

  it('audits every term shown for the first time (source, kind and count; never the text), and holding back once', async () => {
    await service.scanDraft({ id: draftId });
    const first = await service.listAudit({});
    const disclosed = first.filter((e) => e.action === 'leak.disclosed');
    expect(disclosed.length).toBeGreaterThan(0);
    expect(disclosed.map((e) => e.sourceId)).toContain(seeded.sourceIds.trader);
    expect(first.filter((e) => e.action === 'leak.withheld')).toHaveLength(1);
    for (const entry of first.filter((e) => e.action.startsWith('leak.'))) {
      for (const guess of GUESSES) expect(entry.detail).not.toContain(guess);
      expect(entry.detail).not.toMatch(/Liu|Zhenhai|liuzh/);
    }
    // The same answer again shows nothing new: no new entry.
    await service.scanDraft({ id: draftId });
    await service.previewExport({ draftId, format: 'html' });
    expect((await service.listAudit({})).filter((e) => e.action.startsWith('leak.'))).toHaveLength(first.filter((e) => e.action.startsWith('leak.')).length);
  });

  it('shows the held-back findings only with the passphrase, which main checks and audits', async () => {
    const before = await service.scanDraft({ id: draftId });
    expect(guessesIn(before.findings).length).toBeLessThan(GUESSES.length);
    await expect(service.revealLeakFindings({ draftId, passphrase: 'not the passphrase' })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect((await service.listAudit({}))[0]).toMatchObject({ action: 'leak.reveal-refused' });

    const after = await service.revealLeakFindings({ draftId, passphrase: STRONG_PASSPHRASE });
    expect(after.withheld).toBe(0);
    expect(guessesIn(after.findings)).toEqual(GUESSES);
    expect((await service.listAudit({}))[0]).toMatchObject({ action: 'leak.revealed' });
    // The export screen sees them too, and the refusal now lists them.
    const preview = await service.previewExport({ draftId, format: 'html' });
    expect(preview.withheld).toBe(0);
    expect(guessesIn(preview.findings)).toEqual(GUESSES);
    const refused = await service.exportDraft({ draftId, format: 'html', final: false });
    expect(refused).toMatchObject({ status: 'refused', withheld: 0 });
  });

  it('forgets what it showed when the vault locks', async () => {
    await service.revealLeakFindings({ draftId, passphrase: STRONG_PASSPHRASE });
    await service.lock({});
    await service.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE });
    expect((await service.scanDraft({ id: draftId })).withheld).toBeGreaterThan(0);
  });

  it('a held-back finding cannot be dismissed, and a dismissal reason may not name a source', async () => {
    const report = await service.scanDraft({ id: draftId });
    const heldGuess = GUESSES.find((g) => !guessesIn(report.findings).includes(g))!;
    const heldKey = `${seeded.sourceIds.trader}:alias:full:${heldGuess.toLowerCase().replace(/\s+/g, '')}`;
    await expect(service.dismissFinding({ draftId, key: heldKey, reason: 'A made-up name' })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const visible = report.findings.find((f) => f.severity !== 'low')!;
    await expect(service.dismissFinding({ draftId, key: visible.key, reason: 'It is Liu Zhenhai, but he agreed' })).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/names a source/) });
    await expect(service.dismissFinding({ draftId, key: visible.key, reason: 'Call him on +86 138 0411 2233 first' })).rejects.toMatchObject({ code: 'VALIDATION' });
    // A reason that names no one is fine (a common surname alone is only a note).
    const after = await service.dismissFinding({ draftId, key: visible.key, reason: 'A different man, checked with the desk' });
    expect(after.findings.find((f) => f.key === visible.key)?.dismissed?.reason).toBe('A different man, checked with the desk');
  });
});
