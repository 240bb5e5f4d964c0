import { message, type Message } from '../../common/domain/message';
import { IDENTITY_TERM_KINDS } from '../../common/domain/source';
import type { ExportFormat } from '../../common/export/export-format';
import { indefiniteForm } from '../../common/attribution/label-forms';
import { ShieldnoteError } from '../../common/api/errors';
import { DRAFT_STATUS_LABELS, type DraftStatus } from '../../common/domain/draft';
import type { LeakReportFinding } from '../../common/domain/leak-report';
import type { PublishableDocument } from '../../common/document/publishable';
import type { LeakScanner } from '../../common/leak-guard/leak-scanner';
import { appendAudit } from '../features/audit-log';
import { COLLECTIONS, collectionIn, type StoredSource } from '../features/collections';
import { storedDraft, type StoredDraft } from '../features/drafts';
import { assertReasonNamesNoSource, scanFields, scanPublishable, type ScannedField } from '../features/leak-guard';
import type { Disclosed, DisclosureWay, LeakGuard } from '../features/leak-disclosure';
import type { Vault } from '../vault/vault';
import { reopenChangedApprovals } from '../features/review';

// The export gate (DESIGN §5, §5a). Every file about to be written or sent is scanned as the
// exact text it is, and, for markup, as the text a reader sees; the publishable document is
// scanned field by field too, so a finding can say where it is. Unresolved findings refuse the
// export; an override needs a reason and is audited. Files and WordPress both pass through here.

/** A final export (marked final, or a WordPress publish) needs an editor's approval first. */
export const FINAL_EXPORT_STATUSES: readonly DraftStatus[] = ['approved', 'exported'];

/**
 * The one status check for final exports: files marked final and WordPress publishes. Approvals
 * an edit has invalidated are reopened first, so "approved" means the approvals still hold.
 */
export async function requireFinalExportable(vault: Vault, draftId: string): Promise<StoredDraft> {
  await reopenChangedApprovals(vault, draftId);
  const draft = storedDraft(vault, draftId);
  if (!FINAL_EXPORT_STATUSES.includes(draft.status)) {
    throw new ShieldnoteError(
      'CONFLICT',
      `A final export needs an editor’s approval, and this draft is “${DRAFT_STATUS_LABELS[draft.status]}”. Export a working copy instead, or ask an editor to sign it off.`,
    );
  }
  return draft;
}

/** How a serialization is read for the scan besides its raw text. */
export type GateFileKind = 'markup' | 'markdown' | 'text' | 'binary';

export interface GateFile {
  name: string;
  kind: GateFileKind;
  /** The exact text written or sent (not given for images: their bytes are scrubbed pixels). */
  text?: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** What a reader sees of HTML or XML: text and attribute values, entities decoded. */
export function markupText(markup: string): string {
  return markup
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, (tag) => {
      const values = [...tag.matchAll(/=\s*(?:"([^"]*)"|'([^']*)')/g)].map((m) => m[1] ?? m[2] ?? '');
      return values.length ? ` ${values.join(' ')} ` : '';
    })
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
}

/** Markdown with its backslash escapes taken out, as it renders. */
export function markdownText(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

function fileFields(file: GateFile): ScannedField[] {
  const fields: ScannedField[] = [{ field: `file name ${file.name}`, text: file.name }];
  if (file.text === undefined) return fields;
  fields.push({ field: `file ${file.name}`, text: file.text });
  if (file.kind === 'markup') fields.push({ field: `file ${file.name} (as read)`, text: markupText(file.text) });
  if (file.kind === 'markdown') fields.push({ field: `file ${file.name} (as read)`, text: markdownText(file.text) });
  return fields;
}

/** Labels of every source (deleted ones too) and the draft's dismissals: what a scan reports with. */
export function gateContext(vault: Vault, draftId?: string) {
  const sources = vault.collection<StoredSource>(COLLECTIONS.sources);
  const labelOf = (id: string) => (sources[id] ? indefiniteForm(sources[id]!.label) : 'a deleted source');
  const dismissed = draftId ? (vault.collection<StoredDraft>(COLLECTIONS.drafts)[draftId]?.dismissed ?? {}) : {};
  return { labelOf, dismissed };
}

/**
 * Scans a publishable document and the files made from it. A finding in a file that the
 * document's own fields already explain is reported once, where the reporter can fix it. What
 * the renderer may see of them passes the session's budget (`where` says which way out, for the audit).
 */
export async function gateFindings(vault: Vault, guard: LeakGuard, draftId: string, where: DisclosureWay, doc: PublishableDocument, files: GateFile[]): Promise<Disclosed> {
  return guard.disclosures.pass(vault, draftId, where, gateScan(vault, guard.scanner, draftId, doc, files));
}

/** Every finding of the gate, before the budget: only for deciding, and for a reveal with the passphrase. */
export function gateScan(vault: Vault, scanner: LeakScanner, draftId: string, doc: PublishableDocument, files: GateFile[]): LeakReportFinding[] {
  const { labelOf, dismissed } = gateContext(vault, draftId);
  const structured = scanPublishable(scanner, doc, labelOf, dismissed);
  const known = new Set(structured.map((f) => f.key));
  const seen = new Set<string>();
  const extra = scanFields(scanner, files.flatMap(fileFields), labelOf, dismissed).filter((f) => {
    const id = `${f.key}\u0000${f.field.replace(/ \(as read\)$/, '')}`;
    if (known.has(f.key) || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return [...structured, ...extra];
}

/** What blocks an export: findings not dismissed, except the low ones (public terms, common surnames). */
export function openFindings(findings: LeakReportFinding[]): LeakReportFinding[] {
  return findings.filter((f) => !f.dismissed && f.severity !== 'low');
}

/**
 * Lets an export through despite open findings: needs a reason, which must not itself name a
 * source, and is audited (kinds and counts only; never the matched text).
 */
export async function auditOverride(vault: Vault, scanner: LeakScanner, draftId: string, way: ExportWay, open: LeakReportFinding[], reason: string): Promise<void> {
  const trimmed = reason.trim();
  if (trimmed.length < 3) throw new ShieldnoteError('VALIDATION', 'Say why this export may go out despite the leak findings.');
  assertReasonNamesNoSource(scanner, trimmed);
  const present = new Set(open.map((f) => f.termKind));
  // Each kind as present or not, and whether a comma comes before it: "name, phone" in fixed order.
  const kinds: Record<string, string> = {};
  let first = true;
  for (const kind of IDENTITY_TERM_KINDS) {
    kinds[kind] = present.has(kind) ? (first ? 'first' : 'next') : 'no';
    if (present.has(kind)) first = false;
  }
  const sources = [...new Set(open.map((f) => f.sourceId))];
  await vault.update((data) =>
    appendAudit(data, vault, 'export.override', sources.length === 1 ? sources[0]! : null, message('audit.detail.exportOverride', { draftId, ...wayValues(way), open: open.length, ...kinds, sources: sources.length, reason: trimmed })),
  );
}

/** After an export or publish went out: audited, and a final one marks the draft exported. */
/** Which way an export went out, for the audit: a file export in a format, or a WordPress publish. */
export type ExportWay = { way: 'export'; format: ExportFormat } | { way: 'wordpress' };
const wayValues = (way: ExportWay) => ({ way: way.way, format: 'format' in way ? way.format : 'none' });

export async function recordExport(vault: Vault, draftId: string, entry: { final: boolean; detail: Message }): Promise<DraftStatus> {
  storedDraft(vault, draftId);
  await vault.update((data) => {
    const draft = collectionIn<StoredDraft>(data, COLLECTIONS.drafts)[draftId]!;
    if (entry.final) Object.assign(draft, { status: 'exported', updatedAt: new Date().toISOString() });
    // A final export on a self-approval says so: no editor signed this draft off.
    const kind = entry.final ? (draft.selfApproved ? 'selfApproved' : 'final') : 'working';
    appendAudit(data, vault, 'export.written', null, { id: entry.detail.id, values: { ...entry.detail.values, draftId, kind } });
  });
  return storedDraft(vault, draftId).status;
}
