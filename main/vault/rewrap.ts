import { randomBytes } from 'node:crypto';
import { RECOVERY_KEY_BYTES, formatRecoveryKey } from '../../common/vault/recovery-key';
import { KEY_BYTES } from './aead';
import { toBase64 } from './encoding';
import { SALT_BYTES, deriveForNewVault, type KdfPolicy } from './kdf';
import { wipe } from './sodium';
import { vaultIdBytes } from './vault-header';
import { withoutChecksum } from './header-file';
import { recoveryWrappingKey, wrap, wrapAd } from './key-wrapping';
import type { Vault } from './vault';

// Changing what opens the vault without touching the data: the vault key stays, only its wraps
// in the header change. Each function returns the new header's bytes so the caller can put the
// same header into every backup (their data is sealed with the same vault key).

/**
 * New passphrase: a new salt, KDF parameters calibrated again on this machine (it may be faster
 * or slower than the one that created the vault), and a new passphrase wrap.
 */
export function rewrapPassphrase(vault: Vault, passphrase: Uint8Array, policy: KdfPolicy): Promise<Uint8Array> {
  return vault.replaceHeader(async (current, { vaultKey }) => {
    const salt = new Uint8Array(randomBytes(SALT_BYTES));
    const derived = await deriveForNewVault(passphrase, salt, policy);
    try {
      const kdf = {
        algorithm: current.kdf.algorithm,
        opsLimit: derived.params.opsLimit,
        memLimitBytes: derived.params.memLimitBytes,
        salt: toBase64(salt),
        calibratedMs: Math.round(derived.ms),
      };
      const base = { ...withoutChecksum(current), kdf };
      return { header: { ...base, wrappedKeys: { ...current.wrappedKeys, passphrase: await wrap(derived.key, vaultKey, wrapAd('passphrase', base)) } } };
    } finally {
      wipe(derived.key);
    }
  });
}

/** A new recovery key replaces the old one, which stops opening the vault. Shown once. */
export async function replaceRecoveryKey(vault: Vault): Promise<{ recoveryKey: string; headerBytes: Uint8Array }> {
  const recoveryKey = new Uint8Array(randomBytes(RECOVERY_KEY_BYTES));
  try {
    const headerBytes = await vault.replaceHeader(async (current, { vaultKey }) => {
      const wrappingKey = await recoveryWrappingKey(recoveryKey, vaultIdBytes(current));
      try {
        return { header: { ...withoutChecksum(current), wrappedKeys: { ...current.wrappedKeys, recovery: await wrap(wrappingKey, vaultKey, wrapAd('recovery', current)) } } };
      } finally {
        wipe(wrappingKey);
      }
    });
    return { recoveryKey: formatRecoveryKey(recoveryKey), headerBytes };
  } finally {
    wipe(recoveryKey);
  }
}

/**
 * A fresh identity-compartment key. Only when nothing is sealed with the old one any more
 * (travel mode, after the compartment left): a stray copy of an old compartment left on the disk
 * then no longer opens with anything the header holds.
 */
export function rotateIdentityKey(vault: Vault): Promise<Uint8Array> {
  return vault.replaceHeader(async (current, { vaultKey }) => {
    const identityKey = new Uint8Array(randomBytes(KEY_BYTES));
    return {
      header: { ...withoutChecksum(current), wrappedKeys: { ...current.wrappedKeys, identity: await wrap(vaultKey, identityKey, wrapAd('identity', current)) } },
      identityKey,
    };
  });
}
