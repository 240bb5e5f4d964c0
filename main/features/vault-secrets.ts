import { message, type Message } from '../../common/domain/message';
import { ShieldnoteError } from '../../common/api/errors';
import { assessPassphrase } from '../../common/vault/passphrase-strength';
import { rewriteBackupHeaders } from '../vault/backups';
import type { KdfPolicy } from '../vault/kdf';
import { rewrapPassphrase, replaceRecoveryKey as replaceRecoveryWrap } from '../vault/rewrap';
import { wipe } from '../vault/sodium';
import type { Vault } from '../vault/vault';
import { appendAudit } from './audit-log';

// What opens the vault: the passphrase and the recovery key. Changing either rewraps the vault
// key in the header (nothing else is re-encrypted) and puts the new header into every backup, so
// an old passphrase or an old recovery key opens no copy on this device either.

/**
 * Passphrases are compared as UTF-8 of their NFC form, so the same words typed on another OS
 * or keyboard layout (composed vs decomposed accents) still open the vault.
 */
export function passphraseBytes(passphrase: string): Uint8Array {
  return new TextEncoder().encode(passphrase.normalize('NFC'));
}

export function assertStrongEnough(passphrase: string): void {
  const strength = assessPassphrase(passphrase);
  if (!strength.acceptable) {
    throw new ShieldnoteError('VALIDATION', `That passphrase is too weak (${strength.label}). ${strength.feedback.join(' ')}`.trim());
  }
}

export async function assertPassphrase(vault: Vault, passphrase: string, refusal: string): Promise<void> {
  const secret = passphraseBytes(passphrase);
  try {
    if (!(await vault.verifyPassphrase(secret))) throw new ShieldnoteError('WRONG_PASSPHRASE', refusal);
  } finally {
    wipe(secret);
  }
}

async function setPassphrase(vault: Vault, newPassphrase: string, policy: KdfPolicy, detail: Message): Promise<void> {
  assertStrongEnough(newPassphrase);
  const secret = passphraseBytes(newPassphrase);
  try {
    const header = await rewrapPassphrase(vault, secret, policy);
    await rewriteBackupHeaders(vault.dir, header);
  } finally {
    wipe(secret);
  }
  await vault.update((data) => appendAudit(data, vault, 'vault.passphrase-changed', null, detail));
}

export async function changePassphrase(vault: Vault, current: string, next: string, policy: KdfPolicy): Promise<void> {
  await assertPassphrase(vault, current, 'The current passphrase is not right. Nothing was changed.');
  await setPassphrase(vault, next, policy, message('audit.detail.passphraseChanged'));
}

/** Right after a recovery-key unlock (the caller checks that): the old passphrase is not needed. */
export function setPassphraseAfterRecovery(vault: Vault, next: string, policy: KdfPolicy): Promise<void> {
  return setPassphrase(vault, next, policy, message('audit.detail.passphraseReset'));
}

/** Returns the new recovery key's text, to be shown once and confirmed like a new vault's. */
export async function replaceRecoveryKey(vault: Vault, passphrase: string): Promise<string> {
  await assertPassphrase(vault, passphrase, 'That passphrase is not right. The recovery key was not replaced.');
  const { recoveryKey, headerBytes } = await replaceRecoveryWrap(vault);
  await rewriteBackupHeaders(vault.dir, headerBytes);
  await vault.update((data) => {
    data.meta.recoveryKeyConfirmed = false;
    appendAudit(data, vault, 'vault.recovery-key-replaced', null, message('audit.detail.recoveryKeyReplaced'));
  });
  return recoveryKey;
}
