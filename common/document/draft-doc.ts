import type { CitationForm, CitationInput } from '../attribution/attribution-engine';
import { isParticleKey } from '../attribution/korean-particles';
import type { DocNode } from '../domain/draft';

// Reading a draft document: its citations in order (with whether each opens a sentence), its
// quotes and its words. Used by the editor, main (cited statements) and every export.

export interface CitationAttrs {
  citationId: string;
  statementIds: string[];
  /** The statement revision quoted or cited, parallel to statementIds. */
  revisions: number[];
  override: CitationForm | null;
  customText: string | null;
  showDate: boolean;
  outlet: string;
  /** A Korean particle the chip owns ("은/는"), spelled after its words (korean-particles.ts). */
  particle: string | null;
}

export interface QuoteAttrs {
  statementId: string;
  revision: number;
  /** The statement text when it was quoted: the quote is checked against it. */
  original: string;
}

export interface DocCitation extends CitationAttrs {
  atSentenceStart: boolean;
  /** Index of the top-level block the citation sits in. */
  block: number;
}

export interface DocQuote extends QuoteAttrs {
  text: string;
  block: number;
}

export function citationAttrs(attrs: Record<string, unknown> | undefined): CitationAttrs {
  const a = attrs ?? {};
  const list = (v: unknown) => (Array.isArray(v) ? v : []);
  return {
    citationId: typeof a.citationId === 'string' ? a.citationId : '',
    statementIds: list(a.statementIds).filter((x): x is string => typeof x === 'string'),
    revisions: list(a.revisions).filter((x): x is number => typeof x === 'number'),
    override: typeof a.override === 'string' ? (a.override as CitationForm) : null,
    customText: typeof a.customText === 'string' && a.customText ? a.customText : null,
    showDate: a.showDate === true,
    outlet: typeof a.outlet === 'string' ? a.outlet : '',
    particle: typeof a.particle === 'string' && isParticleKey(a.particle) ? a.particle : null,
  };
}

// Text before a citation that ends a sentence (or nothing at all) makes the citation open one:
// the text ends in . ! or ?, then any closing quotes or brackets, then any spaces.
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);
const ENDERS = new Set(['.', '!', '?']);
const SPACE = /\s/;

/** Reads the pieces before a citation from the end, so each test costs only the trailing run. */
function opensSentence(pieces: readonly string[]): boolean {
  let closing = false;
  for (let p = pieces.length - 1; p >= 0; p--) {
    const piece = pieces[p]!;
    for (let i = piece.length - 1; i >= 0; i--) {
      const ch = piece[i]!;
      if (!closing && SPACE.test(ch)) continue;
      if (CLOSERS.has(ch)) closing = true;
      else return ENDERS.has(ch);
    }
  }
  return !closing;
}

/** Walks the document once: every textblock's inline content, and whether each citation opens a sentence. */
function walk(doc: DocNode, visit: { text?: (node: DocNode, block: number) => void; citation?: (node: DocNode, block: number, atSentenceStart: boolean) => void }) {
  (doc.content ?? []).forEach((top, block) => {
    const visitNode = (node: DocNode) => {
      if (!isTextBlock(node)) {
        for (const child of node.content ?? []) visitNode(child);
        return;
      }
      // What came before in this block; a citation reads as words, so it starts the list anew.
      let before: string[] = [];
      for (const child of node.content ?? []) {
        if (child.type === 'text') {
          visit.text?.(child, block);
          before.push(child.text ?? '');
        } else if (child.type === 'citation') {
          visit.citation?.(child, block, opensSentence(before));
          before = ['source']; // what follows a citation is mid-sentence
        } else if (child.type === 'hardBreak') {
          before.push('\n');
        }
      }
    };
    visitNode(top);
  });
}

function isTextBlock(node: DocNode): boolean {
  return node.type === 'paragraph' || node.type === 'heading';
}

export function collectCitations(doc: DocNode): DocCitation[] {
  const out: DocCitation[] = [];
  walk(doc, {
    citation: (node, block, atSentenceStart) => out.push({ ...citationAttrs(node.attrs), block, atSentenceStart }),
  });
  return out;
}

export function collectQuotes(doc: DocNode): DocQuote[] {
  const out: DocQuote[] = [];
  let open: DocQuote | null = null;
  walk(doc, {
    text: (node, block) => {
      const mark = node.marks?.find((m) => m.type === 'quoteSource');
      if (!mark) {
        open = null;
        return;
      }
      const a = mark.attrs ?? {};
      const attrs: QuoteAttrs = { statementId: String(a.statementId ?? ''), revision: Number(a.revision ?? 0), original: String(a.original ?? '') };
      // Adjacent text nodes with the same quote mark (split by bold, say) are one quote.
      if (open && open.statementId === attrs.statementId && open.block === block) open.text += node.text ?? '';
      else {
        open = { ...attrs, text: node.text ?? '', block };
        out.push(open);
      }
    },
    citation: () => {
      open = null;
    },
  });
  return out;
}

export function citedStatementIds(doc: DocNode): string[] {
  return [...new Set(collectCitations(doc).flatMap((c) => c.statementIds))];
}

export function plainText(doc: DocNode, citationText: (c: CitationAttrs) => string = () => 'source'): string {
  const blocks: string[] = [];
  const textOf = (node: DocNode): string => {
    if (node.type === 'text') return node.text ?? '';
    if (node.type === 'citation') return citationText(citationAttrs(node.attrs));
    if (node.type === 'hardBreak') return '\n';
    return (node.content ?? []).map(textOf).join(isTextBlock(node) ? '' : '\n');
  };
  for (const block of doc.content ?? []) blocks.push(textOf(block));
  return blocks.join('\n\n');
}

export function wordCount(doc: DocNode): number {
  return plainText(doc).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** One citation as the attribution engine takes it; a statement not in `statements` stands for a missing source. */
export function citationInput(c: CitationAttrs, atSentenceStart: boolean, statements: ReadonlyMap<string, { sourceId: string; saidOn: string | null }>): CitationInput {
  return {
    id: c.citationId,
    sourceIds: c.statementIds.map((id) => statements.get(id)?.sourceId ?? `missing:${id}`),
    saidOn: statements.get(c.statementIds[0] ?? '')?.saidOn ?? null,
    showDate: c.showDate,
    outlet: c.outlet,
    override: c.override,
    customText: c.customText,
    atSentenceStart,
  };
}

/** Engine inputs for a document, given each statement's source and date. */
export function citationInputs(
  doc: DocNode,
  statements: ReadonlyMap<string, { sourceId: string; saidOn: string | null }>,
): CitationInput[] {
  return collectCitations(doc).map((c) => citationInput(c, c.atSentenceStart, statements));
}
