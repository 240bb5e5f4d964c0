import type { Draft } from './draft';
import type { CorroborationLink } from './review';
import type { Source } from './source';
import type { Statement } from './statement';

// Review packages as the renderer sees them (main/review-packages/, docs/review-packages.md).

/** An editor's read-only copy of a draft imported from a review package. */
export interface ReviewCopySummary {
  id: string;
  packageId: string;
  title: string;
  from: { name: string; fingerprint: string };
  importedAt: string;
  /** How many sources' identities came with the package (0 when the reporter left them out). */
  identitySourceCount: number;
  /** When the editor last saved their decisions as a response file. */
  responseSentAt: string | null;
}

/**
 * Everything the review screen needs from a copy, in the same shapes as a local draft's: the
 * package leaves out reporter's notes, tags and attachments, so those are empty here.
 */
export interface ReviewCopyMaterial {
  copy: ReviewCopySummary;
  draft: Draft;
  statements: Statement[];
  sources: Source[];
  corroborations: CorroborationLink[];
}

/** A review package this vault sent, for the drafts screen. */
export interface SentPackageSummary {
  packageId: string;
  draftId: string;
  editor: string;
  sentAt: string;
  includesIdentities: boolean;
  answeredAt: string | null;
}

export interface SavedFile {
  /** Null when the user cancelled the file dialog. */
  path: string | null;
}

export interface ImportedPackage {
  /** Null when the user cancelled the file dialog. */
  copy: ReviewCopySummary | null;
}

export interface ImportedResponse {
  /** Null when the user cancelled the file dialog. */
  draftId: string | null;
  editor?: string;
  decisions?: number;
}
