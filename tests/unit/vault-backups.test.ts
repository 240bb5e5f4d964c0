import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyDoc } from '../../common/domain/draft';
import { ShieldnoteService, type ServiceOptions } from '../../main/service/shieldnote-service';
import { BACKUPS_DIR, listBackups, withBackupLock } from '../../main/vault/backups';
import { CATALOG_FILE } from '../../main/vault/catalog-adapter';
import { HEADER_FILE } from '../../main/vault/vault-header';
import { STATEMENTS } from '../fixtures/border-story';
import { seedStory } from '../support/seed-story';
import { FAST_KDF, STRONG_PASSPHRASE, tempDir, testPlatform } from '../support/temp-dirs';

// Backups, verify, restore, rollback and changed-on-disk, through the service as the app uses them.

const statementText = STATEMENTS[0]!.fields.text;

function flipByte(file: string, at = 80): void {
  const bytes = readFileSync(file);
  bytes[Math.min(at, bytes.length - 1)]! ^= 0xff;
  writeFileSync(file, bytes);
}

describe('vault backups and safety', () => {
  let dir: ReturnType<typeof tempDir>;
  let service: ShieldnoteService;
  const vaultPath = () => path.join(dir.path, 'Vault');
  const make = (safety: ServiceOptions['safety'] = {}) =>
    new ShieldnoteService({ platform: testPlatform(dir.path), kdfPolicy: FAST_KDF, safety: { backupIntervalMs: 3_600_000, ...safety } });

  beforeEach(async () => {
    dir = tempDir();
    service = make();
    await service.createVault({ path: vaultPath(), name: 'Desk', passphrase: STRONG_PASSPHRASE });
    await seedStory(service);
  });
  afterEach(async () => {
    await service.shutdown();
    dir.remove();
  });

  async function reopen(safety: ServiceOptions['safety'] = {}) {
    await service.shutdown();
    service = make(safety);
  }

  it('rotation keeps the configured number of backups, newest first', async () => {
    await service.updateSafetySettings({ backupsKept: 3 });
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await service.backUpNow());
    const listed = await service.listBackups();
    expect(listed.map((b) => b.id)).toEqual(made.slice(-3).reverse().map((b) => b.id));
    expect(listed.every((b) => b.sizeBytes > 0)).toBe(true);
  });

  it('a save is followed by a backup in the background', async () => {
    await reopen({ backupIntervalMs: 0 });
    await service.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE });
    const before = (await service.listBackups()).length;
    await service.renameVault({ name: 'Desk two' });
    await vi.waitFor(async () => expect((await service.listBackups()).length).toBeGreaterThan(before));
  });

  it('backups never block saves: with the backups folder busy, saves still complete', async () => {
    await reopen({ backupIntervalMs: 0 });
    await service.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE });
    let release!: () => void;
    const held = withBackupLock(vaultPath(), () => new Promise<void>((resolve) => (release = resolve)));
    for (let i = 0; i < 5; i++) await service.renameVault({ name: `Desk ${i}` });
    const draft = await service.createDraft({ title: 'Saved while busy' });
    await service.saveDraftBody({ id: draft.meta.id, baseRevision: draft.meta.bodyRevision, body: emptyDoc() });
    expect((await service.getStatus()).name).toBe('Desk 4');
    release();
    await held;
  });

  it('verify names the damaged record neutrally and the newest intact backup', async () => {
    const draft = await service.createDraft({ title: 'Crossing story' });
    const backup = await service.backUpNow();
    const stored = (service.requireVault().collection<{ bodyRecordId: string }>('drafts')[draft.meta.id])!;
    flipByte(path.join(vaultPath(), 'records', `${stored.bodyRecordId}.snr`));

    const report = await service.verifyVault();
    expect(report.damaged).toEqual([
      { file: `records/${stored.bodyRecordId}.snr`, what: 'the text of the draft “Crossing story”', problem: expect.stringMatching(/authentication/) },
    ]);
    expect(report.newestIntactBackup?.id).toBe(backup.id);
    expect(report.backups[0]).toMatchObject({ id: backup.id, intact: true });
    // No source's name or identity appears in the report.
    expect(JSON.stringify(report)).not.toMatch(/Liu|Kim|Park/);
  });

  it('verify reports a damaged backup and names an older intact one instead', async () => {
    const older = await service.backUpNow();
    const newer = await service.backUpNow();
    flipByte(path.join(vaultPath(), BACKUPS_DIR, newer.id, CATALOG_FILE));
    const report = await service.verifyVault();
    expect(report.damaged).toEqual([]);
    expect(report.backups.find((b) => b.id === newer.id)).toMatchObject({ intact: false, damaged: [{ file: `backups/${newer.id}/${CATALOG_FILE}`, what: expect.stringMatching(/catalog/) }] });
    expect(report.newestIntactBackup?.id).toBe(older.id);
  });

  it('a corrupted vault opens from the newest intact backup, and the damaged file is kept aside', async () => {
    const older = await service.backUpNow();
    await service.renameVault({ name: 'Renamed after the first backup' });
    const newer = await service.backUpNow();
    flipByte(path.join(vaultPath(), BACKUPS_DIR, newer.id, CATALOG_FILE)); // the newest backup is damaged too
    await service.lock();
    const catalog = path.join(vaultPath(), CATALOG_FILE);
    flipByte(catalog);
    const damagedBytes = readFileSync(catalog);

    await expect(service.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE })).rejects.toMatchObject({ code: 'VAULT_DAMAGED' });
    await expect(service.restoreBackup({ passphrase: 'not the passphrase at all' })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    const { outcome, status } = await service.restoreBackup({ passphrase: STRONG_PASSPHRASE });
    expect(status.state).toBe('unlocked');
    expect(outcome.restored.id).toBe(older.id);
    expect((await service.listStatements({})).map((s) => s.text)).toContain(statementText);
    // The damaged catalog is kept, byte for byte, in the damaged-… folder inside the vault.
    expect(path.dirname(outcome.damagedFolder)).toBe(vaultPath());
    expect(path.basename(outcome.damagedFolder)).toMatch(/^damaged-\d{8}T\d{9}Z$/);
    expect(readFileSync(path.join(outcome.damagedFolder, CATALOG_FILE)).equals(damagedBytes)).toBe(true);
    expect(existsSync(path.join(outcome.damagedFolder, HEADER_FILE))).toBe(true);
    // Choosing to restore is not a rollback: the next unlock has no warning.
    await service.lock();
    expect((await service.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE })).state).toBe('unlocked');
  });

  it('a damaged header still shows the vault as locked, and the backup restores it', async () => {
    await service.backUpNow();
    await service.lock();
    writeFileSync(path.join(vaultPath(), HEADER_FILE), '{"magic":"shieldnote-vault", "trunc');
    expect((await service.getStatus()).state).toBe('locked');
    await expect(service.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE })).rejects.toMatchObject({ code: 'VAULT_DAMAGED' });
    const { status } = await service.restoreBackup({ passphrase: STRONG_PASSPHRASE });
    expect(status.state).toBe('unlocked');
  });

  it('warns before using a vault older than this computer has seen; continuing accepts it', async () => {
    await service.lock();
    const olderCatalog = readFileSync(path.join(vaultPath(), CATALOG_FILE));
    await service.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE });
    await service.renameVault({ name: 'Newer name' });
    await service.lock();
    writeFileSync(path.join(vaultPath(), CATALOG_FILE), olderCatalog); // a sync tool puts the old file back

    await expect(service.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/older copy/) });
    expect((await service.getStatus()).state).toBe('locked');
    await expect(service.listStatements({})).rejects.toMatchObject({ code: 'LOCKED' });
    const { warning } = await service.getRollbackWarning();
    expect(BigInt(warning!.foundGeneration)).toBeLessThan(BigInt(warning!.seenGeneration));

    const { status } = await service.resolveRollback({ choice: 'continue' });
    expect(status).toMatchObject({ state: 'unlocked', name: 'Desk' });
    await service.lock();
    expect((await service.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE })).state).toBe('unlocked');
  });

  it('the rollback warning offers the newest backup instead', async () => {
    await service.lock();
    const olderCatalog = readFileSync(path.join(vaultPath(), CATALOG_FILE));
    await service.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE });
    await service.renameVault({ name: 'Newest name' });
    await service.backUpNow();
    await service.lock();
    writeFileSync(path.join(vaultPath(), CATALOG_FILE), olderCatalog);

    await expect(service.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE })).rejects.toMatchObject({ code: 'CONFLICT' });
    const { status, restored } = await service.resolveRollback({ choice: 'restore' });
    expect(status.state).toBe('locked');
    expect(restored?.damagedFolder).toBeTruthy();
    expect((await service.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE })).name).toBe('Newest name');
  });

  it('merges a vault another device changed on disk instead of refusing the save', async () => {
    const draft = await service.createDraft({ title: 'Shared draft' });
    await service.lock();
    // A second copy of the vault (another computer, synced folder) is opened and changed.
    const copy = path.join(dir.path, 'Copy');
    cpSync(vaultPath(), copy, { recursive: true });
    await service.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE });
    const other = new ShieldnoteService({ platform: testPlatform(path.join(dir.path, 'other-app')), kdfPolicy: FAST_KDF });
    await other.selectVault({ path: copy });
    await other.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE });
    await other.saveDraftMeta({ id: draft.meta.id, title: 'Retitled elsewhere', dateline: '', byline: '' });
    await other.shutdown();
    // The sync tool brings the other copy's catalog into this vault's folder.
    writeFileSync(path.join(vaultPath(), CATALOG_FILE), readFileSync(path.join(copy, CATALOG_FILE)));

    expect((await service.renameVault({ name: 'Changed here' })).name).toBe('Changed here');
    expect((await service.listDrafts()).map((d) => d.title)).toContain('Retitled elsewhere');
    // Both changes are on disk: reopening shows them.
    await service.lock();
    expect((await service.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE })).name).toBe('Changed here');
    expect((await service.listDrafts()).map((d) => d.title)).toContain('Retitled elsewhere');
  });

  it('a record file older than the catalog says is reported as rolled back, not opened', async () => {
    const draft = await service.createDraft({ title: 'Body rollback' });
    const bodyId = service.requireVault().collection<{ bodyRecordId: string }>('drafts')[draft.meta.id]!.bodyRecordId;
    const record = path.join(vaultPath(), 'records', `${bodyId}.snr`);
    const mine = readFileSync(record);
    await service.saveDraftBody({ id: draft.meta.id, baseRevision: draft.meta.bodyRevision, body: emptyDoc() });
    await service.lock(); // the catalog now records revision 2 for the body
    writeFileSync(record, mine); // an older copy of the record is put back
    await service.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE });
    await expect(service.getDraft({ id: draft.meta.id })).rejects.toMatchObject({ code: 'ROLLED_BACK', message: expect.stringMatching(/older \(revision 1\).*revision 2/) });
    expect(readFileSync(record).equals(mine)).toBe(true);
  });

  it('a save not yet backed up is backed up when the vault locks', async () => {
    await service.backUpNow();
    await service.renameVault({ name: 'After the last backup' });
    const generation = service.requireVault().catalogRevision;
    await service.lock();
    const [newest] = await listBackups(vaultPath());
    const backup = readFileSync(path.join(newest!.dir, CATALOG_FILE));
    expect(backup.readBigUInt64BE(24)).toBe(generation);
  });

  it('backups hold only encrypted files named by time', async () => {
    await service.backUpNow();
    const [backup] = await listBackups(vaultPath());
    expect(backup!.id).toMatch(/^\d{8}T\d{9}Z-[0-9a-f]{8}$/);
    const names = readdirSync(backup!.dir, { recursive: true }).map(String);
    expect(names).toEqual(expect.arrayContaining([HEADER_FILE, CATALOG_FILE, 'records']));
    for (const name of names.filter((n) => n.endsWith('.snr') || n === CATALOG_FILE)) {
      expect(readFileSync(path.join(backup!.dir, name)).includes(Buffer.from(statementText.slice(0, 20)))).toBe(false);
    }
  });
});
