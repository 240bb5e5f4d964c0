import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ShieldnoteService } from '../../main/service/shieldnote-service';
import { newTravelKey, openTravelFile } from '../../main/features/travel-file';
import { listBackups, writeBackup } from '../../main/vault/backups';
import { SOURCES } from '../fixtures/border-story';
import { seedStory } from '../support/seed-story';
import { FAST_KDF, STRONG_PASSPHRASE, tempDir, testPlatform, type FilePickerAnswers } from '../support/temp-dirs';
import { decryptorReady, openTravelFileWith, readFolderWith, type Secret } from '../support/test-decryptor';

// Travel mode and burn, as a reporter would notice them: identities leave and come back, a burned
// one never comes back, labels and statements stay, and no file in the vault folder holds a term.

const allTerms = SOURCES.flatMap((s) => s.identity.map((t) => t.value));

describe('travel mode and identity burn', () => {
  let dir: ReturnType<typeof tempDir>;
  let service: ShieldnoteService;
  let files: FilePickerAnswers;
  let recoveryKey: string;
  let sourceIds: Record<'trader' | 'boatman' | 'watcher', string>;
  const vaultDir = () => path.join(dir.path, 'vault');
  const usb = (name: string) => path.join(dir.path, 'usb', name);

  /** Every identity term found in any file of the vault folder, read with a secret. */
  function termsOnDisk(secret: Secret, terms = allTerms): string[] {
    const reading = readFolderWith(vaultDir(), secret);
    expect(reading.refused).toEqual([]);
    const texts = reading.files.flatMap((f) => [Buffer.from(f.raw).toString('utf8'), f.plaintext ? Buffer.from(f.plaintext).toString('utf8') : '']);
    return terms.filter((term) => texts.some((text) => text.includes(term)));
  }

  beforeAll(decryptorReady);
  beforeEach(async () => {
    dir = tempDir('shieldnote-travel-');
    mkdirSync(path.join(dir.path, 'usb'));
    files = { save: null, open: null };
    service = new ShieldnoteService({ platform: testPlatform(path.join(dir.path, 'app'), async () => null, files), kdfPolicy: FAST_KDF });
    ({ recoveryKey } = await service.createVault({ path: vaultDir(), name: 'Border desk', passphrase: STRONG_PASSPHRASE }));
    await service.confirmRecoveryKey({ recoveryKey });
    ({ sourceIds } = await seedStory(service));
    await writeBackup(vaultDir());
    await writeBackup(vaultDir(), new Date(Date.now() + 1000));
  });
  afterEach(async () => {
    await service.shutdown();
    dir.remove();
  });

  it('travel mode with the recovery key: identities leave the vault and every backup, and come back', async () => {
    expect(termsOnDisk({ passphrase: STRONG_PASSPHRASE })).toEqual(allTerms); // the check can see them
    const statementsBefore = await service.listStatements({});

    await expect(service.enterTravelMode({ sealTo: 'recovery-key', key: recoveryKey.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect(await service.enterTravelMode({ sealTo: 'recovery-key', key: recoveryKey })).toEqual({ done: false }); // dialog cancelled
    expect((await service.getTravelStatus()).away).toBe(false);

    files.save = usb('trip.sntravel');
    const outcome = await service.enterTravelMode({ sealTo: 'recovery-key', key: recoveryKey });
    expect(outcome).toMatchObject({ done: true, sources: 3, path: files.save, status: { away: true, sealedTo: 'recovery-key', sources: 3 } });
    expect((await service.getStatus()).identitiesAway).toBe(true);

    // Nothing on the device yields an identity with the passphrase or the recovery key.
    expect(termsOnDisk({ passphrase: STRONG_PASSPHRASE })).toEqual([]);
    expect(termsOnDisk({ recoveryKey })).toEqual([]);
    expect((await listBackups(vaultDir())).length).toBeGreaterThanOrEqual(1); // every one of them identity-free (above)
    await expect(service.revealIdentity({ sourceId: sourceIds.trader, passphrase: STRONG_PASSPHRASE })).rejects.toThrow('Identities are away (travel mode)');
    await expect(service.saveIdentity({ sourceId: sourceIds.trader, terms: [] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // The rest of the notebook works as before.
    expect((await service.listSources({})).map((s) => s.label)).toEqual(expect.arrayContaining(SOURCES.map((s) => s.fields.label)));
    expect(await service.listStatements({})).toEqual(statementsBefore);
    // The file holds no term in the clear either.
    expect(allTerms.filter((t) => readFileSync(files.save!, 'utf8').includes(t))).toEqual([]);

    // The file opens with the recovery key exactly as docs/vault-format.md describes it.
    const carried = openTravelFileWith(new Uint8Array(readFileSync(files.save)), recoveryKey);
    expect(carried.sources[sourceIds.trader]).toEqual(SOURCES[0]!.identity);
    expect(() => openTravelFileWith(new Uint8Array(readFileSync(files.save!)), newTravelKey())).toThrow();

    // Survives a restart in travel mode.
    await service.lock();
    await service.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE });
    expect((await service.getTravelStatus()).away).toBe(true);

    files.open = files.save;
    await expect(service.restoreFromTravel({ key: '0000-0000-0000-0000-0000-0000-0000-0000-0000-0000', deleteFile: true })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    const restored = await service.restoreFromTravel({ key: recoveryKey, deleteFile: true });
    expect(restored).toMatchObject({ done: true, restored: 3, skippedBurned: 0, fileDeleted: true, status: { away: false, sources: 3, filesOnDevice: [] } });
    expect(existsSync(files.save)).toBe(false);
    const revealed = await service.revealIdentity({ sourceId: sourceIds.boatman, passphrase: STRONG_PASSPHRASE });
    expect(revealed.terms).toEqual(SOURCES.find((s) => s.key === 'boatman')!.identity);
    const actions = (await service.listAudit({})).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['identity.travel-out', 'identity.travel-in']));
  });

  it('leak-guard dismissals (which name a source and a folded term) travel with the identities', async () => {
    const draft = await service.createDraft({ title: 'Old Liu and the price of rice' });
    const report = await service.scanDraft({ id: draft.meta.id });
    const finding = report.findings.find((f) => f.sourceId === sourceIds.trader)!;
    await service.dismissFinding({ draftId: draft.meta.id, key: finding.key, reason: 'A nickname shared by half the market' });
    const dismissedKey = (await service.scanDraft({ id: draft.meta.id })).findings.find((f) => f.dismissed)!.key;

    expect(termsOnDisk({ passphrase: STRONG_PASSPHRASE }, [dismissedKey])).toEqual([dismissedKey]);
    // A copy set aside by a restore from backup keeps its files, but not its identity compartment.
    const kept = path.join(vaultDir(), 'damaged-20250101T000000000Z', 'records');
    mkdirSync(kept, { recursive: true });
    const records = readdirSync(path.join(vaultDir(), 'records'));
    for (const name of records) copyFileSync(path.join(vaultDir(), 'records', name), path.join(kept, name));

    files.save = usb('trip.sntravel');
    await service.enterTravelMode({ sealTo: 'recovery-key', key: recoveryKey });
    expect(termsOnDisk({ passphrase: STRONG_PASSPHRASE }, [dismissedKey])).toEqual([]);
    expect(readdirSync(kept).length).toBe(records.length - 1);

    files.open = files.save;
    await service.restoreFromTravel({ key: recoveryKey, deleteFile: true });
    const after = await service.scanDraft({ id: draft.meta.id });
    expect(after.findings.find((f) => f.key === dismissedKey)?.dismissed?.reason).toBe('A nickname shared by half the market');
  });

  it('travel mode with a printed travel key: the key must be typed back, and only it restores', async () => {
    files.save = usb('trip.sntravel');
    await expect(service.enterTravelMode({ sealTo: 'travel-key', key: recoveryKey })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    const { travelKey } = await service.createTravelKey();
    expect(travelKey).toMatch(/^([0-9A-Z]{4}-){9}[0-9A-Z]{4}$/);
    await service.enterTravelMode({ sealTo: 'travel-key', key: travelKey.toLowerCase() });
    expect(termsOnDisk({ passphrase: STRONG_PASSPHRASE })).toEqual([]);

    files.open = files.save;
    await expect(service.restoreFromTravel({ key: recoveryKey, deleteFile: false })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect(await service.restoreFromTravel({ key: travelKey, deleteFile: false })).toMatchObject({ done: true, restored: 3, fileDeleted: false });
    expect((await service.getTravelStatus()).filesOnDevice).toEqual([{ path: files.save, sealedTo: 'travel-key' }]);
  });

  it('a burned identity is gone from the vault and its backups; label, profile and statements stay', async () => {
    const burnedTerms = SOURCES.find((s) => s.key === 'trader')!.identity.map((t) => t.value);
    const others = allTerms.filter((t) => !burnedTerms.includes(t));
    const before = (await service.listSources({})).find((s) => s.id === sourceIds.trader)!;
    const statements = await service.listStatements({ sourceId: sourceIds.trader });

    await expect(service.burnIdentity({ sourceId: sourceIds.trader, confirmation: 'yes', passphrase: STRONG_PASSPHRASE })).rejects.toMatchObject({ code: 'VALIDATION' });
    const outcome = await service.burnIdentity({ sourceId: sourceIds.trader, confirmation: ` ${'A  source based in China'} `, passphrase: STRONG_PASSPHRASE });
    expect(outcome).toMatchObject({ source: { id: sourceIds.trader, identity: { termCount: 0 } }, travelFilesRewritten: 0, backupsReplaced: true });

    expect(termsOnDisk({ passphrase: STRONG_PASSPHRASE }, burnedTerms)).toEqual([]);
    expect(termsOnDisk({ recoveryKey }, burnedTerms)).toEqual([]);
    expect(termsOnDisk({ passphrase: STRONG_PASSPHRASE }, others)).toEqual(others); // the others stay
    const after = (await service.listSources({})).find((s) => s.id === sourceIds.trader)!;
    expect(after).toMatchObject({ label: before.label, access: before.access, notes: before.notes, identity: { termCount: 0 } });
    expect(await service.listStatements({ sourceId: sourceIds.trader })).toEqual(statements);
    expect((await service.revealIdentity({ sourceId: sourceIds.trader, passphrase: STRONG_PASSPHRASE })).terms).toEqual([]);
    expect((await service.listAudit({})).find((e) => e.action === 'identity.burned' && e.sourceId === sourceIds.trader)?.detail).toMatch(/passphrase confirmed/);
  });

  it('burning while away rewrites the travel file on this device, and any other copy skips the burned source', async () => {
    files.save = usb('trip.sntravel');
    await service.enterTravelMode({ sealTo: 'recovery-key', key: recoveryKey });
    const elsewhere = path.join(dir.path, 'usb', 'copy-made-by-hand.sntravel');
    copyFileSync(files.save, elsewhere);

    await expect(service.burnIdentity({ sourceId: sourceIds.trader, confirmation: 'a source based in China', passphrase: STRONG_PASSPHRASE })).rejects.toMatchObject({ code: 'LOCKED' });
    const outcome = await service.burnIdentity({ sourceId: sourceIds.trader, confirmation: 'a source based in China', passphrase: STRONG_PASSPHRASE, key: recoveryKey });
    expect(outcome.travelFilesRewritten).toBe(1);

    files.open = elsewhere;
    const restored = await service.restoreFromTravel({ key: recoveryKey, deleteFile: false });
    expect(restored).toMatchObject({ done: true, restored: 2, skippedBurned: 1 });
    expect((await service.revealIdentity({ sourceId: sourceIds.trader, passphrase: STRONG_PASSPHRASE })).terms).toEqual([]);
    expect((await service.revealIdentity({ sourceId: sourceIds.watcher, passphrase: STRONG_PASSPHRASE })).terms.length).toBeGreaterThan(0);
    // The rewritten file on this device no longer holds the burned identity at all.
    const onDevice = await openTravelFile(new Uint8Array(readFileSync(files.save)), recoveryKey);
    expect(Object.keys(onDevice.content.sources).sort()).toEqual([sourceIds.boatman, sourceIds.watcher].sort());
  });
});
