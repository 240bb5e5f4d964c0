import type { PubImage, PublishableDocument } from '../document/publishable';
import type { ExportFormat } from '../export/export-format';
import type { DraftStatus } from './draft';
import type { LeakReportFinding } from './leak-report';

/** What an export will write, shown before it happens: the same bytes, the same gate. */
export interface ExportPreview {
  format: ExportFormat;
  /** False: a working copy, named as one ("…-working-copy.html"). */
  final: boolean;
  fileName: string;
  /** The story as a reader sees it (the document every format serializes): the preview renders this, the file's text on request. */
  document: PublishableDocument;
  text: string;
  images: PubImage[];
  /** Every finding of the gate; `openCount` of them would refuse the export. */
  findings: LeakReportFinding[];
  /** Findings held back past the session's budget (a count only); they refuse the export too. */
  withheld: number;
  openCount: number;
  status: DraftStatus;
  /** Whether the draft's status allows a final export (approved, or already exported). */
  finalAllowed: boolean;
}

export type ExportResult =
  /** `renamed`: files of the same names were already in the folder, so these took the next free version (nothing was replaced). */
  | { status: 'exported'; folder: string; files: string[]; renamed: boolean; final: boolean; overridden: boolean; draftStatus: DraftStatus }
  /** The gate found open leaks: nothing was written. */
  | { status: 'refused'; findings: LeakReportFinding[]; withheld: number }
  /** The reporter closed the folder picker. */
  | { status: 'cancelled' };
