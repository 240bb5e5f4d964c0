import { AuthenticationError, KEY_BYTES, open, randomNonce, seal } from './aead';
import { concatBytes, fromBase64, toBase64, utf8, canonicalJson } from './encoding';
import { loadSodium } from './sodium';
import { vaultIdBytes, type VaultHeader } from './vault-header';

// The header's key wraps: the vault key under the passphrase and under the recovery key, the
// identity-compartment key under the vault key. Each wrap is bound to its name and the vault id.

type WrapName = 'passphrase' | 'recovery' | 'identity';

export function wrapAd(name: WrapName, header: Pick<VaultHeader, 'vaultId' | 'kdf'>): Uint8Array {
  const parts = [utf8(`shieldnote/v1/key-wrap/${name}`), vaultIdBytes(header)];
  // The passphrase wrap also binds the KDF parameters, so lowering them in the header is caught.
  if (name === 'passphrase') {
    parts.push(utf8(canonicalJson({ algorithm: header.kdf.algorithm, memLimitBytes: header.kdf.memLimitBytes, opsLimit: header.kdf.opsLimit, salt: header.kdf.salt })));
  }
  return concatBytes(...parts);
}

export async function recoveryWrappingKey(recoveryKey: Uint8Array, vaultId: Uint8Array): Promise<Uint8Array> {
  const sodium = await loadSodium();
  return sodium.crypto_generichash(KEY_BYTES, concatBytes(utf8('shieldnote/v1/recovery-wrap'), vaultId), recoveryKey);
}

export async function wrap(wrappingKey: Uint8Array, key: Uint8Array, ad: Uint8Array) {
  const nonce = randomNonce();
  return { nonce: toBase64(nonce), ciphertext: toBase64(await seal(wrappingKey, nonce, key, ad)) };
}

/** The wrapped key, or null when the wrapping key (or the bound data) is not the right one. */
export async function unwrap(wrappingKey: Uint8Array, wrapped: { nonce: string; ciphertext: string }, ad: Uint8Array): Promise<Uint8Array | null> {
  try {
    return await open(wrappingKey, fromBase64(wrapped.nonce), fromBase64(wrapped.ciphertext), ad);
  } catch (error) {
    if (error instanceof AuthenticationError) return null;
    throw error;
  }
}
