// Result types of the API. Plain JSON-safe data: the renderer sees nothing else.

export interface KdfSummary {
  algorithm: 'argon2id13';
  opsLimit: number;
  memLimitMiB: number;
  /** How long one derivation took when the vault was created: drives the unlock progress bar. */
  calibratedMs: number;
}

export type VaultState = 'absent' | 'locked' | 'unlocked';

export interface VaultStatus {
  path: string;
  state: VaultState;
  /** The vault's display name lives in the encrypted catalog, so it is only known when unlocked. */
  name: string | null;
  createdAt: string | null;
  kdf: KdfSummary | null;
  /** True between creation and the user re-typing the recovery key. */
  recoveryKeyPending: boolean;
  /** True after unlocking with the recovery key, until a new passphrase is set (or skipped). */
  passphraseResetSuggested?: boolean;
  /** True while the identities are away (travel mode). */
  identitiesAway?: boolean;
  /** The sample vault (common/domain/sample-vault.ts): marked as such on every screen. */
  sample?: boolean;
}

export interface KnownVault {
  path: string;
  isDefault: boolean;
  exists: boolean;
  lastOpenedAt: string | null;
  /** The sample vault's folder. */
  sample?: boolean;
}

export interface CreatedVault {
  status: VaultStatus;
  /** Shown once; main keeps it only until the user confirms it. */
  recoveryKey: string;
}

export interface ClipboardCopy {
  clearsAfterSeconds: number;
}

export interface PickedFolder {
  path: string | null;
}

export interface Preferences {
  /** How long a revealed identity stays on screen. */
  identityRevealSeconds: number;
  /**
   * Regions the newsroom reports from (ISO 3166 codes such as KR, CN): a phone stored in
   * national format is also looked for in those regions' international forms.
   */
  newsroomRegions: string[];
}
