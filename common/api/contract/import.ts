import { z } from 'zod';
import { IMPORT_PURPOSES, type ImportSaved, type ReadImportResult, saveImportedDraftSchema, saveImportedStatementsSchema } from '../../domain/import';
import { id, method } from './fields';

// Word and messenger imports (import area).

export const importMethods = {
  /**
   * Main asks for the file (Word, Telegram result.json, WhatsApp .txt/.zip), reads it within its
   * size budgets and answers the candidates to review. Nothing is saved; the path stays in main.
   */
  readImport: method<ReadImportResult>()(z.strictObject({ purpose: z.enum(IMPORT_PURPOSES) })),
  /** Saves the chosen candidates (texts, dates and media from the file) all or nothing. */
  saveImportedStatements: method<ImportSaved>()(saveImportedStatementsSchema),
  /** Saves a Word document read for a draft as a new draft (its images as draft images). */
  saveImportedDraft: method<ImportSaved>()(saveImportedDraftSchema),
  /** After a save: main asks the user itself, then overwrites and removes the file it read. */
  deleteImportedOriginal: method<{ deleted: boolean }>()(z.strictObject({ importId: id })),
  /** Forgets a read import without saving it. */
  discardImport: method<{ discarded: true }>()(z.strictObject({ importId: id })),
};
