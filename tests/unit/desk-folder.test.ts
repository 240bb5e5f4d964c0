import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../common/api/contract';
import { DESK_FILE_NAME } from '../../common/domain/desk';
import { dueForRemoval, newDeskFileName, scanDesk } from '../../main/review-packages/desk-folder';
import { sealEnvelope } from '../../main/review-packages/envelope';
import { PackageRefusedError } from '../../main/review-packages/refusals';
import { loadSodium } from '../../main/vault/sodium';
import { person, reviewPair, type Person } from '../support/review-pair';
import { tempDir } from '../support/temp-dirs';

// The desk folder (issue 14 part 5): what a scan lists and ignores, what an import from the desk
// refuses (the same as a file import), and what senders clean up.

async function keyPair() {
  const sodium = await loadSodium();
  const box = sodium.crypto_box_keypair();
  const sign = sodium.crypto_sign_keypair();
  return { box, sign };
}

describe('scanning a desk folder', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => (dir = tempDir('shieldnote-desk-')));
  afterEach(() => dir.remove());

  it('lists only well-named files sealed to me, and skips everything else without an error', async () => {
    const me = await keyPair();
    const other = await keyPair();
    const body = new TextEncoder().encode('{"x":1}');
    const forMe = await sealEnvelope('package', body, { signPublicKey: other.sign.publicKey, signSecretKey: other.sign.privateKey }, me.box.publicKey);
    const forOther = await sealEnvelope('package', body, { signPublicKey: me.sign.publicKey, signSecretKey: me.sign.privateKey }, other.box.publicKey);
    const responseForMe = await sealEnvelope('response', body, { signPublicKey: other.sign.publicKey, signSecretKey: other.sign.privateKey }, me.box.publicKey);
    const mine = newDeskFileName('package');
    const mineResponse = newDeskFileName('response');
    await fs.writeFile(path.join(dir.path, mine), forMe);
    await fs.writeFile(path.join(dir.path, mineResponse), responseForMe);
    await fs.writeFile(path.join(dir.path, newDeskFileName('package')), forOther);
    // A response in a package's name (kind byte and extension disagree), garbage, a truncated file,
    // a sync tool's temp file and conflict copy, a folder: none is listed, none throws.
    await fs.writeFile(path.join(dir.path, newDeskFileName('package')), responseForMe);
    await fs.writeFile(path.join(dir.path, newDeskFileName('response')), Buffer.from('not a package at all, just text in a desk file'));
    await fs.writeFile(path.join(dir.path, newDeskFileName('package')), forMe.subarray(0, 40));
    await fs.writeFile(path.join(dir.path, `.syncthing.${mine}.tmp`), forMe);
    await fs.writeFile(path.join(dir.path, mine.replace('.snreview', '.sync-conflict-20260101-101010-ABCDEFG.snreview')), forMe);
    await fs.writeFile(path.join(dir.path, 'story.snreview'), forMe);
    await fs.mkdir(path.join(dir.path, newDeskFileName('package')));

    const items = await scanDesk(dir.path, me.box.publicKey, { [mineResponse]: '2026-01-01T00:00:00.000Z' });
    expect(items.map((i) => [i.name, i.kind, i.importedAt]).sort()).toEqual(
      [
        [mine, 'package', null],
        [mineResponse, 'response', '2026-01-01T00:00:00.000Z'],
      ].sort(),
    );
    expect(items[0]!.bytes).toBe(forMe.length);
  });

  it('makes names that say nothing about sender, recipient or story', () => {
    const names = new Set(Array.from({ length: 200 }, () => newDeskFileName('package')));
    expect(names.size).toBe(200);
    for (const name of names) expect(name).toMatch(DESK_FILE_NAME);
    expect(newDeskFileName('response')).toMatch(/^[0-9a-f]{32}\.snresponse$/);
  });

  it('removes own files once answered or after the cleanup days, never anything not named like ours', () => {
    const now = new Date('2026-03-20T12:00:00Z');
    const a = { name: `${'a'.repeat(32)}.snreview`, placedAt: '2026-03-19T12:00:00Z', answered: false };
    const answered = { name: `${'b'.repeat(32)}.snreview`, placedAt: '2026-03-19T12:00:00Z', answered: true };
    const old = { name: `${'c'.repeat(32)}.snresponse`, placedAt: '2026-03-05T12:00:00Z', answered: false };
    const foreign = { name: '../vault/catalog.snc', placedAt: '2026-01-01T00:00:00Z', answered: true };
    expect(dueForRemoval([a, answered, old, foreign], 14, now)).toEqual([answered, old]);
    expect(dueForRemoval([a], 1, now)).toEqual([a]);
  });

  it('accepts only desk file names at the API boundary', () => {
    const schema = contract.importFromDesk.input;
    expect(schema.safeParse({ name: `${'0'.repeat(32)}.snreview` }).success).toBe(true);
    for (const name of ['../x.snreview', `${'0'.repeat(32)}.snreview/..`, 'catalog.snc', `${'0'.repeat(31)}.snreview`, `/tmp/${'0'.repeat(32)}.snreview`]) {
      expect(schema.safeParse({ name }).success, name).toBe(false);
    }
  });
});

describe('review through a desk folder', () => {
  let pair: Awaited<ReturnType<typeof reviewPair>>;
  let desk: string;
  const others: Person[] = [];
  beforeEach(async () => {
    pair = await reviewPair();
    desk = path.join(pair.root.path, 'desk');
    await fs.mkdir(desk);
    for (const p of [pair.reporter, pair.editor]) {
      p.files.deskFolder = desk;
      await p.service.chooseDeskFolder();
    }
  });
  afterEach(async () => {
    await pair.close(...others.splice(0));
  });

  async function refusal(run: Promise<unknown>): Promise<string> {
    const error = await run.then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(PackageRefusedError);
    return (error as PackageRefusedError).reason;
  }
  const sendToDesk = async () =>
    pair.reporter.service.sendForReview({ draftId: pair.draftId, contactId: await pair.contactId(pair.reporter, 'Mina Cho'), includeIdentities: false, toDesk: true });

  it('takes the folder only from main’s own dialog, and a cancel changes nothing', async () => {
    expect(await pair.reporter.service.getDeskSettings({})).toEqual({ folder: desk, reachable: true, cleanupDays: 14 });
    pair.reporter.files.deskFolder = null;
    expect((await pair.reporter.service.chooseDeskFolder({})).folder).toBe(desk);
    expect(contract.chooseDeskFolder.input.safeParse({ folder: '/tmp' }).success).toBe(false);
    expect((await pair.reporter.service.forgetDeskFolder({})).folder).toBeNull();
    expect(await pair.reporter.service.listDesk({})).toEqual({ folder: null, reachable: false, items: [] });
  });

  it('puts nothing on the desk unless the user says yes in main’s own dialog', async () => {
    pair.reporter.dialogs.answer = false;
    expect(await sendToDesk()).toEqual({ path: null });
    expect(pair.reporter.dialogs.asked.at(-1)).toMatchObject({ title: 'Put the draft on the desk?', message: expect.stringContaining('Mina Cho') });
    expect(await fs.readdir(desk)).toEqual([]);
    expect(await pair.reporter.service.listSentPackages({})).toEqual([]);
  });

  it('carries a package to the editor and the decisions back, then the reporter’s package leaves the desk', async () => {
    const saved = await sendToDesk();
    const packageName = path.basename(saved.path!);
    expect(packageName).toMatch(/^[0-9a-f]{32}\.snreview$/);
    expect(await pair.reporter.service.listDesk({})).toMatchObject({ reachable: true, items: [] });

    const listed = await pair.editor.service.listDesk({});
    expect(listed.items).toEqual([expect.objectContaining({ name: packageName, kind: 'package', importedAt: null })]);
    const imported = await pair.editor.service.importFromDesk({ name: packageName });
    if (imported.kind !== 'package') throw new Error('expected a package');
    expect(imported.copy).toMatchObject({ title: 'Smuggling on the Yalu', from: { name: 'Ana Reyes' } });
    expect((await pair.editor.service.listDesk({})).items[0]!.importedAt).not.toBeNull();
    // Imported once: a second click is refused as a replay, like a second file import.
    expect(await refusal(pair.editor.service.importFromDesk({ name: packageName }))).toBe('REPLAYED');

    const subject = { copyId: imported.copy.id };
    for (const c of (await pair.editor.service.getReview({ subject })).citations) await pair.editor.service.decideCitation({ subject, citationKey: c.key, state: 'approved' });
    const response = path.basename((await pair.editor.service.saveReviewResponse({ copyId: imported.copy.id, toDesk: true })).path!);
    expect(response).toMatch(/^[0-9a-f]{32}\.snresponse$/);

    const forReporter = await pair.reporter.service.listDesk({});
    expect(forReporter.items).toEqual([expect.objectContaining({ name: response, kind: 'response' })]);
    const answer = await pair.reporter.service.importFromDesk({ name: response });
    expect(answer).toMatchObject({ kind: 'response', draftId: pair.draftId, editor: 'Mina Cho' });
    // Answered: the reporter's next look at the desk removes their own package; the editor's stays for its days.
    await pair.reporter.service.listDesk({});
    expect((await fs.readdir(desk)).sort()).toEqual([response]);
    const audit = (await pair.reporter.service.listAudit({})).map((a) => a.action);
    expect(audit).toContain('desk.cleaned');
  });

  it('refuses a tampered desk file and one sealed for someone else, and lists neither as an error', async () => {
    const name = path.basename((await sendToDesk()).path!);
    const colleague = await person(pair.root.path, 'colleague', 'Sam Ito', 'editor');
    others.push(colleague);
    colleague.files.deskFolder = desk;
    await colleague.service.chooseDeskFolder({});
    expect((await colleague.service.listDesk({})).items).toEqual([]);
    expect(await refusal(colleague.service.importFromDesk({ name }))).toBe('WRONG_RECIPIENT');

    const bytes = await fs.readFile(path.join(desk, name));
    bytes[bytes.length - 5]! ^= 0x40;
    await fs.writeFile(path.join(desk, name), bytes);
    expect(await refusal(pair.editor.service.importFromDesk({ name }))).toBe('TAMPERED');
    expect((await pair.editor.service.listReviewCopies({})).length).toBe(0);
  });

  it('says so when the desk folder is not there on this computer', async () => {
    await fs.rm(desk, { recursive: true });
    expect(await pair.editor.service.listDesk({})).toEqual({ folder: desk, reachable: false, items: [] });
    await expect(sendToDesk()).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await pair.reporter.service.listSentPackages({})).toEqual([]);
  });
});
