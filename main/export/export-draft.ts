import { ShieldnoteError } from '../../common/api/errors';
import type { DraftImage } from '../../common/domain/draft-image';
import type { ExportPreview, ExportResult } from '../../common/domain/export-result';
import type { PubImage, PublishableDocument } from '../../common/document/publishable';
import { EXPORT_FORMAT_LABELS, exportFileName, exportImageName, exportSlug, type ExportFormat } from '../../common/export/export-format';
import { serialize } from '../../common/export/serialize';
import type { LeakScanner } from '../../common/leak-guard/leak-scanner';
import type { LeakDisclosures } from '../features/leak-disclosure';
import { listDraftImages, readDraftImage } from '../features/draft-images';
import { storedDraft } from '../features/drafts';
import type { Vault } from '../vault/vault';
import type { LeakReportFinding } from '../../common/domain/leak-report';
import { FINAL_EXPORT_STATUSES, auditOverride, gateFindings, gateScan, openFindings, recordExport, requireFinalExportable, type GateFile, type GateFileKind } from './export-gate';
import { writeExportFiles, type ExportFile } from './export-writer';
import { scrubImage } from './image-scrub';

// Exporting a draft to files: the publishable document with its images under neutral names,
// serialized, gated, then written all or nothing beside each other in one folder.

export interface ExportContext {
  vault: Vault;
  scanner: LeakScanner;
  /** The session's leak-guard budget: every finding the renderer sees passes it. */
  disclosures: LeakDisclosures;
  publishable: (draftId: string, images: PubImage[]) => Promise<PublishableDocument>;
  now: () => Date;
}

const GATE_KIND: Record<ExportFormat, GateFileKind> = { html: 'markup', nitf: 'markup', markdown: 'markdown', text: 'text' };
const EXT_OF_MIME: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

export interface PreparedExport {
  doc: PublishableDocument;
  fileName: string;
  text: string;
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
  return { doc, fileName: exportFileName(slug, format), text: serialize(doc, format, { date: ctx.now() }), images };
}

/** The gate's findings of every file format, before the budget: what a reveal with the passphrase shows. */
export async function everyGateFinding(ctx: ExportContext, draftId: string): Promise<LeakReportFinding[]> {
  const out: LeakReportFinding[] = [];
  for (const format of Object.keys(GATE_KIND) as ExportFormat[]) {
    const prepared = await prepareExport(ctx, draftId, format, false);
    out.push(...gateScan(ctx.vault, ctx.scanner, draftId, prepared.doc, gateFiles(format, prepared)));
  }
  return out;
}

function gateFiles(format: ExportFormat, prepared: PreparedExport): GateFile[] {
  return [
    { name: prepared.fileName, kind: GATE_KIND[format], text: prepared.text },
    ...prepared.images.map(({ pub }) => ({ name: pub.fileName, kind: 'binary' as const })),
  ];
}

function gate(ctx: ExportContext, draftId: string, format: ExportFormat, prepared: PreparedExport, where: string) {
  return gateFindings(ctx.vault, ctx, draftId, where, prepared.doc, gateFiles(format, prepared));
}

export async function previewExport(ctx: ExportContext, draftId: string, format: ExportFormat): Promise<ExportPreview> {
  const prepared = await prepareExport(ctx, draftId, format, false);
  const { findings, withheld } = await gate(ctx, draftId, format, prepared, `${EXPORT_FORMAT_LABELS[format]} export preview`);
  const status = storedDraft(ctx.vault, draftId).status;
  return {
    format,
    fileName: prepared.fileName,
    text: prepared.text,
    images: prepared.images.map((i) => i.pub),
    findings,
    withheld,
    openCount: openFindings(findings).length + withheld,
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
  const what = `${EXPORT_FORMAT_LABELS[format]} export`;
  const gated = await gate(ctx, draftId, format, prepared, what);
  const open = openFindings(gated.findings);
  // Held-back findings refuse even with an override reason: nobody has seen what they are.
  if (gated.withheld > 0 || (open.length > 0 && request.overrideReason === undefined)) return { status: 'refused', findings: open, withheld: gated.withheld };
  const files: ExportFile[] = [
    { name: prepared.fileName, bytes: new TextEncoder().encode(prepared.text) },
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
