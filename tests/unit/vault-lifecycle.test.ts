import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import { ShieldnoteService } from '../../main/service/shieldnote-service';
import { FAST_KDF, STRONG_PASSPHRASE, tempDir, testPlatform } from '../support/temp-dirs';

describe('vault lifecycle through the service', () => {
  let dir: ReturnType<typeof tempDir>;
  let service: ShieldnoteService;
  const vaultPath = () => path.join(dir.path, 'MyVault');

  beforeEach(() => {
    dir = tempDir();
    service = new ShieldnoteService({ platform: testPlatform(dir.path), kdfPolicy: FAST_KDF });
  });
  afterEach(async () => {
    await service.shutdown();
    dir.remove();
  });

  it('creates a vault, locks it and opens it again with the passphrase or the recovery key', async () => {
    await service.selectVault({ path: vaultPath() });
    expect((await service.getStatus()).state).toBe('absent');
    const created = await service.createVault({ path: vaultPath(), name: 'Border desk', passphrase: STRONG_PASSPHRASE });
    expect(created.recoveryKey).toMatch(/^([0-9A-Z]{4}-){9}[0-9A-Z]{4}$/);
    expect(created.status).toMatchObject({ state: 'unlocked', name: 'Border desk', recoveryKeyPending: true });
    await service.confirmRecoveryKey({ recoveryKey: created.recoveryKey.toLowerCase() });
    expect((await service.lock()).state).toBe('locked');

    await expect(service.unlock({ method: 'passphrase', passphrase: 'not the passphrase' })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    const unlocked = await service.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE });
    expect(unlocked).toMatchObject({ state: 'unlocked', name: 'Border desk', recoveryKeyPending: false });
    await service.lock();

    const byRecovery = await service.unlock({ method: 'recoveryKey', recoveryKey: created.recoveryKey.replace(/-/g, ' ') });
    expect(byRecovery.state).toBe('unlocked');
  });

  it('refuses a weak passphrase at creation', async () => {
    await expect(service.createVault({ path: vaultPath(), name: 'x', passphrase: 'password123' })).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('tells a mistyped recovery key from a wrong one', async () => {
    const { recoveryKey } = await service.createVault({ path: vaultPath(), name: 'V', passphrase: STRONG_PASSPHRASE });
    await service.lock();
    const typo = recoveryKey.slice(0, -1) + (recoveryKey.endsWith('0') ? '1' : '0');
    await expect(service.unlock({ method: 'recoveryKey', recoveryKey: typo })).rejects.toThrow(/mistyped/);
  });

  it('keeps what was saved across a restart of the service', async () => {
    await service.createVault({ path: vaultPath(), name: 'First name', passphrase: STRONG_PASSPHRASE });
    await service.renameVault({ name: 'Renamed desk' });
    await service.shutdown();
    const restarted = new ShieldnoteService({ platform: testPlatform(dir.path), kdfPolicy: FAST_KDF });
    expect((await restarted.getStatus()).path).toBe(vaultPath());
    expect((await restarted.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE })).name).toBe('Renamed desk');
    await restarted.shutdown();
  });

  it('leaves nothing readable on disk: no file contains the vault name or the passphrase', async () => {
    await service.createVault({ path: vaultPath(), name: 'Pyongyang sources', passphrase: STRONG_PASSPHRASE });
    await service.shutdown();
    const files = [...readdirSync(vaultPath(), { recursive: true, withFileTypes: true })].filter((e) => e.isFile());
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(path.join(file.parentPath, file.name)).toString('latin1');
      expect(text).not.toContain('Pyongyang');
      expect(text).not.toContain('lantern');
    }
  });
});
