import type { Source } from './source';

// Travel mode and identity burn, as the renderer sees them: states and outcomes, never a term.

export type SealedTo = 'recovery-key' | 'travel-key';

export interface TravelFileInfo {
  path: string;
  sealedTo: SealedTo;
}

export interface TravelStatus {
  /** True while the identities are away: sealed in a travel file, gone from this device. */
  away: boolean;
  since: string | null;
  sealedTo: SealedTo | null;
  /** Sources whose identity is in the travel file (while away) or on this device (otherwise). */
  sources: number;
  /** Review copies whose identities (from their reporter) are in the travel file, or on this device. */
  reviewCopies: number;
  /** Travel files for this vault that this installation wrote and that are still on this device. */
  filesOnDevice: TravelFileInfo[];
  /** Sources whose identity was burned: never restored. */
  burned: number;
}

export type TravelOutcome = { done: false } | { done: true; path: string; sources: number; reviewCopies: number; status: TravelStatus };

export type RestoreOutcome =
  | { done: false }
  | { done: true; restored: number; skippedBurned: number; skippedDeleted: number; copiesRestored: number; fileDeleted: boolean; path: string; status: TravelStatus };

export interface BurnOutcome {
  /** The source as it is now: label, profile and statements kept, no identity. */
  source: Source;
  /** Travel files on this device that held the identity and were rewritten without it. */
  travelFilesRewritten: number;
  /** Backups replaced by one written after the burn. */
  backupsReplaced: boolean;
}
