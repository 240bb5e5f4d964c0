import { z } from 'zod';
import { ShieldnoteError } from '../../common/api/errors';
import { KDF_ALGORITHM, SALT_BYTES, kdfParamsProblem, type KdfParams } from './kdf';
import { canonicalJson, fromBase64, fromHex, fromUtf8, toHex, utf8 } from './encoding';
import { loadSodium } from './sodium';
import { NONCE_BYTES, TAG_BYTES, KEY_BYTES } from './aead';

// The vault header (vault.header): readable JSON with the KDF parameters and the vault key
// wrapped three ways. Its checksum tells a damaged file from a wrong passphrase; the AEAD
// associated data of each wrap makes tampering fail loudly. Spec: docs/vault-format.md.

export const HEADER_FILE = 'vault.header';
export const HEADER_MAGIC = 'shieldnote-vault';
export const FORMAT_VERSION = 1;
export const HEADER_MAX_BYTES = 64 * 1024;

const b64 = (bytes: number) =>
  z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/).refine((s) => fromBase64(s).length === bytes);

const wrappedKey = z.strictObject({
  nonce: b64(NONCE_BYTES),
  ciphertext: b64(KEY_BYTES + TAG_BYTES),
});

const headerSchema = z.strictObject({
  magic: z.literal(HEADER_MAGIC),
  formatVersion: z.literal(FORMAT_VERSION),
  vaultId: z.string().regex(/^[0-9a-f]{32}$/),
  createdAt: z.string().max(40),
  kdf: z.strictObject({
    algorithm: z.literal(KDF_ALGORITHM),
    opsLimit: z.number(),
    memLimitBytes: z.number(),
    salt: b64(SALT_BYTES),
    calibratedMs: z.number().nonnegative().max(600_000),
  }),
  wrappedKeys: z.strictObject({
    passphrase: wrappedKey,
    recovery: wrappedKey,
    identity: wrappedKey,
  }),
  /**
   * When each part last changed and on which device ([ms since epoch, device id]): two copies of
   * the header (two devices changed it) merge part by part, the later change winning. Absent for
   * a part never changed since the vault was made.
   */
  stamps: z
    .strictObject({
      passphrase: z.tuple([z.number().int().nonnegative(), z.string().regex(/^[0-9a-f]{16}$/)]).optional(),
      recovery: z.tuple([z.number().int().nonnegative(), z.string().regex(/^[0-9a-f]{16}$/)]).optional(),
      identity: z.tuple([z.number().int().nonnegative(), z.string().regex(/^[0-9a-f]{16}$/)]).optional(),
    })
    .optional(),
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
});

export type VaultHeader = z.infer<typeof headerSchema>;
export type UnsignedHeader = Omit<VaultHeader, 'checksum'>;

export async function headerChecksum(header: UnsignedHeader): Promise<string> {
  const sodium = await loadSodium();
  return toHex(sodium.crypto_generichash(32, utf8(canonicalJson(header)), null));
}

export async function serializeHeader(header: UnsignedHeader): Promise<Uint8Array> {
  const complete: VaultHeader = { ...header, checksum: await headerChecksum(header) };
  return utf8(JSON.stringify(complete, null, 2) + '\n');
}

const damaged = (why: string) =>
  new ShieldnoteError('VAULT_DAMAGED', `The vault header is damaged: ${why}. Your data has not been changed.`);

/**
 * Parses and checks a header before anything is derived from it. Order matters: magic, then the
 * checksum (so any flipped byte reads as damage), then version, then the parameter bounds.
 */
export async function parseHeader(bytes: Uint8Array): Promise<VaultHeader> {
  if (bytes.length === 0) throw damaged('the file is empty');
  if (bytes.length > HEADER_MAX_BYTES) throw damaged('the file is far larger than a header can be');
  let json: unknown;
  try {
    json = JSON.parse(fromUtf8(bytes));
  } catch {
    throw damaged('it is not readable text (truncated or overwritten)');
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw damaged('it has no header fields');
  const record = json as Record<string, unknown>;
  if (record.magic !== HEADER_MAGIC) {
    throw new ShieldnoteError('VAULT_DAMAGED', 'This folder does not hold a Shieldnote vault header (wrong magic).');
  }
  const { checksum, ...rest } = record;
  if (typeof checksum !== 'string' || checksum !== (await headerChecksum(rest as UnsignedHeader))) {
    throw damaged('its checksum does not match (a byte was changed or lost)');
  }
  if (record.formatVersion !== FORMAT_VERSION) {
    throw new ShieldnoteError(
      'VAULT_UNSUPPORTED',
      `This vault was written in format ${String(record.formatVersion)} by a newer Shieldnote; this version reads format ${FORMAT_VERSION}. Update Shieldnote to open it.`,
    );
  }
  const parsed = headerSchema.safeParse(json);
  if (!parsed.success) throw damaged(`a field is malformed (${parsed.error.issues[0]?.path.join('.') ?? '?'})`);
  const problem = kdfParamsProblem(kdfParamsOf(parsed.data));
  if (problem) {
    throw new ShieldnoteError('VAULT_DAMAGED', `The vault header asks for unsafe key-derivation settings: ${problem}. It was refused before any derivation.`);
  }
  return parsed.data;
}

export function kdfParamsOf(header: Pick<VaultHeader, 'kdf'>): KdfParams {
  return { opsLimit: header.kdf.opsLimit, memLimitBytes: header.kdf.memLimitBytes };
}

export function vaultIdBytes(header: Pick<VaultHeader, 'vaultId'>): Uint8Array {
  return fromHex(header.vaultId);
}
