import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Vault } from '../../main/vault/vault';
import { FAST_KDF, STRONG_PASSPHRASE, tempDir } from '../support/temp-dirs';

const passphrase = new TextEncoder().encode(STRONG_PASSPHRASE);

describe('vault storage', () => {
  let dir: ReturnType<typeof tempDir>;
  let vaultDir: string;
  beforeEach(() => {
    dir = tempDir();
    vaultDir = path.join(dir.path, 'v');
  });
  afterEach(() => dir.remove());

  it('lets only one writer open a vault, and takes over a lock left by a dead process', async () => {
    const { vault } = await Vault.create(vaultDir, { name: 'one', passphrase, kdfPolicy: FAST_KDF });
    await expect(Vault.unlock(vaultDir, { kind: 'passphrase', passphrase })).rejects.toMatchObject({ code: 'CONFLICT' });
    await vault.close();
    writeFileSync(path.join(vaultDir, 'vault.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, host: (await import('node:os')).hostname(), since: '' }));
    const reopened = await Vault.unlock(vaultDir, { kind: 'passphrase', passphrase });
    await reopened.close();
  });

  it('removes temp files a crash left behind when it opens', async () => {
    const { vault } = await Vault.create(vaultDir, { name: 'temps', passphrase, kdfPolicy: FAST_KDF });
    await vault.close();
    writeFileSync(path.join(vaultDir, '.catalog.snc.abc123.sntmp'), 'half a write');
    writeFileSync(path.join(vaultDir, 'records', '.0123.snr.abc.sntmp'), 'half a record');
    const reopened = await Vault.unlock(vaultDir, { kind: 'passphrase', passphrase });
    expect(readdirSync(vaultDir).filter((f) => f.endsWith('.sntmp'))).toEqual([]);
    expect(readdirSync(path.join(vaultDir, 'records'))).toEqual([]);
    await reopened.close();
  });

  it('writes one record without touching the catalog or other records', async () => {
    const { vault } = await Vault.create(vaultDir, { name: 'records', passphrase, kdfPolicy: FAST_KDF });
    const a = vault.newRecordId();
    const b = vault.newRecordId();
    await vault.writeRecord(a, 2, new TextEncoder().encode('draft A'));
    await vault.writeRecord(b, 2, new TextEncoder().encode('draft B'));
    const catalogBefore = statSync(path.join(vaultDir, 'catalog.snc')).mtimeMs;
    const bBefore = statSync(path.join(vaultDir, 'records', `${b}.snr`)).mtimeMs;
    await new Promise((r) => setTimeout(r, 20));
    await vault.writeRecord(a, 2, new TextEncoder().encode('draft A, revised'));
    expect(statSync(path.join(vaultDir, 'catalog.snc')).mtimeMs).toBe(catalogBefore);
    expect(statSync(path.join(vaultDir, 'records', `${b}.snr`)).mtimeMs).toBe(bBefore);
    expect(new TextDecoder().decode(await vault.readRecord(a, 2))).toBe('draft A, revised');
    await vault.close();
  });

  it('coalesces a burst of catalog saves and keeps the newest data', async () => {
    const { vault } = await Vault.create(vaultDir, { name: 'burst', passphrase, kdfPolicy: FAST_KDF });
    const start = vault.catalogRevision;
    await Promise.all(Array.from({ length: 20 }, (_, i) => vault.update((d) => { d.collections.notes = { last: { i } }; })));
    expect(vault.catalogRevision - start).toBeLessThanOrEqual(3n);
    await vault.close();
    const reopened = await Vault.unlock(vaultDir, { kind: 'passphrase', passphrase });
    expect(reopened.collection<{ i: number }>('notes').last?.i).toBe(19);
    await reopened.close();
  });

  it('refuses to use the vault after it is locked', async () => {
    const { vault } = await Vault.create(vaultDir, { name: 'locked', passphrase, kdfPolicy: FAST_KDF });
    await vault.close();
    expect(() => vault.catalog).toThrow(/locked/);
    await expect(vault.update(() => undefined)).rejects.toMatchObject({ code: 'LOCKED' });
  });
});
