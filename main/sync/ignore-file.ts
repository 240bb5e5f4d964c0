import { promises as fs } from 'node:fs';
import path from 'node:path';
import { durableWrite } from '../vault/durable-write';

// What a sync engine must not copy between devices: backups (per device, or their rotation
// would ping-pong whole vaults between devices), the folders a restore keeps aside, the lock
// file (it names this device's process) and writes in progress. Syncthing reads `.stignore` in
// the folder (and never syncs that file itself); Nextcloud and Dropbox users set the same
// exclusions in their client (docs/vault-format.md, "On several devices").

export const STIGNORE_FILE = '.stignore';
export const NOT_SYNCED = ['/backups', '/damaged-*', '/.restore-*', '/vault.lock', '.*.sntmp'];

/** Writes `.stignore` when the folder has none; adds missing lines to one that exists. */
export async function ensureIgnoreFile(vaultDir: string): Promise<void> {
  const file = path.join(vaultDir, STIGNORE_FILE);
  let current = '';
  try {
    current = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return;
  }
  const lines = new Set(current.split(/\r?\n/).map((l) => l.trim()));
  const missing = NOT_SYNCED.filter((line) => !lines.has(line));
  if (missing.length === 0) return;
  const head = current === '' ? '// Written by Shieldnote: per-device files that must not sync.\n' : current.endsWith('\n') ? current : current + '\n';
  await durableWrite(file, new TextEncoder().encode(head + missing.join('\n') + '\n'));
}
