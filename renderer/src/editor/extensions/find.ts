import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { isComposing, REFRESH_META } from './plugin-helpers';

// Find in draft: matches of the query highlighted with decorations. Matching is case-insensitive
// and runs only while there is a query; a citation counts as one unmatchable character.

export interface FindMatch {
  from: number;
  to: number;
}

export interface FindState {
  query: string;
  matches: FindMatch[];
  /** Index of the current match, -1 when there is none. */
  current: number;
  decorations: DecorationSet;
  stale: boolean;
}

export const findKey = new PluginKey<FindState>('find');

export type FindMeta = { query: string; from?: number } | { current: number };

const EMPTY: FindState = { query: '', matches: [], current: -1, decorations: DecorationSet.empty, stale: false };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function findMatches(doc: PMNode, query: string): FindMatch[] {
  if (!query) return [];
  const pattern = new RegExp(escapeRegExp(query), 'giu');
  const out: FindMatch[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    // One character per position: inline atoms (citations, breaks) are U+FFFC.
    const text = node.textBetween(0, node.content.size, undefined, '\uFFFC');
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      out.push({ from: pos + 1 + m.index, to: pos + 1 + m.index + m[0].length });
    }
    return false;
  });
  return out;
}

function build(doc: PMNode, query: string, matches: FindMatch[], current: number): FindState {
  const decorations = matches.map((m, i) =>
    Decoration.inline(m.from, m.to, { class: i === current ? 'find-match find-match-current' : 'find-match' }),
  );
  return { query, matches, current, decorations: DecorationSet.create(doc, decorations), stale: false };
}

/** The first match at or after `pos` (wrapping), or -1. */
function firstFrom(matches: FindMatch[], pos: number): number {
  if (matches.length === 0) return -1;
  const index = matches.findIndex((m) => m.from >= pos);
  return index >= 0 ? index : 0;
}

function findPlugin(): Plugin<FindState> {
  return new Plugin<FindState>({
    key: findKey,
    state: {
      init: () => EMPTY,
      apply(tr: Transaction, prev: FindState, _old: EditorState, next: EditorState): FindState {
        const meta = tr.getMeta(findKey) as FindMeta | undefined;
        if (meta && 'query' in meta) {
          if (!meta.query) return EMPTY;
          const matches = findMatches(next.doc, meta.query);
          return build(next.doc, meta.query, matches, firstFrom(matches, meta.from ?? 0));
        }
        if (meta && 'current' in meta) return build(next.doc, prev.query, prev.matches, meta.current);
        if (!prev.query) return prev;
        if (!tr.docChanged) return prev.stale && tr.getMeta(REFRESH_META) ? refind(prev, next.doc, null) : prev;
        if (isComposing(tr)) {
          return {
            ...prev,
            matches: prev.matches.map((m) => ({ from: tr.mapping.map(m.from), to: tr.mapping.map(m.to) })),
            decorations: prev.decorations.map(tr.mapping, tr.doc),
            stale: true,
          };
        }
        return refind(prev, next.doc, tr);
      },
    },
    props: {
      decorations: (state) => findKey.getState(state)?.decorations,
    },
  });
}

function refind(prev: FindState, doc: PMNode, tr: Transaction | null): FindState {
  const matches = findMatches(doc, prev.query);
  const was = prev.matches[prev.current];
  const anchor = was ? (tr ? tr.mapping.map(was.from) : was.from) : 0;
  return build(doc, prev.query, matches, firstFrom(matches, anchor));
}

export const Find = Extension.create({
  name: 'find',
  addProseMirrorPlugins() {
    return [findPlugin()];
  },
});
