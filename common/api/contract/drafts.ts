import { z } from 'zod';
import { docSchema, type Draft, DRAFT_STATUSES, type DraftMeta, draftMetaFieldsSchema } from '../../domain/draft';
import { draftLanguageSchema } from '../../domain/language';
import { id, method, noInput } from './fields';

// Drafts: list, create, autosave, status, language and linked translations (drafts area).

export const draftsMethods = {
  listDrafts: method<DraftMeta[]>()(noInput),
  createDraft: method<Draft>()(draftMetaFieldsSchema.partial()),
  getDraft: method<Draft>()(z.strictObject({ id })),
  /**
   * Autosave: writes only this draft's record file. `baseRevision` is the revision the editor
   * started from; if the draft changed since (another window), the save is refused with CONFLICT.
   */
  saveDraftBody: method<DraftMeta>()(z.strictObject({ id, baseRevision: z.number().int().min(0), body: docSchema })),
  saveDraftMeta: method<DraftMeta>()(draftMetaFieldsSchema.extend({ id })),
  setDraftStatus: method<DraftMeta>()(z.strictObject({ id, status: z.enum(DRAFT_STATUSES) })),
  /** The language the draft is written in: its attributions render by that language's rules. */
  setDraftLanguage: method<DraftMeta>()(z.strictObject({ id, language: draftLanguageSchema })),
  /** "Translate…": a linked draft in another language with the same citations in order and no words. */
  translateDraft: method<Draft>()(z.strictObject({ id, language: draftLanguageSchema })),
};
