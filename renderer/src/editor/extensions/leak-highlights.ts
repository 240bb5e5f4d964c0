import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { Mapping } from '@tiptap/pm/transform';
import type { LeakReportFinding } from '../../../../common/domain/leak-report';

// Leak-guard findings underlined in the text. The scan runs in main over the saved body, so its
// positions are positions in the document as it was saved: the editor keeps the mapping of every
// transaction since each save (a checkpoint) and maps the findings through it. Between scans the
// decorations are only mapped, never recomputed.

export interface LeakSpec {
  leak: true;
  key: string;
  /** Index of the finding in the report. */
  index: number;
}

export const leakHighlightsKey = new PluginKey<DecorationSet>('leakHighlights');

function leakPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: leakHighlightsKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr: Transaction, prev: DecorationSet, _old: EditorState, _next: EditorState): DecorationSet {
        const replaced = tr.getMeta(leakHighlightsKey) as DecorationSet | undefined;
        if (replaced) return replaced;
        return tr.docChanged ? prev.map(tr.mapping, tr.doc) : prev;
      },
    },
    props: {
      decorations: (state) => leakHighlightsKey.getState(state),
    },
  });
}

export const LeakHighlights = Extension.create({
  name: 'leakHighlights',
  addProseMirrorPlugins() {
    return [leakPlugin()];
  },
});

/** Decorations for the open body findings of a report, mapped to the current document. */
export function leakDecorations(state: EditorState, findings: readonly LeakReportFinding[], mapping: Mapping): DecorationSet {
  const size = state.doc.content.size;
  const decorations: Decoration[] = [];
  findings.forEach((finding, index) => {
    if (finding.field !== 'body' || finding.dismissed) return;
    const from = mapping.mapResult(finding.from, 1);
    const to = mapping.mapResult(finding.to, -1);
    if (from.deletedAfter && to.deletedBefore) return;
    if (from.pos >= to.pos || from.pos < 0 || to.pos > size) return;
    const spec: LeakSpec = { leak: true, key: finding.key, index };
    decorations.push(Decoration.inline(from.pos, to.pos, { class: `leak leak-${finding.severity}` }, spec));
  });
  return DecorationSet.create(state.doc, decorations);
}

/** Where the finding with this index is now, if its text is still there. */
export function leakRange(state: EditorState, index: number): { from: number; to: number } | null {
  const found = leakHighlightsKey.getState(state)?.find(undefined, undefined, (spec) => (spec as Partial<LeakSpec>).leak === true && (spec as LeakSpec).index === index);
  const deco = found?.[0];
  return deco ? { from: deco.from, to: deco.to } : null;
}

/**
 * Mappings since the snapshots taken for saves, by the body revision each save produced. Fed
 * every transaction; kept for the last few revisions only (a scan answers for the latest).
 */
export class CheckpointMappings {
  private pending = new Map<number, Mapping>();
  private byRevision = new Map<number, Mapping>();
  private nextToken = 1;

  constructor(initialRevision: number) {
    this.byRevision.set(initialRevision, new Mapping());
  }

  /** Called with every transaction that changed the document. */
  record(tr: Transaction) {
    for (const mapping of this.pending.values()) mapping.appendMapping(tr.mapping);
    for (const mapping of this.byRevision.values()) mapping.appendMapping(tr.mapping);
  }

  /** A save took its snapshot: start mapping from here. Returns a token for `saved`/`dropped`. */
  snapshot(): number {
    const token = this.nextToken++;
    this.pending.set(token, new Mapping());
    return token;
  }

  saved(token: number, revision: number) {
    const mapping = this.pending.get(token);
    this.pending.delete(token);
    if (!mapping) return;
    this.byRevision.set(revision, mapping);
    // Keep the three newest revisions: a scan may answer for a save just overtaken by another.
    const revisions = [...this.byRevision.keys()].sort((a, b) => b - a);
    for (const old of revisions.slice(3)) this.byRevision.delete(old);
  }

  dropped(token: number) {
    this.pending.delete(token);
  }

  /** The document was replaced wholesale (reloaded): only this revision is known now. */
  reset(revision: number) {
    this.pending.clear();
    this.byRevision.clear();
    this.byRevision.set(revision, new Mapping());
  }

  forRevision(revision: number): Mapping | null {
    return this.byRevision.get(revision) ?? null;
  }
}
