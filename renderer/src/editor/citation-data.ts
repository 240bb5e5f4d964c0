import type { Node as PMNode } from '@tiptap/pm/model';
import type { CitationInput } from '../../../common/attribution/attribution-engine';
import type { AcronymReadings } from '../../../common/attribution/korean-particles';
import { citationAttrs, citationInput, type CitationAttrs } from '../../../common/document/draft-doc';
import { DEFAULT_DRAFT_LANGUAGE, type DraftLanguage } from '../../../common/domain/language';
import type { Source, SourceLabel } from '../../../common/domain/source';
import type { Statement } from '../../../common/domain/statement';

// What the editor knows about the sources and statements its citations point at, and the
// citations of a ProseMirror document read the same way common/document/draft-doc.ts reads the
// saved JSON (so the chips say exactly what the preview and every export will say).

export interface CitationContext {
  /** False until the sources and cited statements have been fetched: chips show "…" meanwhile. */
  ready: boolean;
  statements: ReadonlyMap<string, Statement>;
  sources: ReadonlyMap<string, Source>;
  labels: ReadonlyMap<string, SourceLabel>;
  /** The draft's language: chips render by its rules. */
  language: DraftLanguage;
  /** The vault's acronym readings, for Korean particles after Latin letters. */
  readings: AcronymReadings;
}

export const EMPTY_CONTEXT: CitationContext = { ready: false, statements: new Map(), sources: new Map(), labels: new Map(), language: DEFAULT_DRAFT_LANGUAGE, readings: new Map() };

export function makeContext(
  sources: Iterable<Source>,
  statements: Iterable<Statement>,
  ready = true,
  language: DraftLanguage = DEFAULT_DRAFT_LANGUAGE,
  readings: AcronymReadings = new Map(),
): CitationContext {
  const sourceMap = new Map<string, Source>();
  for (const source of sources) sourceMap.set(source.id, source);
  const statementMap = new Map<string, Statement>();
  for (const statement of statements) statementMap.set(statement.id, statement);
  return {
    ready,
    language,
    statements: statementMap,
    sources: sourceMap,
    labels: new Map([...sourceMap.values()].map((source) => [source.id, source.label])),
    readings,
  };
}

export interface PmCitation {
  /** Position of the citation node. */
  pos: number;
  attrs: CitationAttrs;
  atSentenceStart: boolean;
}

// Same rule as draft-doc.ts: text before a citation that ends a sentence (or nothing) opens one.
const SENTENCE_END = /(^|[.!?]["'”’)\]]*)\s*$/;

function blockCitations(node: PMNode, pos: number, out: PmCitation[]) {
  let before = '';
  node.forEach((child, offset) => {
    if (child.isText) before += child.text ?? '';
    else if (child.type.name === 'citation') {
      out.push({ pos: pos + 1 + offset, attrs: citationAttrs(child.attrs), atSentenceStart: SENTENCE_END.test(before) });
      before += 'source'; // a citation reads as words: what follows it is mid-sentence
    } else if (child.type.name === 'hardBreak') before += '\n';
  });
}

/**
 * The citations of a document in order, with whether each opens a sentence; with `blocks`
 * (positions of textblocks), only the citations in those blocks.
 */
export function pmCitations(doc: PMNode, blocks?: readonly number[]): PmCitation[] {
  const out: PmCitation[] = [];
  if (blocks) {
    for (const pos of blocks) {
      const node = doc.nodeAt(pos);
      if (node?.isTextblock && textblockHasCitation(node)) blockCitations(node, pos, out);
    }
    return out;
  }
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    if (textblockHasCitation(node)) blockCitations(node, pos, out);
    return false;
  });
  return out;
}

export function textblockHasCitation(node: PMNode): boolean {
  for (let i = 0; i < node.childCount; i++) if (node.child(i).type.name === 'citation') return true;
  return false;
}

/** Engine inputs, as common/document/draft-doc.ts citationInputs() builds them. */
export function citationInputsOf(citations: PmCitation[], statements: ReadonlyMap<string, { sourceId: string; saidOn: string | null }>): CitationInput[] {
  return citations.map(({ attrs, atSentenceStart }) => citationInput(attrs, atSentenceStart, statements));
}

/** A random id for a new citation. */
export function newCitationId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
