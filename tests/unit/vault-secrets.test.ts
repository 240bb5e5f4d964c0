import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ShieldnoteService } from '../../main/service/shieldnote-service';
import { listBackups, writeBackup } from '../../main/vault/backups';
import type { KdfPolicy } from '../../main/vault/kdf';
import { seedStory } from '../support/seed-story';
import { FAST_KDF, STRONG_PASSPHRASE, tempDir, testPlatform } from '../support/temp-dirs';
import { decryptorReady, vaultKeyFrom, type HeaderJson, type Secret } from '../support/test-decryptor';

// Passphrase change and recovery-key replacement: the old secret stops opening the vault and
// every backup, the new one opens both, and nothing else changes.

const NEW_PASSPHRASE = 'copper heron drifts past nine lanterns';

describe('passphrase and recovery key', () => {
  let dir: ReturnType<typeof tempDir>;
  let service: ShieldnoteService;
  const vaultDir = () => path.join(dir.path, 'vault');
  const start = (kdfPolicy: KdfPolicy = FAST_KDF) => (service = new ShieldnoteService({ platform: testPlatform(dir.path), kdfPolicy }));
  const header = (folder = vaultDir()) => JSON.parse(readFileSync(path.join(folder, 'vault.header'), 'utf8')) as HeaderJson & { kdf: { calibratedMs: number } };
  /**
   * Whether a secret opens the vault and each of its backups (at least two, maybe more written
   * automatically), read with the independent decryptor: 'all', 'none' or 'some'.
   */
  const opens = async (secret: Secret) => {
    const folders = [vaultDir(), ...(await listBackups(vaultDir())).map((b) => b.dir)];
    expect(folders.length).toBeGreaterThanOrEqual(3);
    const results = folders.map((folder) => vaultKeyFrom(header(folder), secret) !== null);
    return results.every(Boolean) ? 'all' : results.some(Boolean) ? 'some' : 'none';
  };

  beforeAll(decryptorReady);
  afterEach(async () => {
    await service.shutdown();
    dir.remove();
  });

  async function createWithStory() {
    dir = tempDir('shieldnote-secrets-');
    start();
    const { recoveryKey } = await service.createVault({ path: vaultDir(), name: 'Border desk', passphrase: STRONG_PASSPHRASE });
    await service.confirmRecoveryKey({ recoveryKey });
    const story = await seedStory(service);
    await writeBackup(vaultDir());
    await writeBackup(vaultDir(), new Date(Date.now() + 1000));
    return { recoveryKey, ...story };
  }

  it('a changed passphrase opens the vault and its backups; the old one opens neither; data intact; KDF recalibrated', async () => {
    const { sourceIds } = await createWithStory();
    const before = header();
    await service.shutdown();
    // This machine calibrates (cheaply, for the test) instead of the fixed test parameters.
    start({ mode: 'calibrate', targetMinMs: 1, targetMaxMs: 60_000, preferredMemBytes: 16 * 1024 * 1024 });
    await service.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE });

    await expect(service.changePassphrase({ currentPassphrase: 'not the passphrase at all', newPassphrase: NEW_PASSPHRASE })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await expect(service.changePassphrase({ currentPassphrase: STRONG_PASSPHRASE, newPassphrase: 'short' })).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(header()).toEqual(before);

    await service.changePassphrase({ currentPassphrase: STRONG_PASSPHRASE, newPassphrase: NEW_PASSPHRASE });
    const after = header();
    expect(after.kdf.salt).not.toBe(before.kdf.salt);
    expect(after.kdf.memLimitBytes).toBe(16 * 1024 * 1024);
    expect(after.kdf.opsLimit).toBe(2);
    expect(after.wrappedKeys.recovery).toEqual(before.wrappedKeys.recovery);
    expect(after.wrappedKeys.identity).toEqual(before.wrappedKeys.identity);
    // Rewrap only: the catalog file was not re-encrypted by the change itself.
    expect((await service.listAudit({})).map((e) => e.action)).toContain('vault.passphrase-changed');

    expect(await opens({ passphrase: STRONG_PASSPHRASE })).toBe('none');
    expect(await opens({ passphrase: NEW_PASSPHRASE })).toBe('all');

    await service.shutdown();
    start();
    await expect(service.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await service.unlock({ method: 'passphrase', passphrase: NEW_PASSPHRASE });
    expect((await service.listSources({})).map((s) => s.id).sort()).toEqual(Object.values(sourceIds).sort());
    const revealed = await service.revealIdentity({ sourceId: sourceIds.trader, passphrase: NEW_PASSPHRASE });
    expect(revealed.terms.length).toBeGreaterThan(0);
  });

  it('after a recovery-key unlock a new passphrase can be set without the old one, and only then', async () => {
    const { recoveryKey } = await createWithStory();
    await expect(service.setPassphraseAfterRecovery({ newPassphrase: NEW_PASSPHRASE })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await service.lock();
    const unlocked = await service.unlock({ method: 'recoveryKey', recoveryKey });
    expect(unlocked.passphraseResetSuggested).toBe(true);
    const status = await service.setPassphraseAfterRecovery({ newPassphrase: NEW_PASSPHRASE });
    expect(status.passphraseResetSuggested).toBe(false);
    await service.lock();
    await expect(service.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect((await service.unlock({ method: 'passphrase', passphrase: NEW_PASSPHRASE })).passphraseResetSuggested).toBe(false);
    expect(await opens({ passphrase: NEW_PASSPHRASE })).toBe('all');
  });

  it('a replaced recovery key is shown once and confirmed; the old key opens neither the vault nor its backups', async () => {
    const { recoveryKey: oldKey, sourceIds } = await createWithStory();
    await expect(service.replaceRecoveryKey({ passphrase: 'wrong wrong wrong wrong' })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    const { recoveryKey: newKey, status } = await service.replaceRecoveryKey({ passphrase: STRONG_PASSPHRASE });
    expect(newKey).not.toBe(oldKey);
    expect(status.recoveryKeyPending).toBe(true);
    expect((await service.copyRecoveryKey()).clearsAfterSeconds).toBeGreaterThan(0);
    await expect(service.confirmRecoveryKey({ recoveryKey: oldKey })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect((await service.confirmRecoveryKey({ recoveryKey: newKey })).recoveryKeyPending).toBe(false);

    expect(await opens({ recoveryKey: oldKey })).toBe('none');
    expect(await opens({ recoveryKey: newKey })).toBe('all');
    expect(await opens({ passphrase: STRONG_PASSPHRASE })).toBe('all');

    await service.lock();
    await expect(service.unlock({ method: 'recoveryKey', recoveryKey: oldKey })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await service.unlock({ method: 'recoveryKey', recoveryKey: newKey });
    expect((await service.listStatements({})).length).toBeGreaterThan(0);
    expect(Object.keys(sourceIds).length).toBe((await service.listSources({})).length);
  });
});
