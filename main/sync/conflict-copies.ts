import { promises as fs } from 'node:fs';
import path from 'node:path';

// Sync tools keep both versions when a file changed on two devices at once, by renaming one:
//   Syncthing  catalog.sync-conflict-20250102-030405-ABCDEF7.snc
//   Nextcloud  catalog (conflicted copy 2025-01-02 030405).snc
//   Dropbox    catalog (Laptop's conflicted copy 2025-01-02).snc   (also "… (1))")
// Such a copy is an input to the merge, never the current file; it is deleted only once the
// merge is durable. Only copies of the vault's own files count: header, catalog, records.

const MARKER = /^(.+?)(?:\.sync-conflict-\d{8}-\d{6}-[0-9A-Za-z]{7}| \((?:[^()]*?'s )?conflicted copy(?: [^()]*?)?(?: \(\d+\))?\))(\.[A-Za-z0-9]+)?$/;
const VAULT_FILE = /^(vault\.header|catalog\.snc|[0-9a-f]{32}\.snr)$/;

export interface ConflictCopy {
  /** Full path of the copy. */
  file: string;
  /** Name of the file it is a copy of (`vault.header`, `catalog.snc`, `<record id>.snr`). */
  of: string;
  where: 'root' | 'records';
}

/** The file a conflict-copy name stands for, or null when the name is not one. */
export function conflictCopyOf(name: string): string | null {
  const match = MARKER.exec(name);
  if (!match) return null;
  const original = match[1]! + (match[2] ?? '');
  return VAULT_FILE.test(original) ? original : null;
}

export async function findConflictCopies(vaultDir: string, recordsDir = 'records'): Promise<ConflictCopy[]> {
  const found: ConflictCopy[] = [];
  for (const [where, dir] of [['root', vaultDir], ['records', path.join(vaultDir, recordsDir)]] as const) {
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    for (const name of names.sort()) {
      const of = conflictCopyOf(name);
      if (!of) continue;
      if ((where === 'records') !== of.endsWith('.snr')) continue;
      found.push({ file: path.join(dir, name), of, where });
    }
  }
  return found;
}
