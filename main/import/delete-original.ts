import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Platform } from '../service/platform';
import type { PendingImport } from './pending-import';

// "Delete the original" after an import: writing outside the vault, so main asks the user
// itself, and only about the file it opened for this import. The bytes are overwritten, flushed,
// then the file is removed. That cannot reach every copy, and the question says so.

const CHUNK = 1024 * 1024;

export async function deleteOriginal(platform: Platform, pending: PendingImport): Promise<boolean> {
  const besideMedia = pending.origin === 'telegram' ? ' Photos and files in the export’s folder are left where they are.' : '';
  const confirmed = await platform.confirm({
    title: 'Delete the original file?',
    message: `Shieldnote will overwrite “${path.basename(pending.path)}” and then delete it.${besideMedia}`,
    detail:
      'Overwriting cannot reach every copy. SSDs and USB sticks may keep the old blocks; synced folders (iCloud, OneDrive, Dropbox, Google Drive), backups, ' +
      'your Downloads history and the messenger or mail it came from may hold copies too. Delete those where they are.',
    confirmLabel: 'Overwrite and delete',
  });
  if (!confirmed) return false;
  await overwriteAndRemove(pending.path);
  return true;
}

export async function overwriteAndRemove(file: string): Promise<void> {
  const handle = await fs.open(file, 'r+');
  try {
    const { size } = await handle.stat();
    const zeros = Buffer.alloc(Math.min(CHUNK, Math.max(1, size)));
    for (let at = 0; at < size; at += zeros.length) await handle.write(zeros, 0, Math.min(zeros.length, size - at), at);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rm(file);
}
