import { z } from 'zod';
import { type DraftImage, draftImageFieldsSchema } from '../../domain/draft-image';
import type { ExportPreview, ExportResult } from '../../domain/export-result';
import { type WordPressPublication, type WordPressPublishResult, wordPressSettingsInputSchema, type WordPressSettingsView } from '../../domain/wordpress';
import { EXPORT_FORMATS } from '../../export/export-format';
import { base64, fileName, id, method, noInput } from './fields';

// Export and publish: draft images, export preview and files, WordPress (export area).

export const exportMethods = {
  /** Images that go out with a draft (the bytes stay encrypted; exports scrub them). */
  listDraftImages: method<DraftImage[]>()(z.strictObject({ draftId: id })),
  /** Refused (VALIDATION) unless the file is a JPEG, PNG or WebP that can be scrubbed. */
  addDraftImage: method<DraftImage[]>()(
    draftImageFieldsSchema.extend({
      draftId: id,
      name: fileName,
      dataBase64: base64,
    }),
  ),
  updateDraftImage: method<DraftImage[]>()(draftImageFieldsSchema.extend({ draftId: id, imageId: id })),
  removeDraftImage: method<DraftImage[]>()(z.strictObject({ draftId: id, imageId: id })),
  getDraftImage: method<{ mimeType: string; dataBase64: string }>()(z.strictObject({ draftId: id, imageId: id })),
  /** The exact text an export would write, and the gate's findings on it; writes nothing. */
  previewExport: method<ExportPreview>()(z.strictObject({ draftId: id, format: z.enum(EXPORT_FORMATS), final: z.boolean().optional() })),
  /**
   * Gates, then writes the files into the folder the reporter picks in main's own dialog (no
   * request field can name one), never replacing a file already there. Open leak findings
   * refuse it unless `override` gives a reason (audited). `final` needs approval.
   */
  exportDraft: method<ExportResult>()(
    z.strictObject({
      draftId: id,
      format: z.enum(EXPORT_FORMATS),
      final: z.boolean(),
      override: z.strictObject({ reason: z.string().trim().min(3, 'Say why this export may go out').max(500) }).optional(),
    }),
  ),

  /** The saved site and user, and the last 4 characters of the application password only. */
  getWordPressSettings: method<{ settings: WordPressSettingsView | null }>()(noInput),
  /** Saves (replaces) the settings; without `applicationPassword` the saved one is kept. No network. */
  saveWordPressSettings: method<WordPressSettingsView>()(wordPressSettingsInputSchema),
  forgetWordPressSettings: method<{ forgotten: true }>()(noInput),
  /** The WordPress post a draft was published as (re-publishing updates it). */
  getWordPressPublication: method<{ publication: WordPressPublication | null }>()(z.strictObject({ draftId: id })),
  /**
   * Publishes an approved draft as a WordPress draft post (images first). Gated like exports:
   * open findings refuse it unless `override` gives a reason (audited). The only network request.
   */
  publishToWordPress: method<WordPressPublishResult>()(
    z.strictObject({
      draftId: id,
      override: z.strictObject({ reason: z.string().trim().min(3, 'Say why this may go out').max(500) }).optional(),
    }),
  ),
};
