import { lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contract } from '../../common/api/contract';
import { APP_ORIGIN } from '../../common/security/csp';
import { chooseFreeVersion, writeExportFiles } from '../../main/export/export-writer';
import { createApiHandler } from '../../main/ipc/api-handler';
import { ShieldnoteService } from '../../main/service/shieldnote-service';
import { seededStoryDoc, seedStory } from '../support/seed-story';
import { FAST_KDF, STRONG_PASSPHRASE, tempDir, testPlatform } from '../support/temp-dirs';
import { jpegWithExif } from '../support/test-images';

// Issue 13, attack 5: files go only where the user chose (main's own picker, never a request
// field), and nothing already there is ever replaced.

describe('exports go only to the folder main’s picker returned, and replace nothing', () => {
  let dir: ReturnType<typeof tempDir>;
  let out: string;
  let picks: number;
  let service: ShieldnoteService;
  let draftId: string;

  beforeEach(async () => {
    dir = tempDir();
    out = path.join(dir.path, 'out');
    mkdirSync(out);
    picks = 0;
    service = new ShieldnoteService({
      platform: testPlatform(dir.path, async () => {
        picks++;
        return out;
      }),
      kdfPolicy: FAST_KDF,
      now: () => new Date('2024-05-06T09:15:00Z'),
    });
    await service.createVault({ path: path.join(dir.path, 'v'), name: 'Desk', passphrase: STRONG_PASSPHRASE });
    const seeded = await seedStory(service);
    const draft = await service.createDraft({ title: 'Smuggling on the Yalu', byline: 'By a staff reporter', dateline: 'SEOUL' });
    await service.saveDraftBody({ id: draft.meta.id, baseRevision: 1, body: seededStoryDoc(seeded) });
    await service.addDraftImage({ draftId: draft.meta.id, name: 'boats.jpg', dataBase64: Buffer.from(await jpegWithExif()).toString('base64'), caption: 'Boats.', credit: '', alt: 'Boats' });
    draftId = draft.meta.id;
  });
  afterEach(async () => {
    await service.shutdown();
    dir.remove();
  });

  it('the API has no folder field: a request naming one is refused before main acts', async () => {
    expect(contract.exportDraft.input.safeParse({ draftId, format: 'html', final: false, folder: '/etc' }).success).toBe(false);
    const handler = createApiHandler(service, { allowedOrigin: APP_ORIGIN });
    const elsewhere = path.join(dir.path, 'elsewhere');
    mkdirSync(elsewhere);
    const answer = await handler({ url: `${APP_ORIGIN}/index.html`, isMainFrame: true }, 'exportDraft', { draftId, format: 'html', final: false, folder: elsewhere });
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(picks).toBe(0);
    // Through the handler without the field, main asks its own picker.
    expect(await handler({ url: `${APP_ORIGIN}/index.html`, isMainFrame: true }, 'exportDraft', { draftId, format: 'html', final: false })).toMatchObject({ ok: true, value: { status: 'exported', folder: out } });
    expect(picks).toBe(1);
  });

  it('exporting again into the same folder writes "-v2" files and leaves the first ones as they were', async () => {
    const first = await service.exportDraft({ draftId, format: 'html', final: false });
    expect(first).toMatchObject({ status: 'exported', renamed: false });
    const before = readFileSync(path.join(out, 'smuggling-on-the-yalu-working-copy.html'));
    const imageBefore = readFileSync(path.join(out, 'smuggling-on-the-yalu-working-copy-1.jpg'));
    const second = await service.exportDraft({ draftId, format: 'html', final: false });
    expect(second).toMatchObject({ status: 'exported', renamed: true });
    if (second.status !== 'exported') return;
    expect(second.files.map((f) => path.basename(f))).toEqual(['smuggling-on-the-yalu-working-copy-v2.html', 'smuggling-on-the-yalu-working-copy-v2-1.jpg']);
    expect(readFileSync(path.join(out, 'smuggling-on-the-yalu-working-copy-v2.html'), 'utf8')).toContain('<img src="smuggling-on-the-yalu-working-copy-v2-1.jpg"');
    expect(readFileSync(path.join(out, 'smuggling-on-the-yalu-working-copy.html')).equals(before)).toBe(true);
    expect(readFileSync(path.join(out, 'smuggling-on-the-yalu-working-copy-1.jpg')).equals(imageBefore)).toBe(true);
    const third = await service.exportDraft({ draftId, format: 'html', final: false });
    if (third.status === 'exported') expect(path.basename(third.files[0]!)).toBe('smuggling-on-the-yalu-working-copy-v3.html');
    expect((await service.listAudit({})).filter((a) => a.action === 'export.written').map((a) => a.detail)).toEqual(
      expect.arrayContaining([expect.stringMatching(/as version 2 \(files of the same name were kept\)/)]),
    );
  });

  it('a file of the same name that is not ours (other bytes, a folder, a link) is never replaced or written through', async () => {
    writeFileSync(path.join(out, 'smuggling-on-the-yalu-working-copy-1.jpg'), 'the reporter’s own picture');
    const target = path.join(dir.path, 'target.txt');
    writeFileSync(target, 'keep me');
    symlinkSync(target, path.join(out, 'smuggling-on-the-yalu-working-copy-v2.html'));
    mkdirSync(path.join(out, 'smuggling-on-the-yalu-working-copy-v3-1.jpg'));
    const result = await service.exportDraft({ draftId, format: 'html', final: false });
    if (result.status !== 'exported') throw new Error(result.status);
    expect(result.files.map((f) => path.basename(f))).toEqual(['smuggling-on-the-yalu-working-copy-v4.html', 'smuggling-on-the-yalu-working-copy-v4-1.jpg']);
    expect(readFileSync(path.join(out, 'smuggling-on-the-yalu-working-copy-1.jpg'), 'utf8')).toBe('the reporter’s own picture');
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    expect(lstatSync(path.join(out, 'smuggling-on-the-yalu-working-copy-v2.html')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(out, 'smuggling-on-the-yalu-working-copy-v2.html'))).toBe(target);
  });

  it('the same image already there (another format of the same story) is kept, not written twice', async () => {
    await service.exportDraft({ draftId, format: 'html', final: false });
    const md = await service.exportDraft({ draftId, format: 'markdown', final: false });
    expect(md).toMatchObject({ status: 'exported', renamed: false });
    expect(readdirSync(out).sort()).toEqual(['smuggling-on-the-yalu-working-copy-1.jpg', 'smuggling-on-the-yalu-working-copy.html', 'smuggling-on-the-yalu-working-copy.md']);
  });
});

describe('the export writer never replaces a file', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    dir.remove();
  });

  const files = () => [
    { name: 'story.html', bytes: new TextEncoder().encode('<p>new</p>') },
    { name: 'story-1.jpg', bytes: new Uint8Array([1, 2, 3]) },
  ];

  it('a file that appears after the names were chosen stops the export: CONFLICT, the file kept, nothing of ours left', async () => {
    writeFileSync(path.join(dir.path, 'story-1.jpg'), 'appeared meanwhile');
    await expect(writeExportFiles(dir.path, files())).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(readdirSync(dir.path)).toEqual(['story-1.jpg']);
    expect(readFileSync(path.join(dir.path, 'story-1.jpg'), 'utf8')).toBe('appeared meanwhile');
  });

  it('on a file system without hard links (FAT), it still refuses to replace, and still writes new files', async () => {
    vi.spyOn(fsp, 'link').mockRejectedValue(Object.assign(new Error('operation not permitted'), { code: 'EPERM' }));
    expect((await writeExportFiles(dir.path, files())).map((f) => path.basename(f))).toEqual(['story.html', 'story-1.jpg']);
    expect(readFileSync(path.join(dir.path, 'story.html'), 'utf8')).toBe('<p>new</p>');
    const again = [{ name: 'story.html', bytes: new TextEncoder().encode('<p>newer</p>') }];
    await expect(writeExportFiles(dir.path, again)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(readFileSync(path.join(dir.path, 'story.html'), 'utf8')).toBe('<p>new</p>');
    expect(readdirSync(dir.path).sort()).toEqual(['story-1.jpg', 'story.html']);
  });

  it('chooses the first version whose names are all free or hold the same bytes', async () => {
    writeFileSync(path.join(dir.path, 'a.html'), 'x');
    writeFileSync(path.join(dir.path, 'a-1.jpg'), Buffer.from([1, 2, 3]));
    const names = (v: number) => [{ name: v === 1 ? 'a.html' : `a-v${v}.html` }, { name: v === 1 ? 'a-1.jpg' : `a-v${v}-1.jpg`, sameAs: new Uint8Array([1, 2, 3]) }];
    expect(await chooseFreeVersion(dir.path, names)).toEqual({ version: 2, present: new Set() });
    const imageOnly = (v: number) => names(v).slice(1);
    expect(await chooseFreeVersion(dir.path, imageOnly)).toEqual({ version: 1, present: new Set(['a-1.jpg']) });
  });
});
