import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ShieldnoteError } from '../../common/api/errors';

// One writer per vault: a lock file made with O_EXCL, naming the process that holds it.
// A lock left by a process that no longer runs on this host is taken over.

export const LOCK_FILE = 'vault.lock';

interface LockInfo {
  pid: number;
  host: string;
  since: string;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readLock(file: string): Promise<LockInfo | null> {
  try {
    const info = JSON.parse(await fs.readFile(file, 'utf8')) as Partial<LockInfo>;
    if (typeof info.pid === 'number' && typeof info.host === 'string') return info as LockInfo;
  } catch {
    // unreadable: treated as stale below
  }
  return null;
}

export class VaultLockFile {
  private constructor(private readonly file: string) {}

  static async acquire(dir: string): Promise<VaultLockFile> {
    const file = path.join(dir, LOCK_FILE);
    const info: LockInfo = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await fs.writeFile(file, JSON.stringify(info), { flag: 'wx', mode: 0o600 });
        return new VaultLockFile(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const holder = await readLock(file);
        const stale = !holder || (holder.host === info.host && holder.pid !== process.pid && !processAlive(holder.pid));
        if (!stale) {
          const who = holder.pid === process.pid ? 'this Shieldnote window' : `another Shieldnote (process ${holder.pid} on ${holder.host})`;
          throw new ShieldnoteError('CONFLICT', `The vault is already open in ${who}. Close it there first.`);
        }
        // Take the stale lock out of the way by renaming it: of two processes doing this at
        // once only one rename succeeds, so neither can delete the other's fresh lock.
        const aside = `${file}.stale-${process.pid}-${Date.now()}`;
        try {
          await fs.rename(file, aside);
          await fs.rm(aside, { force: true });
        } catch (renameError) {
          if ((renameError as NodeJS.ErrnoException).code !== 'ENOENT') throw renameError;
        }
      }
    }
    throw new ShieldnoteError('CONFLICT', 'Could not take the vault lock; try again.');
  }

  async release(): Promise<void> {
    await fs.rm(this.file, { force: true });
  }
}
