import type { ApiError, ErrorCode } from '../../../common/api/errors';
import type { MessageId } from './messages';
import { activeLocale, translate, type MessageValues } from './translate';

// Main answers errors in English ({code, message}); its messages are many and specific. In
// another interface language the renderer shows:
//  - the catalogued translation when the message is one of the frequent ones below (exact text,
//    or a pattern for the few that carry a name);
//  - otherwise a translated sentence for the error's code, with main's English message after it
//    as the detail, so nothing main said is lost.
// Main's message in English is the reference: a message changed in main falls back to the
// second form until its entry here is updated (tests/dom/interface-language.test.tsx checks one).

const EXACT: Record<string, MessageId> = {
  'The vault is locked. Unlock it first.': 'errors.main.locked',
  'The vault is locked.': 'errors.main.locked',
  'That passphrase does not open this vault.': 'errors.main.wrongPassphrase',
  'That recovery key does not open this vault.': 'errors.main.wrongRecoveryKey',
  'That passphrase is not right. The identity stays hidden.': 'errors.main.wrongPassphraseIdentity',
  'That is not this vault’s recovery key. Nothing was changed.': 'errors.main.notThisRecoveryKey',
  'That does not match the recovery key shown. Check each group of four and try again.': 'errors.main.recoveryKeyMismatch',
  'That does not match the travel key shown. Check each group of four. Nothing was changed.': 'errors.main.travelKeyMismatch',
  'There is no vault in this folder.': 'errors.main.noVault',
  'A vault already exists in this folder. Open it, or choose another folder.': 'errors.main.vaultExists',
  'Could not take the vault lock; try again.': 'errors.main.vaultLock',
  'That source does not exist (it may have been deleted).': 'errors.main.sourceNotFound',
  'That statement does not exist (it may have been deleted).': 'errors.main.statementNotFound',
  'That draft does not exist (it may have been deleted).': 'errors.main.draftNotFound',
  'That contact does not exist (it may have been removed).': 'errors.main.contactNotFound',
  'That attachment does not exist.': 'errors.main.attachmentNotFound',
  'That citation is no longer in the draft.': 'errors.main.citationGone',
  'There is nothing to restore: it was not deleted, or the vault was locked since.': 'errors.main.nothingToRestore',
  'Its source was deleted too: restore the source first.': 'errors.main.restoreSourceFirst',
  'This vault changed on disk since you opened it (another copy of Shieldnote or a sync tool wrote to it). Shieldnote did not overwrite it, so your last change is not saved. Copy what you still need from the screen, then lock and reopen the vault to work on the version on disk.': 'errors.main.vaultChangedOnDisk',
  'Reveal the identity (with your passphrase) before changing it.': 'errors.main.revealFirst',
  'The identity is hidden again. Reveal it to copy a term.': 'errors.main.hiddenAgain',
  'Set your name and role first: your key is made with your profile.': 'errors.main.profileFirst',
  'Set your name and role under People first: packages are signed with your profile’s keys.': 'errors.main.profileFirstPackages',
  'That is your own key. Paste the key string the other person sent you.': 'errors.main.ownKey',
  'The identities are already away (travel mode).': 'errors.main.alreadyAway',
  'The identities are already on this device; there is nothing to restore.': 'errors.main.alreadyHome',
  'That is not a Shieldnote travel file.': 'errors.main.notTravelFile',
  'That travel file belongs to another vault.': 'errors.main.otherVaultTravelFile',
  'Enter the passphrase or the recovery key to check the backups.': 'errors.main.backupsNeedKey',
  'Cancelled.': 'errors.main.cancelled',
  'Calls are accepted only from Shieldnote’s own window.': 'errors.main.foreignCaller',
};

/** The main messages translated word for word (a unit test finds each one in main's source). */
export const CATALOGUED_MAIN_MESSAGES: readonly string[] = Object.keys(EXACT);

const PATTERNS: { pattern: RegExp; id: MessageId; values: (match: RegExpExecArray) => MessageValues }[] = [
  { pattern: /^(.+) is already in your contacts with these keys\.$/, id: 'people.add.existing', values: (m) => ({ name: m[1] }) },
  { pattern: /^The vault is already open in (.+)\. Close it there first\.$/, id: 'errors.main.openElsewhere', values: (m) => ({ where: m[1] }) },
];

const GENERIC: Record<ErrorCode, MessageId> = {
  VALIDATION: 'errors.code.VALIDATION',
  FORBIDDEN: 'errors.code.FORBIDDEN',
  LOCKED: 'errors.code.LOCKED',
  WRONG_PASSPHRASE: 'errors.code.WRONG_PASSPHRASE',
  VAULT_DAMAGED: 'errors.code.VAULT_DAMAGED',
  VAULT_UNSUPPORTED: 'errors.code.VAULT_UNSUPPORTED',
  NOT_FOUND: 'errors.code.NOT_FOUND',
  CONFLICT: 'errors.code.CONFLICT',
  ROLLED_BACK: 'errors.code.ROLLED_BACK',
  IO: 'errors.code.IO',
  INTERNAL: 'errors.code.INTERNAL',
};

/** Main's error in the interface language (unchanged in English). */
export function localizeError(error: ApiError): ApiError {
  if (activeLocale() === 'en') return error;
  const exact = EXACT[error.message];
  if (exact) return { code: error.code, message: translate(exact) };
  for (const { pattern, id, values } of PATTERNS) {
    const match = pattern.exec(error.message);
    if (match) return { code: error.code, message: translate(id, values(match)) };
  }
  return { code: error.code, message: translate('errors.untranslated', { generic: translate(GENERIC[error.code] ?? GENERIC.INTERNAL), detail: error.message }) };
}
