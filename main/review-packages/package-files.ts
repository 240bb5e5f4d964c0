import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ShieldnoteError } from '../../common/api/errors';
import type { Platform } from '../service/platform';
import { durableWrite } from '../vault/durable-write';
import { ENVELOPE_MAX_BYTES, looksLikeEnvelope } from './envelope';
import { refuse } from './refusals';

// Packages travel as files the user picks. Written like vault files (temp, fsync, read back,
// rename), so a package on a USB stick pulled out mid-save is either whole or absent.

const FILTERS = {
  snreview: { name: 'Shieldnote review package', extensions: ['snreview'] },
  snresponse: { name: 'Shieldnote review decisions', extensions: ['snresponse'] },
};
export type PackageExtension = keyof typeof FILTERS;

export async function saveThroughPicker(platform: Platform, title: string, suggestedName: string, extension: PackageExtension, bytes: Uint8Array): Promise<string | null> {
  const picked = await platform.pickSaveFile({ title, defaultName: suggestedName, filters: [FILTERS[extension]] });
  if (!picked) return null;
  const target = path.extname(picked) ? picked : `${picked}.${extension}`;
  // The save dialog asked before replacing the name it returned; a name we lengthened it did not.
  if (target !== picked && (await exists(target))) {
    const replace = await platform.confirm({ title: 'Replace the file?', message: `“${path.basename(target)}” already exists in ${path.dirname(target)}. Replace it?`, confirmLabel: 'Replace' });
    if (!replace) return null;
  }
  await durableWrite(target, bytes, async (temp) => {
    if (!Buffer.from(await fs.readFile(temp)).equals(Buffer.from(bytes))) throw new ShieldnoteError('IO', 'The package file did not read back as written. Try another place to save it.');
  });
  return target;
}

async function exists(file: string): Promise<boolean> {
  return fs.lstat(file).then(
    () => true,
    (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? false : Promise.reject(error)),
  );
}

export async function readThroughPicker(platform: Platform, title: string, extension: PackageExtension): Promise<{ path: string; bytes: Uint8Array } | null> {
  const picked = await platform.pickOpenFile({ title, filters: [FILTERS[extension]] });
  if (!picked) return null;
  const stat = await fs.stat(picked);
  if (!stat.isFile() || stat.size > ENVELOPE_MAX_BYTES) refuse('NOT_A_PACKAGE');
  // Any other file is refused on its first bytes, without reading it whole.
  const file = await fs.open(picked, 'r');
  try {
    const head = new Uint8Array(8);
    await file.read(head, 0, head.length, 0);
    if (!looksLikeEnvelope(head)) refuse('NOT_A_PACKAGE');
  } finally {
    await file.close();
  }
  return { path: picked, bytes: new Uint8Array(await fs.readFile(picked)) };
}
