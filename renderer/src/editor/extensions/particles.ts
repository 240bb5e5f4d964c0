import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { isParticleKey, leadingHangul, parseParticle } from '../../../../common/attribution/korean-particles';
import { citationLabelsKey } from './citation-labels';
import { isComposing } from './plugin-helpers';

// A Korean particle typed right after a chip ("은", "와의") joins the chip: the chip then owns it
// and spells it from its own words (common/attribution/korean-particles.ts), so it follows the
// label. Text is never touched while an IME composes: the particle joins once the composition
// has ended (the compositionend refresh in behaviour.ts) and the particle is finished, i.e.
// something other than Hangul follows it or the caret has left it ("이" may still become "이라고").

export const particlesKey = new PluginKey('citationParticles');

interface Attach {
  chipPos: number;
  from: number;
  to: number;
  particle: string;
}

/** Particles waiting right after a chip in the textblock at `blockPos`. */
function pending(block: PMNode, blockPos: number, caret: number): Attach[] {
  const out: Attach[] = [];
  for (let i = 0, offset = 0; i < block.childCount; offset += block.child(i).nodeSize, i++) {
    const chip = block.child(i);
    if (chip.type.name !== 'citation' || i + 1 >= block.childCount) continue;
    const next = block.child(i + 1);
    if (!next.isText) continue;
    const text = next.text ?? '';
    const run = leadingHangul(text);
    if (!run) continue;
    const chipPos = blockPos + 1 + offset;
    const from = chipPos + chip.nodeSize;
    const to = from + run.length;
    if (run.length === text.length) {
      // The run reaches the end of its text node: a particle split by a mark is not one we read,
      // and one the caret still sits at the end of may be growing.
      const after = i + 2 < block.childCount ? block.child(i + 2) : null;
      if (after?.isText && leadingHangul(after.text ?? '')) continue;
      if (caret === to) continue;
    }
    const typed = parseParticle(run);
    if (!typed) continue;
    const owned = chip.attrs.particle as string | null;
    const particle = owned ? `${owned}+${typed}` : typed;
    if (isParticleKey(particle)) out.push({ chipPos, from, to, particle });
  }
  return out;
}

function textblockStart(state: EditorState, pos: number): number | null {
  const $pos = state.doc.resolve(Math.max(0, Math.min(pos, state.doc.content.size)));
  return $pos.parent.isTextblock ? $pos.before() : null;
}

export function particlesPlugin(): Plugin {
  let view: EditorView | null = null;
  return new Plugin({
    key: particlesKey,
    view(editorView) {
      view = editorView;
      return {
        destroy: () => {
          view = null;
        },
      };
    },
    appendTransaction(transactions: readonly Transaction[], oldState: EditorState, state: EditorState) {
      if (view?.composing || transactions.some(isComposing) || transactions.some((tr) => tr.getMeta(particlesKey))) return null;
      if (!transactions.some((tr) => tr.docChanged || tr.selectionSet || tr.getMeta('shieldnote:refresh'))) return null;
      // Only Korean copy attaches particles; a chip keeps one it owns in any language.
      if (citationLabelsKey.getState(state)?.context.language !== 'ko') return null;
      // Where the caret was and is: typing, a moved caret and a finished composition happen there.
      let oldHead = oldState.selection.head;
      for (const tr of transactions) oldHead = tr.mapping.map(oldHead);
      const blocks = new Set<number>();
      for (const pos of [oldHead, state.selection.head]) {
        const start = textblockStart(state, pos);
        if (start !== null) blocks.add(start);
      }
      const attaches: Attach[] = [];
      for (const blockPos of blocks) {
        const block = state.doc.nodeAt(blockPos);
        if (block?.isTextblock) attaches.push(...pending(block, blockPos, state.selection.head));
      }
      if (attaches.length === 0) return null;
      const tr = state.tr.setMeta(particlesKey, true);
      // From the end, so earlier positions stay valid.
      for (const a of attaches.sort((x, y) => y.from - x.from)) {
        tr.delete(a.from, a.to);
        tr.setNodeAttribute(a.chipPos, 'particle', a.particle);
      }
      return tr;
    },
  });
}

/** Backspace right after a chip that owns a particle takes the particle off, not the chip. */
export function removeParticleBefore(view: EditorView): boolean {
  const { selection } = view.state;
  if (!selection.empty || view.composing) return false;
  const before = selection.$from.nodeBefore;
  if (before?.type.name !== 'citation' || !before.attrs.particle) return false;
  view.dispatch(view.state.tr.setNodeAttribute(selection.from - before.nodeSize, 'particle', null).setMeta(particlesKey, true));
  return true;
}
