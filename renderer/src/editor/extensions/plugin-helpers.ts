import type { Node as PMNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { AddMarkStep, RemoveMarkStep } from '@tiptap/pm/transform';

// Shared by the editor's decoration plugins: they map their decorations through ordinary typing
// and recompute only when a change touches what they decorate.

/** Meta set on a transaction dispatched after an IME composition ends: stale plugins recompute. */
export const REFRESH_META = 'shieldnote:refresh';

/**
 * ProseMirror tags transactions read from the DOM during an IME composition (Korean, Japanese…).
 * Changing decorations around the text being composed would break the composition, so plugins
 * only map theirs then and catch up when it ends.
 */
export function isComposing(tr: Transaction): boolean {
  return tr.getMeta('composition') !== undefined;
}

/**
 * Whether any step of the transaction touches a textblock for which `blockMatters` is true, in the
 * document before or after the step. Steps without ranges (attribute steps) count as touching.
 * `marksMatter` decides for mark steps (they change no ranges).
 */
export function stepsTouch(
  tr: Transaction,
  blockMatters: (textblock: PMNode) => boolean,
  marksMatter: (step: AddMarkStep | RemoveMarkStep) => boolean = () => false,
): boolean {
  for (let i = 0; i < tr.steps.length; i++) {
    const step = tr.steps[i]!;
    const before = tr.docs[i]!;
    const after = i + 1 < tr.docs.length ? tr.docs[i + 1]! : tr.doc;
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) {
      if (marksMatter(step) && rangeTouches(before, step.from, step.to, blockMatters)) return true;
      continue;
    }
    let ranges = 0;
    let hit = false;
    step.getMap().forEach((oldStart, oldEnd, newStart, newEnd) => {
      ranges++;
      if (!hit && (rangeTouches(before, oldStart, oldEnd, blockMatters) || rangeTouches(after, newStart, newEnd, blockMatters))) hit = true;
    });
    if (hit || ranges === 0) return true;
  }
  return false;
}

function rangeTouches(doc: PMNode, from: number, to: number, blockMatters: (textblock: PMNode) => boolean): boolean {
  const size = doc.content.size;
  const start = Math.max(0, Math.min(from, size));
  const end = Math.max(start, Math.min(to, size));
  const $start = doc.resolve(start);
  if ($start.parent.isTextblock && blockMatters($start.parent)) return true;
  if (end > start) {
    const $end = doc.resolve(end);
    if ($end.parent.isTextblock && blockMatters($end.parent)) return true;
    let found = false;
    doc.nodesBetween(start, end, (node) => {
      if (found) return false;
      if (node.isTextblock) {
        if (blockMatters(node)) found = true;
        return false;
      }
      return true;
    });
    return found;
  }
  return false;
}
