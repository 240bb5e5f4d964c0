import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { renderCitations, type CitationForm } from '../../../../common/attribution/attribution-engine';
import { particleAfter } from '../../../../common/attribution/korean-particles';
import { citationInputsOf, EMPTY_CONTEXT, pmCitations, type CitationContext } from '../citation-data';
import { classifyChange, sentenceStartsHold } from './citation-changes';
import { isComposing, REFRESH_META } from './plugin-helpers';

// The words of every citation. A plugin renders every citation of the document with the
// attribution engine into a DecorationSet (a node decoration per citation whose spec carries the
// words); the chip's node view (citation-view.ts) reads its words from its decorations. Labels
// stay out of the document and so out of undo history, and typing elsewhere only maps the set.

export interface CitationLabelSpec {
  citationLabel: true;
  /** The chip's words with its particle, as the preview and exports print them. */
  label: string;
  /** The particle alone (already in `label`), shown apart inside the chip. */
  particle: string;
  form: CitationForm | 'custom';
  ruleForm: CitationForm;
  unresolved: boolean;
  /** A cited source has no label in the draft's language: the chip says so. */
  missingLabel: boolean;
  /** A back-reference the language cannot tell apart from an alike source. */
  ambiguous: boolean;
  /** Position of the citation among all citations of the document. */
  index: number;
  /** Whether it opened a sentence when the words were computed (capitalized). */
  sentenceStart: boolean;
}

export interface CitationLabelState {
  context: CitationContext;
  decorations: DecorationSet;
  count: number;
  /** Mapped through a composition without recomputing. */
  stale: boolean;
}

export const citationLabelsKey = new PluginKey<CitationLabelState>('citationLabels');

export const LOADING_LABEL = '…';

function computeLabels(doc: PMNode, context: CitationContext): CitationLabelState {
  const citations = pmCitations(doc);
  const rendered = context.ready ? renderCitations(citationInputsOf(citations, context.statements), context.labels, context.language) : [];
  const decorations = citations.map((citation, index) => {
    const r = rendered[index];
    // Only Korean copy has particles: a draft switched to another language shows the words alone.
    const particle = r && citation.attrs.particle && context.language === 'ko' ? particleAfter(r.text, citation.attrs.particle, context.readings) : '';
    const spec: CitationLabelSpec = {
      citationLabel: true,
      label: (r?.text ?? LOADING_LABEL) + particle,
      particle,
      form: r?.form ?? 'indefinite',
      ruleForm: r?.ruleForm ?? 'indefinite',
      unresolved: r?.unresolved ?? false,
      missingLabel: (r?.missingLabel?.length ?? 0) > 0,
      ambiguous: r?.ambiguous ?? false,
      index,
      sentenceStart: citation.atSentenceStart,
    };
    return Decoration.node(citation.pos, citation.pos + 1, {}, spec);
  });
  return { context, decorations: DecorationSet.create(doc, decorations), count: citations.length, stale: false };
}

export function labelsPlugin(): Plugin<CitationLabelState> {
  return new Plugin<CitationLabelState>({
    key: citationLabelsKey,
    state: {
      init: (_config, state) => computeLabels(state.doc, EMPTY_CONTEXT),
      apply(tr: Transaction, prev: CitationLabelState, _old: EditorState, next: EditorState): CitationLabelState {
        const meta = tr.getMeta(citationLabelsKey) as { context?: CitationContext } | undefined;
        if (meta?.context) return computeLabels(next.doc, meta.context);
        if (!tr.docChanged) return prev.stale && tr.getMeta(REFRESH_META) ? computeLabels(next.doc, prev.context) : prev;
        if (isComposing(tr)) return { ...prev, decorations: prev.decorations.map(tr.mapping, tr.doc), stale: true };
        if (prev.stale) return computeLabels(next.doc, prev.context);
        const change = classifyChange(tr);
        if (change === 'citations') return computeLabels(next.doc, prev.context);
        const decorations = prev.decorations.map(tr.mapping, tr.doc);
        // Text changed beside citations: only a citation that starts (or stops starting) a sentence
        // changes its words, and only citations in the touched blocks can.
        if (change === 'text' && !sentenceStartsHold(tr, decorations)) return computeLabels(next.doc, prev.context);
        return { ...prev, decorations };
      },
    },
    props: {
      decorations: (state) => citationLabelsKey.getState(state)?.decorations,
    },
  });
}

/** The label spec of the citation at `pos`, if there is one. */
export function citationLabelAt(state: EditorState, pos: number): CitationLabelSpec | null {
  const found = citationLabelsKey.getState(state)?.decorations.find(pos, pos + 1, (spec) => (spec as Partial<CitationLabelSpec>).citationLabel === true);
  const deco = found?.find((d) => d.from === pos);
  return deco ? (deco.spec as CitationLabelSpec) : null;
}

/** Words for every citation of the document by position, for copying as plain text. */
export function citationLabelsByPos(state: EditorState): Map<number, string> {
  const out = new Map<number, string>();
  for (const deco of citationLabelsKey.getState(state)?.decorations.find() ?? []) {
    const spec = deco.spec as Partial<CitationLabelSpec>;
    if (spec.citationLabel) out.set(deco.from, spec.label ?? '');
  }
  return out;
}
