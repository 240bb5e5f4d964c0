import { Node, mergeAttributes } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { NodeSelection, Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { AddMarkStep, AttrStep, RemoveMarkStep, ReplaceStep } from '@tiptap/pm/transform';
import { Decoration, DecorationSet, type NodeView, type EditorView } from '@tiptap/pm/view';
import { renderCitations, type CitationForm } from '../../../../common/attribution/attribution-engine';
import { citationInputsOf, EMPTY_CONTEXT, pmCitations, textblockHasCitation, type CitationContext } from '../citation-data';
import type { EditorBridge } from './bridge';
import { isComposing, REFRESH_META } from './plugin-helpers';

// The citation: an inline atom whose words are derived, never stored. A plugin renders every
// citation of the document with the attribution engine into a DecorationSet (a node decoration
// per citation whose spec carries the words); the plain-DOM node view reads its words from its
// decorations. Labels stay out of the document and so out of undo history, and typing elsewhere
// only maps the set.

export interface CitationLabelSpec {
  citationLabel: true;
  label: string;
  form: CitationForm | 'custom';
  ruleForm: CitationForm;
  unresolved: boolean;
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

const LOADING_LABEL = '…';

function computeLabels(doc: PMNode, context: CitationContext): CitationLabelState {
  const citations = pmCitations(doc);
  const rendered = context.ready ? renderCitations(citationInputsOf(citations, context.statements), context.labels) : [];
  const decorations = citations.map((citation, index) => {
    const r = rendered[index];
    const spec: CitationLabelSpec = {
      citationLabel: true,
      label: r?.text ?? LOADING_LABEL,
      form: r?.form ?? 'indefinite',
      ruleForm: r?.ruleForm ?? 'indefinite',
      unresolved: r?.unresolved ?? false,
      index,
      sentenceStart: citation.atSentenceStart,
    };
    return Decoration.node(citation.pos, citation.pos + 1, {}, spec);
  });
  return { context, decorations: DecorationSet.create(doc, decorations), count: citations.length, stale: false };
}

function labelsPlugin(): Plugin<CitationLabelState> {
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

function rangeHasCitation(doc: PMNode, from: number, to: number): boolean {
  const size = doc.content.size;
  const start = Math.max(0, Math.min(from, size));
  const end = Math.max(start, Math.min(to, size));
  if (end <= start) return false;
  let found = false;
  doc.nodesBetween(start, end, (node) => {
    if (found) return false;
    if (node.type.name === 'citation') found = true;
    return !node.isTextblock || textblockHasCitation(node);
  });
  return found;
}

/**
 * What a transaction did to the citations: 'citations' when one was added, removed, moved or
 * changed (recompute everything), 'text' when text changed in a block that holds citations
 * (their sentence starts may have changed), 'none' otherwise.
 */
function classifyChange(tr: Transaction): 'none' | 'text' | 'citations' {
  let result: 'none' | 'text' = 'none';
  for (let i = 0; i < tr.steps.length; i++) {
    const step = tr.steps[i]!;
    const before = tr.docs[i]!;
    const after = i + 1 < tr.docs.length ? tr.docs[i + 1]! : tr.doc;
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) continue;
    if (step instanceof AttrStep) {
      if (before.nodeAt(step.pos)?.type.name === 'citation') return 'citations';
      continue;
    }
    let ranges = 0;
    let touched = 'none' as 'none' | 'text' | 'citations';
    step.getMap().forEach((oldStart, oldEnd, newStart, newEnd) => {
      ranges++;
      if (touched === 'citations') return;
      if (rangeHasCitation(before, oldStart, oldEnd) || rangeHasCitation(after, newStart, newEnd)) touched = 'citations';
      else if (stepsTouchBlock(before, oldStart, oldEnd) || stepsTouchBlock(after, newStart, newEnd)) touched = 'text';
    });
    if (ranges === 0 && !(step instanceof ReplaceStep)) return 'citations'; // an unknown kind of step
    if (touched === 'citations') return 'citations';
    if (touched === 'text') result = 'text';
  }
  return result;
}

function stepsTouchBlock(doc: PMNode, from: number, to: number): boolean {
  const size = doc.content.size;
  const $from = doc.resolve(Math.max(0, Math.min(from, size)));
  const $to = doc.resolve(Math.max(0, Math.min(to, size)));
  return (
    ($from.parent.isTextblock && textblockHasCitation($from.parent)) ||
    ($to.parent.isTextblock && textblockHasCitation($to.parent)) ||
    rangeHasCitation(doc, from, to)
  );
}

/** True when every citation in the blocks the transaction touched still opens (or not) a sentence as before. */
function sentenceStartsHold(tr: Transaction, decorations: DecorationSet): boolean {
  const doc = tr.doc;
  const blocks = new Set<number>();
  const size = doc.content.size;
  const addBlocksAround = (from: number, to: number) => {
    const start = Math.max(0, Math.min(from, size));
    const end = Math.max(start, Math.min(to, size));
    for (const pos of [start, end]) {
      const $pos = doc.resolve(pos);
      if ($pos.parent.isTextblock) blocks.add($pos.before());
    }
    doc.nodesBetween(start, end, (node, pos) => {
      if (node.isTextblock) {
        blocks.add(pos);
        return false;
      }
      return true;
    });
  };
  tr.steps.forEach((step, i) => {
    const rest = tr.mapping.slice(i + 1);
    step.getMap().forEach((_oldStart, _oldEnd, newStart, newEnd) => addBlocksAround(rest.map(newStart, -1), rest.map(newEnd, 1)));
  });
  const citations = pmCitations(doc, [...blocks]);
  for (const citation of citations) {
    const deco = decorations.find(citation.pos, citation.pos + 1, (spec) => (spec as Partial<CitationLabelSpec>).citationLabel === true).find((d) => d.from === citation.pos);
    if (!deco || (deco.spec as CitationLabelSpec).sentenceStart !== citation.atSentenceStart) return false;
  }
  return true;
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

const chipPositions = new WeakMap<Element, () => number | undefined>();

/** The document position of a chip element rendered by the node view. */
export function chipPosition(element: Element): number | null {
  const pos = chipPositions.get(element)?.();
  return typeof pos === 'number' ? pos : null;
}

class CitationView implements NodeView {
  readonly dom: HTMLSpanElement;
  private node: PMNode;
  private label: string | null = null;
  private unresolved = false;

  constructor(node: PMNode, decorations: readonly Decoration[], getPos: () => number | undefined) {
    this.node = node;
    const dom = document.createElement('span');
    dom.className = 'citation-chip';
    dom.setAttribute('role', 'button');
    dom.setAttribute('tabindex', '0');
    dom.setAttribute('aria-haspopup', 'dialog');
    dom.setAttribute('contenteditable', 'false');
    dom.setAttribute('data-citation', '');
    this.dom = dom;
    chipPositions.set(dom, getPos);
    this.render(decorations);
  }

  private render(decorations: readonly Decoration[]) {
    let spec: CitationLabelSpec | null = null;
    for (const deco of decorations) {
      const s = deco.spec as Partial<CitationLabelSpec>;
      if (s.citationLabel) {
        spec = s as CitationLabelSpec;
        break;
      }
    }
    const label = spec?.label ?? LOADING_LABEL;
    if (label !== this.label) {
      this.label = label;
      this.dom.textContent = label;
      this.dom.setAttribute('aria-label', `Citation: ${label}`);
    }
    const unresolved = spec?.unresolved ?? false;
    if (unresolved !== this.unresolved) {
      this.unresolved = unresolved;
      this.dom.classList.toggle('citation-unresolved', unresolved);
    }
  }

  update(node: PMNode, decorations: readonly Decoration[]): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.render(decorations);
    return true;
  }

  selectNode() {
    this.dom.classList.add('ProseMirror-selectednode');
  }

  deselectNode() {
    this.dom.classList.remove('ProseMirror-selectednode');
  }

  /** Keys pressed while the chip itself has focus belong to the chip, not to the text. */
  stopEvent(event: Event): boolean {
    return event.target === this.dom && (event.type.startsWith('key') || event.type === 'beforeinput' || event.type === 'input');
  }

  ignoreMutation(): boolean {
    return true;
  }

  destroy() {
    chipPositions.delete(this.dom);
  }
}

export interface CitationOptions {
  bridge: EditorBridge;
}

const listAttr = (name: string) => ({
  default: [] as unknown[],
  parseHTML: (element: HTMLElement) => {
    try {
      const value: unknown = JSON.parse(element.getAttribute(`data-${name}`) ?? '[]');
      return Array.isArray(value) ? value : [];
    } catch {
      return [];
    }
  },
  renderHTML: () => ({}),
});

export const Citation = Node.create<CitationOptions>({
  name: 'citation',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: true,
  marks: '',

  addOptions() {
    return { bridge: undefined as unknown as EditorBridge };
  },

  addAttributes() {
    const plain = { renderHTML: () => ({}) };
    return {
      citationId: { default: '', ...plain },
      statementIds: listAttr('statement-ids'),
      revisions: listAttr('revisions'),
      override: { default: null, ...plain },
      customText: { default: null, ...plain },
      showDate: { default: false, ...plain },
      outlet: { default: '', ...plain },
    };
  },

  // Never read from pasted HTML: citations only arrive through the palette or Shieldnote's own clipboard.
  parseHTML() {
    return [];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { class: 'citation-chip', 'data-citation': '' }), 'source'];
  },

  renderText() {
    return 'source';
  },

  addNodeView() {
    return ({ node, decorations, getPos }) => new CitationView(node, decorations, getPos);
  },

  addKeyboardShortcuts() {
    const openIfSelected = () => {
      const { selection } = this.editor.state;
      if (selection instanceof NodeSelection && selection.node.type.name === 'citation') {
        this.options.bridge.openCitationMenu(selection.from);
        return true;
      }
      return false;
    };
    return { Enter: openIfSelected };
  },

  addProseMirrorPlugins() {
    return [labelsPlugin()];
  },
});

/** Selects the chip at `pos` and gives the editor focus (after its menu or popover closes). */
export function selectChip(view: EditorView, pos: number) {
  const node = view.state.doc.nodeAt(pos);
  if (!node) return;
  view.focus();
  view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, pos)));
}
