import { ShieldnoteError } from '../../common/api/errors';
import { promises as fs } from 'node:fs';
import { AuthenticationError, NONCE_BYTES, TAG_BYTES, open, randomNonce, seal, verifySealed } from './aead';
import { concatBytes, utf8 } from './encoding';

// Every encrypted file but the header is one container:
//   0  4  magic "SNCF"          | 4  1 format version | 5  1 kind | 6  2 reserved (0)
//   8 16  record id (zeros for the catalog)           | 24 8 revision (u64 big-endian)
//  32 24  nonce                 | 56 4 ciphertext length (u32 BE) | 60 … ciphertext + tag
// Associated data = "shieldnote/v1/container" || vault id || bytes 0..32, so a container is
// bound to its vault, kind, id, revision and format: a file moved to another name, vault or
// kind fails to open. An older copy of the same file still opens (its revision is lower): the
// catalog's revision is its generation, checked against a remembered mark (rollback-guard.ts).

export const CONTAINER_MAGIC = utf8('SNCF');
export const CONTAINER_VERSION = 1;
export const CONTAINER_HEADER_BYTES = 60;
const BOUND_BYTES = 32;
const AD_PREFIX = utf8('shieldnote/v1/container');

export const RecordKind = {
  catalog: 1,
  draftBody: 2,
  attachment: 3,
  /** Source identities, sealed with the identity compartment key instead of the vault key. */
  identityCompartment: 4,
  generic: 15,
} as const;
export type RecordKindName = keyof typeof RecordKind;

export interface ContainerMeta {
  kind: number;
  id: Uint8Array;
  revision: bigint;
}

function boundPrefix(meta: ContainerMeta): Uint8Array {
  const prefix = new Uint8Array(BOUND_BYTES);
  const view = new DataView(prefix.buffer);
  prefix.set(CONTAINER_MAGIC, 0);
  prefix[4] = CONTAINER_VERSION;
  prefix[5] = meta.kind;
  prefix.set(meta.id, 8);
  view.setBigUint64(24, meta.revision);
  return prefix;
}

export async function encodeContainer(
  key: Uint8Array,
  vaultId: Uint8Array,
  meta: ContainerMeta,
  plaintext: Uint8Array,
): Promise<Uint8Array> {
  if (meta.id.length !== 16) throw new Error('record id must be 16 bytes');
  const prefix = boundPrefix(meta);
  const nonce = randomNonce();
  const length = plaintext.length + TAG_BYTES;
  const out = Buffer.allocUnsafe(CONTAINER_HEADER_BYTES + length);
  out.set(prefix, 0);
  out.set(nonce, BOUND_BYTES);
  out.writeUInt32BE(length, 56);
  await seal(key, nonce, plaintext, concatBytes(AD_PREFIX, vaultId, prefix), { buffer: out, offset: CONTAINER_HEADER_BYTES });
  return out;
}

const damaged = (what: string, why: string) =>
  new ShieldnoteError('VAULT_DAMAGED', `The ${what} is damaged: ${why}.`);

/** Reads the plaintext fields of a container without decrypting (e.g. the revision). */
export function readContainerMeta(bytes: Uint8Array, what: string, totalSize = bytes.length): ContainerMeta & { ciphertextLength: number } {
  if (totalSize === 0) throw damaged(what, 'the file is empty');
  if (bytes.length < CONTAINER_HEADER_BYTES) throw damaged(what, 'the file is truncated');
  for (let i = 0; i < CONTAINER_MAGIC.length; i++) {
    if (bytes[i] !== CONTAINER_MAGIC[i]) throw damaged(what, 'it is not a Shieldnote file (wrong magic)');
  }
  if (bytes[4] !== CONTAINER_VERSION) {
    throw new ShieldnoteError(
      'VAULT_UNSUPPORTED',
      `The ${what} was written in format ${bytes[4]} by a newer Shieldnote; update Shieldnote to open it.`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ciphertextLength = view.getUint32(56);
  if (totalSize !== CONTAINER_HEADER_BYTES + ciphertextLength || ciphertextLength < TAG_BYTES) {
    throw damaged(what, totalSize < CONTAINER_HEADER_BYTES + ciphertextLength ? 'the file is truncated' : 'its length field is wrong');
  }
  return { kind: bytes[5]!, id: bytes.slice(8, 24), revision: view.getBigUint64(24), ciphertextLength };
}

/** Decrypts a container and checks it is the expected kind (and id, when given). */
export async function decodeContainer(
  key: Uint8Array,
  vaultId: Uint8Array,
  bytes: Uint8Array,
  expect: { kind: number; id?: Uint8Array; what: string },
): Promise<{ meta: ContainerMeta; plaintext: Uint8Array }> {
  const meta = readContainerMeta(bytes, expect.what);
  if (meta.kind !== expect.kind || (expect.id && !equalBytes(meta.id, expect.id))) {
    throw damaged(expect.what, 'it belongs somewhere else in the vault (swapped file)');
  }
  const nonce = bytes.subarray(BOUND_BYTES, BOUND_BYTES + NONCE_BYTES);
  const ad = concatBytes(AD_PREFIX, vaultId, bytes.subarray(0, BOUND_BYTES));
  try {
    const plaintext = await open(key, nonce, bytes.subarray(CONTAINER_HEADER_BYTES), ad);
    return { meta, plaintext };
  } catch (error) {
    if (error instanceof AuthenticationError) {
      throw damaged(expect.what, 'it failed authentication (changed on disk, or from another vault)');
    }
    throw error;
  }
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/**
 * Verifies a container file on disk (a temp file just written) without holding its plaintext:
 * same checks as decodeContainer, decrypting in small steps.
 */
export async function verifyContainerFile(
  key: Uint8Array,
  vaultId: Uint8Array,
  file: string,
  expect: { kind: number; id?: Uint8Array; what: string },
  onPlain?: (piece: Buffer) => void,
): Promise<ContainerMeta> {
  const handle = await fs.open(file, 'r');
  try {
    const { size } = await handle.stat();
    const head = new Uint8Array(CONTAINER_HEADER_BYTES);
    const { bytesRead } = await handle.read(head, 0, CONTAINER_HEADER_BYTES, 0);
    const meta = readContainerMeta(bytesRead < CONTAINER_HEADER_BYTES ? head.subarray(0, bytesRead) : head, expect.what, size);
    if (meta.kind !== expect.kind || (expect.id && !equalBytes(meta.id, expect.id))) throw damaged(expect.what, 'it belongs somewhere else in the vault (swapped file)');
    const ad = concatBytes(AD_PREFIX, vaultId, head.subarray(0, BOUND_BYTES));
    try {
      await verifySealed(key, head.subarray(BOUND_BYTES, BOUND_BYTES + NONCE_BYTES), meta.ciphertextLength, ad, async (buffer, offset) => {
        const { bytesRead: n } = await handle.read(buffer, 0, buffer.length, CONTAINER_HEADER_BYTES + offset);
        return n;
      }, onPlain);
      return meta;
    } catch (error) {
      if (error instanceof AuthenticationError) throw damaged(expect.what, 'it failed authentication (changed on disk, or from another vault)');
      throw error;
    }
  } finally {
    await handle.close();
  }
}
