import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ShieldnoteError } from '../../common/api/errors';
import { changedParts, mergeHeaders } from '../sync/header-merge';
import { durableWrite } from './durable-write';
import { unwrap, wrapAd } from './key-wrapping';
import { wipe } from './sodium';
import { HEADER_FILE, parseHeader, serializeHeader, type UnsignedHeader, type VaultHeader } from './vault-header';

// The vault's header file on disk: read to see whether a folder holds a vault, merged with the
// copies other devices wrote, and replaced (rewrap) only after what is written checks out.

export type VaultPresence = { state: 'absent' } | { state: 'present'; header: VaultHeader };

/** What is at `dir`: no vault, or a vault whose header passes every check. Reads only. */
export async function inspectVaultDir(dir: string): Promise<VaultPresence> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(path.join(dir, HEADER_FILE)));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { state: 'absent' };
    throw new ShieldnoteError('IO', `Could not read the vault header: ${code ?? 'unknown error'}.`);
  }
  return { state: 'present', header: await parseHeader(bytes) };
}

export function withoutChecksum(header: VaultHeader): UnsignedHeader {
  const { checksum: _checksum, ...rest } = header;
  return rest;
}

/**
 * Writes `next` in place of `current` (the parts it changes stamped with this device and the
 * time), durably, once the written file parses and hands back `identityKey` under `vaultKey`.
 */
export async function commitHeader(dir: string, current: VaultHeader, next: UnsignedHeader, keys: { vaultKey: Uint8Array; identityKey: Uint8Array }, deviceId: string): Promise<{ bytes: Uint8Array; header: VaultHeader }> {
  const at = Date.now();
  const stamps = { ...current.stamps };
  for (const part of changedParts(current, next)) stamps[part] = [at, deviceId];
  const bytes = await serializeHeader({ ...next, stamps });
  // What is committed must parse and hand back the identity key the records will use.
  await durableWrite(path.join(dir, HEADER_FILE), bytes, async (temp) => {
    const written = await parseHeader(new Uint8Array(await fs.readFile(temp)));
    const key = await unwrap(keys.vaultKey, written.wrappedKeys.identity, wrapAd('identity', written));
    const same = key !== null && Buffer.compare(Buffer.from(key), Buffer.from(keys.identityKey)) === 0;
    wipe(key);
    if (!same) throw new ShieldnoteError('INTERNAL', 'The new vault header did not verify; nothing was changed.');
  });
  return { bytes, header: await parseHeader(bytes) };
}

/**
 * Merges the header on disk, or `copyFile` (a sync tool's conflict copy of it), with `current`
 * part by part, and writes the result when it differs from the file on disk. Null when there is
 * nothing to take in: the file is missing or damaged (ours is written back by the next rewrap),
 * or the copy is another vault's or does not wrap the same vault key.
 */
export async function mergeHeaderFromDisk(dir: string, current: VaultHeader, vaultKey: Uint8Array, copyFile?: string): Promise<{ header: VaultHeader; identityKey: Uint8Array } | null> {
  const target = path.join(dir, HEADER_FILE);
  let onDisk: VaultHeader;
  try {
    onDisk = await parseHeader(new Uint8Array(await fs.readFile(target)));
  } catch {
    return null;
  }
  let other: VaultHeader = onDisk;
  if (copyFile) {
    try {
      other = await parseHeader(new Uint8Array(await fs.readFile(copyFile)));
    } catch {
      return null;
    }
  }
  let best = current;
  for (const candidate of [onDisk, other]) {
    const merged = mergeHeaders(best, candidate);
    if (merged) best = await parseHeader(await serializeHeader(merged));
  }
  if (best.vaultId !== current.vaultId) return null;
  // Every copy wraps the same vault key: one that does not is not this vault's, and is ignored.
  const identityKey = await unwrap(vaultKey, best.wrappedKeys.identity, wrapAd('identity', best));
  if (!identityKey) return null;
  if (best.checksum !== onDisk.checksum) await durableWrite(target, await serializeHeader(withoutChecksum(best)));
  return { header: best, identityKey };
}
