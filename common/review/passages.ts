import { renderCitations, type RenderedCitation } from '../attribution/attribution-engine';
import type { DocNode } from '../domain/draft';
import { DEFAULT_DRAFT_LANGUAGE, type DraftLanguage } from '../domain/language';
import type { Reliability, SourceLabel } from '../domain/source';
import type { Channel } from '../domain/statement';
import { citationInputs, collectCitations, collectQuotes, type DocCitation, type DocQuote } from '../document/draft-doc';
import { ShieldnoteError } from '../api/errors';
import { sha256Hex } from './sha256';

// Each citation of a draft with the sentence it sits in, as the reader will see it (citations
// rendered by the one engine), and the hash of what an editor approves when approving it: the
// sentence, the cited statements with their date and channel, and the cited sources' labels and
// profiles, all of which the review screen shows beside the citation.

export interface PassageStatement {
  id: string;
  sourceId: string;
  text: string;
  saidOn: string | null;
  channel: Channel;
}

/** What the review shows of a cited source: its label and profile (never the identity). */
export interface PassageSource {
  label: SourceLabel;
  access: string;
  anonymityReason: string;
  reliability: Reliability;
  poolSize: number | null;
}

export interface CitationPassage {
  citation: DocCitation;
  rendered: RenderedCitation;
  /** The sentence around the citation, split at the attribution. */
  sentence: { before: string; attribution: string; after: string };
  /** Quotes in the same sentence taken from one of the cited statements. */
  quotes: DocQuote[];
  passageHash: string;
}

interface Segment {
  text: string;
  /** Index into the draft's citations when this segment is a citation. */
  citation?: number;
}

/** Textblocks in document order, each as text segments and citations (same order as collectCitations). */
function textblocks(doc: DocNode): { block: number; segments: Segment[] }[] {
  const out: { block: number; segments: Segment[] }[] = [];
  let next = 0;
  (doc.content ?? []).forEach((top, block) => {
    const visit = (node: DocNode) => {
      if (node.type !== 'paragraph' && node.type !== 'heading') {
        for (const child of node.content ?? []) visit(child);
        return;
      }
      const segments: Segment[] = [];
      for (const child of node.content ?? []) {
        if (child.type === 'text') segments.push({ text: child.text ?? '' });
        else if (child.type === 'hardBreak') segments.push({ text: '\n' });
        else if (child.type === 'citation') segments.push({ text: '', citation: next++ });
      }
      out.push({ block, segments });
    };
    visit(top);
  });
  return out;
}

const OPENING_QUOTES = new Set(['“', '‘', '«']);
const CLOSING_QUOTES = new Set(['”', '’', '»']);

/**
 * Where sentences end in a text: after . ! ? (and any closing quotes or brackets) followed by
 * white space, but never inside a quotation, so “… crackdown. Now you hardly …,” said X. is one.
 */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  let depth = 0;
  let straightOpen = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (OPENING_QUOTES.has(ch)) depth++;
    else if (CLOSING_QUOTES.has(ch)) {
      // ’ is also an apostrophe: only a closing quote when one is open.
      if (depth > 0) depth--;
    } else if (ch === '"') straightOpen = !straightOpen;
    else if ((ch === '.' || ch === '!' || ch === '?') && depth === 0 && !straightOpen) {
      let j = i + 1;
      while (j < text.length && /["'”’)\]]/.test(text[j]!)) j++;
      if (j >= text.length || /\s/.test(text[j]!)) ends.push(j);
    } else if (ch === '\n' && depth === 0) ends.push(i);
  }
  return ends;
}

/**
 * The text that decides a passage hash: change any of it and the approval no longer holds.
 * v2 added each statement's date and channel and each cited source's label and profile (a v1
 * approval reopens once: it never covered them).
 */
export function passageMaterial(sentence: string, attribution: string, statements: PassageStatement[], sources: ReadonlyMap<string, PassageSource>): string {
  const sourceIds = [...new Set(statements.map((s) => s.sourceId))];
  return JSON.stringify({
    v: 2,
    sentence,
    attribution,
    statements: statements.map((s) => [s.id, s.text, s.saidOn, s.channel, s.sourceId]),
    sources: sourceIds.map((id) => {
      const p = sources.get(id);
      return p ? [id, p.label.adjective, p.label.noun, p.label.qualifier, p.poolSize, p.reliability, p.access, p.anonymityReason] : [id];
    }),
  });
}

/** Characters of sentence around a citation kept on each side: longer "sentences" are cut. */
export const SENTENCE_WINDOW = 2_000;
/** Characters hashed for all of a draft's passages (sentences and cited statements' texts). */
export const PASSAGE_MATERIAL_MAX = 1_500_000;
/** Quotes looked at for one passage (same block, one of its statements). */
const QUOTES_PER_PASSAGE = 20;

/** Throws VALIDATION when a draft's passages would hash more than PASSAGE_MATERIAL_MAX (checked on save). */
export function assertPassageBudget(doc: DocNode, statements: ReadonlyMap<string, PassageStatement>, sources: ReadonlyMap<string, PassageSource>, language: DraftLanguage = DEFAULT_DRAFT_LANGUAGE): void {
  planPassages(doc, statements, labelsOf(sources), language);
}

const labelsOf = (sources: ReadonlyMap<string, PassageSource>) => new Map<string, SourceLabel>([...sources].map(([id, s]) => [id, s.label]));

/**
 * Each citation with its sentence, quotes and passage hash, rendered in the draft's language.
 * The hash covers the rendered attribution, so changing the language reopens the approvals.
 */
export function citationPassages(
  doc: DocNode,
  statements: ReadonlyMap<string, PassageStatement>,
  sources: ReadonlyMap<string, PassageSource>,
  language: DraftLanguage = DEFAULT_DRAFT_LANGUAGE,
): CitationPassage[] {
  const { pending, rendered } = planPassages(doc, statements, labelsOf(sources), language);
  return pending.map(({ citation, index, full, start, end, from, to, quotes }) => {
    const cited = citation.statementIds.map((id) => statements.get(id)).filter((s): s is PassageStatement => !!s);
    const sentenceText = full.slice(start, end);
    const sentence = { before: full.slice(start, from).trimStart(), attribution: full.slice(from, to), after: full.slice(to, end).trimEnd() };
    return {
      citation,
      rendered: rendered[index]!,
      sentence,
      quotes: quotes.filter((q) => q.text.length <= sentenceText.length && sentenceText.includes(q.text)),
      passageHash: sha256Hex(passageMaterial(sentenceText.trim(), sentence.attribution, cited, sources)),
    };
  });
}

/** Each citation's sentence bounds and candidate quotes, and the material's size (refused over budget). */
function planPassages(doc: DocNode, statements: ReadonlyMap<string, PassageStatement>, labels: ReadonlyMap<string, SourceLabel>, language: DraftLanguage) {
  const citations = collectCitations(doc);
  const rendered = renderCitations(citationInputs(doc, statements), labels, language);
  // Quotes by block and statement, so a passage looks only at its own candidates.
  const quotesAt = new Map<string, { q: DocQuote; order: number }[]>();
  collectQuotes(doc).forEach((q, order) => {
    const key = `${q.block}:${q.statementId}`;
    const list = quotesAt.get(key);
    if (list) list.push({ q, order });
    else quotesAt.set(key, [{ q, order }]);
  });
  const pending: { citation: DocCitation; index: number; full: string; start: number; end: number; from: number; to: number; quotes: DocQuote[] }[] = [];
  let material = 0;
  for (const { block, segments } of textblocks(doc)) {
    let full = '';
    const spans: { citation: number; from: number; to: number }[] = [];
    for (const segment of segments) {
      if (segment.citation === undefined) {
        full += segment.text;
        continue;
      }
      const text = rendered[segment.citation]?.text ?? '';
      spans.push({ citation: segment.citation, from: full.length, to: full.length + text.length });
      full += text;
    }
    const ends = sentenceEnds(full);
    // Spans and ends are both in text order: one pointer walks the ends for all spans.
    let e = 0;
    for (const span of spans) {
      while (e < ends.length && ends[e]! <= span.from) e++;
      let after = e > 0 && ends[e - 1]! >= span.to ? e - 1 : e;
      while (after < ends.length && ends[after]! < span.to) after++;
      const start = Math.max(e > 0 ? ends[e - 1]! : 0, span.from - SENTENCE_WINDOW);
      const end = Math.min(ends[after] ?? full.length, span.to + SENTENCE_WINDOW);
      const citation = citations[span.citation]!;
      material += end - start;
      for (const id of citation.statementIds) material += (statements.get(id)?.text.length ?? 0) + id.length;
      const quotes = [...new Set(citation.statementIds)]
        .flatMap((id) => (quotesAt.get(`${block}:${id}`) ?? []).slice(0, QUOTES_PER_PASSAGE))
        .sort((a, b) => a.order - b.order)
        .slice(0, QUOTES_PER_PASSAGE)
        .map(({ q }) => q);
      pending.push({ citation, index: span.citation, full, start, end, from: span.from, to: span.to, quotes });
    }
  }
  // Checked before any hashing: SHA-256 in plain TypeScript costs about 50 ms a megabyte.
  if (material > PASSAGE_MATERIAL_MAX) {
    throw new ShieldnoteError('VALIDATION', `The draft’s citations quote too much to review: ${(material / 1e6).toFixed(1)} million characters of sentences and cited statements (at most ${PASSAGE_MATERIAL_MAX / 1e6} million). Cite fewer or shorter statements.`);
  }
  return { pending, rendered };
}
