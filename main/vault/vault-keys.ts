import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { ShieldnoteError } from '../../common/api/errors';
import { RECOVERY_KEY_BYTES, formatRecoveryKey, parseRecoveryKey } from '../../common/vault/recovery-key';
import { KEY_BYTES } from './aead';
import { CATALOG_FILE, EncryptedCatalogAdapter, type CatalogData, type Keyring } from './catalog-adapter';
import { durableWrite } from './durable-write';
import { fromBase64, toBase64, toHex } from './encoding';
import { KDF_ALGORITHM, SALT_BYTES, deriveForNewVault, deriveKey, type KdfPolicy } from './kdf';
import { recoveryWrappingKey, unwrap, wrap, wrapAd } from './key-wrapping';
import { wipe } from './sodium';
import { FORMAT_VERSION, HEADER_FILE, HEADER_MAGIC, kdfParamsOf, parseHeader, serializeHeader, vaultIdBytes, type UnsignedHeader, type VaultHeader } from './vault-header';

// The keys of a vault: made and wrapped for a new one, unwrapped from the header to open one.
// The Vault class (vault.ts) holds the lock file around these and keeps what they return.

export interface OpenOptions {
  /** This device's random id (main/sync/device-id.ts): stamped on its changes, named in notices. */
  deviceId?: string;
}

export interface CreateOptions extends OpenOptions {
  name: string;
  passphrase: Uint8Array;
  kdfPolicy: KdfPolicy;
  now?: () => Date;
}

export type UnlockSecret = { kind: 'passphrase'; passphrase: Uint8Array } | { kind: 'recoveryKey'; text: string };

/** What a vault opens with: its keys and its catalog. */
export interface VaultKeys {
  keyring: Keyring;
  identityKey: Uint8Array;
  adapter: EncryptedCatalogAdapter;
  data: CatalogData | null;
}

/**
 * Makes a new vault's keys and writes its catalog, then its header (a folder counts as a vault
 * only once its header exists). The keys are wiped if any step fails.
 */
export async function writeNewVault(dir: string, options: CreateOptions): Promise<VaultKeys & { header: VaultHeader; recoveryKey: string }> {
  const secrets: Uint8Array[] = [];
  const failureWipe: Uint8Array[] = []; // keys the new vault keeps, unless creation fails
  try {
    const now = (options.now ?? (() => new Date()))().toISOString();
    const vaultId = new Uint8Array(randomBytes(16));
    const salt = new Uint8Array(randomBytes(SALT_BYTES));
    const vaultKey = new Uint8Array(randomBytes(KEY_BYTES));
    const identityKey = new Uint8Array(randomBytes(KEY_BYTES));
    const recoveryKey = new Uint8Array(randomBytes(RECOVERY_KEY_BYTES));
    failureWipe.push(vaultKey, identityKey);
    const derived = await deriveForNewVault(options.passphrase, salt, options.kdfPolicy);
    const recoveryWrap = await recoveryWrappingKey(recoveryKey, vaultId);
    secrets.push(derived.key, recoveryWrap, recoveryKey);

    const base = {
      magic: HEADER_MAGIC,
      formatVersion: FORMAT_VERSION,
      vaultId: toHex(vaultId),
      createdAt: now,
      kdf: {
        algorithm: KDF_ALGORITHM,
        opsLimit: derived.params.opsLimit,
        memLimitBytes: derived.params.memLimitBytes,
        salt: toBase64(salt),
        calibratedMs: Math.round(derived.ms),
      },
    } as const;
    const header: UnsignedHeader = {
      ...base,
      wrappedKeys: {
        passphrase: await wrap(derived.key, vaultKey, wrapAd('passphrase', base)),
        recovery: await wrap(recoveryWrap, vaultKey, wrapAd('recovery', base)),
        identity: await wrap(vaultKey, identityKey, wrapAd('identity', base)),
      },
    };
    const keyring = { vaultKey, vaultId };
    const adapter = new EncryptedCatalogAdapter(path.join(dir, CATALOG_FILE), keyring);
    const data: CatalogData = {
      schema: 1,
      meta: { name: options.name, createdAt: now, updatedAt: now, recoveryKeyConfirmed: false },
      collections: {},
    };
    // Catalog first, header last.
    await adapter.write(data);
    const headerBytes = await serializeHeader(header);
    await durableWrite(path.join(dir, HEADER_FILE), headerBytes);
    return { header: await parseHeader(headerBytes), keyring, identityKey, adapter, data, recoveryKey: formatRecoveryKey(recoveryKey) };
  } catch (error) {
    wipe(...failureWipe);
    throw error;
  } finally {
    wipe(...secrets);
  }
}

/** The bytes of a typed recovery key; a clear refusal (before any file is touched) when it is not one. */
export function recoveryKeyBytes(text: string): Uint8Array {
  const parsed = parseRecoveryKey(text);
  if (!parsed.ok) {
    const why = { length: 'it should be 40 characters in ten groups of four', character: 'it holds a character that recovery keys never use', checksum: 'a character is mistyped (the check digit does not match)' }[parsed.reason];
    throw new ShieldnoteError('WRONG_PASSPHRASE', `That is not a valid recovery key: ${why}.`);
  }
  return parsed.key;
}

/**
 * Unwraps the vault key with the passphrase or the recovery key (`recoveryBytes`, wiped here),
 * then the identity key, and reads the catalog. `kdfMs` is the time the first unwrap took;
 * `openStarted` when the rest began.
 */
export async function openVaultKeys(dir: string, header: VaultHeader, secret: UnlockSecret, recoveryBytes: Uint8Array | null): Promise<VaultKeys & { kdfMs: number; openStarted: number }> {
  let vaultKey: Uint8Array | null = null;
  let identityKey: Uint8Array | null = null;
  try {
    const vaultId = vaultIdBytes(header);
    const kdfStarted = performance.now();
    if (secret.kind === 'passphrase') {
      const derived = await deriveKey(secret.passphrase, fromBase64(header.kdf.salt), kdfParamsOf(header));
      vaultKey = await unwrap(derived.key, header.wrappedKeys.passphrase, wrapAd('passphrase', header));
      wipe(derived.key);
      if (!vaultKey) throw new ShieldnoteError('WRONG_PASSPHRASE', 'That passphrase does not open this vault.');
    } else {
      const wrappingKey = await recoveryWrappingKey(recoveryBytes!, vaultId);
      vaultKey = await unwrap(wrappingKey, header.wrappedKeys.recovery, wrapAd('recovery', header));
      wipe(wrappingKey, recoveryBytes);
      if (!vaultKey) throw new ShieldnoteError('WRONG_PASSPHRASE', 'That recovery key does not open this vault.');
    }
    const openStarted = performance.now();
    const kdfMs = openStarted - kdfStarted;
    identityKey = await unwrap(vaultKey, header.wrappedKeys.identity, wrapAd('identity', header));
    if (!identityKey) throw new ShieldnoteError('VAULT_DAMAGED', 'The identity compartment key in the header failed authentication.');
    const keyring = { vaultKey, vaultId };
    const adapter = new EncryptedCatalogAdapter(path.join(dir, CATALOG_FILE), keyring);
    return { keyring, identityKey, adapter, data: await adapter.read(), kdfMs, openStarted };
  } catch (error) {
    wipe(vaultKey, identityKey, recoveryBytes);
    throw error;
  }
}

/** Whether a typed recovery key opens this header's vault key (used to confirm it). */
export async function recoveryKeyOpens(header: VaultHeader, text: string): Promise<boolean> {
  const parsed = parseRecoveryKey(text);
  if (!parsed.ok) return false;
  const wrappingKey = await recoveryWrappingKey(parsed.key, vaultIdBytes(header));
  const key = await unwrap(wrappingKey, header.wrappedKeys.recovery, wrapAd('recovery', header));
  wipe(wrappingKey, parsed.key, key);
  return key !== null;
}

/** Whether a passphrase opens this header's vault key (for re-asking it); changes nothing. */
export async function passphraseOpens(header: VaultHeader, passphrase: Uint8Array): Promise<boolean> {
  const derived = await deriveKey(passphrase, fromBase64(header.kdf.salt), kdfParamsOf(header));
  const key = await unwrap(derived.key, header.wrappedKeys.passphrase, wrapAd('passphrase', header));
  wipe(derived.key, key);
  return key !== null;
}
