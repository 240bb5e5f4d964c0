import { Mark } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { quoteMatches } from '../../../../common/attribution/quote-fidelity';
import { isComposing, REFRESH_META, stepsTouch } from './plugin-helpers';
import { translate } from '../../i18n/translate';

// The quoteSource mark: words quoted from a statement, with the statement's text at the time.
// A plugin compares each quote with what the source said and underlines the ones that differ.

export interface QuoteRange {
  from: number;
  to: number;
  text: string;
  statementId: string;
  revision: number;
  original: string;
}

export interface QuoteFidelityState {
  decorations: DecorationSet;
  /** Quotes that no longer match their statement, in document order. */
  changed: QuoteRange[];
  stale: boolean;
}

export const quoteFidelityKey = new PluginKey<QuoteFidelityState>('quoteFidelity');

function hasQuote(node: PMNode): boolean {
  let found = false;
  node.forEach((child) => {
    if (!found && child.marks.some((m) => m.type.name === 'quoteSource')) found = true;
  });
  return found;
}

/** Every quote of the document, read as common/document/draft-doc.ts collectQuotes() reads them. */
export function pmQuotes(doc: PMNode): QuoteRange[] {
  const out: QuoteRange[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    if (!hasQuote(node)) return false;
    let open: QuoteRange | null = null;
    node.forEach((child, offset) => {
      const start = pos + 1 + offset;
      if (child.isText) {
        const mark = child.marks.find((m) => m.type.name === 'quoteSource');
        if (!mark) {
          open = null;
          return;
        }
        const statementId = String(mark.attrs.statementId ?? '');
        if (open && open.statementId === statementId) {
          open.text += child.text ?? '';
          open.to = start + child.nodeSize;
        } else {
          open = {
            from: start,
            to: start + child.nodeSize,
            text: child.text ?? '',
            statementId,
            revision: Number(mark.attrs.revision ?? 0),
            original: String(mark.attrs.original ?? ''),
          };
          out.push(open);
        }
      } else if (child.type.name === 'citation') {
        open = null;
      }
    });
    return false;
  });
  return out;
}

function compute(doc: PMNode): QuoteFidelityState {
  const changed = pmQuotes(doc).filter((q) => !quoteMatches(q.text, q.original));
  const decorations = changed.map((q) =>
    Decoration.inline(q.from, q.to, { class: 'quote-changed', title: translate('editor.quotes.changedTitle') }, { quoteChanged: true }),
  );
  return { decorations: DecorationSet.create(doc, decorations), changed, stale: false };
}

function fidelityPlugin(): Plugin<QuoteFidelityState> {
  return new Plugin<QuoteFidelityState>({
    key: quoteFidelityKey,
    state: {
      init: (_config, state) => compute(state.doc),
      apply(tr: Transaction, prev: QuoteFidelityState, _old: EditorState, next: EditorState): QuoteFidelityState {
        if (!tr.docChanged) return prev.stale && tr.getMeta(REFRESH_META) ? compute(next.doc) : prev;
        const mapped = (): QuoteFidelityState => ({
          decorations: prev.decorations.map(tr.mapping, tr.doc),
          changed: prev.changed.map((q) => ({ ...q, from: tr.mapping.map(q.from, 1), to: tr.mapping.map(q.to, -1) })),
          stale: prev.stale,
        });
        if (isComposing(tr)) return { ...mapped(), stale: true };
        if (prev.stale || stepsTouch(tr, hasQuote, (step) => step.mark.type.name === 'quoteSource')) return compute(next.doc);
        return prev.changed.length === 0 ? { ...prev, decorations: prev.decorations.map(tr.mapping, tr.doc) } : mapped();
      },
    },
    props: {
      decorations: (state) => quoteFidelityKey.getState(state)?.decorations,
    },
  });
}

export const QuoteSource = Mark.create({
  name: 'quoteSource',
  // Typing at either end of a quote is the reporter's own text, not the source's.
  inclusive: false,

  addAttributes() {
    const plain = { renderHTML: () => ({}) };
    return {
      statementId: { default: '', ...plain },
      revision: { default: 0, ...plain },
      original: { default: '', ...plain },
    };
  },

  parseHTML() {
    return [];
  },

  renderHTML() {
    return ['span', { class: 'quote-source' }, 0];
  },

  addProseMirrorPlugins() {
    return [fidelityPlugin()];
  },
});
