import type { InputOf, ResultOf } from '../../../common/api/contract';
import type { DraftImage } from '../../../common/domain/draft-image';
import type { ExportPreview, ExportResult } from '../../../common/domain/export-result';
import type { LeakReport } from '../../../common/domain/leak-report';
import type { WordPressPublication, WordPressPublishResult, WordPressSettingsView } from '../../../common/domain/wordpress';
import { buildPublishable, type PublishableDocument, type PubImage } from '../../../common/document/publishable';
import { exportDraftFiles, previewExport, type ExportContext } from '../../export/export-draft';
import { gateContext } from '../../export/export-gate';
import { acronymReadingsOf } from '../../features/acronym-readings';
import { addDraftImage, listDraftImages, readDraftImage, removeDraftImage, updateDraftImage } from '../../features/draft-images';
import { getDraft } from '../../features/drafts';
import { scanPublishable } from '../../features/leak-guard';
import { listSources } from '../../features/sources';
import { listStatements } from '../../features/statements';
import { forgetWordPressSettings, getWordPressPublication, getWordPressSettings, publishToWordPress, saveWordPressSettings } from '../../features/wordpress';
import type { ServiceContext } from '../service-context';

// The ways out: the publishable document, its images, the export files and WordPress. Every one
// passes the export gate (main/export/export-gate.ts).

export class ExportArea {
  constructor(private readonly ctx: ServiceContext) {}

  async listDraftImages(input: InputOf<'listDraftImages'>): Promise<DraftImage[]> {
    return listDraftImages(this.ctx.requireVault(), input.draftId);
  }

  async addDraftImage(input: InputOf<'addDraftImage'>): Promise<DraftImage[]> {
    const { draftId, name, dataBase64, ...fields } = input;
    return addDraftImage(this.ctx.requireVault(), draftId, { name, data: Buffer.from(dataBase64, 'base64') }, fields);
  }

  async updateDraftImage(input: InputOf<'updateDraftImage'>): Promise<DraftImage[]> {
    const { draftId, imageId, ...fields } = input;
    return updateDraftImage(this.ctx.requireVault(), draftId, imageId, fields);
  }

  async removeDraftImage(input: InputOf<'removeDraftImage'>): Promise<DraftImage[]> {
    return removeDraftImage(this.ctx.requireVault(), input.draftId, input.imageId);
  }

  async getDraftImage(input: InputOf<'getDraftImage'>): Promise<ResultOf<'getDraftImage'>> {
    const { image, data } = await readDraftImage(this.ctx.requireVault(), input.draftId, input.imageId);
    return { mimeType: image.mimeType, dataBase64: Buffer.from(data).toString('base64') };
  }

  async previewExport(input: InputOf<'previewExport'>): Promise<ExportPreview> {
    return previewExport(await this.exportContext(), input.draftId, input.format, input.final ?? false);
  }

  async exportDraft(input: InputOf<'exportDraft'>): Promise<ExportResult> {
    // Only main's own picker names the folder: the CLI's platform answers it with --out.
    const folder = () => this.ctx.platform.pickFolder('export');
    return exportDraftFiles(await this.exportContext(), { ...input, folder, overrideReason: input.override?.reason });
  }

  async getWordPressSettings(): Promise<{ settings: WordPressSettingsView | null }> {
    return { settings: getWordPressSettings(this.ctx.requireVault()) };
  }

  async saveWordPressSettings(input: InputOf<'saveWordPressSettings'>): Promise<WordPressSettingsView> {
    return saveWordPressSettings(this.ctx.requireVault(), input);
  }

  async forgetWordPressSettings(): Promise<{ forgotten: true }> {
    await forgetWordPressSettings(this.ctx.requireVault());
    return { forgotten: true };
  }

  async getWordPressPublication(input: InputOf<'getWordPressPublication'>): Promise<{ publication: WordPressPublication | null }> {
    return { publication: getWordPressPublication(this.ctx.requireVault(), input.draftId) };
  }

  async publishToWordPress(input: InputOf<'publishToWordPress'>): Promise<WordPressPublishResult> {
    return publishToWordPress(await this.exportContext(), input.draftId, input.override?.reason);
  }

  /** What exports (files here, WordPress in its own module) need from the open vault. */
  async exportContext(): Promise<ExportContext> {
    const session = this.ctx.requireSession();
    return { vault: session.vault, scanner: await session.leakScanner(), disclosures: session.leakDisclosures, publishable: (id, images) => this.publishableDocument(id, images), now: this.ctx.now };
  }

  /** The publishable document of a draft: what the preview shows and every export serializes. */
  async publishableDocument(draftId: string, images: PubImage[] = []): Promise<PublishableDocument> {
    const vault = this.ctx.requireVault();
    const { meta, body } = await getDraft(vault, draftId);
    const statements = new Map(listStatements(vault, { includeArchived: true }).map((s) => [s.id, s]));
    const labels = new Map(listSources(vault, true).map((s) => [s.id, s.label]));
    return buildPublishable(meta, body, statements, labels, images, acronymReadingsOf(vault));
  }

  /** The export gate's scan of a finished document, every field a reader can see (dismissals apply). */
  async gateScan(doc: PublishableDocument, draftId?: string): Promise<LeakReport['findings']> {
    const session = this.ctx.requireSession();
    const { labelOf, dismissed } = gateContext(session.vault, draftId);
    return scanPublishable(await session.leakScanner(), doc, labelOf, dismissed);
  }
}
