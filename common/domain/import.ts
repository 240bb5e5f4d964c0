import { z } from 'zod';
import type { DocNode } from './draft';
import type { IdentityTermKind } from './source';
import { CHANNELS, STATEMENT_KINDS, saidOnSchema, tagSchema } from './statement';

// Material brought in from files the reporter already has: a Word document (as statements or as
// a new draft) and a messenger export (Telegram Desktop's result.json, WhatsApp's "Export chat").
// Main picks and reads the file; the renderer sees candidates, reviews them, and says which to
// save under which source. Identity terms found in the file are offered, never put in a label.

export const IMPORT_PURPOSES = ['statements', 'draft'] as const;
export type ImportPurpose = (typeof IMPORT_PURPOSES)[number];
export type ImportOrigin = 'word' | 'telegram' | 'whatsapp';

export const IMPORT_ORIGIN_LABELS: Record<ImportOrigin, string> = {
  word: 'Word document',
  telegram: 'Telegram export',
  whatsapp: 'WhatsApp export',
};

/** At most this many messages of one export become candidates (the rest is said, not hidden). */
export const IMPORT_MAX_CANDIDATES = 20_000;

export interface ImportMedia {
  name: string;
  mimeType: string;
  size: number;
}

export interface ImportCandidate {
  index: number;
  text: string;
  /** Index into `speakers`, or null (a paragraph of notes, a message with no sender). */
  speaker: number | null;
  /** From the message, to the day; null for Word notes. */
  saidOn: string | null;
  media: ImportMedia[];
}

export interface OfferedTerm {
  index: number;
  kind: IdentityTermKind;
  value: string;
}

export interface ImportSpeaker {
  index: number;
  /** The name the file gives (shown to the reporter here, never stored unless offered and kept as a term). */
  name: string;
  count: number;
  /** Phone numbers, handles, ids and names found for this speaker: identity terms to keep. */
  terms: OfferedTerm[];
}

export interface ImportWarnings {
  /** Word: the document's own metadata (author, company, last modified by, template…). */
  metadata: { field: string; value: string }[];
  comments: { author: string; text: string }[];
  /** Word: tracked changes. Insertions are in the text as it reads; deletions are not. */
  changes: { kind: 'insertion' | 'deletion'; author: string; text: string }[];
  /** A huge export: only the first `kept` of `total` messages are offered. */
  capped: { total: number; kept: number } | null;
  /** WhatsApp: how the dates were read when the file did not settle it. */
  dateOrder: { read: 'day-month' | 'month-day'; certain: boolean } | null;
  /** Media the file names but that could not be brought in (missing, too large, unsupported). */
  mediaSkipped: number;
}

export interface ImportedDraftPreview {
  title: string;
  byline: string;
  dateline: string;
  body: DocNode;
  images: number;
}

export interface ImportPreview {
  importId: string;
  origin: ImportOrigin;
  purpose: ImportPurpose;
  candidates: ImportCandidate[];
  speakers: ImportSpeaker[];
  draft: ImportedDraftPreview | null;
  warnings: ImportWarnings;
}

export type ReadImportResult = { status: 'cancelled' } | ({ status: 'ready' } & ImportPreview);

const importId = z.string().regex(/^[0-9a-f]{32}$/, 'Malformed id');
const id = z.string().regex(/^[0-9a-f]{32}$/, 'Choose a source');
const index = z.number().int().min(0).max(IMPORT_MAX_CANDIDATES);

export const saveImportedStatementsSchema = z.strictObject({
  importId,
  /** One entry a candidate to save; candidates left out (skipped speakers, "me") are not saved. */
  statements: z
    .array(z.strictObject({ index, sourceId: id, kind: z.enum(STATEMENT_KINDS) }))
    .min(1, 'Choose at least one statement to save')
    .max(IMPORT_MAX_CANDIDATES),
  /** For Word notes (messages carry their own date and are always "messenger"). */
  saidOn: saidOnSchema.nullable(),
  channel: z.enum(CHANNELS),
  tags: z.array(tagSchema).max(30, 'At most 30 tags'),
  /** Offered terms to keep, by speaker and term index; main takes the values from the file. */
  identityTerms: z.array(z.strictObject({ speaker: index, term: z.number().int().min(0).max(199), sourceId: id })).max(2_000),
  /** Required when the file carried comments or tracked changes: the reporter has seen them. */
  reviewedWarnings: z.boolean(),
});

export const saveImportedDraftSchema = z.strictObject({ importId, reviewedWarnings: z.boolean() });

export interface ImportSaved {
  statements: number;
  attachments: number;
  identityTerms: number;
  /** Statement ids, or the new draft's id. */
  ids: string[];
  /** Main can offer to delete the file it read (only the one picked in this import). */
  canDeleteOriginal: boolean;
}

