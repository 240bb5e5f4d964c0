import { ShieldnoteError } from '../../common/api/errors';
import { renderCitations } from '../../common/attribution/attribution-engine';
import { indefiniteForm } from '../../common/attribution/label-forms';
import { labelTexts } from '../../common/attribution/languages/local-label';
import { draftLanguageOf } from '../../common/domain/language';
import type { LeakReport, LeakReportFinding } from '../../common/domain/leak-report';
import { message, type Message } from '../../common/domain/message';
import { positionedBlocks } from '../../common/document/doc-positions';
import type { PubBlock, PublishableDocument } from '../../common/document/publishable';
import { citationInputs, collectCitations } from '../../common/document/draft-doc';
import { jigsawProfiles, type JigsawCitation } from '../../common/leak-guard/jigsaw';
import { SENTENCE_WINDOW } from '../../common/review/passages';
import { checkLabels, namedAndAnonymous } from '../../common/leak-guard/label-checks';
import { LeakScanner, type LeakFinding } from '../../common/leak-guard/leak-scanner';
import { phoneRegionsFor } from '../../common/leak-guard/phone-regions';
import { skeletonKey } from '../../common/leak-guard/text-skeleton';
import type { Vault } from '../vault/vault';
import type { LeakGuard } from './leak-disclosure';
import { appendAudit } from './audit-log';
import { COLLECTIONS, collectionIn, readPreferences, type StoredSource, type StoredStatement } from './collections';
import { getDraft, storedDraft, type StoredDraft } from './drafts';
import { allIdentityTerms } from './identity-compartment';

// The leak guard inside main: identity terms stay here; the renderer gets findings that point
// at its own text and name sources only by label.

export async function buildScanner(vault: Vault): Promise<LeakScanner> {
  const sources = vault.collection<StoredSource>(COLLECTIONS.sources);
  const { newsroomRegions } = readPreferences(vault);
  const identityTerms = (await allIdentityTerms(vault)).map(({ sourceId, term }) => {
    if (term.kind !== 'phone') return { sourceId, ...term };
    const label = sources[sourceId]?.label;
    const place = label ? `${label.adjective} ${label.noun} ${label.qualifier}` : '';
    return { sourceId, ...term, regions: phoneRegionsFor(term.value, place, newsroomRegions) };
  });
  return new LeakScanner([...identityTerms, ...nicknameTerms(sources)]);
}

/** A private nickname must never reach a reader: it is scanned for like an alias. */
function nicknameTerms(sources: Readonly<Record<string, StoredSource>>) {
  return Object.values(sources)
    .filter((s) => !s.deletedAt && (s.nickname ?? '').trim() !== '')
    .map((s) => ({ sourceId: s.id, kind: 'alias' as const, value: s.nickname!.trim(), isPublic: false }));
}

export interface ScannedField {
  field: string;
  text: string;
  /** Maps an offset in `text` to the position reported (identity for plain fields). */
  position?: (offset: number) => number;
}

function describe(f: LeakFinding, label: string): { reason: Message; advice: Message } {
  const kind = f.termKind;
  if (f.isPublic) return { reason: message('leak.finding.public', { label, kind }), advice: message('leak.finding.public.advice') };
  switch (f.part) {
    case 'surname':
      return { reason: message('leak.finding.surname', { label }), advice: message('leak.finding.surname.advice') };
    case 'name-part':
      return { reason: message('leak.finding.namePart', { label }), advice: message('leak.finding.namePart.advice') };
    case 'email-user':
      return { reason: message('leak.finding.emailUser', { label }), advice: message('leak.finding.remove') };
    default: {
      const aName = f.termKind === 'name' || f.termKind === 'alias' || f.termKind === 'romanization';
      return {
        reason: message('leak.finding.term', { label, kind, altered: f.matched !== f.matched.normalize('NFKC') ? 'yes' : 'no' }),
        advice: message(aName ? 'leak.finding.replace' : 'leak.finding.remove'),
      };
    }
  }
}

export function findingKey(f: Pick<LeakFinding, 'sourceId' | 'termKind' | 'part' | 'matched'>): string {
  return [f.sourceId, f.termKind, f.part, skeletonKey(f.matched)].join(':');
}

/** Scans any set of fields (the export gate uses this for every serialization). */
export function scanFields(scanner: LeakScanner, fields: ScannedField[], labelOf: (sourceId: string) => string, dismissed: Record<string, { reason: string; at: string }> = {}): LeakReportFinding[] {
  const out: LeakReportFinding[] = [];
  for (const field of fields) {
    for (const f of scanner.scan(field.text)) {
      const label = labelOf(f.sourceId);
      const key = findingKey(f);
      const to = field.position ? field.position(f.end - 1) + 1 : f.end;
      out.push({ key, field: field.field, from: field.position ? field.position(f.start) : f.start, to, matched: f.matched, sourceId: f.sourceId, sourceLabel: label, termKind: f.termKind, part: f.part, severity: f.severity, ...describe(f, label), dismissed: dismissed[key] ?? null });
    }
  }
  return out;
}

/**
 * The leak guard over a saved draft, as the renderer may see it (the session's budget applies).
 * With `reveal` (only after main checked the passphrase), every term found counts as shown.
 */
export async function scanDraft(vault: Vault, guard: LeakGuard, draftId: string, reveal = false): Promise<LeakReport> {
  const { meta, body } = await getDraft(vault, draftId);
  const stored = storedDraft(vault, draftId);
  const sources = vault.collection<StoredSource>(COLLECTIONS.sources);
  const statements = vault.collection<StoredStatement>(COLLECTIONS.statements);
  const labelOf = (id: string) => (sources[id] ? indefiniteForm(sources[id]!.label) : 'a deleted source');

  const blocks = positionedBlocks(body);
  const fields: ScannedField[] = [
    { field: 'title', text: meta.title },
    { field: 'dateline', text: meta.dateline },
    { field: 'byline', text: meta.byline },
    ...blocks.map((b) => ({ field: 'body', text: b.text, position: (i: number) => b.positions[i] ?? b.positions.at(-1) ?? 0 })),
  ];
  const citations = collectCitations(body);
  const citedSources = new Set(citations.flatMap((c) => c.statementIds.map((id) => statements[id]?.sourceId).filter((x): x is string => !!x)));
  const cited = [...citedSources].filter((id) => sources[id]).map((id) => ({ id, label: sources[id]!.label, poolSize: sources[id]!.poolSize }));
  // A label that contains an identity term says so: that answer is a disclosure like any other.
  const labelFields = cited.flatMap((s) => labelTexts(s.label).map((text) => ({ field: `label of ${s.id}`, text })));
  const scanned = scanFields(guard.scanner, [...fields, ...labelFields], labelOf, stored.dismissed ?? {});
  if (reveal) guard.disclosures.reveal(scanned);
  const { findings: shown, withheld } = await guard.disclosures.pass(vault, draftId, { way: 'scan' }, scanned);
  const findings = shown.filter((f) => !f.field.startsWith('label of '));
  const visible = new Set(shown);
  const heldLabels = new Set(scanned.filter((f) => f.field.startsWith('label of ') && !visible.has(f)).map((f) => f.field.slice('label of '.length)));
  const labelIssues = [
    ...checkLabels(cited, guard.scanner).filter((i) => !(i.kind === 'label-identity' && heldLabels.has(i.sourceId))),
    ...namedAndAnonymous(citedSources, findings, labelOf),
  ];

  // Jigsaw: each citation with its sentence as published.
  const labels = new Map(Object.values(sources).map((s) => [s.id, s.label]));
  const rendered = renderCitations(citationInputs(body, new Map(Object.entries(statements))), labels, draftLanguageOf(meta));
  let next = 0;
  const jigsawCitations: JigsawCitation[] = [];
  for (const b of blocks) {
    const pieces = b.text.split('\uFFFC');
    const texts = pieces.slice(1).map(() => rendered[next++]?.text ?? '');
    const full = pieces.reduce((acc, piece, i) => acc + piece + (texts[i] ?? ''), '');
    let offset = 0;
    pieces.slice(0, -1).forEach((piece, i) => {
      offset += piece.length;
      const citation = citations[jigsawCitations.length];
      if (!citation) return;
      // Looked for within a window: a paragraph of thousands of citations and no full stop would
      // otherwise be searched (and matched for places) once per citation.
      const from = Math.max(0, offset - SENTENCE_WINDOW);
      const before = full.slice(from, offset + 2).lastIndexOf('. ');
      const sentenceStart = before < 0 ? from : from + before + 1;
      const after = offset + (texts[i]?.length ?? 0);
      const endDot = full.slice(after, after + SENTENCE_WINDOW).indexOf('. ');
      const sentence = full.slice(sentenceStart, endDot < 0 ? Math.min(full.length, after + SENTENCE_WINDOW) : after + endDot + 1).trim();
      const first = statements[citation.statementIds[0] ?? ''];
      jigsawCitations.push({
        sourceIds: citation.statementIds.map((id) => statements[id]?.sourceId).filter((x): x is string => !!x),
        saidOn: first?.saidOn ?? null,
        showDate: citation.showDate,
        channel: first?.channel ?? null,
        sentence,
      });
      offset += texts[i]?.length ?? 0;
    });
  }
  const jigsaw = jigsawProfiles(jigsawCitations, new Map([...citedSources].filter((id) => sources[id]).map((id) => [id, { label: labelOf(id), poolSize: sources[id]!.poolSize }])));

  // Findings held back block like open ones: nobody has seen them, so nobody has dismissed them.
  const openCount = findings.filter((f) => f.severity !== 'low' && !f.dismissed).length + labelIssues.filter((i) => i.severity === 'high').length + withheld;
  return { findings, withheld, labelIssues, jigsaw, openCount, scannedAt: new Date().toISOString(), bodyRevision: meta.bodyRevision };
}

/**
 * The export gate: scans everything a finished document puts in front of a reader (title,
 * dateline, byline, every block, image captions, credits, alt text and file names).
 */
export function scanPublishable(scanner: LeakScanner, doc: PublishableDocument, labelOf: (sourceId: string) => string, dismissed: Record<string, { reason: string; at: string }> = {}): LeakReportFinding[] {
  const fields: ScannedField[] = [
    { field: 'title', text: doc.title },
    { field: 'dateline', text: doc.dateline },
    { field: 'byline', text: doc.byline },
  ];
  const visit = (blocks: PubBlock[], path: string) => {
    blocks.forEach((block, i) => {
      const where = `${path}${i + 1}`;
      if (block.type === 'heading' || block.type === 'paragraph') {
        fields.push({ field: `body block ${where}`, text: block.inlines.map((x) => x.text).join('') });
        const hrefs = block.inlines.map((x) => x.href).filter(Boolean).join(' ');
        if (hrefs) fields.push({ field: `link in block ${where}`, text: hrefs });
      } else if (block.type === 'blockquote') visit(block.blocks, `${where}.`);
      else if (block.type === 'list') block.items.forEach((item, j) => visit(item, `${where}.${j + 1}.`));
    });
  };
  visit(doc.blocks, '');
  doc.images.forEach((image, i) => {
    fields.push({ field: `image ${i + 1} file name`, text: image.fileName });
    fields.push({ field: `image ${i + 1} caption`, text: image.caption });
    fields.push({ field: `image ${i + 1} credit`, text: image.credit });
    fields.push({ field: `image ${i + 1} alt text`, text: image.alt });
  });
  return scanFields(scanner, fields, labelOf, dismissed);
}

/**
 * A reason written to the audit log (an override, a dismissal) must not itself name a source:
 * the audit log is shown on screen and kept. Low matches (public terms, common surnames) pass.
 */
export function assertReasonNamesNoSource(scanner: LeakScanner, reason: string): void {
  if (scanner.scan(reason).some((f) => f.severity !== 'low')) {
    throw new ShieldnoteError('VALIDATION', 'The reason itself names a source. Explain it without their identity: it goes to the audit log.');
  }
}

/** A finding is dismissed only with a reason (which names no source), and the dismissal is audited. */
export async function dismissFinding(vault: Vault, scanner: LeakScanner, draftId: string, key: string, reason: string): Promise<void> {
  storedDraft(vault, draftId);
  assertReasonNamesNoSource(scanner, reason);
  const sourceId = key.split(':')[0] ?? null;
  await vault.update((data) => {
    const draft = collectionIn<StoredDraft>(data, COLLECTIONS.drafts)[draftId]!;
    draft.dismissed = { ...draft.dismissed, [key]: { reason, at: new Date().toISOString() } };
    appendAudit(data, vault, 'leak.dismissed', sourceId, message('audit.detail.leakDismissed', { draftId, finding: key.split(':').slice(1, 3).join(' '), reason }));
  });
}
