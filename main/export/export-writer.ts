import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ShieldnoteError } from '../../common/api/errors';
import { fsyncDirectory, tempNameFor } from '../vault/durable-write';

// Writes an export's files into a folder all or nothing: every file is written and synced under
// a temporary name first, then each is put in place. A failure before that leaves the folder as
// it was; a file is never left half-written. Nothing already in the folder is ever replaced
// (DESIGN §2 threat 6): the caller picks free names (chooseFreeVersion), and each file is put in
// place by a hard link, which fails rather than replace, so a file that appears meanwhile
// stops the export instead of being overwritten.

export interface ExportFile {
  name: string;
  bytes: Uint8Array;
}

export interface CandidateName {
  name: string;
  /** The bytes this file would hold: a file already there with exactly these is kept, not a clash. */
  sameAs?: Uint8Array | undefined;
}

const PLAIN_NAME = /^[a-z0-9][a-z0-9.-]{0,120}$/;
/** More versions of one story in one folder than anyone keeps; past it, choose another folder. */
export const MAX_EXPORT_VERSIONS = 999;

async function requireFolder(folder: string): Promise<string> {
  const dir = path.resolve(folder);
  const stat = await fs.stat(dir).catch(() => null);
  if (!stat?.isDirectory()) throw new ShieldnoteError('NOT_FOUND', 'That export folder does not exist.');
  return dir;
}

/** 'free', 'same' (a regular file with exactly `sameAs`), or 'taken' (anything else, links included). */
async function nameState(dir: string, candidate: CandidateName): Promise<'free' | 'same' | 'taken'> {
  const target = path.join(dir, candidate.name);
  const stat = await fs.lstat(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (!stat) return 'free';
  if (!candidate.sameAs || !stat.isFile() || stat.size !== candidate.sameAs.length) return 'taken';
  const existing = await fs.readFile(target);
  return Buffer.compare(existing, candidate.sameAs) === 0 ? 'same' : 'taken';
}

/**
 * The first version (1, 2, …) whose every name is free in `folder` or already holds the same
 * bytes; `present` lists the names that hold them (they are kept, not written again).
 */
export async function chooseFreeVersion(folder: string, namesAt: (version: number) => CandidateName[]): Promise<{ version: number; present: Set<string> }> {
  const dir = await requireFolder(folder);
  for (let version = 1; version <= MAX_EXPORT_VERSIONS; version++) {
    const present = new Set<string>();
    let free = true;
    for (const candidate of namesAt(version)) {
      const state = await nameState(dir, candidate);
      if (state === 'taken') {
        free = false;
        break;
      }
      if (state === 'same') present.add(candidate.name);
    }
    if (free) return { version, present };
  }
  throw new ShieldnoteError('CONFLICT', `That folder already holds ${MAX_EXPORT_VERSIONS} exports of this story. Choose another folder.`);
}

/** Link errors that mean "this file system has no hard links", not "the name is taken". */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK', 'EINVAL']);

/**
 * Puts `temp` at `target` only if nothing is there. A hard link fails with EEXIST instead of
 * replacing; where the file system has none (FAT on a USB stick), a rename after a last check.
 */
async function placeNoReplace(temp: string, target: string): Promise<void> {
  try {
    await fs.link(temp, target);
    await fs.rm(temp, { force: true });
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (!NO_HARD_LINKS.has(code)) throw error;
  }
  const there = await fs.lstat(target).then(
    () => true,
    (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? false : Promise.reject(error)),
  );
  if (there) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
  await fs.rename(temp, target);
}

/** Writes `files` into `folder` (names in `present` are already there with the same bytes). */
export async function writeExportFiles(folder: string, files: ExportFile[], present: ReadonlySet<string> = new Set()): Promise<string[]> {
  const dir = await requireFolder(folder);
  for (const file of files) {
    if (!PLAIN_NAME.test(file.name)) throw new ShieldnoteError('INTERNAL', 'An export file name was not a plain name.');
  }
  const staged: { temp: string; target: string }[] = [];
  const placed: string[] = [];
  try {
    for (const file of files) {
      if (present.has(file.name)) continue;
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
      await placeNoReplace(temp, target);
      placed.push(target);
    }
    await fsyncDirectory(dir);
    return files.map((file) => path.join(dir, file.name));
  } catch (error) {
    for (const { temp } of staged) await fs.rm(temp, { force: true });
    // A placement failing midway takes the new files back out too (only ours: `placed`).
    for (const target of placed) await fs.rm(target, { force: true });
    if (error instanceof ShieldnoteError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new ShieldnoteError('CONFLICT', 'A file of the same name appeared in the folder while exporting. Nothing was replaced and nothing was left behind; export again.', { cause: error });
    throw new ShieldnoteError('IO', code === 'EACCES' || code === 'EPERM' ? 'Shieldnote may not write to that folder. Choose another.' : code === 'ENOSPC' ? 'The disk is full: nothing was exported.' : `The export could not be written (${code ?? 'unknown error'}); nothing was left behind.`, { cause: error });
  }
}
