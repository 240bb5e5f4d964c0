import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../common/domain/draft';
import { EXPORT_FORMATS } from '../../common/export/export-format';
import { ShieldnoteService } from '../../main/service/shieldnote-service';
import { approveDraftForTest } from '../support/approve-draft';
import { type SeededStory, seededStoryDoc } from '../support/seed-story';
import { FAST_KDF, testPlatform } from '../support/temp-dirs';
import { hasMetadata, jpegWithExif } from '../support/test-images';
import { storyVaultEachTest, type StoryVault } from '../support/vault-each-test';
import { nitfDtds, requireXmllint, xmllint } from '../support/xmllint';

describe('exporting a draft', () => {
  let dir: StoryVault['dir'];
  let out: string;
  let picked: string | null;
  let service: ShieldnoteService;
  let seeded: SeededStory;

  storyVaultEachTest(
    async (story) => {
      ({ dir, service, seeded } = story);
      out = path.join(dir.path, 'out');
      picked = out;
      await import('node:fs/promises').then((fs) => fs.mkdir(out));
    },
    (appDir) => new ShieldnoteService({ platform: testPlatform(appDir, async () => picked), kdfPolicy: FAST_KDF, now: () => new Date('2024-05-06T09:15:00Z') }),
  );

  const storyDoc = () => seededStoryDoc(seeded);
  async function draftWith(doc: DocNode, title = 'Smuggling on the Yalu') {
    const draft = await service.createDraft({ title, byline: 'By a staff reporter', dateline: 'SEOUL' });
    await service.saveDraftBody({ id: draft.meta.id, baseRevision: 1, body: doc });
    return draft.meta.id;
  }

  it('writes each format with its images beside it, scrubbed and neutrally named, and audits it', async () => {
    const draftId = await draftWith(storyDoc());
    const images = await service.addDraftImage({ draftId, name: 'IMG_2231 Liu at the stall.jpg', dataBase64: Buffer.from(await jpegWithExif()).toString('base64'), caption: 'Boats near Dandong.', credit: 'Staff photographer', alt: 'Small boats at a river bank' });
    expect(images).toMatchObject([{ name: 'IMG_2231 Liu at the stall.jpg', mimeType: 'image/jpeg', width: 32, height: 24 }]);
    for (const format of EXPORT_FORMATS) {
      const result = await service.exportDraft({ draftId, format, final: false });
      expect(result).toMatchObject({ status: 'exported', final: false, overridden: false, draftStatus: 'drafting' });
    }
    expect(readdirSync(out).sort()).toEqual(['smuggling-on-the-yalu-working-copy-1.jpg', 'smuggling-on-the-yalu-working-copy.docx', 'smuggling-on-the-yalu-working-copy.html', 'smuggling-on-the-yalu-working-copy.md', 'smuggling-on-the-yalu-working-copy.txt', 'smuggling-on-the-yalu-working-copy.xml']);
    const html = readFileSync(path.join(out, 'smuggling-on-the-yalu-working-copy.html'), 'utf8');
    expect(html).toContain('<img src="smuggling-on-the-yalu-working-copy-1.jpg" alt="Small boats at a river bank" width="32" height="24">');
    expect(html).toContain('according to Daily NK sources in China.');
    expect(load(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(out, 'smuggling-on-the-yalu-working-copy.md'), 'utf8'))![1]!)).toMatchObject({ title: 'Smuggling on the Yalu', author: 'a staff reporter', draft: true });
    const image = new Uint8Array(readFileSync(path.join(out, 'smuggling-on-the-yalu-working-copy-1.jpg')));
    expect(hasMetadata(image)).toBe(false);
    if (requireXmllint()) for (const dtd of nitfDtds()) expect(xmllint(readFileSync(path.join(out, 'smuggling-on-the-yalu-working-copy.xml'), 'utf8'), dtd)).toBe('');
    const audit = await service.listAudit({});
    expect(audit.filter((a) => a.action === 'export.written')).toHaveLength(EXPORT_FORMATS.length);
    expect(JSON.stringify(audit)).not.toMatch(/Liu|Zhenhai|IMG_2231/);
  });

  it('shows the exact text before writing, and the preview names what will be written', async () => {
    const draftId = await draftWith(storyDoc());
    const preview = await service.previewExport({ draftId, format: 'html' });
    expect(preview).toMatchObject({ fileName: 'smuggling-on-the-yalu-working-copy.html', openCount: 0, status: 'drafting', finalAllowed: false });
    await service.exportDraft({ draftId, format: 'html', final: false });
    expect(readFileSync(path.join(out, 'smuggling-on-the-yalu-working-copy.html'), 'utf8')).toBe(preview.text);
  });

  it('refuses an export that shows a source’s identity, with the findings, and writes nothing', async () => {
    const doc = storyDoc();
    doc.content!.push({ type: 'paragraph', content: [{ type: 'text', text: 'Call Park Sun-hee on +86 150 4155 7788.' }] });
    const draftId = await draftWith(doc);
    await service.addDraftImage({ draftId, name: 'boat.jpg', dataBase64: Buffer.from(await jpegWithExif()).toString('base64'), caption: 'A boat', credit: 'Photo: Old Liu', alt: '' });
    const result = await service.exportDraft({ draftId, format: 'markdown', final: false });
    expect(result.status).toBe('refused');
    if (result.status !== 'refused') return;
    expect(result.findings.map((f) => [f.field, f.termKind, f.sourceLabel])).toEqual(
      expect.arrayContaining([
        ['body block 7', 'name', 'a source in China'],
        ['body block 7', 'phone', 'a source in China'],
        ['image 1 credit', 'alias', 'a source based in China'],
      ]),
    );
    expect(readdirSync(out)).toEqual([]);
  });

  it('scans the serialized bytes too: a name split across two paragraphs is caught in the file', async () => {
    const doc = storyDoc();
    doc.content!.push({ type: 'paragraph', content: [{ type: 'text', text: 'The man they call Park' }] }, { type: 'paragraph', content: [{ type: 'text', text: 'Sun-hee came at night.' }] });
    const draftId = await draftWith(doc);
    const preview = await service.previewExport({ draftId, format: 'text' });
    expect(preview.findings.filter((f) => f.termKind === 'name' && f.severity === 'high').map((f) => f.field)).toEqual(['file smuggling-on-the-yalu-working-copy.txt']);
    expect(preview.openCount).toBeGreaterThan(0);
    expect(await service.exportDraft({ draftId, format: 'text', final: false })).toMatchObject({ status: 'refused' });
  });

  it('lets an export through with an audited reason, but not a reason that names a source', async () => {
    const doc = storyDoc();
    doc.content!.push({ type: 'paragraph', content: [{ type: 'text', text: 'Park Sun-hee agreed to be named.' }] });
    const draftId = await draftWith(doc);
    await expect(service.exportDraft({ draftId, format: 'text', final: false, override: { reason: 'Park Sun-hee agreed' } })).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(readdirSync(out)).toEqual([]);
    const result = await service.exportDraft({ draftId, format: 'text', final: false, override: { reason: 'The boatman asked to be named; editor agreed.' } });
    expect(result).toMatchObject({ status: 'exported', overridden: true });
    const audit = await service.listAudit({});
    const override = audit.find((a) => a.action === 'export.override')!;
    expect(override).toMatchObject({ sourceId: seeded.sourceIds.boatman });
    expect(override.detail).toMatch(/Plain text export let through with \d open finding\(s\) \(name\).*reason: The boatman asked to be named; editor agreed\./);
    expect(JSON.stringify(audit)).not.toMatch(/Park|Sun-hee|Sunhee/);
  });

  it('a final export needs approval and marks the draft exported; a working copy does not', async () => {
    const draftId = await draftWith(storyDoc());
    await expect(service.exportDraft({ draftId, format: 'html', final: true })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/approval/) });
    expect(readdirSync(out)).toEqual([]);
    await approveDraftForTest(service, draftId);
    expect(await service.exportDraft({ draftId, format: 'html', final: true })).toMatchObject({ status: 'exported', draftStatus: 'exported' });
    // Only a working copy is named as one: the final file carries the story's own name.
    expect(readdirSync(out)).toEqual(['smuggling-on-the-yalu.html']);
    expect(await service.previewExport({ draftId, format: 'html', final: true })).toMatchObject({ final: true, fileName: 'smuggling-on-the-yalu.html' });
    expect(await service.previewExport({ draftId, format: 'html' })).toMatchObject({ final: false, fileName: 'smuggling-on-the-yalu-working-copy.html' });
    expect((await service.getDraft({ id: draftId })).meta.status).toBe('exported');
    // Exported again (a correction) is still final-exportable.
    expect(await service.exportDraft({ draftId, format: 'nitf', final: true })).toMatchObject({ status: 'exported' });
  });

  it('asks for a folder only once the gate passed; a cancelled picker writes nothing', async () => {
    const draftId = await draftWith(storyDoc());
    picked = null;
    expect(await service.exportDraft({ draftId, format: 'html', final: false })).toEqual({ status: 'cancelled' });
    picked = path.join(dir.path, 'missing');
    expect(await service.exportDraft({ draftId, format: 'html', final: false }).catch((e) => e.code)).toBe('NOT_FOUND');
    expect(readdirSync(out)).toEqual([]);
    expect((await service.listAudit({})).some((a) => a.action === 'export.written')).toBe(false);
  });

  it('refuses HEIC and other files as images, and edits and removes images', async () => {
    const draftId = await draftWith(storyDoc());
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.alloc(16)]);
    await expect(service.addDraftImage({ draftId, name: 'IMG_1.HEIC', dataBase64: heic.toString('base64'), caption: '', credit: '', alt: '' })).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/HEIC/) });
    const [image] = await service.addDraftImage({ draftId, name: 'a.jpg', dataBase64: Buffer.from(await jpegWithExif()).toString('base64'), caption: 'one', credit: '', alt: '' });
    expect(await service.updateDraftImage({ draftId, imageId: image!.id, caption: 'two', credit: 'c', alt: 'a' })).toMatchObject([{ caption: 'two', credit: 'c', alt: 'a' }]);
    expect((await service.getDraftImage({ draftId, imageId: image!.id })).mimeType).toBe('image/jpeg');
    expect(await service.removeDraftImage({ draftId, imageId: image!.id })).toEqual([]);
    expect(existsSync(path.join(dir.path, 'v', 'records', `${image!.id}.snr`))).toBe(false);
    // A deleted draft's images go with it when the trash is emptied (at lock).
    const [kept] = await service.addDraftImage({ draftId, name: 'b.jpg', dataBase64: Buffer.from(await jpegWithExif()).toString('base64'), caption: '', credit: '', alt: '' });
    const record = path.join(dir.path, 'v', 'records', `${kept!.id}.snr`);
    expect(existsSync(record)).toBe(true);
    await service.deleteItem({ kind: 'draft', id: draftId });
    await service.lock();
    expect(existsSync(record)).toBe(false);
  });
});
