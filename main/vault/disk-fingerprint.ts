import { promises as fs } from 'node:fs';
import { ShieldnoteError } from '../../common/api/errors';
import { CONTAINER_HEADER_BYTES } from './container';

// Detects a vault file that changed on disk since this process last read or wrote it (another
// copy of Shieldnote, a sync tool restoring an older or forked copy). A container's first 60
// bytes hold its revision and a random nonce, so they identify one write of one file: reading
// them costs one small read, not a hash of the whole file.

/** The container head (revision, nonce, length) as hex; null when the file does not exist. */
export async function readFingerprint(file: string): Promise<string | null> {
  let handle;
  try {
    handle = await fs.open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const head = Buffer.alloc(CONTAINER_HEADER_BYTES);
    const { bytesRead } = await handle.read(head, 0, CONTAINER_HEADER_BYTES, 0);
    return head.subarray(0, bytesRead).toString('hex');
  } finally {
    await handle.close();
  }
}

export function fingerprintOf(container: Uint8Array): string {
  return Buffer.from(container.subarray(0, CONTAINER_HEADER_BYTES)).toString('hex');
}

export function changedOnDiskError(): ShieldnoteError {
  return new ShieldnoteError(
    'CONFLICT',
    'This vault changed on disk since you opened it (another copy of Shieldnote or a sync tool wrote to it). ' +
      'Shieldnote did not overwrite it, so your last change is not saved. Copy what you still need from the screen, ' +
      'then lock and reopen the vault to work on the version on disk.',
  );
}
