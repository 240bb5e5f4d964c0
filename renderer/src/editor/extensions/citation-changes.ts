import type { Node as PMNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { AddMarkStep, AttrStep, RemoveMarkStep, ReplaceStep } from '@tiptap/pm/transform';
import type { DecorationSet } from '@tiptap/pm/view';
import { pmCitations, textblockHasCitation } from '../citation-data';
import type { CitationLabelSpec } from './citation-labels';

// What a transaction did to the citations, so the labels plugin recomputes the words only when
// they can have changed.

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
export function classifyChange(tr: Transaction): 'none' | 'text' | 'citations' {
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
export function sentenceStartsHold(tr: Transaction, decorations: DecorationSet): boolean {
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
