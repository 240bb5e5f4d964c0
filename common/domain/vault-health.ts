// What "Verify vault" and the backups screen show. Files are named by their place in the vault
// folder and described neutrally (never by a source's name or a file name the user chose).

export interface DamagedFile {
  /** Path inside the vault folder, e.g. "records/3f…a1.snr" or "backups/2025…/catalog.snc". */
  file: string;
  /** What the file holds, e.g. "the text of a draft" or "an attachment of a statement". */
  what: string;
  /** Why it failed, e.g. "it failed authentication". */
  problem: string;
}

export interface BackupInfo {
  id: string;
  createdAt: string;
  sizeBytes: number;
}

export interface BackupCheck extends BackupInfo {
  intact: boolean;
  damaged: DamagedFile[];
}

export interface VerifyReport {
  checkedAt: string;
  /** How many files were decrypted and checked, backups included. */
  filesChecked: number;
  /** Damage in the vault itself (not its backups). */
  damaged: DamagedFile[];
  backups: BackupCheck[];
  newestIntactBackup: BackupInfo | null;
}

export interface BackupRestoreOutcome {
  restored: BackupInfo;
  /** Where the replaced files were moved (inside the vault folder); nothing is deleted. */
  damagedFolder: string;
}

/** Reported at unlock when the vault on disk is older than the newest this installation saw. */
export interface RollbackWarning {
  seenGeneration: string;
  seenAt: string;
  foundGeneration: string;
  foundSavedAt: string;
}

export type LockReason = 'user' | 'idle' | 'suspend' | 'screen-lock' | 'panic';

/** What `awaitLock` answers: main wants the vault locked (locked: false), or it is locked. */
export interface LockNotice {
  reason: LockReason;
  locked: boolean;
}

/** Per-vault settings of the safety features (stored encrypted in the vault). */
export interface SafetySettings {
  autoLockMinutes: number;
  backupsKept: number;
  backupIntervalMinutes: number;
  contentProtection: boolean;
}

export const DEFAULT_SAFETY_SETTINGS: SafetySettings = {
  autoLockMinutes: 5,
  backupsKept: 10,
  backupIntervalMinutes: 5,
  contentProtection: true,
};
