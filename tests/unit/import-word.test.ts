import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IMPORT_REFUSALS } from '../../main/import/import-refusals';
import { ShieldnoteService } from '../../main/service/shieldnote-service';
import { dialogAnswers, FAST_KDF, STRONG_PASSPHRASE, tempDir, testPlatform, type FilePickerAnswers } from '../support/temp-dirs';
import { interviewDocx, withReviewMarks, zipBomb } from '../support/import-fixtures';

const label = (qualifier: string) => ({ label: { adjective: '', noun: 'source', qualifier }, access: 'x', anonymityReason: 'y', reliability: 'established' as const, poolSize: null, notes: '' });

describe('importing a Word document', () => {
  let dir: ReturnType<typeof tempDir>;
  let files: FilePickerAnswers;
  let dialogs: ReturnType<typeof dialogAnswers>;
  let service: ShieldnoteService;
  let sourceId: string;

  beforeEach(async () => {
    dir = tempDir();
    files = { open: null };
    dialogs = dialogAnswers(false);
    service = new ShieldnoteService({ platform: testPlatform(dir.path, async () => null, files, dialogs), kdfPolicy: FAST_KDF });
    await service.createVault({ path: path.join(dir.path, 'v'), name: 'Desk', passphrase: STRONG_PASSPHRASE });
    sourceId = (await service.saveSource(label('in Dandong'))).id;
  });
  afterEach(async () => {
    await service.shutdown();
    dir.remove();
  });

  function place(name: string, bytes: Uint8Array): string {
    const file = path.join(dir.path, name);
    writeFileSync(file, bytes);
    files.open = file;
    return file;
  }

  it('offers the turns for review, shows what the file carries, and saves only what was mapped', async () => {
    const file = place('Interview Liu.docx', withReviewMarks(await interviewDocx({ image: true })));
    const read = await service.readImport({ purpose: 'statements' });
    if (read.status !== 'ready') throw new Error('cancelled');
    expect(read.origin).toBe('word');
    expect(read.speakers.map((s) => s.name)).toEqual(['Q', 'Trader']);
    const trader = read.speakers[1]!;
    expect(trader.terms).toEqual([{ index: 0, kind: 'phone', value: '+86 138 0411 2233' }]);
    // Tracked changes read as accepted, and both are listed; so are the comment and the metadata.
    const boats = read.candidates.find((c) => c.text.includes('boats'))!;
    expect(boats.text).toContain('always before dawn.');
    expect(boats.text).not.toContain('mostly after ten');
    expect(read.warnings.changes).toEqual([
      { kind: 'deletion', author: 'Jane Editor', text: 'mostly after ten.' },
      { kind: 'insertion', author: 'Jane Editor', text: 'always before dawn.' },
    ]);
    expect(read.warnings.comments).toEqual([{ author: 'Jane Editor', text: 'Is this the same trader as in March?' }]);
    expect(read.warnings.metadata).toEqual(
      expect.arrayContaining([
        { field: 'Author', value: 'Kim Reporter' },
        { field: 'Company', value: 'Daily Ledger' },
        { field: 'Template', value: 'C:\\Users\\kim\\Templates\\Desk.dotm' },
      ]),
    );
    expect(read.candidates.flatMap((c) => c.media)).toEqual([{ name: 'image-1.png', mimeType: 'image/png', size: expect.any(Number) }]);

    const traderTurns = read.candidates.filter((c) => c.speaker === trader.index);
    const request = {
      importId: read.importId,
      statements: traderTurns.map((c) => ({ index: c.index, sourceId, kind: 'quote' as const })),
      saidOn: '2024-03-14',
      channel: 'in-person' as const,
      tags: ['rice'],
      identityTerms: [{ speaker: trader.index, term: 0, sourceId }],
    };
    await expect(service.saveImportedStatements({ ...request, reviewedWarnings: false })).rejects.toMatchObject({ reason: 'UNREVIEWED' });
    expect(await service.listStatements({})).toEqual([]);

    const saved = await service.saveImportedStatements({ ...request, reviewedWarnings: true });
    expect(saved).toMatchObject({ statements: 2, attachments: 1, identityTerms: 1, canDeleteOriginal: true });
    const statements = await service.listStatements({});
    expect(statements.map((s) => s.text).sort()).toEqual(traderTurns.map((c) => c.text).sort());
    expect(statements.every((s) => s.sourceId === sourceId && s.saidOn === '2024-03-14' && s.channel === 'in-person' && s.tags[0] === 'rice')).toBe(true);
    expect(statements.flatMap((s) => s.attachments).map((a) => a.name)).toEqual(['image-1.png']);
    const source = (await service.listSources({})).find((s) => s.id === sourceId)!;
    expect(JSON.stringify(source)).not.toContain('0411');
    const revealed = await service.revealIdentity({ sourceId, passphrase: STRONG_PASSPHRASE });
    expect(revealed.terms).toEqual([{ kind: 'phone', value: '+86 138 0411 2233', isPublic: false }]);
    // Saved once: the same import cannot be saved twice.
    await expect(service.saveImportedStatements({ ...request, reviewedWarnings: true })).rejects.toMatchObject({ reason: 'STALE' });

    // Deleting the original: main asks; "no" leaves it, "yes" overwrites and removes it.
    expect(await service.deleteImportedOriginal({ importId: read.importId })).toEqual({ deleted: false });
    expect(existsSync(file)).toBe(true);
    expect(dialogs.asked[0]!.detail).toMatch(/SSD/);
    expect(dialogs.asked[0]!.detail).toMatch(/synced folders/);
    dialogs.answer = true;
    expect(await service.deleteImportedOriginal({ importId: read.importId })).toEqual({ deleted: true });
    expect(existsSync(file)).toBe(false);

    const audit = await service.listAudit({});
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['import.saved', 'import.original-deleted']));
    expect(JSON.stringify(audit)).not.toMatch(/Interview Liu|\.docx/);
  });

  it('reads a document as a new draft with headings, emphasis and links', async () => {
    place('notes.docx', await interviewDocx());
    const read = await service.readImport({ purpose: 'draft' });
    if (read.status !== 'ready') throw new Error('cancelled');
    expect(read.draft?.title).toBe('Interview, Dandong market');
    const saved = await service.saveImportedDraft({ importId: read.importId, reviewedWarnings: false });
    const draft = await service.getDraft({ id: saved.ids[0]! });
    expect(draft.meta.title).toBe('Interview, Dandong market');
    const json = JSON.stringify(draft.body);
    expect(json).toContain('"type":"bold"');
    expect(json).toContain('"href":"https://example.org/prices"');
  });

  it('refuses a zip bomb, a cut-off file, a password-protected one and another format, each with its own message, saving nothing', async () => {
    const full = await interviewDocx();
    const cases: [string, Uint8Array, keyof typeof IMPORT_REFUSALS][] = [
      ['bomb.docx', zipBomb(), 'ZIP_BOMB'],
      ['cut.docx', full.subarray(0, Math.floor(full.length / 2)), 'DAMAGED'],
      ['locked.docx', oleWith('EncryptionInfo'), 'ENCRYPTED'],
      ['old.docx', oleWith('WordDocument'), 'NOT_WORD'],
    ];
    const messages = new Set<string>();
    for (const [name, bytes, reason] of cases) {
      place(name, bytes);
      const refused = await service.readImport({ purpose: 'statements' }).then(
        () => null,
        (error: unknown) => error as { reason: string; code: string; message: string },
      );
      expect(refused, name).toMatchObject({ reason, code: 'VALIDATION', message: IMPORT_REFUSALS[reason].message });
      messages.add(refused!.message);
    }
    expect(messages.size).toBe(cases.length);
    expect(await service.listStatements({})).toEqual([]);
    expect(await service.listDrafts()).toEqual([]);
  });

  it('forgets a read import when the vault locks', async () => {
    place('notes.docx', await interviewDocx());
    const read = await service.readImport({ purpose: 'statements' });
    if (read.status !== 'ready') throw new Error('cancelled');
    await service.lock();
    await service.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE });
    await expect(service.saveImportedStatements({ importId: read.importId, statements: [{ index: 1, sourceId, kind: 'quote' }], saidOn: null, channel: 'phone', tags: [], identityTerms: [], reviewedWarnings: true })).rejects.toMatchObject({ reason: 'STALE' });
  });
});

/** An OLE compound file (what a password-protected .docx and an old .doc are) naming a stream. */
function oleWith(stream: string): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set([...stream].flatMap((c) => [c.charCodeAt(0), 0]), 1024);
  return bytes;
}
