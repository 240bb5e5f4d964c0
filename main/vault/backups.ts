import { randomBytes } from 'node:crypto';
import { constants as fsConstants, promises as fs } from 'node:fs';
import path from 'node:path';
import { ShieldnoteError } from '../../common/api/errors';
import { CATALOG_FILE } from './catalog-adapter';
import { TEMP_SUFFIX, durableWrite, fsyncDirectory } from './durable-write';
import { HEADER_FILE } from './vault-header';

// Backups live inside the vault folder, each a folder laid out exactly like a vault
// (header, catalog, records/), so the code that opens a vault opens a backup too:
//   <vault>/backups/<yyyymmddThhmmssmmmZ>-<8 hex>/{vault.header, catalog.snc, records/*.snr}
// Names hold only the time and a random suffix. A backup is assembled under a dot-name and
// renamed into place, so a half-written one is never listed. Files are copied (reflinked where
// the file system can), never hard-linked: damage written into a vault file in place must not
// reach its backups.

export const BACKUPS_DIR = 'backups';
export const DAMAGED_PREFIX = 'damaged-';
const BACKUP_RECORDS_DIR = 'records';
const PARTIAL_PREFIX = '.partial-';
const BACKUP_NAME = /^(\d{8}T\d{9}Z)-[0-9a-f]{8}$/;

export interface BackupEntry {
  /** The folder name inside `backups/`: sortable by time, nothing else. */
  id: string;
  dir: string;
  createdAt: string;
  sizeBytes: number;
}

/** Folder-name stamp that sorts as time does: 20250102T030405678Z. */
export function sortableStamp(when: Date): string {
  return when.toISOString().replace(/[-:.]/g, '');
}

function stampToIso(stamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z` : stamp;
}

// One operation at a time on a vault's backups folder (write, prune, header rewrite, restore):
// a header rewrite must not race a backup still copying the old header.
const queues = new Map<string, Promise<unknown>>();

export function withBackupLock<T>(vaultDir: string, work: () => Promise<T>): Promise<T> {
  const key = path.resolve(vaultDir);
  const previous = queues.get(key) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(work);
  const tail = run.catch(() => undefined);
  queues.set(key, tail);
  void tail.then(() => {
    if (queues.get(key) === tail) queues.delete(key);
  });
  return run;
}

export function backupsDir(vaultDir: string): string {
  return path.join(vaultDir, BACKUPS_DIR);
}

async function folderSize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += await folderSize(full);
    else if (entry.isFile()) total += (await fs.stat(full)).size;
  }
  return total;
}

/** Every complete backup, newest first. */
export async function listBackups(vaultDir: string): Promise<BackupEntry[]> {
  let names: string[];
  try {
    names = await fs.readdir(backupsDir(vaultDir));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const entries: BackupEntry[] = [];
  for (const name of names.filter((n) => BACKUP_NAME.test(n)).sort().reverse()) {
    const dir = path.join(backupsDir(vaultDir), name);
    entries.push({ id: name, dir, createdAt: stampToIso(BACKUP_NAME.exec(name)![1]!), sizeBytes: await folderSize(dir).catch(() => 0) });
  }
  return entries;
}

export function backupDirFor(vaultDir: string, id: string): string {
  if (!BACKUP_NAME.test(id)) throw new ShieldnoteError('VALIDATION', 'Malformed backup id.');
  return path.join(backupsDir(vaultDir), id);
}

async function copyFile(from: string, to: string): Promise<boolean> {
  try {
    await fs.copyFile(from, to, fsConstants.COPYFILE_FICLONE);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false; // deleted meanwhile
    throw error;
  }
}

async function syncFile(file: string): Promise<void> {
  const handle = await fs.open(file, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Copies the vault's committed files (header, catalog, every record) into a new backup folder.
 * The caller makes sure no catalog write is in flight. Not locked: use `writeBackup`.
 */
async function copyVaultFiles(vaultDir: string, now: Date): Promise<BackupEntry> {
  const root = backupsDir(vaultDir);
  await fs.mkdir(root, { recursive: true, mode: 0o700 });
  const id = `${sortableStamp(now)}-${randomBytes(4).toString('hex')}`;
  const partial = path.join(root, PARTIAL_PREFIX + id);
  await fs.mkdir(path.join(partial, BACKUP_RECORDS_DIR), { recursive: true, mode: 0o700 });
  try {
    // The catalog first: records it names were written before it was committed.
    for (const name of [CATALOG_FILE, HEADER_FILE]) {
      if (!(await copyFile(path.join(vaultDir, name), path.join(partial, name)))) {
        throw new ShieldnoteError('VAULT_DAMAGED', `The vault's ${name === HEADER_FILE ? 'header' : 'catalog'} file is missing; no backup was written.`);
      }
      await syncFile(path.join(partial, name));
    }
    const recordsFrom = path.join(vaultDir, BACKUP_RECORDS_DIR);
    const names = await fs.readdir(recordsFrom).catch(() => [] as string[]);
    for (const name of names) {
      if (name.startsWith('.') || name.endsWith(TEMP_SUFFIX)) continue;
      const target = path.join(partial, BACKUP_RECORDS_DIR, name);
      if (await copyFile(path.join(recordsFrom, name), target)) await syncFile(target);
    }
    await fsyncDirectory(path.join(partial, BACKUP_RECORDS_DIR));
    await fsyncDirectory(partial);
    const dir = path.join(root, id);
    await fs.rename(partial, dir);
    await fsyncDirectory(root);
    return { id, dir, createdAt: now.toISOString(), sizeBytes: await folderSize(dir) };
  } catch (error) {
    await fs.rm(partial, { recursive: true, force: true });
    throw error;
  }
}

/** Writes one backup of what is on disk now. */
export function writeBackup(vaultDir: string, now = new Date()): Promise<BackupEntry> {
  return withBackupLock(vaultDir, () => copyVaultFiles(vaultDir, now));
}

/** Deletes all but the newest `keep` backups; returns how many went. */
export function pruneBackups(vaultDir: string, keep: number): Promise<number> {
  return withBackupLock(vaultDir, async () => {
    const all = await listBackups(vaultDir);
    const old = all.slice(Math.max(0, keep));
    for (const entry of old) await fs.rm(entry.dir, { recursive: true, force: true });
    return old.length;
  });
}

/** Removes half-written backups a crash left behind. */
export async function removePartialBackups(vaultDir: string): Promise<void> {
  const names = await fs.readdir(backupsDir(vaultDir)).catch(() => [] as string[]);
  for (const name of names) {
    if (name.startsWith(PARTIAL_PREFIX)) await fs.rm(path.join(backupsDir(vaultDir), name), { recursive: true, force: true });
  }
}

/**
 * Replaces the header copy in every backup with `headerBytes` (after a passphrase change or a
 * recovery-key replacement), so an old passphrase or recovery key opens no backup either.
 * The vault key is unchanged, so every backup's catalog and records still open with it.
 */
export function rewriteBackupHeaders(vaultDir: string, headerBytes: Uint8Array): Promise<number> {
  return withBackupLock(vaultDir, async () => {
    const all = await listBackups(vaultDir);
    for (const entry of all) await durableWrite(path.join(entry.dir, HEADER_FILE), headerBytes);
    return all.length;
  });
}

/** What `replaceAllBackups` needs of an open vault: its folder and a way to settle writes. */
export interface BackupSource {
  readonly dir: string;
  /** Resolves once every catalog write asked for so far is on disk. */
  flush(): Promise<void>;
}

/**
 * Deletes every backup and writes one of the current state (travel mode, identity burn): after
 * it, no backup on this device holds what the vault no longer holds.
 */
export async function replaceAllBackups(vault: BackupSource, now = new Date()): Promise<BackupEntry> {
  await vault.flush();
  return withBackupLock(vault.dir, async () => {
    for (const entry of await listBackups(vault.dir)) await fs.rm(entry.dir, { recursive: true, force: true });
    await removePartialBackups(vault.dir);
    return copyVaultFiles(vault.dir, now);
  });
}

/**
 * Puts backup `id` in place of the vault's files. The files it replaces (header, catalog,
 * records) are moved, never deleted, to `<vault>/damaged-<stamp>/`. The backup is first copied
 * in full to a staging folder, so a failed copy changes nothing; the header moves last.
 * The caller has the vault closed or held (no writes), and has checked the backup is intact.
 */
export function restoreBackupFiles(vaultDir: string, id: string, now = new Date()): Promise<{ damagedDir: string }> {
  const source = backupDirFor(vaultDir, id);
  return withBackupLock(vaultDir, async () => {
    const staging = path.join(vaultDir, `.restore-${randomBytes(4).toString('hex')}`);
    const damagedDir = path.join(vaultDir, `${DAMAGED_PREFIX}${sortableStamp(now)}`);
    await fs.mkdir(path.join(staging, BACKUP_RECORDS_DIR), { recursive: true, mode: 0o700 });
    try {
      for (const name of [CATALOG_FILE, HEADER_FILE]) await copyFile(path.join(source, name), path.join(staging, name));
      for (const name of await fs.readdir(path.join(source, BACKUP_RECORDS_DIR)).catch(() => [] as string[])) {
        await copyFile(path.join(source, BACKUP_RECORDS_DIR, name), path.join(staging, BACKUP_RECORDS_DIR, name));
      }
      await fsyncDirectory(path.join(staging, BACKUP_RECORDS_DIR));
      await fsyncDirectory(staging);
      await fs.mkdir(damagedDir, { mode: 0o700 });
      const swap = async (name: string) => {
        await fs.rename(path.join(vaultDir, name), path.join(damagedDir, name)).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error;
        });
        await fs.rename(path.join(staging, name), path.join(vaultDir, name));
      };
      await swap(BACKUP_RECORDS_DIR);
      await swap(CATALOG_FILE);
      await swap(HEADER_FILE);
      await fsyncDirectory(damagedDir);
      await fsyncDirectory(vaultDir);
      return { damagedDir };
    } finally {
      await fs.rm(staging, { recursive: true, force: true });
    }
  });
}
