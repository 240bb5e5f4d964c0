import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../common/domain/draft';
import { publishableText } from '../../common/document/publishable';
import { docxText } from '../../main/export/docx-text';
import { gateScan } from '../../main/export/export-gate';
import { ShieldnoteService } from '../../main/service/shieldnote-service';
import { SOURCES } from '../fixtures/border-story';
import { type SeededStory, seededStoryDoc } from '../support/seed-story';
import { FAST_KDF, testPlatform, type FilePickerAnswers } from '../support/temp-dirs';
import { storyVaultEachTest, type StoryVault } from '../support/vault-each-test';

describe('Word (.docx) export', () => {
  let dir: StoryVault['dir'];
  let out: string;
  let files: FilePickerAnswers;
  let service: ShieldnoteService;
  let seeded: SeededStory;

  storyVaultEachTest(
    async (story) => {
      ({ dir, service, seeded } = story);
      out = path.join(dir.path, 'out');
      await import('node:fs/promises').then((fs) => fs.mkdir(out));
    },
    (appDir) => {
      files = { open: null };
      return new ShieldnoteService({ platform: testPlatform(appDir, async () => out, files), kdfPolicy: FAST_KDF, now: () => new Date('2024-05-06T09:15:00Z') });
    },
  );

  const storyDoc = () => seededStoryDoc(seeded);
  async function draftWith(doc: DocNode) {
    const draft = await service.createDraft({ title: 'Smuggling on the Yalu', byline: 'By a staff reporter', dateline: 'SEOUL' });
    await service.saveDraftBody({ id: draft.meta.id, baseRevision: 1, body: doc });
    return draft.meta.id;
  }

  it('carries no author, company, template, revision, comments or custom XML', async () => {
    const draftId = await draftWith(storyDoc());
    expect(await service.exportDraft({ draftId, format: 'docx', final: false })).toMatchObject({ status: 'exported' });
    const parts = unzipSync(new Uint8Array(readFileSync(path.join(out, 'smuggling-on-the-yalu-working-copy.docx'))));
    const core = strFromU8(parts['docProps/core.xml']!);
    expect(core).not.toMatch(/<dc:creator|<cp:lastModifiedBy|<dc:title|<cp:revision|<dc:description|<cp:keywords/);
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2024-05-06T00:00:00Z</dcterms:created>');
    const app = strFromU8(parts['docProps/app.xml']!);
    expect(app).not.toMatch(/<Company|<Template|<Manager|<Application/);
    expect(strFromU8(parts['docProps/custom.xml'] ?? strToU8(''))).not.toContain('<property');
    const names = Object.keys(parts);
    expect(names.filter((n) => /comments|customXml|people\.xml|commentsExtended/i.test(n))).toEqual([]);
    const everything = names.map((n) => strFromU8(parts[n]!)).join('\n');
    expect(everything).not.toMatch(/w:rsid|w14:paraId|<w:ins |<w:del |<w:comment/);
    expect(everything).not.toMatch(/[0-9a-f]{32}/i);
    for (const term of SOURCES.flatMap((s) => s.identity)) expect(everything).not.toContain(term.value);
    expect(docxText(new Uint8Array(readFileSync(path.join(out, 'smuggling-on-the-yalu-working-copy.docx')))).reading).toContain('according to Daily NK sources in China.');
  });

  it('round trip: exported to Word and imported back as a draft, the text and the rendered attributions match', async () => {
    const draftId = await draftWith(storyDoc());
    await service.exportDraft({ draftId, format: 'docx', final: false });
    const original = await service.publishableDocument(draftId);
    files.open = path.join(out, 'smuggling-on-the-yalu-working-copy.docx');
    const read = await service.readImport({ purpose: 'draft' });
    if (read.status !== 'ready') throw new Error('cancelled');
    expect(read.warnings).toMatchObject({ metadata: [], comments: [], changes: [] });
    const saved = await service.saveImportedDraft({ importId: read.importId, reviewedWarnings: false });
    const back = await service.publishableDocument(saved.ids[0]!);
    expect({ title: back.title, byline: back.byline, dateline: back.dateline }).toEqual({ title: original.title, byline: original.byline, dateline: original.dateline });
    expect(publishableText(back)).toBe(publishableText(original));
    expect(back.blocks.map((b) => b.type)).toEqual(original.blocks.map((b) => b.type));
  });

  it('the leak gate refuses a planted identity in a .docx export, and writes nothing', async () => {
    const doc = storyDoc();
    doc.content!.push({ type: 'paragraph', content: [{ type: 'text', text: 'Thanks to ' }, { type: 'text', text: 'Liu Zhen', marks: [{ type: 'bold' }] }, { type: 'text', text: 'hai for the tour.' }] });
    const draftId = await draftWith(doc);
    const preview = await service.previewExport({ draftId, format: 'docx' });
    expect(preview.openCount).toBeGreaterThan(0);
    const result = await service.exportDraft({ draftId, format: 'docx', final: false });
    expect(result.status).toBe('refused');
    expect(readdirSync(out)).toEqual([]);
  });

  it('scans every XML part of the exact bytes: an identity only in the document properties is found', async () => {
    const draftId = await draftWith(storyDoc());
    const preview = await service.previewExport({ draftId, format: 'docx' });
    expect(preview.openCount).toBe(0);
    await service.exportDraft({ draftId, format: 'docx', final: false });
    const parts = unzipSync(new Uint8Array(readFileSync(path.join(out, 'smuggling-on-the-yalu-working-copy.docx'))));
    parts['docProps/core.xml'] = strToU8(strFromU8(parts['docProps/core.xml']!).replace('</cp:coreProperties>', '<dc:creator>Liu Zhenhai</dc:creator></cp:coreProperties>'));
    const tampered = docxText(zipSync(parts));
    const findings = gateScan(service.requireVault(), await service.leakScanner(), draftId, await service.publishableDocument(draftId), [
      { name: 'story.docx', kind: 'markup', text: tampered.xml },
      { name: 'story.docx', kind: 'text', text: tampered.reading },
    ]);
    expect(findings.filter((f) => !f.dismissed && f.severity !== 'low').map((f) => f.field)).toContain('file story.docx');
  });
});
