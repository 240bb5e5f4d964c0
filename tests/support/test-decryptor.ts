import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import sodium from 'libsodium-wrappers-sumo';

// A decryptor written only from docs/vault-format.md with plain libsodium calls, for tests that
// must see a vault folder as an attacker with a secret would: it imports nothing from main/.
// Call `await sodium.ready` (or `decryptorReady()`) first.

export const decryptorReady = () => sodium.ready;

export const enc = (s: string) => new TextEncoder().encode(s);
export const cat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};
export const b64 = (s: string) => new Uint8Array(Buffer.from(s, 'base64'));

export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The 25 bytes (24 key bytes + check byte) of a recovery or travel key typed in any style. */
export function crockford(text: string): Uint8Array {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const clean = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  let bits = '';
  for (const ch of clean) bits += alphabet.indexOf(ch).toString(2).padStart(5, '0');
  return new Uint8Array(bits.match(/.{8}/g)!.map((b) => parseInt(b, 2)));
}

export type Secret = { passphrase: string } | { recoveryKey: string };

interface Wrapped {
  nonce: string;
  ciphertext: string;
}
export interface HeaderJson {
  vaultId: string;
  kdf: { algorithm: string; memLimitBytes: number; opsLimit: number; salt: string };
  wrappedKeys: { passphrase: Wrapped; recovery: Wrapped; identity: Wrapped };
}

function tryDecrypt(wrapped: Wrapped, ad: Uint8Array, key: Uint8Array): Uint8Array | null {
  try {
    return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, b64(wrapped.ciphertext), ad, b64(wrapped.nonce), key);
  } catch {
    return null;
  }
}

/** The vault key a secret yields from a header, or null when it does not open it. */
export function vaultKeyFrom(header: HeaderJson, secret: Secret): Uint8Array | null {
  const vaultId = sodium.from_hex(header.vaultId);
  if ('passphrase' in secret) {
    const { algorithm, memLimitBytes, opsLimit, salt } = header.kdf;
    const kek = sodium.crypto_pwhash(32, enc(secret.passphrase.normalize('NFC')), b64(salt), opsLimit, memLimitBytes, sodium.crypto_pwhash_ALG_ARGON2ID13);
    return tryDecrypt(header.wrappedKeys.passphrase, cat(enc('shieldnote/v1/key-wrap/passphrase'), vaultId, enc(canonical({ algorithm, memLimitBytes, opsLimit, salt }))), kek);
  }
  const wrapping = sodium.crypto_generichash(32, cat(enc('shieldnote/v1/recovery-wrap'), vaultId), crockford(secret.recoveryKey).subarray(0, 24));
  return tryDecrypt(header.wrappedKeys.recovery, cat(enc('shieldnote/v1/key-wrap/recovery'), vaultId), wrapping);
}

export function identityKeyFrom(header: HeaderJson, vaultKey: Uint8Array): Uint8Array | null {
  return tryDecrypt(header.wrappedKeys.identity, cat(enc('shieldnote/v1/key-wrap/identity'), sodium.from_hex(header.vaultId)), vaultKey);
}

/** Opens one container (catalog or record); throws when it does not authenticate. */
export function openContainer(bytes: Uint8Array, key: Uint8Array, vaultId: Uint8Array): Uint8Array {
  if (new TextDecoder().decode(bytes.subarray(0, 4)) !== 'SNCF' || bytes[4] !== 1) throw new Error('not a container');
  const n = new DataView(bytes.buffer, bytes.byteOffset).getUint32(56);
  if (bytes.length !== 60 + n) throw new Error('bad length');
  return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, bytes.subarray(60, 60 + n), cat(enc('shieldnote/v1/container'), vaultId, bytes.subarray(0, 32)), bytes.subarray(32, 56), key);
}

export interface FolderReading {
  /** Every file under the folder: its bytes as stored, and its plaintext when the secret opened it. */
  files: { file: string; raw: Uint8Array; plaintext: Uint8Array | null }[];
  /** Vault-shaped folders (the vault, each backup) whose header the secret opened / did not open. */
  opened: string[];
  refused: string[];
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/**
 * Reads every file under `root` with a secret: each folder that holds a `vault.header` (the vault
 * and each backup) gets its vault and identity keys from that header, and every container in it
 * is decrypted with the key its kind calls for.
 */
export function readFolderWith(root: string, secret: Secret): FolderReading {
  const reading: FolderReading = { files: [], opened: [], refused: [] };
  const keys = new Map<string, { vaultKey: Uint8Array; identityKey: Uint8Array | null; vaultId: Uint8Array }>();
  for (const file of walk(root).filter((f) => path.basename(f) === 'vault.header')) {
    const header = JSON.parse(readFileSync(file, 'utf8')) as HeaderJson;
    const vaultKey = vaultKeyFrom(header, secret);
    const folder = path.dirname(file);
    if (!vaultKey) {
      reading.refused.push(folder);
      continue;
    }
    reading.opened.push(folder);
    keys.set(folder, { vaultKey, identityKey: identityKeyFrom(header, vaultKey), vaultId: sodium.from_hex(header.vaultId) });
  }
  for (const file of walk(root)) {
    const raw = new Uint8Array(readFileSync(file));
    let plaintext: Uint8Array | null = null;
    const folder = path.basename(path.dirname(file)) === 'records' ? path.dirname(path.dirname(file)) : path.dirname(file);
    const k = keys.get(folder);
    if (k && (file.endsWith('.snc') || file.endsWith('.snr'))) {
      const key = raw[5] === 4 ? k.identityKey : k.vaultKey;
      try {
        plaintext = key ? openContainer(raw, key, k.vaultId) : null;
      } catch {
        plaintext = null;
      }
    }
    reading.files.push({ file, raw, plaintext });
  }
  return reading;
}

/** Opens a travel file as docs/vault-format.md ("Travel file") describes it; throws on a wrong key. */
type Terms = { kind: string; value: string; isPublic: boolean }[];
export function openTravelFileWith(bytes: Uint8Array, keyText: string): { sources: Record<string, Terms>; copies?: Record<string, Record<string, Terms>> } {
  const file = JSON.parse(new TextDecoder().decode(bytes)) as { magic: string; formatVersion: number; vaultId: string; createdAt: string; sealedTo: string; nonce: string; ciphertext: string };
  const vaultId = sodium.from_hex(file.vaultId);
  const key = sodium.crypto_generichash(32, cat(enc(`shieldnote/v1/travel-wrap/${file.sealedTo}`), vaultId), crockford(keyText).subarray(0, 24));
  const { createdAt, formatVersion, magic, sealedTo } = file;
  const ad = cat(enc('shieldnote/v1/travel'), vaultId, enc(canonical({ createdAt, formatVersion, magic, sealedTo, vaultId: file.vaultId })));
  const plaintext = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, b64(file.ciphertext), ad, b64(file.nonce), key);
  if (plaintext.length % 4096 !== 0) throw new Error('travel file plaintext is not padded to 4096 bytes');
  return JSON.parse(new TextDecoder().decode(plaintext));
}
