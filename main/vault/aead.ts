import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { loadSodium, wipe } from './sodium';

// XChaCha20-Poly1305 (IETF), byte-for-byte libsodium's crypto_aead_xchacha20poly1305_ietf:
// HChaCha20 turns (key, first 16 nonce bytes) into a subkey, then Node's native
// ChaCha20-Poly1305 runs with nonce = 4 zero bytes + last 8 nonce bytes. Native code is about
// twice as fast as the WASM build on large catalogs; tests cross-check both directions.

export const KEY_BYTES = 32;
export const NONCE_BYTES = 24;
export const TAG_BYTES = 16;
const CHUNK_BYTES = 1024 * 1024;

export class AuthenticationError extends Error {
  constructor() {
    super('ciphertext failed authentication');
    this.name = 'AuthenticationError';
  }
}

async function subkeyAndNonce(key: Uint8Array, nonce: Uint8Array): Promise<[Uint8Array, Uint8Array]> {
  if (key.length !== KEY_BYTES) throw new Error('key must be 32 bytes');
  if (nonce.length !== NONCE_BYTES) throw new Error('nonce must be 24 bytes');
  const sodium = await loadSodium();
  const subkey = sodium.crypto_core_hchacha20(nonce.subarray(0, 16), key, null);
  const ietfNonce = new Uint8Array(12);
  ietfNonce.set(nonce.subarray(16, 24), 4);
  return [subkey, ietfNonce];
}

export function randomNonce(): Uint8Array {
  return new Uint8Array(randomBytes(NONCE_BYTES));
}

/**
 * Encrypts `plaintext`; the ciphertext and tag go into `into` at `offset` when given (a
 * multi-megabyte catalog is then copied once, not three times), else into a new array.
 */
export async function seal(
  key: Uint8Array,
  nonce: Uint8Array,
  plaintext: Uint8Array,
  associatedData: Uint8Array,
  into?: { buffer: Uint8Array; offset: number },
): Promise<Uint8Array> {
  const [subkey, ietfNonce] = await subkeyAndNonce(key, nonce);
  try {
    const cipher = createCipheriv('chacha20-poly1305', subkey, ietfNonce, { authTagLength: TAG_BYTES });
    cipher.setAAD(associatedData, { plaintextLength: plaintext.length });
    const out = into ?? { buffer: Buffer.allocUnsafe(plaintext.length + TAG_BYTES), offset: 0 };
    // In 1 MiB steps: each step's output is small and short-lived, so large documents do not
    // need a second full-size buffer (fresh memory is what a big save pays for most).
    let written = 0;
    for (let at = 0; at < plaintext.length; at += CHUNK_BYTES) {
      const part = cipher.update(plaintext.subarray(at, Math.min(plaintext.length, at + CHUNK_BYTES)));
      out.buffer.set(part, out.offset + written);
      written += part.length;
    }
    const final = cipher.final();
    out.buffer.set(final, out.offset + written);
    out.buffer.set(cipher.getAuthTag(), out.offset + plaintext.length);
    return out.buffer.subarray(out.offset, out.offset + plaintext.length + TAG_BYTES);
  } finally {
    wipe(subkey);
  }
}

export async function open(
  key: Uint8Array,
  nonce: Uint8Array,
  ciphertext: Uint8Array,
  associatedData: Uint8Array,
): Promise<Uint8Array> {
  if (ciphertext.length < TAG_BYTES) throw new AuthenticationError();
  const [subkey, ietfNonce] = await subkeyAndNonce(key, nonce);
  try {
    const decipher = createDecipheriv('chacha20-poly1305', subkey, ietfNonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(associatedData, { plaintextLength: ciphertext.length - TAG_BYTES });
    decipher.setAuthTag(ciphertext.subarray(ciphertext.length - TAG_BYTES));
    const body = decipher.update(ciphertext.subarray(0, ciphertext.length - TAG_BYTES));
    try {
      decipher.final();
    } catch {
      wipe(body);
      throw new AuthenticationError();
    }
    return new Uint8Array(body.buffer, body.byteOffset, body.length);
  } finally {
    wipe(subkey);
  }
}

/**
 * Decrypts a ciphertext read from `read` 1 MiB at a time, handing each plaintext piece to
 * `onPlain` (or dropping it, to verify only). Nothing may act on the pieces before this
 * resolves: the tag is checked at the end, and a failure rejects with AuthenticationError.
 */
export async function verifySealed(
  key: Uint8Array,
  nonce: Uint8Array,
  ciphertextLength: number,
  associatedData: Uint8Array,
  read: (buffer: Uint8Array, offset: number) => Promise<number>,
  onPlain?: (piece: Buffer) => void,
): Promise<void> {
  if (ciphertextLength < TAG_BYTES) throw new AuthenticationError();
  const [subkey, ietfNonce] = await subkeyAndNonce(key, nonce);
  try {
    const bodyLength = ciphertextLength - TAG_BYTES;
    const decipher = createDecipheriv('chacha20-poly1305', subkey, ietfNonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(associatedData, { plaintextLength: bodyLength });
    const tag = new Uint8Array(TAG_BYTES);
    if ((await read(tag, bodyLength)) !== TAG_BYTES) throw new AuthenticationError();
    decipher.setAuthTag(tag);
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, Math.max(1, bodyLength)));
    for (let at = 0; at < bodyLength; ) {
      const want = Math.min(chunk.length, bodyLength - at);
      const got = await read(chunk.subarray(0, want), at);
      if (got <= 0) throw new AuthenticationError();
      const piece = decipher.update(chunk.subarray(0, got));
      if (onPlain) onPlain(piece);
      else wipe(piece);
      at += got;
    }
    try {
      decipher.final();
    } catch {
      throw new AuthenticationError();
    }
  } finally {
    wipe(subkey);
  }
}
