import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DESK_FILE_NAME, type DeskItem, type DeskItemKind } from '../../common/domain/desk';
import { ShieldnoteError } from '../../common/api/errors';
import { durableWrite } from '../vault/durable-write';
import { ENVELOPE_KINDS, ENVELOPE_MAX_BYTES, looksLikeEnvelope } from './envelope';
import { PACKAGE_EXTENSION, RESPONSE_EXTENSION } from './exchange';

// The files of a desk folder (DESIGN §5b). Anyone in the newsroom may put files there, so a
// scan reads at most the 38 header bytes of each candidate: the envelope names its recipient's
// X25519 public key in clear, and a file for someone else is skipped without a word. Nothing is
// decrypted until the user imports one. Sync tools' temp files, conflict copies and anything not
// named like ours are never read.

const HEADER_BYTES = 38;
/** The most files one scan looks at: a desk with more is a desk someone forgot to clean. */
export const DESK_SCAN_MAX_FILES = 5000;

const EXTENSION_KIND: Record<string, DeskItemKind> = { [PACKAGE_EXTENSION]: 'package', [RESPONSE_EXTENSION]: 'response' };
const KIND_EXTENSION: Record<DeskItemKind, string> = { package: PACKAGE_EXTENSION, response: RESPONSE_EXTENSION };

/** A random neutral name: it says neither who sent it, to whom, nor which story. */
export function newDeskFileName(kind: DeskItemKind): string {
  return `${randomBytes(16).toString('hex')}.${KIND_EXTENSION[kind]}`;
}

export function deskKindOf(name: string): DeskItemKind | null {
  const match = DESK_FILE_NAME.exec(name);
  return match ? EXTENSION_KIND[match[1]!]! : null;
}

/** The desk files addressed to `myBoxPublicKey`, newest first. Unreadable or foreign files are skipped silently. */
export async function scanDesk(folder: string, myBoxPublicKey: Uint8Array, imported: Record<string, string> = {}): Promise<DeskItem[]> {
  const names = (await fs.readdir(folder)).filter((name) => DESK_FILE_NAME.test(name)).slice(0, DESK_SCAN_MAX_FILES);
  const items: DeskItem[] = [];
  const head = new Uint8Array(HEADER_BYTES);
  for (const name of names) {
    const kind = deskKindOf(name)!;
    const file = path.join(folder, name);
    try {
      const stat = await fs.lstat(file);
      if (!stat.isFile() || stat.size < HEADER_BYTES + 48 || stat.size > ENVELOPE_MAX_BYTES) continue;
      const handle = await fs.open(file, 'r');
      try {
        const { bytesRead } = await handle.read(head, 0, HEADER_BYTES, 0);
        if (bytesRead < HEADER_BYTES) continue;
      } finally {
        await handle.close();
      }
      if (!looksLikeEnvelope(head) || head[5] !== ENVELOPE_KINDS[kind]) continue;
      if (!equalBytes(head.subarray(6, 38), myBoxPublicKey)) continue;
      items.push({ name, kind, arrivedAt: stat.mtime.toISOString(), bytes: stat.size, importedAt: imported[name] ?? null });
    } catch {
      // Gone between readdir and open, or a sync tool holds it: the next scan sees it again.
    }
  }
  return items.sort((a, b) => b.arrivedAt.localeCompare(a.arrivedAt) || a.name.localeCompare(b.name));
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/** Reads one desk file the user chose to import; the name must be one of ours, the size within the envelope budget. */
export async function readDeskFile(folder: string, name: string): Promise<{ kind: DeskItemKind; bytes: Uint8Array }> {
  const kind = deskKindOf(name);
  if (!kind) throw new ShieldnoteError('VALIDATION', 'That is not a file Shieldnote puts on the desk.');
  const file = path.join(folder, name);
  const stat = await fs.lstat(file).catch(() => null);
  if (!stat?.isFile()) throw new ShieldnoteError('NOT_FOUND', 'That file is no longer on the desk. Someone may have removed it, or the sync has not finished.');
  if (stat.size > ENVELOPE_MAX_BYTES) throw new ShieldnoteError('VALIDATION', 'This file is not a Shieldnote review package.');
  return { kind, bytes: new Uint8Array(await fs.readFile(file)) };
}

/** Puts a sealed file on the desk (temp file, fsync, read back, rename: a sync tool never sees half of it). */
export async function writeDeskFile(folder: string, kind: DeskItemKind, bytes: Uint8Array): Promise<string> {
  const stat = await fs.stat(folder).catch(() => null);
  if (!stat?.isDirectory()) throw new ShieldnoteError('NOT_FOUND', `The desk folder ${folder} is not there on this computer. Choose it again in Vault settings › Desk.`);
  const name = newDeskFileName(kind);
  await durableWrite(path.join(folder, name), bytes, async (temp) => {
    if (!Buffer.from(await fs.readFile(temp)).equals(Buffer.from(bytes))) throw new ShieldnoteError('IO', 'The package did not read back as written on the desk. Check the desk folder.');
  });
  return name;
}

/** One of our own files on the desk, and whether its time there is over. */
export interface OwnDeskFile {
  name: string;
  placedAt: string;
  /** A package whose decisions came back: removed at once. */
  answered: boolean;
}

/** The own files to remove now: answered packages, and anything older than `days`. */
export function dueForRemoval(files: OwnDeskFile[], days: number, now: Date): OwnDeskFile[] {
  const cutoff = now.getTime() - days * 86_400_000;
  return files.filter((f) => DESK_FILE_NAME.test(f.name) && (f.answered || Date.parse(f.placedAt) <= cutoff));
}

/** Removes the given own files; a file already gone counts as removed. Returns the names removed. */
export async function removeDeskFiles(folder: string, files: OwnDeskFile[]): Promise<string[]> {
  const removed: string[] = [];
  for (const f of files) {
    try {
      await fs.unlink(path.join(folder, f.name));
      removed.push(f.name);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') removed.push(f.name);
    }
  }
  return removed;
}
