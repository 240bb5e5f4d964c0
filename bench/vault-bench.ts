import { promises as fs } from 'node:fs';
import path from 'node:path';
import { JSONFile } from 'lowdb/node';
import { DEFAULT_KDF_POLICY, deriveForNewVault, deriveKey, MIB } from '../main/vault/kdf';
import { Vault } from '../main/vault/vault';
import { tempDir } from '../tests/support/temp-dirs';
import { draftBody, generateCatalogCollections } from './fixture-data';
import { interleavedPairs, reportRatio } from './paired';
import { median, report, timeAsync } from './report';

const PASSPHRASE = new TextEncoder().encode('amber lantern quietly folds seven maps');

export async function benchVault(): Promise<void> {
  const dir = tempDir('shieldnote-bench-');
  try {
    // KDF: the calibrated derivation a real vault uses, in its worker thread.
    const calibrated = await deriveForNewVault(PASSPHRASE, new Uint8Array(16), DEFAULT_KDF_POLICY);
    const kdfRuns: number[] = [];
    for (let i = 0; i < 3; i++) kdfRuns.push((await deriveKey(PASSPHRASE, new Uint8Array(16), calibrated.params)).ms);
    report('kdf_ms', median(kdfRuns), `Argon2id ops ${calibrated.params.opsLimit}, ${calibrated.params.memLimitBytes / MIB} MiB, worker thread`);

    // A vault of 10,000 statements and 1,000 drafts (bodies as record files).
    const vaultDir = path.join(dir.path, 'vault');
    const { vault } = await Vault.create(vaultDir, { name: 'bench', passphrase: PASSPHRASE, kdfPolicy: { mode: 'fixed', params: calibrated.params } });
    await vault.update((data) => Object.assign(data.collections, generateCatalogCollections(10_000, 1_000)));
    const body = draftBody(5_000);
    for (const draft of Object.values(vault.collection<{ bodyRecordId: string }>('drafts'))) {
      await vault.writeRecord(draft.bodyRecordId, 2, body);
    }
    const catalogBytes = (await fs.stat(path.join(vaultDir, 'catalog.snc'))).size;
    await vault.close();

    // Open after KDF: read + decrypt + parse the catalog (the derivation is timed above).
    const openRuns: number[] = [];
    let reopened: Vault | null = null;
    for (let i = 0; i < 9; i++) {
      // Collect the previous copy's garbage first, so its GC is not billed to this open.
      global.gc?.();
      reopened = await Vault.unlock(vaultDir, { kind: 'passphrase', passphrase: PASSPHRASE });
      openRuns.push(reopened.unlockTimings!.openMs);
      if (i < 8) await reopened.close();
    }
    report('open_ms', median(openRuns), `catalog ${(catalogBytes / 1e6).toFixed(1)} MB, 10,000 statements, 1,000 drafts`);
    global.gc?.();
    report('rss_after_vault_open_mb', process.memoryUsage().rss / 1e6, 'this bench process after opening the vault alone (it also generated the data); the service figure is rss_after_unlock_mb');

    // Catalog save beside the same data written by a plain lowdb JSONFile, then fsynced.
    const v = reopened!;
    const plainFile = path.join(dir.path, 'plain.json');
    const plain = new JSONFile<unknown>(plainFile);
    let i = 0;
    const saves = await interleavedPairs(
      () => timeAsync(() => v.update((data) => { data.meta.name = `bench ${i++}`; })),
      () => timeAsync(async () => {
        await plain.write(v.catalog);
        const handle = await fs.open(plainFile, 'r');
        await handle.sync();
        await handle.close();
        const dirHandle = await fs.open(dir.path, 'r');
        await dirHandle.sync();
        await dirHandle.close();
      }),
      // Collect the previous write's garbage first, so its GC is not billed to the next one.
      { pairs: 15, warmup: 1, beforeEach: () => global.gc?.() },
    );
    report('catalog_save_ms', saves.a, 'encrypt + temp + fsync + decrypt-verify + rename + fsync folder');
    report('catalog_save_plain_ms', saves.b, 'lowdb JSONFile write + fsync (baseline)');
    reportRatio('catalog_save_ratio', saves, 'target ≤ 1.3');

    // One record write: a 5,000-word draft body.
    const recordRuns: number[] = [];
    const recordId = v.newRecordId();
    for (let i = 0; i < 20; i++) recordRuns.push(await timeAsync(() => v.writeRecord(recordId, 2, body)));
    report('record_write_ms', median(recordRuns), `${(body.length / 1024).toFixed(0)} KiB draft body, durable`);
    await v.close();
  } finally {
    dir.remove();
  }
}
