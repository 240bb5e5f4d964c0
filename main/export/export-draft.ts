import { ShieldnoteError } from '../../common/api/errors';
import type { DraftImage } from '../../common/domain/draft-image';
import type { ExportPreview, ExportResult } from '../../common/domain/export-result';
import type { PubImage, PublishableDocument } from '../../common/document/publishable';
import { EXPORT_FORMAT_LABELS, exportFileName, exportImageName, exportSlug, type ExportFormat } from '../../common/export/export-format';
import { toDocx } from '../../common/export/docx-export';
import { serialize } from '../../common/export/serialize';
import type { LeakScanner } from '../../common/leak-guard/leak-scanner';
import { listDraftImages, readDraftImage } from '../features/draft-images';
import { storedDraft } from '../features/drafts';
import type { Vault } from '../vault/vault';
import { FINAL_EXPORT_STATUSES, auditOverride, gateFindings, openFindings, recordExport, requireFinalExportable, type GateFileKind } from './export-gate';
import { writeExportFiles, type ExportFile } from './export-writer';
import { docxText } from './docx-text';
import { scrubImage } from './image-scrub';

// Exporting a draft to files: the publishable document with its images under neutral names,
// serialized, gated, then written all or nothing beside each other in one folder.

export interface ExportContext {
  vault: Vault;
  scanner: LeakScanner;
  publishable: (draftId: string, images: PubImage[]) => Promise<PublishableDocument>;
  now: () => Date;
}

const GATE_KIND: Record<ExportFormat, GateFileKind> = { html: 'markup', nitf: 'markup', markdown: 'markdown', text: 'text', docx: 'markup' };
const EXT_OF_MIME: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

export interface PreparedExport {
  doc: PublishableDocument;
  fileName: string;
  /** The file's exact text; for Word, the words a reader sees (what the preview shows). */
  text: string;
  /** Word only: the exact bytes written, and every XML part of them for the gate. */
  binary?: { bytes: Uint8Array; xml: string };
  images: { image: DraftImage; pub: PubImage; bytes?: Uint8Array }[];
}

/**
 * Builds what an export writes or sends (WordPress too). With `scrub`, each image is read and re-encoded from its pixels
 * (sharp keeps the format, so names and types match what the preview showed without it).
 */
export async function prepareExport(ctx: ExportContext, draftId: string, format: ExportFormat, scrub: boolean): Promise<PreparedExport> {
  const draft = storedDraft(ctx.vault, draftId);
  const slug = exportSlug(draft.title);
  const images = await Promise.all(
    listDraftImages(ctx.vault, draftId).map(async (image, i) => {
      if (!scrub) {
        const pub: PubImage = { fileName: exportImageName(slug, i, EXT_OF_MIME[image.mimeType] ?? 'jpg'), caption: image.caption, credit: image.credit, alt: image.alt, mimeType: image.mimeType, width: image.width, height: image.height };
        return { image, pub };
      }
      const { data } = await readDraftImage(ctx.vault, draftId, image.id);
      const clean = await scrubImage(data, image.name);
      const pub: PubImage = { fileName: exportImageName(slug, i, clean.ext), caption: image.caption, credit: image.credit, alt: image.alt, mimeType: clean.mime, width: clean.width, height: clean.height };
      return { image, pub, bytes: clean.bytes };
    }),
  );
  const doc = await ctx.publishable(draftId, images.map((i) => i.pub));
  const fileName = exportFileName(slug, format);
  if (format === 'docx') {
    const bytes = await toDocx(doc, { date: ctx.now() });
    const { xml, reading } = docxText(bytes);
    return { doc, fileName, text: reading, binary: { bytes, xml }, images };
  }
  return { doc, fileName, text: serialize(doc, format, { date: ctx.now() }), images };
}

function gate(ctx: ExportContext, draftId: string, format: ExportFormat, prepared: PreparedExport) {
  // A Word file is scanned as the XML of every part of the exact bytes, and as the words a
  // reader sees (a name split across two runs is one word only there).
  const main = prepared.binary
    ? [{ name: prepared.fileName, kind: 'markup' as const, text: prepared.binary.xml }, { name: prepared.fileName, kind: 'text' as const, text: prepared.text }]
    : [{ name: prepared.fileName, kind: GATE_KIND[format], text: prepared.text }];
  return gateFindings(ctx.vault, ctx.scanner, draftId, prepared.doc, [
    ...main,
    ...prepared.images.map(({ pub }) => ({ name: pub.fileName, kind: 'binary' as const })),
  ]);
}

export async function previewExport(ctx: ExportContext, draftId: string, format: ExportFormat): Promise<ExportPreview> {
  const prepared = await prepareExport(ctx, draftId, format, false);
  const findings = gate(ctx, draftId, format, prepared);
  const status = storedDraft(ctx.vault, draftId).status;
  return {
    format,
    fileName: prepared.fileName,
    text: prepared.text,
    images: prepared.images.map((i) => i.pub),
    findings,
    openCount: openFindings(findings).length,
    status,
    finalAllowed: FINAL_EXPORT_STATUSES.includes(status),
  };
}

export interface ExportRequest {
  draftId: string;
  format: ExportFormat;
  /** Asked only once the export has passed the gate (a refusal needs no folder). */
  folder: () => Promise<string | null>;
  final: boolean;
  overrideReason?: string | undefined;
}

export async function exportDraftFiles(ctx: ExportContext, request: ExportRequest): Promise<ExportResult> {
  const { draftId, format, final } = request;
  if (final) await requireFinalExportable(ctx.vault, draftId);
  const prepared = await prepareExport(ctx, draftId, format, true);
  const open = openFindings(gate(ctx, draftId, format, prepared));
  const what = `${EXPORT_FORMAT_LABELS[format]} export`;
  if (open.length > 0 && request.overrideReason === undefined) return { status: 'refused', findings: open };
  const files: ExportFile[] = [
    { name: prepared.fileName, bytes: prepared.binary?.bytes ?? new TextEncoder().encode(prepared.text) },
    ...prepared.images.map(({ pub, bytes }) => {
      if (!bytes) throw new ShieldnoteError('INTERNAL', 'An image was not scrubbed.');
      return { name: pub.fileName, bytes };
    }),
  ];
  const folder = await request.folder();
  if (!folder) return { status: 'cancelled' };
  // Audited before anything is written: an override is on record even if the write then fails.
  if (open.length > 0) await auditOverride(ctx.vault, ctx.scanner, draftId, what, open, request.overrideReason ?? '');
  const written = await writeExportFiles(folder, files);
  const draftStatus = await recordExport(ctx.vault, draftId, { final, detail: `${what}, ${files.length} file(s)${open.length ? ', leak findings overridden' : ''}` });
  return { status: 'exported', folder, files: written, final, overridden: open.length > 0, draftStatus };
}
