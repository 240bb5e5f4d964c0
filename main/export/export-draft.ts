import { message } from '../../common/domain/message';
import { ShieldnoteError } from '../../common/api/errors';
import type { DraftImage } from '../../common/domain/draft-image';
import type { ExportPreview, ExportResult } from '../../common/domain/export-result';
import type { PubImage, PublishableDocument } from '../../common/document/publishable';
import { exportFileName, exportImageName, exportStem, versionedSlug, type ExportFormat } from '../../common/export/export-format';
import { toDocx } from '../../common/export/docx-export';
import { serialize } from '../../common/export/serialize';
import type { LeakScanner } from '../../common/leak-guard/leak-scanner';
import type { LeakDisclosures } from '../features/leak-disclosure';
import { listDraftImages, readDraftImage } from '../features/draft-images';
import { storedDraft } from '../features/drafts';
import type { Vault } from '../vault/vault';
import type { LeakReportFinding } from '../../common/domain/leak-report';
import { FINAL_EXPORT_STATUSES, auditOverride, gateFindings, gateScan, openFindings, recordExport, requireFinalExportable, type GateFile, type GateFileKind } from './export-gate';
import { docxText } from './docx-text';
import { chooseFreeVersion, writeExportFiles, type ExportFile } from './export-writer';
import { scrubImage, type ScrubbedImage } from './image-scrub';

// Exporting a draft to files: the publishable document with its images under neutral names,
// serialized, gated, then written all or nothing beside each other in the folder main's own
// picker returned, never replacing a file that is already there.

export interface ExportContext {
  vault: Vault;
  scanner: LeakScanner;
  /** The session's leak-guard budget: every finding the renderer sees passes it. */
  disclosures: LeakDisclosures;
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

interface LoadedImage {
  image: DraftImage;
  clean?: ScrubbedImage;
}

/** The draft's images; with `scrub`, read and re-encoded from their pixels (DESIGN §5a). */
async function loadImages(ctx: ExportContext, draftId: string, scrub: boolean): Promise<LoadedImage[]> {
  return Promise.all(
    listDraftImages(ctx.vault, draftId).map(async (image) => {
      if (!scrub) return { image };
      const { data } = await readDraftImage(ctx.vault, draftId, image.id);
      return { image, clean: await scrubImage(data, image.name) };
    }),
  );
}

/** The file names of an export under one version of its stem (see versionedSlug). */
function exportNames(slug: string, format: ExportFormat, loaded: LoadedImage[]): { fileName: string; imageNames: string[] } {
  return {
    fileName: exportFileName(slug, format),
    imageNames: loaded.map(({ image, clean }, i) => exportImageName(slug, i, clean?.ext ?? EXT_OF_MIME[image.mimeType] ?? 'jpg')),
  };
}

async function renderExport(ctx: ExportContext, draftId: string, format: ExportFormat, loaded: LoadedImage[], version: number, final: boolean): Promise<PreparedExport> {
  const slug = versionedSlug(exportStem(storedDraft(ctx.vault, draftId).title, final), version);
  const { fileName, imageNames } = exportNames(slug, format, loaded);
  const images = loaded.map(({ image, clean }, i) => {
    const pub: PubImage = clean
      ? { fileName: imageNames[i]!, caption: image.caption, credit: image.credit, alt: image.alt, mimeType: clean.mime, width: clean.width, height: clean.height }
      : { fileName: imageNames[i]!, caption: image.caption, credit: image.credit, alt: image.alt, mimeType: image.mimeType, width: image.width, height: image.height };
    return clean ? { image, pub, bytes: clean.bytes } : { image, pub };
  });
  const doc = await ctx.publishable(draftId, images.map((i) => i.pub));
  if (format === 'docx') {
    const bytes = await toDocx(doc, { date: ctx.now() });
    const { xml, reading } = docxText(bytes);
    return { doc, fileName, text: reading, binary: { bytes, xml }, images };
  }
  return { doc, fileName, text: serialize(doc, format, { date: ctx.now() }), images };
}

/**
 * Builds what an export writes or sends (WordPress too). With `scrub`, each image is read and re-encoded from its pixels
 * (sharp keeps the format, so names and types match what the preview showed without it).
 * `final` false is a working copy: its file names say so.
 */
export async function prepareExport(ctx: ExportContext, draftId: string, format: ExportFormat, scrub: boolean, final = true): Promise<PreparedExport> {
  return renderExport(ctx, draftId, format, await loadImages(ctx, draftId, scrub), 1, final);
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
  // A Word file is scanned as the XML of every part of the exact bytes, and as the words a
  // reader sees (a name split across two runs is one word only there).
  const main: GateFile[] = prepared.binary
    ? [{ name: prepared.fileName, kind: 'markup', text: prepared.binary.xml }, { name: prepared.fileName, kind: 'text', text: prepared.text }]
    : [{ name: prepared.fileName, kind: GATE_KIND[format], text: prepared.text }];
  return [
    ...main,
    ...prepared.images.map(({ pub }) => ({ name: pub.fileName, kind: 'binary' as const })),
  ];
}

function gate(ctx: ExportContext, draftId: string, format: ExportFormat, prepared: PreparedExport, way: 'preview' | 'export') {
  return gateFindings(ctx.vault, ctx, draftId, { way, format }, prepared.doc, gateFiles(format, prepared));
}

export async function previewExport(ctx: ExportContext, draftId: string, format: ExportFormat, final = false): Promise<ExportPreview> {
  const prepared = await prepareExport(ctx, draftId, format, false, final);
  const { findings, withheld } = await gate(ctx, draftId, format, prepared, 'preview');
  const status = storedDraft(ctx.vault, draftId).status;
  return {
    format,
    final,
    fileName: prepared.fileName,
    text: prepared.text,
    document: prepared.doc,
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
  /** Main's own folder picker; asked only once the export has passed the gate (a refusal needs no folder). */
  folder: () => Promise<string | null>;
  final: boolean;
  overrideReason?: string | undefined;
}

function filesOf(prepared: PreparedExport): ExportFile[] {
  return [
    { name: prepared.fileName, bytes: prepared.binary?.bytes ?? new TextEncoder().encode(prepared.text) },
    ...prepared.images.map(({ pub, bytes }) => {
      if (!bytes) throw new ShieldnoteError('INTERNAL', 'An image was not scrubbed.');
      return { name: pub.fileName, bytes };
    }),
  ];
}

export async function exportDraftFiles(ctx: ExportContext, request: ExportRequest): Promise<ExportResult> {
  const { draftId, format, final } = request;
  if (final) await requireFinalExportable(ctx.vault, draftId);
  const loaded = await loadImages(ctx, draftId, true);
  // Held-back findings refuse even with an override reason: nobody has seen what they are.
  const passes = (gated: { findings: LeakReportFinding[]; withheld: number }) => gated.withheld === 0 && (openFindings(gated.findings).length === 0 || request.overrideReason !== undefined);
  let prepared = await renderExport(ctx, draftId, format, loaded, 1, final);
  let gated = await gate(ctx, draftId, format, prepared, 'export');
  if (!passes(gated)) return { status: 'refused', findings: openFindings(gated.findings), withheld: gated.withheld };
  const folder = await request.folder();
  if (!folder) return { status: 'cancelled' };

  // Files already in the folder are never replaced: the whole set takes the first version of
  // its names that is free (an identical image already there is kept as it is).
  const slug = exportStem(storedDraft(ctx.vault, draftId).title, final);
  const { version, present } = await chooseFreeVersion(folder, (v) => {
    const names = exportNames(versionedSlug(slug, v), format, loaded);
    return [{ name: names.fileName }, ...names.imageNames.map((name, i) => ({ name, sameAs: loaded[i]!.clean?.bytes }))];
  });
  if (version !== 1) {
    // New names are new text: gated again exactly as written.
    prepared = await renderExport(ctx, draftId, format, loaded, version, final);
    gated = await gate(ctx, draftId, format, prepared, 'export');
    if (!passes(gated)) return { status: 'refused', findings: openFindings(gated.findings), withheld: gated.withheld };
  }
  const open = openFindings(gated.findings);
  const files = filesOf(prepared);
  // Audited before anything is written: an override is on record even if the write then fails.
  if (open.length > 0) await auditOverride(ctx.vault, ctx.scanner, draftId, { way: 'export', format }, open, request.overrideReason ?? '');
  const written = await writeExportFiles(folder, files, present);
  const draftStatus = await recordExport(ctx.vault, draftId, { final, detail: message('audit.detail.exported', { format, files: files.length, overridden: open.length ? 'yes' : 'no', version }) });
  return { status: 'exported', folder, files: written, renamed: version !== 1, final, overridden: open.length > 0, draftStatus };
}
