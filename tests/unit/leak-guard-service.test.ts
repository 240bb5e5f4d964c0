import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../common/domain/draft';
import { positionedBlocks } from '../../common/document/doc-positions';
import { ShieldnoteService } from '../../main/service/shieldnote-service';
import { SOURCES } from '../fixtures/border-story';
import { type SeededStory, seededStoryDoc, seedStory } from '../support/seed-story';
import { FAST_KDF, STRONG_PASSPHRASE, tempDir, testPlatform } from '../support/temp-dirs';
import { storyVaultEachTest } from '../support/vault-each-test';
import { englishText } from '../../main/i18n/english-text';

describe('leak guard in the service', () => {
  let service: ShieldnoteService;
  let seeded: SeededStory;

  storyVaultEachTest((story) => ({ service, seeded } = story));

  const storyDoc = () => seededStoryDoc(seeded);

  async function draftWith(doc: DocNode, title = 'Smuggling on the Yalu') {
    const draft = await service.createDraft({ title, byline: 'Staff reporter' });
    await service.saveDraftBody({ id: draft.meta.id, baseRevision: 1, body: doc });
    return draft.meta.id;
  }

  it('finds a source’s name typed in another spelling, with ProseMirror positions the editor can underline', async () => {
    const doc = storyDoc();
    const para = doc.content![3]!.content!;
    para.push({ type: 'text', text: ' The boatman, PARK SUNHEE, agreed.' });
    const id = await draftWith(doc);
    const report = await service.scanDraft({ id });
    const finding = report.findings.find((f) => f.matched === 'PARK SUNHEE')!;
    expect(finding).toMatchObject({ field: 'body', sourceId: seeded.sourceIds.boatman, sourceLabel: 'a source in China', severity: 'high', termKind: 'name' });
    // The positions cover exactly the matched text in the document.
    const block = positionedBlocks(doc).find((b) => b.block === 3)!;
    const startIndex = block.text.indexOf('PARK SUNHEE');
    expect([finding.from, finding.to]).toEqual([block.positions[startIndex], block.positions[startIndex + 'PARK SUNHEE'.length - 1]! + 1]);
    // Cited anonymously and named: the label check says so too.
    expect(report.labelIssues).toContainEqual(expect.objectContaining({ kind: 'named-and-anonymous', sourceId: seeded.sourceIds.boatman }));
    expect(report.openCount).toBeGreaterThan(0);
    // No identity term leaves main except as the draft's own words.
    expect(JSON.stringify(report)).not.toContain('Bak Seon-hui');
    expect(JSON.stringify(report)).not.toContain('Zhenhai');
  });

  it('scans the title and byline, checks labels, and profiles what the story discloses', async () => {
    const doc = storyDoc();
    const id = await draftWith(doc, 'Old Liu on the smuggling boom');
    const report = await service.scanDraft({ id });
    expect(report.findings).toContainEqual(expect.objectContaining({ field: 'title', matched: 'Old Liu', severity: 'high' }));
    const trader = report.jigsaw.find((j) => j.sourceId === seeded.sourceIds.trader)!;
    expect(trader).toMatchObject({ label: 'a source based in China', citations: 3, dates: ['2018-05-05'], channels: expect.arrayContaining(['messenger', 'in-person']) });
    expect(trader.places).toEqual(expect.arrayContaining(['Dandong']));
  });

  it('warns when a narrow label comes with a date, and when a cited label is bare or too small', async () => {
    await service.saveSource({ ...SOURCES[0]!.fields, id: seeded.sourceIds.trader, poolSize: 8, label: { adjective: '', noun: 'source', qualifier: '' } });
    const id = await draftWith(storyDoc());
    const report = await service.scanDraft({ id });
    expect(report.labelIssues.map((i) => i.kind)).toEqual(expect.arrayContaining(['bare-label', 'small-pool']));
    expect(report.jigsaw.find((j) => j.sourceId === seeded.sourceIds.trader)!.warnings.map(englishText)[0]).toMatch(/single the source out/);
  });

  it('dismisses a finding only with a reason, for every occurrence of that spelling, and audits it', async () => {
    const doc = storyDoc();
    doc.content!.push({ type: 'paragraph', content: [{ type: 'text', text: 'Liu said nothing. Liu left.' }] });
    const id = await draftWith(doc);
    const before = await service.scanDraft({ id });
    const surname = before.findings.filter((f) => f.matched === 'Liu');
    expect(surname).toHaveLength(2);
    expect(surname[0]!.severity).toBe('low');
    const after = await service.dismissFinding({ draftId: id, key: surname[0]!.key, reason: 'Another trader with a common surname' });
    expect(after.findings.filter((f) => f.matched === 'Liu').every((f) => f.dismissed?.reason === 'Another trader with a common surname')).toBe(true);
    const audit = await service.listAudit({});
    expect(audit[0]).toMatchObject({ action: 'leak.dismissed', sourceId: seeded.sourceIds.trader });
  });

  it('finds phones saved in national format in their international forms: from the number, and from the newsroom’s regions', async () => {
    await service.revealIdentity({ sourceId: seeded.sourceIds.trader, passphrase: STRONG_PASSPHRASE });
    await service.saveIdentity({ sourceId: seeded.sourceIds.trader, terms: [...SOURCES[0]!.identity, { kind: 'phone', value: '139 1234 5678', isPublic: false }, { kind: 'phone', value: '02-312-3456', isPublic: false }] });
    const id = await draftWith({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Reach him on 0086 139 1234 5678 or at the Seoul office, +82 2 312 3456.' }] }] });
    const phones = async () => (await service.scanDraft({ id })).findings.filter((f) => f.termKind === 'phone').map((f) => f.matched);
    // A Chinese mobile is known by its shape; a Seoul landline only once the newsroom says it reports from KR.
    expect(await phones()).toContain('0086 139 1234 5678');
    expect(await phones()).not.toContain('82 2 312 3456');
    await expect(service.updatePreferences({ newsroomRegions: ['XX'] })).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await service.updatePreferences({ newsroomRegions: ['KR', 'CN'] })).toMatchObject({ newsroomRegions: ['KR', 'CN'], identityRevealSeconds: 30 });
    expect(await phones()).toEqual(['0086 139 1234 5678', '82 2 312 3456']);
    // The vault setting, not a field in the request, decides: it is kept with the vault.
    expect((await service.getPreferences({})).newsroomRegions).toEqual(['KR', 'CN']);
  });

  it('reads a landline saved in national format in the region the source’s label names, from the next scan on', async () => {
    await service.revealIdentity({ sourceId: seeded.sourceIds.trader, passphrase: STRONG_PASSPHRASE });
    await service.saveIdentity({ sourceId: seeded.sourceIds.trader, terms: [...SOURCES[0]!.identity, { kind: 'phone', value: '03-5555-0123', isPublic: false }] });
    const id = await draftWith({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The Tokyo office answers on +81 3 5555 0123.' }] }] });
    const international = async () => (await service.scanDraft({ id })).findings.some((f) => f.termKind === 'phone' && f.matched.startsWith('81'));
    expect(await international()).toBe(false);
    await service.saveSource({ ...SOURCES[0]!.fields, id: seeded.sourceIds.trader, label: { adjective: '', noun: 'trader', qualifier: 'based in Tokyo' } });
    expect(await international()).toBe(true);
  });

  it('refuses to dismiss a finding the draft does not have', async () => {
    const id = await draftWith(storyDoc());
    await expect(service.dismissFinding({ draftId: id, key: `${seeded.sourceIds.trader}:name:full:liuzhenhai`, reason: 'probing' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('follows identity changes', async () => {
    const doc = storyDoc();
    doc.content!.push({ type: 'paragraph', content: [{ type: 'text', text: 'The dock foreman Zhou Tianming watched.' }] });
    const id = await draftWith(doc);
    expect((await service.scanDraft({ id })).findings.some((f) => f.matched === 'Zhou Tianming')).toBe(false);
    await service.revealIdentity({ sourceId: seeded.sourceIds.trader, passphrase: STRONG_PASSPHRASE });
    await service.saveIdentity({ sourceId: seeded.sourceIds.trader, terms: [...SOURCES[0]!.identity, { kind: 'alias', value: 'Zhou Tianming', isPublic: false }] });
    expect((await service.scanDraft({ id })).findings.some((f) => f.matched === 'Zhou Tianming')).toBe(true);
  });
});

describe('export gate', () => {
  it('scans every field of a finished document: text, title, byline, captions, credits, alt text and file names', async () => {
    const dir = tempDir();
    const service = new ShieldnoteService({ platform: testPlatform(dir.path), kdfPolicy: FAST_KDF });
    try {
      await service.createVault({ path: path.join(dir.path, 'v'), name: 'Desk', passphrase: STRONG_PASSPHRASE });
      const seeded = await seedStory(service);
      const draft = await service.createDraft({ title: 'Coal', byline: 'By Kim Chol-su' });
      await service.saveDraftBody({ id: draft.meta.id, baseRevision: 1, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Call +86 150 4155 7788 for more.' }] }] } });
      const doc = await service.publishableDocument(draft.meta.id, [
        { fileName: 'liuzh_dd-coal.jpg', caption: 'Coal near Sinuiju, photographed by 김철수', credit: 'Yalu Riverside Wholesale', alt: 'Old Liu beside the coal' },
      ]);
      const findings = await service.gateScan(doc, draft.meta.id);
      const where = (field: string) => findings.filter((f) => f.field === field).map((f) => f.sourceId);
      expect(where('byline')).toContain(seeded.sourceIds.watcher);
      expect(where('body block 1')).toContain(seeded.sourceIds.boatman);
      expect(where('image 1 file name')).toContain(seeded.sourceIds.trader);
      expect(where('image 1 caption')).toContain(seeded.sourceIds.watcher);
      expect(where('image 1 credit')).toContain(seeded.sourceIds.trader);
      expect(where('image 1 alt text')).toContain(seeded.sourceIds.trader);
      expect(JSON.stringify(findings)).not.toContain('Liu Zhenhai');
    } finally {
      await service.shutdown();
      dir.remove();
    }
  });
});
