import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

// lowdb/steno rename a temp file but never fsync, so a power cut can leave an empty file.
// Ours: write temp, fsync it, read it back and verify, rename over the target, fsync the folder.

export const TEMP_SUFFIX = '.sntmp';

export function tempNameFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
}

export async function fsyncDirectory(dir: string): Promise<void> {
  // Windows cannot open a directory for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Atomically replaces `target` with `bytes`. `verify` gets the temp file's path once it is
 * written and synced, and must throw if what it reads back is not what should be committed
 * (e.g. it fails to decrypt).
 */
export async function durableWrite(
  target: string,
  bytes: Uint8Array,
  verify?: (tempFile: string) => Promise<unknown>,
): Promise<void> {
  const temp = tempNameFor(target);
  let renamed = false;
  try {
    const handle = await fs.open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (verify) await verify(temp);
    await fs.rename(temp, target);
    renamed = true;
    await fsyncDirectory(path.dirname(target));
  } finally {
    if (!renamed) await fs.rm(temp, { force: true });
  }
}

/** Removes temp files a crash left behind; they never hold committed data. */
export async function removeStaleTemps(dir: string): Promise<number> {
  let removed = 0;
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (name.startsWith('.') && name.endsWith(TEMP_SUFFIX)) {
      await fs.rm(path.join(dir, name), { force: true });
      removed++;
    }
  }
  return removed;
}
