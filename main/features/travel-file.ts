import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { ShieldnoteError } from '../../common/api/errors';
import { identityTermsSchema } from '../../common/domain/identity';
import { RECOVERY_KEY_BYTES, formatRecoveryKey, parseRecoveryKey } from '../../common/vault/recovery-key';
import { AuthenticationError, KEY_BYTES, open, randomNonce, seal } from '../vault/aead';
import { canonicalJson, concatBytes, fromBase64, fromHex, fromUtf8, toBase64, utf8 } from '../vault/encoding';
import { loadSodium, wipe } from '../vault/sodium';
import type { CopyIdentityMap } from '../review-packages/review-copies';
import type { IdentityMap } from './identity-compartment';

// The travel file: the identity compartment sealed to a key that is not on the device (the
// recovery key, or a travel key printed for the trip). Readable JSON around one AEAD ciphertext;
// spec in docs/vault-format.md ("Travel file").

export const TRAVEL_MAGIC = 'shieldnote-travel';
export const TRAVEL_FORMAT_VERSION = 1;
export const TRAVEL_FILE_EXTENSION = 'sntravel';
const TRAVEL_MAX_BYTES = 64 * 1024 * 1024;
/** The plaintext is padded to a multiple of this, so the file's size says little about its content. */
const PAD_BYTES = 4096;

export const SEALED_TO = ['recovery-key', 'travel-key'] as const;
export type SealedTo = (typeof SEALED_TO)[number];

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const travelFileSchema = z.strictObject({
  magic: z.literal(TRAVEL_MAGIC),
  formatVersion: z.literal(TRAVEL_FORMAT_VERSION),
  vaultId: z.string().regex(/^[0-9a-f]{32}$/),
  createdAt: z.string().max(40),
  sealedTo: z.enum(SEALED_TO),
  nonce: b64.refine((s) => fromBase64(s).length === 24),
  ciphertext: b64,
});
export type TravelFile = z.infer<typeof travelFileSchema>;
type TravelFileHead = Omit<TravelFile, 'nonce' | 'ciphertext'>;

const dismissalsSchema = z.record(z.string(), z.record(z.string().max(600), z.object({ reason: z.string(), at: z.string() })));
const sourceIdentities = z.record(z.string().regex(/^[0-9a-f]{32}$/), identityTermsSchema);
const plaintextSchema = z.object({
  schema: z.literal(1),
  sources: sourceIdentities,
  dismissed: dismissalsSchema.optional(),
  /** Added later: absent in files written before review copies travelled too. */
  copies: z.record(z.string().regex(/^[0-9a-f]{32}$/), sourceIdentities).optional(),
});

/**
 * Leak-guard dismissals by draft id, then finding key. A key names a source and holds a folded
 * copy of the matched term, so while the identities travel, the dismissals travel with them.
 */
export type Dismissals = z.infer<typeof dismissalsSchema>;
export interface TravelContent {
  sources: IdentityMap;
  dismissed: Dismissals;
  /** The identities that came with review copies, by copy id: they leave with the vault's own. */
  copies: CopyIdentityMap;
}

/** A new random travel key, written like a recovery key (same check digit, same groups). */
export function newTravelKey(): string {
  const bytes = new Uint8Array(randomBytes(RECOVERY_KEY_BYTES));
  try {
    return formatRecoveryKey(bytes);
  } finally {
    wipe(bytes);
  }
}

async function sealingKey(keyText: string, head: Pick<TravelFileHead, 'sealedTo' | 'vaultId'>): Promise<Uint8Array> {
  const parsed = parseRecoveryKey(keyText);
  const what = head.sealedTo === 'recovery-key' ? 'recovery key' : 'travel key';
  if (!parsed.ok) throw new ShieldnoteError('WRONG_PASSPHRASE', `That is not a valid ${what}: ${parsed.reason === 'checksum' ? 'a character is mistyped' : 'it should be 40 characters in ten groups of four'}.`);
  const sodium = await loadSodium();
  try {
    return sodium.crypto_generichash(KEY_BYTES, concatBytes(utf8(`shieldnote/v1/travel-wrap/${head.sealedTo}`), fromHex(head.vaultId)), parsed.key);
  } finally {
    wipe(parsed.key);
  }
}

function associatedData(head: TravelFileHead): Uint8Array {
  const { magic, formatVersion, vaultId, createdAt, sealedTo } = head;
  return concatBytes(utf8('shieldnote/v1/travel'), fromHex(vaultId), utf8(canonicalJson({ createdAt, formatVersion, magic, sealedTo, vaultId })));
}

/** Seals identities into the bytes of a travel file. */
export async function sealTravelFile(content: TravelContent, keyText: string, head: { vaultId: string; sealedTo: SealedTo; createdAt: string }): Promise<Uint8Array> {
  const fullHead: TravelFileHead = { magic: TRAVEL_MAGIC, formatVersion: TRAVEL_FORMAT_VERSION, ...head };
  const json = JSON.stringify({ schema: 1, sources: content.sources, dismissed: content.dismissed, copies: content.copies });
  const plaintext = Buffer.alloc(Math.ceil((Buffer.byteLength(json) + 1) / PAD_BYTES) * PAD_BYTES, ' ');
  plaintext.write(json, 'utf8');
  const key = await sealingKey(keyText, fullHead);
  try {
    const nonce = randomNonce();
    const ciphertext = await seal(key, nonce, plaintext, associatedData(fullHead));
    const file: TravelFile = { ...fullHead, nonce: toBase64(nonce), ciphertext: toBase64(ciphertext) };
    return utf8(JSON.stringify(file, null, 2) + '\n');
  } finally {
    wipe(key, plaintext);
  }
}

/** Reads the unencrypted part of a travel file (which vault, sealed to what). */
export function readTravelHead(bytes: Uint8Array): TravelFile {
  if (bytes.length === 0 || bytes.length > TRAVEL_MAX_BYTES) throw new ShieldnoteError('VALIDATION', 'That is not a Shieldnote travel file (wrong size).');
  let json: unknown;
  try {
    json = JSON.parse(fromUtf8(bytes));
  } catch {
    throw new ShieldnoteError('VALIDATION', 'That is not a Shieldnote travel file (not readable).');
  }
  if ((json as { magic?: unknown } | null)?.magic !== TRAVEL_MAGIC) throw new ShieldnoteError('VALIDATION', 'That is not a Shieldnote travel file.');
  if ((json as { formatVersion?: unknown }).formatVersion !== TRAVEL_FORMAT_VERSION) {
    throw new ShieldnoteError('VAULT_UNSUPPORTED', 'That travel file was written by a newer Shieldnote. Update Shieldnote to restore it.');
  }
  const parsed = travelFileSchema.safeParse(json);
  if (!parsed.success) throw new ShieldnoteError('VAULT_DAMAGED', 'The travel file is damaged (a field is malformed).');
  return parsed.data;
}

/** Opens a travel file with the typed key. A wrong key and a damaged file both fail to authenticate. */
export async function openTravelFile(bytes: Uint8Array, keyText: string): Promise<{ head: TravelFile; content: TravelContent }> {
  const head = readTravelHead(bytes);
  const key = await sealingKey(keyText, head);
  let plaintext: Uint8Array;
  try {
    plaintext = await open(key, fromBase64(head.nonce), fromBase64(head.ciphertext), associatedData(head));
  } catch (error) {
    if (!(error instanceof AuthenticationError)) throw error;
    const what = head.sealedTo === 'recovery-key' ? 'recovery key' : 'travel key';
    throw new ShieldnoteError('WRONG_PASSPHRASE', `That ${what} does not open this travel file (or the file was changed).`);
  } finally {
    wipe(key);
  }
  try {
    const parsed = plaintextSchema.safeParse(JSON.parse(fromUtf8(plaintext)));
    if (!parsed.success) throw new ShieldnoteError('VAULT_DAMAGED', 'The travel file opened but its content is not readable.');
    return { head, content: { sources: parsed.data.sources, dismissed: parsed.data.dismissed ?? {}, copies: parsed.data.copies ?? {} } };
  } catch (error) {
    if (error instanceof ShieldnoteError) throw error;
    throw new ShieldnoteError('VAULT_DAMAGED', 'The travel file opened but its content is not readable.');
  } finally {
    wipe(plaintext);
  }
}
