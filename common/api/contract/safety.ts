import { z } from 'zod';
import type { BurnOutcome, RestoreOutcome, TravelOutcome, TravelStatus } from '../../domain/travel';
import type { BackupInfo, BackupRestoreOutcome, LockNotice, RollbackWarning, SafetySettings, VerifyReport } from '../../domain/vault-health';
import type { CreatedVault, VaultStatus } from '../types';
import { id, method, noInput, passphrase, recoveryKey } from './fields';

// Passphrase, recovery key, travel mode, burn, backups, rollback and auto-lock (safety area).

export const safetyMethods = {
  /** Rewraps the vault key with a new passphrase (KDF recalibrated); the data is not re-encrypted. */
  changePassphrase: method<VaultStatus>()(z.strictObject({ currentPassphrase: passphrase, newPassphrase: passphrase })),
  /** Sets a new passphrase without the old one: only right after unlocking with the recovery key. */
  setPassphraseAfterRecovery: method<VaultStatus>()(z.strictObject({ newPassphrase: passphrase })),
  /** A new recovery key replaces the old one (which stops working); shown once, then confirmed. */
  replaceRecoveryKey: method<CreatedVault>()(z.strictObject({ passphrase })),
  getTravelStatus: method<TravelStatus>()(noInput),
  /** A fresh travel key, shown once to print; main keeps it until travel mode starts or the vault locks. */
  createTravelKey: method<{ travelKey: string }>()(noInput),
  /** Seals the identities into a travel file (main asks where), then removes them from the vault and every backup. */
  enterTravelMode: method<TravelOutcome>()(z.strictObject({ sealTo: z.enum(['recovery-key', 'travel-key']), key: recoveryKey })),
  /** Brings the identities back from a travel file (main asks which); burned sources are skipped. */
  restoreFromTravel: method<RestoreOutcome>()(z.strictObject({ key: recoveryKey, deleteFile: z.boolean() })),
  /** Destroys one source's identity everywhere on this device. `confirmation` is the source's label; main checks the passphrase. */
  burnIdentity: method<BurnOutcome>()(z.strictObject({ sourceId: id, confirmation: z.string().max(400), passphrase, key: recoveryKey.optional() })),

  getSafetySettings: method<SafetySettings>()(noInput),
  updateSafetySettings: method<SafetySettings>()(
    z.strictObject({
      autoLockMinutes: z.number().int().min(1, 'At least 1 minute').max(240, 'At most 4 hours').optional(),
      backupsKept: z.number().int().min(1, 'Keep at least 1 backup').max(100, 'At most 100 backups').optional(),
      backupIntervalMinutes: z.number().int().min(1, 'At least 1 minute').max(1440, 'At most a day').optional(),
      contentProtection: z.boolean().optional(),
    }),
  ),
  /** The vault's backups, newest first: time and size only. Works while locked. */
  listBackups: method<BackupInfo[]>()(noInput),
  backUpNow: method<BackupInfo>()(noInput),
  /** Decrypts every file of the vault and of every backup and reports what is damaged. */
  verifyVault: method<VerifyReport>()(noInput),
  /**
   * Restores the newest intact backup (or the one named); the replaced files are moved aside. While
   * unlocked the open vault's keys check the backups and the vault locks; while locked the secret does
   * and the restored vault opens.
   */
  restoreBackup: method<{ outcome: BackupRestoreOutcome; status: VaultStatus }>()(
    z.strictObject({
      backupId: z.string().regex(/^\d{8}T\d{9}Z-[0-9a-f]{8}$/, 'Malformed backup id').optional(),
      passphrase: passphrase.optional(),
      recoveryKey: recoveryKey.optional(),
    }),
  ),
  /** After unlock answered CONFLICT for an older copy: what it was and what this computer saw. */
  getRollbackWarning: method<{ warning: RollbackWarning | null }>()(noInput),
  resolveRollback: method<{ status: VaultStatus; restored: BackupRestoreOutcome | null }>()(
    z.strictObject({ choice: z.enum(['continue', 'restore', 'cancel']) }),
  ),
  /** Long poll: resolves when main wants the vault locked (idle, suspend, screen lock, panic) or it locked. */
  awaitLock: method<LockNotice>()(noInput),
};
