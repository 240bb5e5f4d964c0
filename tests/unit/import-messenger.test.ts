import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseWhatsApp } from '../../common/capture/whatsapp-export';
import { IMPORT_MAX_CANDIDATES } from '../../common/domain/import';
import { IMPORT_REFUSALS } from '../../main/import/import-refusals';
import { ShieldnoteService } from '../../main/service/shieldnote-service';
import { PNG, telegramExport, whatsAppText } from '../support/import-fixtures';
import { dialogAnswers, FAST_KDF, STRONG_PASSPHRASE, tempDir, testPlatform, type FilePickerAnswers } from '../support/temp-dirs';

const fields = { label: { adjective: '', noun: 'source', qualifier: 'in Dandong' }, access: 'x', anonymityReason: 'y', reliability: 'established' as const, poolSize: null, notes: '' };

describe('importing a messenger export', () => {
  let dir: ReturnType<typeof tempDir>;
  let files: FilePickerAnswers;
  let service: ShieldnoteService;
  let sourceId: string;

  beforeEach(async () => {
    dir = tempDir();
    files = { open: null };
    service = new ShieldnoteService({ platform: testPlatform(dir.path, async () => null, files, dialogAnswers(false)), kdfPolicy: FAST_KDF });
    await service.createVault({ path: path.join(dir.path, 'v'), name: 'Desk', passphrase: STRONG_PASSPHRASE });
    sourceId = (await service.saveSource(fields)).id;
  });
  afterEach(async () => {
    await service.shutdown();
    dir.remove();
  });

  function place(relative: string, bytes: Uint8Array | string): string {
    const file = path.join(dir.path, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    files.open = file;
    return file;
  }

  async function read() {
    const result = await service.readImport({ purpose: 'statements' });
    if (result.status !== 'ready') throw new Error('cancelled');
    return result;
  }

  it('Telegram: one candidate a message, dated to the day, media from the export folder, terms offered, "me" skipped', async () => {
    place('export/photos/photo_1@01-03-2024_10-01-00.jpg', PNG);
    place('export/result.json', JSON.stringify(telegramExport({ messages: 6 })));
    const preview = await read();
    expect(preview.origin).toBe('telegram');
    expect(preview.candidates).toHaveLength(6);
    expect(preview.candidates[0]).toMatchObject({ text: 'Call me on +86 138 0411 2233 or write to @liuzh_dd', saidOn: '2024-03-01' });
    expect(preview.candidates[1]!.media).toEqual([{ name: 'photo_1@01-03-2024_10-01-00.jpg', mimeType: 'image/jpeg', size: PNG.length }]);
    const [liu, me] = preview.speakers;
    expect(me!.name).toBe('Kim Reporter');
    expect(liu!.terms.map((t) => [t.kind, t.value])).toEqual([
      ['name', 'Liu'],
      ['identifier', 'user4242'],
      ['phone', '+86 138 0411 2233'],
      ['handle', '@liuzh_dd'],
    ]);
    // The reporter maps Liu to a source and herself to "me" (left out).
    const mine = preview.candidates.filter((c) => c.speaker === liu!.index);
    const saved = await service.saveImportedStatements({
      importId: preview.importId,
      statements: mine.map((c) => ({ index: c.index, sourceId, kind: 'quote' })),
      saidOn: null,
      channel: 'in-person',
      tags: [],
      identityTerms: liu!.terms.filter((t) => t.kind !== 'name').map((t) => ({ speaker: liu!.index, term: t.index, sourceId })),
      reviewedWarnings: false,
    });
    expect(saved).toMatchObject({ statements: 4, attachments: 1, identityTerms: 3 });
    const statements = await service.listStatements({});
    expect(statements.every((s) => s.channel === 'messenger' && /^2024-03-\d\d$/.test(s.saidOn ?? ''))).toBe(true);
    expect(statements.some((s) => s.text.startsWith('Thanks'))).toBe(false);
    const source = (await service.listSources({})).find((s) => s.id === sourceId)!;
    expect(JSON.stringify(source.label)).not.toMatch(/Liu|4242|0411/);
  });

  it('Telegram: a file outside the export folder is never read', async () => {
    place('secret.jpg', PNG);
    const data = telegramExport({ messages: 2 }) as { messages: Record<string, unknown>[] };
    data.messages[2]!.photo = '../secret.jpg';
    place('export/result.json', JSON.stringify(data));
    const preview = await read();
    expect(preview.candidates.flatMap((c) => c.media)).toEqual([]);
    expect(preview.warnings.mediaSkipped).toBe(1);
  });

  it('Telegram: a huge export is capped, and the cap is said', async () => {
    place('export/result.json', JSON.stringify(telegramExport({ messages: IMPORT_MAX_CANDIDATES + 30 })));
    const preview = await read();
    expect(preview.candidates).toHaveLength(IMPORT_MAX_CANDIDATES);
    expect(preview.warnings.capped).toEqual({ total: IMPORT_MAX_CANDIDATES + 30, kept: IMPORT_MAX_CANDIDATES });
  });

  it('refuses JSON that is not a Telegram export, and saves nothing', async () => {
    place('result.json', JSON.stringify({ version: 1, items: [{ title: 'not a chat' }] }));
    await expect(service.readImport({ purpose: 'statements' })).rejects.toMatchObject({ reason: 'NOT_TELEGRAM', message: IMPORT_REFUSALS.NOT_TELEGRAM.message });
    place('messages.json', JSON.stringify({ messages: [{ hello: 'world' }] }));
    await expect(service.readImport({ purpose: 'statements' })).rejects.toMatchObject({ reason: 'NOT_TELEGRAM' });
    expect(await service.listStatements({})).toEqual([]);
  });

  it('WhatsApp in two locales: dates read in the right order, notices left out, numbers offered', () => {
    const us = parseWhatsApp(whatsAppText('en-US'));
    expect(us.dateOrder).toEqual({ read: 'month-day', certain: true });
    expect(us.candidates.map((c) => [c.saidOn, c.text])).toEqual([
      ['2024-03-14', 'The boats left at ten.\nThree of them, all full.'],
      ['2024-03-14', 'Which pier?'],
      ['2024-03-15', '[Attachment]'],
      ['2024-03-15', 'The north one, by the customs shed.'],
    ]);
    expect(us.candidates[2]!.media).toEqual(['00000012-PHOTO-2024-03-15-07-01-02.jpg']);
    expect(us.speakers[0]!.terms).toEqual([{ index: 0, kind: 'phone', value: '+86 138 0411 2233' }]);

    const de = parseWhatsApp(whatsAppText('de-DE'));
    expect(de.dateOrder).toEqual({ read: 'day-month', certain: true });
    expect(de.candidates.map((c) => [c.saidOn, c.text])).toEqual([
      ['2024-03-15', 'Die Boote sind um zehn los.'],
      ['2024-03-15', 'Welcher Pier?'],
      ['2024-03-16', 'Der nördliche, am Zollschuppen. Schreib mir an @liuzh_dd'],
    ]);
    expect(de.mediaOmitted).toBe(1);
    expect(de.speakers[0]!.terms.map((t) => t.value)).toEqual(['Liu', '@liuzh_dd']);
  });

  it('WhatsApp archive: the chat and its media come from the zip', async () => {
    const zip = zipSync({ '_chat.txt': strToU8(whatsAppText('en-US')), '00000012-PHOTO-2024-03-15-07-01-02.jpg': PNG });
    const file = place('WhatsApp Chat - Liu.zip', zip);
    const preview = await read();
    expect(preview.origin).toBe('whatsapp');
    expect(preview.candidates[2]!.media).toEqual([{ name: '00000012-PHOTO-2024-03-15-07-01-02.jpg', mimeType: 'image/jpeg', size: PNG.length }]);
    const saved = await service.saveImportedStatements({
      importId: preview.importId,
      statements: preview.candidates.filter((c) => c.speaker === 0).map((c) => ({ index: c.index, sourceId, kind: 'quote' })),
      saidOn: null,
      channel: 'phone',
      tags: [],
      identityTerms: [],
      reviewedWarnings: false,
    });
    expect(saved).toMatchObject({ statements: 3, attachments: 1 });
    expect(existsSync(file)).toBe(true);
  });

  it('saves all or nothing: one unknown source refuses the whole batch', async () => {
    place('chat.txt', whatsAppText('de-DE'));
    const preview = await read();
    await expect(
      service.saveImportedStatements({
        importId: preview.importId,
        statements: [
          { index: 0, sourceId, kind: 'quote' },
          { index: 2, sourceId: 'f'.repeat(32), kind: 'quote' },
        ],
        saidOn: null,
        channel: 'phone',
        tags: [],
        identityTerms: [],
        reviewedWarnings: false,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await service.listStatements({})).toEqual([]);
  });
});
