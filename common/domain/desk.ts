import type { ImportedResponse, ReviewCopySummary } from './review-package';

// The desk folder (DESIGN §5b): a folder the newsroom shares where sealed review packages and
// decisions wait under random neutral names until their recipient imports them.

export type DeskItemKind = 'package' | 'response';

/** A desk file addressed to this vault, as the People screen lists it (nothing opened yet). */
export interface DeskItem {
  /** The file's name in the desk folder: 32 random hex digits and the kind's extension. */
  name: string;
  kind: DeskItemKind;
  /** When the file arrived in the folder (its modification time). */
  arrivedAt: string;
  bytes: number;
  /** When this vault imported it, or null. */
  importedAt: string | null;
}

export interface DeskSettingsView {
  /** The desk folder on this computer, or null when none is chosen. */
  folder: string | null;
  /** Whether the folder is there and readable right now. */
  reachable: boolean;
  /** Own packages and decisions are removed from the desk after this many days (packages sooner, once answered). */
  cleanupDays: number;
}

export interface DeskListing {
  folder: string | null;
  reachable: boolean;
  items: DeskItem[];
}

export const DESK_CLEANUP_DAYS = { min: 1, max: 90, default: 14 } as const;
/** 32 hex digits, then the kind's extension: anything else in the folder is not ours to read. */
export const DESK_FILE_NAME = /^[0-9a-f]{32}\.(snreview|snresponse)$/;

/** What an import from the desk brought in: a review copy, or decisions put on a draft. */
export type DeskImportResult = { kind: 'package'; copy: ReviewCopySummary } | ({ kind: 'response' } & ImportedResponse);
