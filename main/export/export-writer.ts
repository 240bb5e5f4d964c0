import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ShieldnoteError } from '../../common/api/errors';
import { fsyncDirectory, tempNameFor } from '../vault/durable-write';

// Writes an export's files into a folder all or nothing: every file is written and synced under
// a temporary name first, then each is renamed into place. A failure before the renames leaves
// the folder as it was; a file is never left half-written.

export interface ExportFile {
  name: string;
  bytes: Uint8Array;
}

const PLAIN_NAME = /^[a-z0-9][a-z0-9.-]{0,120}$/;

export async function writeExportFiles(folder: string, files: ExportFile[]): Promise<string[]> {
  const dir = path.resolve(folder);
  const stat = await fs.stat(dir).catch(() => null);
  if (!stat?.isDirectory()) throw new ShieldnoteError('NOT_FOUND', 'That export folder does not exist.');
  for (const file of files) {
    if (!PLAIN_NAME.test(file.name)) throw new ShieldnoteError('INTERNAL', 'An export file name was not a plain name.');
  }
  const staged: { temp: string; target: string }[] = [];
  const placed: string[] = [];
  try {
    for (const file of files) {
      const target = path.join(dir, file.name);
      const temp = tempNameFor(target);
      staged.push({ temp, target });
      const handle = await fs.open(temp, 'wx', 0o644);
      try {
        await handle.writeFile(file.bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    for (const { temp, target } of staged) {
      await fs.rename(temp, target);
      placed.push(target);
    }
    await fsyncDirectory(dir);
    return staged.map(({ target }) => target);
  } catch (error) {
    for (const { temp } of staged) await fs.rm(temp, { force: true });
    // A rename failing midway (rare: the folder vanished) takes the new files back out too.
    for (const target of placed) await fs.rm(target, { force: true });
    if (error instanceof ShieldnoteError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ShieldnoteError('IO', code === 'EACCES' || code === 'EPERM' ? 'Shieldnote may not write to that folder. Choose another.' : code === 'ENOSPC' ? 'The disk is full: nothing was exported.' : `The export could not be written (${code ?? 'unknown error'}); nothing was left behind.`, { cause: error });
  }
}
