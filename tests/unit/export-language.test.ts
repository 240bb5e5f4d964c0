import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { load } from 'js-yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DraftLanguage } from '../../common/domain/language';
import type { LocalLabel } from '../../common/domain/source';
import { EXPORT_FORMATS } from '../../common/export/export-format';
import { ShieldnoteService } from '../../main/service/shieldnote-service';
import { SOURCES } from '../fixtures/border-story';
import { approveDraftForTest } from '../support/approve-draft';
import { startFakeWordPress, type FakeWordPress } from '../support/fake-wordpress';
import { seededStoryDoc, seedStory } from '../support/seed-story';
import { FAST_KDF, STRONG_PASSPHRASE, tempDir, testPlatform } from '../support/temp-dirs';
import { nitfDtds, requireXmllint, xmllint } from '../support/xmllint';

// Every export says which language the story is in: lang on HTML, baselang and xml:lang in NITF,
// lang in the Markdown front matter, w:lang in the Word file, and a lang wrapper in the WordPress
// post. Labels in Hangul are labels, not identities: the leak guard lets them through, unless a
// label really holds an identity term.

const KOREAN: Record<(typeof SOURCES)[number]['key'], LocalLabel> = {
  trader: { place: '단둥', noun: '소식통' },
  boatman: { place: '신의주', noun: '소식통' },
  watcher: { place: '', noun: '내부 소식통' },
};

describe('exports in the draft’s language', () => {
  let dir: ReturnType<typeof tempDir>;
  let out: string;
  let service: ShieldnoteService;
  let seeded: Awaited<ReturnType<typeof seedStory>>;
  let wp: FakeWordPress | null = null;

  beforeEach(async () => {
    dir = tempDir();
    out = path.join(dir.path, 'out');
    await import('node:fs/promises').then((fs) => fs.mkdir(out));
    service = new ShieldnoteService({ platform: testPlatform(dir.path, async () => out), kdfPolicy: FAST_KDF, now: () => new Date('2024-05-06T09:15:00Z') });
    await service.createVault({ path: path.join(dir.path, 'v'), name: 'Desk', passphrase: STRONG_PASSPHRASE });
    seeded = await seedStory(service);
    for (const source of SOURCES) {
      await service.saveSource({ ...source.fields, label: { ...source.fields.label, byLanguage: { ko: KOREAN[source.key] } }, id: seeded.sourceIds[source.key] });
    }
  });
  afterEach(async () => {
    await service.shutdown();
    await wp?.close();
    wp = null;
    dir.remove();
  });

  async function draftIn(language: DraftLanguage) {
    const doc = seededStoryDoc(seeded);
    const draft = await service.createDraft({ title: 'Yalu', byline: 'By a staff reporter', dateline: 'SEOUL' });
    await service.saveDraftBody({ id: draft.meta.id, baseRevision: 1, body: doc });
    if (language !== 'en') await service.setDraftLanguage({ id: draft.meta.id, language });
    return draft.meta.id;
  }

  it('marks every file format with the language, and prints the Korean attributions', async () => {
    const draftId = await draftIn('ko');
    // Hangul labels are not identities: nothing for the leak guard to hold back.
    const report = await service.scanDraft({ id: draftId });
    expect(report.openCount).toBe(0);
    expect(report.labelIssues.filter((i) => i.kind === 'label-identity')).toEqual([]);
    for (const format of EXPORT_FORMATS) expect(await service.exportDraft({ draftId, format, final: false })).toMatchObject({ status: 'exported', overridden: false });

    const html = readFileSync(path.join(out, 'yalu-working-copy.html'), 'utf8');
    expect(html).toContain('<html lang="ko">');
    expect(html).toContain('5월 5일 단둥 소식통');
    expect(html).toContain('신의주 소식통');
    const md = readFileSync(path.join(out, 'yalu-working-copy.md'), 'utf8');
    expect(load(/^---\n([\s\S]*?)\n---/.exec(md)![1]!)).toMatchObject({ lang: 'ko' });
    const xml = readFileSync(path.join(out, 'yalu-working-copy.xml'), 'utf8');
    expect(xml).toMatch(/<nitf version="[^"]+" baselang="ko">/);
    expect(xml).toContain('<hl1 xml:lang="ko">Yalu</hl1>');
    expect(xml).toMatch(/<p xml:lang="ko">[^<]*내부 소식통/);
    if (requireXmllint()) for (const dtd of nitfDtds()) expect(xmllint(xml, dtd), dtd).toBe('');
    const styles = strFromU8(unzipSync(new Uint8Array(readFileSync(path.join(out, 'yalu-working-copy.docx'))))['word/styles.xml']!);
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="ko-KR" w:eastAsia="ko-KR"\/>/);
  });

  it('keeps English exports English', async () => {
    const draftId = await draftIn('en');
    await service.exportDraft({ draftId, format: 'html', final: false });
    await service.exportDraft({ draftId, format: 'docx', final: false });
    expect(readFileSync(path.join(out, 'yalu-working-copy.html'), 'utf8')).toContain('<html lang="en">');
    const styles = strFromU8(unzipSync(new Uint8Array(readFileSync(path.join(out, 'yalu-working-copy.docx'))))['word/styles.xml']!);
    expect(styles).toContain('<w:lang w:val="en-US" w:eastAsia="en-US"/>');
  });

  it('still refuses a label that holds an identity term in Hangul', async () => {
    const boatman = SOURCES.find((s) => s.key === 'boatman')!;
    await service.saveSource({ ...boatman.fields, label: { ...boatman.fields.label, byLanguage: { ko: { place: '박선희', noun: '소식통' } } }, id: seeded.sourceIds.boatman });
    const draftId = await draftIn('ko');
    const report = await service.scanDraft({ id: draftId });
    expect(report.labelIssues).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'label-identity', sourceId: seeded.sourceIds.boatman })]));
    await expect(service.exportDraft({ draftId, format: 'html', final: false })).resolves.toMatchObject({ status: 'refused' });
  });

  it('keeps the language in the WordPress post’s content', async () => {
    wp = await startFakeWordPress();
    const draftId = await draftIn('ja');
    await approveDraftForTest(service, draftId);
    await service.saveWordPressSettings({ siteUrl: wp.url, user: wp.user, applicationPassword: wp.password });
    expect(await service.publishToWordPress({ draftId })).toMatchObject({ status: 'published' });
    const [post] = [...wp.posts.values()];
    expect(post!.content).toMatch(/^<div lang="ja">\n[\s\S]*\n<\/div>$/);
    // No Japanese labels were written: the post shows the placeholder, never the English label passed off.
    expect(post!.content).toContain('[no Japanese label: ');
  });
});
