import type { DraftStatus } from './draft';
import type { SourceLabel } from './source';

// The desk page (the first page after unlocking; not the shared desk folder of review-packages): what needs the reporter or editor now. One answer,
// computed in main, each list bounded (DESK_LIMITS) so a large vault answers as fast as a small one.

export const DESK_LIMITS = {
  drafts: 30,
  packages: 10,
  sources: 20,
  statements: 5,
} as const;

/** What stands between a draft and its next step. */
export interface DraftBlockers {
  /** Citations an editor flagged. */
  flagged: number;
  /** Leak-guard findings still open (not dismissed), label issues included. */
  openLeaks: number;
  /** Approvals an edit reopened since they were given. */
  reopened: number;
  /** In review, every citation decided, but nobody signed off yet. */
  missingSignOff: boolean;
}

export interface DeskDraft {
  id: string;
  title: string;
  status: DraftStatus;
  updatedAt: string;
  citationCount: number;
  blockers: DraftBlockers;
}

/** Review packages out and answers back (reporter), copies waiting for a response (editor). */
export interface DeskPackages {
  /** Packages sent whose answer has not come back. */
  awaitingAnswer: { packageId: string; draftId: string; title: string; editor: string; sentAt: string }[];
  /** Copies received for review that have no response saved yet. */
  toReview: { copyId: string; title: string; from: string; importedAt: string }[];
}

export type DeskSourceIssue = 'small-pool' | 'bare-label' | 'no-identity';

export interface DeskSource {
  id: string;
  label: SourceLabel;
  nickname: string;
  poolSize: number | null;
  /** Each reason this source needs a look; no-identity only for sources cited in a draft. */
  issues: DeskSourceIssue[];
}

export interface DeskSafety {
  newestBackup: { createdAt: string } | null;
  lastVerify: { at: string; damaged: number } | null;
  travel: { away: boolean; since: string | null };
}

export interface DeskStatement {
  id: string;
  sourceId: string;
  text: string;
  createdAt: string;
}

export interface DeskOverview {
  counts: { sources: number; statements: number; drafts: number };
  drafts: DeskDraft[];
  /** How many drafts there are past DESK_LIMITS.drafts (the drafts page lists them all). */
  moreDrafts: number;
  packages: DeskPackages;
  sources: DeskSource[];
  moreSources: number;
  safety: DeskSafety;
  recentStatements: DeskStatement[];
}
