import type { ChatSpeaker } from '../../common/capture/chat-messages';
import type { ImportOrigin, ImportPreview, ImportPurpose, ImportWarnings } from '../../common/domain/import';
import type { WordDraft } from './word-html';

// An import read by main and waiting for the reporter's review. It stays in main's memory only
// (dropped when the vault locks or another file is read), with the path of the one file main
// itself opened: the only file "delete the original" may touch.

export interface PendingMedia {
  name: string;
  mimeType: string;
  size: number;
  load: () => Promise<Uint8Array>;
}

export interface PendingCandidate {
  text: string;
  speaker: number | null;
  saidOn: string | null;
  media: PendingMedia[];
}

export interface PendingImport {
  id: string;
  /** The file main picked and read; never taken from a request. */
  path: string;
  origin: ImportOrigin;
  purpose: ImportPurpose;
  candidates: PendingCandidate[];
  speakers: ChatSpeaker[];
  draft: (WordDraft & { imageData: PendingMedia[] }) | null;
  warnings: ImportWarnings;
  saved: boolean;
}

/** What the review screen needs (no bytes, no path). */
export function previewOf(p: PendingImport): ImportPreview {
  return {
    importId: p.id,
    origin: p.origin,
    purpose: p.purpose,
    candidates: p.candidates.map((c, index) => ({ index, text: c.text, speaker: c.speaker, saidOn: c.saidOn, media: c.media.map(({ name, mimeType, size }) => ({ name, mimeType, size })) })),
    speakers: p.speakers.map(({ index, name, count, terms }) => ({ index, name, count, terms })),
    draft: p.draft ? { title: p.draft.title, byline: p.draft.byline, dateline: p.draft.dateline, body: p.draft.body, images: p.draft.imageData.length } : null,
    warnings: p.warnings,
  };
}

export function hasReviewWarnings(p: PendingImport): boolean {
  return p.warnings.comments.length > 0 || p.warnings.changes.length > 0;
}
