import { message } from '../../common/domain/message';
import { ShieldnoteError } from '../../common/api/errors';
import type { MyProfile, Profile, Role } from '../../common/domain/people';
import { fingerprintOf, formatKeyString, type PublicPerson } from '../review-packages/keys';
import { RecordKind } from '../vault/container';
import { fromBase64, toBase64 } from '../vault/encoding';
import { loadSodium, wipe } from '../vault/sodium';
import type { Vault } from '../vault/vault';
import { appendAudit } from './audit-log';
import { collectionIn } from './collections';
import { confirmWithPassphrase } from './confirmations';
import { PROFILE_COLLECTION, storedProfile, type StoredProfile } from './profile-record';

// The vault owner's name, role and key pairs: X25519 (crypto_box) to receive sealed review
// packages, Ed25519 to sign what they send. Public keys sit in the catalog; the secret keys are
// a record of their own (sealed with the vault key), read only for the moment a package is
// signed or opened, then wiped. They never leave main.

const SECRET_BYTES = 32 + 64; // box secret key, then sign secret key (seed + public key)

export function readProfile(vault: Vault): Profile | null {
  const stored = storedProfile(vault);
  if (!stored) return null;
  const person = publicPersonOf(stored);
  return { name: stored.name, role: stored.role, fingerprint: fingerprintOf(person.boxPublicKey, person.signPublicKey) };
}

export function myProfile(vault: Vault): MyProfile | null {
  const stored = storedProfile(vault);
  const profile = readProfile(vault);
  return stored && profile ? { ...profile, keyString: formatKeyString(publicPersonOf(stored)) } : null;
}

export function publicPersonOf(stored: StoredProfile): PublicPerson {
  return { name: stored.name, role: stored.role, boxPublicKey: fromBase64(stored.boxPublicKey), signPublicKey: fromBase64(stored.signPublicKey) };
}

/** The profile, or a clear refusal for actions that need one (sending, importing). */
export function requireProfile(vault: Vault): StoredProfile {
  const stored = storedProfile(vault);
  if (!stored) throw new ShieldnoteError('CONFLICT', 'Set your name and role under People first: packages are signed with your profile’s keys.');
  return stored;
}

/**
 * Sets name and role; the first call also creates the key pairs. Keys never change after.
 * Becoming an editor (a first profile too) needs the passphrase: an editor signs drafts off, so
 * the role is the user's decision, not a request field's (DESIGN §2.6).
 */
export async function saveProfile(vault: Vault, input: { name: string; role: Role; passphrase?: string | undefined }): Promise<Profile> {
  const fields = { name: input.name, role: input.role };
  const existing = storedProfile(vault);
  const becomesEditor = fields.role === 'editor' && existing?.role !== 'editor';
  if (becomesEditor) await confirmWithPassphrase(vault, input.passphrase, { what: 'become an editor', unchanged: 'Your role was not changed.', audit: { decision: 'becomeEditor' } });
  if (existing) {
    await vault.update((data) => {
      Object.assign(collectionIn<StoredProfile>(data, PROFILE_COLLECTION).me!, fields);
      appendAudit(data, vault, 'profile.saved', null, message('audit.detail.profileChanged', { name: fields.name, role: fields.role, editor: becomesEditor ? 'yes' : 'no' }));
    });
    return readProfile(vault)!;
  }
  const sodium = await loadSodium();
  const box = sodium.crypto_box_keypair();
  const sign = sodium.crypto_sign_keypair();
  const secret = new Uint8Array(SECRET_BYTES);
  secret.set(box.privateKey, 0);
  secret.set(sign.privateKey, 32);
  const secretRecordId = vault.newRecordId();
  try {
    await vault.writeRecord(secretRecordId, RecordKind.generic, secret);
  } finally {
    wipe(secret, box.privateKey, sign.privateKey);
  }
  const stored: StoredProfile = {
    ...fields,
    boxPublicKey: toBase64(box.publicKey),
    signPublicKey: toBase64(sign.publicKey),
    secretRecordId,
    createdAt: new Date().toISOString(),
  };
  await vault.update((data) => {
    collectionIn<StoredProfile>(data, PROFILE_COLLECTION).me = stored;
    appendAudit(data, vault, 'profile.saved', null, message('audit.detail.profileCreated', { name: fields.name, role: fields.role, editor: becomesEditor ? 'yes' : 'no' }));
  });
  return readProfile(vault)!;
}

export interface SecretKeys {
  boxPublicKey: Uint8Array;
  boxSecretKey: Uint8Array;
  signSecretKey: Uint8Array;
}

/** Runs `use` with the secret keys decrypted; they are wiped when it settles. */
export async function withSecretKeys<T>(vault: Vault, use: (keys: SecretKeys) => Promise<T> | T): Promise<T> {
  const stored = requireProfile(vault);
  const bytes = await vault.readRecord(stored.secretRecordId, RecordKind.generic);
  try {
    if (bytes.length !== SECRET_BYTES) throw new ShieldnoteError('VAULT_DAMAGED', 'Your profile’s secret keys are not readable.');
    return await use({ boxPublicKey: fromBase64(stored.boxPublicKey), boxSecretKey: bytes.subarray(0, 32), signSecretKey: bytes.subarray(32) });
  } finally {
    wipe(bytes);
  }
}
