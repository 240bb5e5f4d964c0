import { renderCitations } from '../attribution/attribution-engine';
import { citationInputs } from '../document/draft-doc';
import { buildPublishable, publishableText } from '../document/publishable';
import type { DocNode } from '../domain/draft';
import { draftLanguageOf, type DraftLanguage } from '../domain/language';
import type { SourceLabel } from '../domain/source';
import { checkTranslation } from './translation-check';

// The review's side-by-side of a draft and a translation linked to it: both versions as a reader
// sees them, and what the translation check found, in data the screen words itself.

export interface LinkedVersionInput {
  draftId: string;
  title: string;
  language?: DraftLanguage | undefined;
  body: DocNode;
}

export interface TranslationGapView {
  /** 1-based citation number in the version that has it. */
  number: number;
  presentIn: 'this' | 'linked';
  /** The attribution as that version prints it. */
  attribution: string;
  citationKey: string;
}

export interface TranslationCountView {
  sourceId: string;
  /** The source's first-mention label in this draft's language. */
  label: string;
  thisCount: number;
  linkedCount: number;
}

export interface ReviewTranslation {
  draftId: string;
  title: string;
  language: DraftLanguage;
  /** Each version's blocks as text, citations rendered, for the side-by-side view. */
  thisBlocks: string[];
  linkedBlocks: string[];
  missing: TranslationGapView[];
  counts: TranslationCountView[];
}

function blocksOf(title: string, body: DocNode, language: DraftLanguage, statements: ReadonlyMap<string, { sourceId: string; saidOn: string | null }>, labels: ReadonlyMap<string, SourceLabel>): string[] {
  const pub = buildPublishable({ title: '', dateline: '', byline: '', language }, body, statements, labels);
  const text = publishableText({ ...pub, title: '' });
  return [title.trim(), ...text.split('\n\n')].filter((b) => b.length > 0);
}

function attributions(body: DocNode, language: DraftLanguage, statements: ReadonlyMap<string, { sourceId: string; saidOn: string | null }>, labels: ReadonlyMap<string, SourceLabel>): string[] {
  return renderCitations(citationInputs(body, statements), labels, language).map((r) => r.text);
}

export function compareTranslations(
  thisDraft: { title: string; language: DraftLanguage; body: DocNode },
  linked: readonly LinkedVersionInput[],
  statements: ReadonlyMap<string, { sourceId: string; saidOn: string | null }>,
  labels: ReadonlyMap<string, SourceLabel>,
): ReviewTranslation[] {
  if (linked.length === 0) return [];
  const thisBlocks = blocksOf(thisDraft.title, thisDraft.body, thisDraft.language, statements, labels);
  const thisWords = attributions(thisDraft.body, thisDraft.language, statements, labels);
  return linked.map((other) => {
    const language = draftLanguageOf(other);
    const otherWords = attributions(other.body, language, statements, labels);
    const check = checkTranslation(thisDraft.body, other.body, (id) => statements.get(id)?.sourceId);
    return {
      draftId: other.draftId,
      title: other.title,
      language,
      thisBlocks,
      linkedBlocks: blocksOf(other.title, other.body, language, statements, labels),
      missing: check.missing.map((gap) => ({
        number: gap.number,
        presentIn: gap.presentIn,
        attribution: (gap.presentIn === 'this' ? thisWords : otherWords)[gap.number - 1] ?? '',
        citationKey: gap.citationKey,
      })),
      counts: check.counts.map((c) => ({
        ...c,
        label: labels.has(c.sourceId) ? renderCitations([{ id: 'label', sourceIds: [c.sourceId] }], labels, thisDraft.language)[0]!.text : c.sourceId,
      })),
    };
  });
}
