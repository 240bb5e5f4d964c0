import { z } from 'zod';
import type { AuditEntry } from '../../domain/audit';
import { identityTermsSchema, type RevealedIdentity } from '../../domain/identity';
import type { DeleteOutcome, SearchResult, TagCount } from '../../domain/search';
import { type Source, sourceFieldsSchema } from '../../domain/source';
import { CHANNELS, saidOnSchema, type Statement, STATEMENT_KINDS, statementFieldsSchema, tagSchema } from '../../domain/statement';
import type { ClipboardCopy } from '../types';
import { base64, fileName, id, method, noInput, passphrase } from './fields';

// Sources, identities, statements, attachments, search, deletion and the audit log (library area).

/** Pasted notes saved in one go (text and notes of every statement): a long interview transcript is ~200,000. */
export const SAVE_STATEMENTS_MAX_CHARS = 500_000;

const itemKind = z.enum(['source', 'statement', 'draft']);

export const libraryMethods = {
  listSources: method<Source[]>()(z.strictObject({ includeArchived: z.boolean().optional() })),
  /** Creates a source when `id` is absent, otherwise replaces its profile fields. */
  saveSource: method<Source>()(sourceFieldsSchema.extend({ id: id.optional() })),
  /** Asks for the passphrase again; every reveal (and refusal) is audited. */
  revealIdentity: method<RevealedIdentity>()(z.strictObject({ sourceId: id, passphrase })),
  hideIdentity: method<{ hidden: true }>()(z.strictObject({ sourceId: id })),
  /** Replaces the identity terms. Allowed for a source with none yet, or while it is revealed. */
  saveIdentity: method<Source>()(z.strictObject({ sourceId: id, terms: identityTermsSchema })),
  /** Main copies the term; the clipboard is cleared later if it still holds it. Needs a reveal. */
  copyIdentityTerm: method<ClipboardCopy>()(z.strictObject({ sourceId: id, index: z.number().int().min(0).max(199) })),

  listStatements: method<Statement[]>()(z.strictObject({ sourceId: id.optional(), includeArchived: z.boolean().optional() })),
  getStatement: method<Statement>()(z.strictObject({ id })),
  /** Creates a statement when `id` is absent; a changed text moves the old one into history. */
  saveStatement: method<Statement>()(statementFieldsSchema.extend({ id: id.optional() })),
  /** Saves several new statements at once (paste-and-split capture): all or none. */
  saveStatements: method<Statement[]>()(
    z.strictObject({
      statements: z
        .array(statementFieldsSchema)
        .min(1)
        .max(500, 'At most 500 statements at once')
        .refine((list) => list.reduce((n, s) => n + s.text.length + s.notes.length, 0) <= SAVE_STATEMENTS_MAX_CHARS, `Paste at most ${SAVE_STATEMENTS_MAX_CHARS.toLocaleString('en')} characters of notes at once`),
    }),
  ),
  addAttachment: method<Statement>()(
    z.strictObject({
      statementId: id,
      name: fileName,
      mimeType: z.string().max(100).regex(/^[\w.+-]+\/[\w.+-]+$|^$/, 'Not a media type'),
      dataBase64: base64,
    }),
  ),
  getAttachment: method<{ name: string; mimeType: string; dataBase64: string }>()(z.strictObject({ statementId: id, attachmentId: id })),
  removeAttachment: method<Statement>()(z.strictObject({ statementId: id, attachmentId: id })),

  search: method<SearchResult>()(
    z.strictObject({
      query: z.string().max(500),
      sourceId: id.optional(),
      kinds: z.array(z.enum(STATEMENT_KINDS)).max(3).optional(),
      channels: z.array(z.enum(CHANNELS)).max(5).optional(),
      tags: z.array(tagSchema).max(30).optional(),
      from: saidOnSchema.optional(),
      to: saidOnSchema.optional(),
      types: z.array(z.enum(['statement', 'source'])).max(2).optional(),
      limit: z.number().int().min(1).max(1000).optional(),
    }),
  ),
  listTags: method<TagCount[]>()(noInput),

  /** Deletes (undoable until lock) unless a draft cites it; then lists the drafts instead. */
  deleteItem: method<DeleteOutcome>()(z.strictObject({ kind: itemKind, id })),
  setArchived: method<{ archived: boolean }>()(z.strictObject({ kind: itemKind, id, archived: z.boolean() })),
  undoDelete: method<{ restored: true }>()(z.strictObject({ kind: itemKind, id })),
  listAudit: method<AuditEntry[]>()(z.strictObject({ limit: z.number().int().min(1).max(10_000).optional() })),
};
