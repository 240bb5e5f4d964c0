import path from 'node:path';
import { writeBackup } from '../main/vault/backups';
import { Vault } from '../main/vault/vault';
import { verifyVault } from '../main/vault/verify-vault';
import { FAST_KDF, tempDir } from '../tests/support/temp-dirs';
import { draftBody, generateCatalogCollections } from './fixture-data';
import { median, report, timeAsync } from './report';

const PASSPHRASE = new TextEncoder().encode('amber lantern quietly folds seven maps');

/** Backups and verify on a vault of 10,000 statements and 1,000 draft bodies; saves during a backup. */
export async function benchBackups(): Promise<void> {
  const dir = tempDir('shieldnote-bench-');
  try {
    const { vault } = await Vault.create(path.join(dir.path, 'vault'), { name: 'bench', passphrase: PASSPHRASE, kdfPolicy: FAST_KDF });
    await vault.update((data) => Object.assign(data.collections, generateCatalogCollections(10_000, 1_000)));
    const body = draftBody(5_000);
    for (const draft of Object.values(vault.collection<{ bodyRecordId: string }>('drafts'))) await vault.writeRecord(draft.bodyRecordId, 2, body);

    const backupRuns: number[] = [];
    for (let i = 0; i < 3; i++) backupRuns.push(await timeAsync(() => writeBackup(vault.dir)));
    report('backup_write_ms', median(backupRuns), '10,000 statements, 1,000 draft bodies: copy header, catalog and every record');
    report('verify_vault_ms', await timeAsync(() => verifyVault(vault)), 'decrypt the vault and its 3 backups');

    const saveAlone: number[] = [];
    for (let i = 0; i < 9; i++) saveAlone.push(await timeAsync(() => vault.update((d) => void (d.meta.name = `bench ${i}`))));
    const saveDuring: number[] = [];
    const backup = writeBackup(vault.dir);
    for (let i = 0; i < 9; i++) saveDuring.push(await timeAsync(() => vault.update((d) => void (d.meta.name = `busy ${i}`))));
    await backup;
    report('save_ms', median(saveAlone), 'catalog save, no backup running');
    report('save_during_backup_ms', median(saveDuring), 'catalog save while a backup copies the vault (saves never wait for it)');
    await vault.close();
  } finally {
    dir.remove();
  }
}
