import { Extension } from '@tiptap/core';
import { Fragment, Slice, type Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, Selection, TextSelection, type EditorState } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { combosOf, keymapName, matches } from '../../app/shortcuts';
import { newCitationId } from '../citation-data';
import type { EditorBridge } from './bridge';
import { citationLabelsByPos } from './citation-labels';
import { REFRESH_META } from './plugin-helpers';

// Editor-wide behaviour: the Shieldnote shortcuts (Ctrl/Cmd+K, Ctrl/Cmd+Shift+K, Ctrl/Cmd+F, Escape), the end of
// IME compositions, and a clipboard that never parses HTML. Trusted Types are enforced
// (trusted-types 'none'), so ProseMirror's HTML clipboard parser cannot run; Shieldnote copies
// its own slices as JSON under a private type and everything else is pasted as plain text.

export const SLICE_MIME = 'application/x-shieldnote-slice';


/** The selection as plain text, with each citation's words as the chip shows them. */
export function plainTextBetween(state: EditorState, from: number, to: number): string {
  const labels = citationLabelsByPos(state);
  const positions: number[] = [];
  state.doc.nodesBetween(from, to, (node, pos) => {
    if (node.type.name === 'citation') positions.push(pos);
    return true;
  });
  let next = 0;
  return state.doc.textBetween(from, to, '\n\n', (leaf: PMNode) => {
    if (leaf.type.name === 'citation') return labels.get(positions[next++] ?? -1) ?? 'source';
    if (leaf.type.name === 'hardBreak') return '\n';
    return '';
  });
}

/** Pasted citations get new ids, so one citation copied twice is two citations. */
function withFreshCitationIds(fragment: Fragment): Fragment {
  const nodes: PMNode[] = [];
  fragment.forEach((node) => {
    if (node.type.name === 'citation') nodes.push(node.type.create({ ...node.attrs, citationId: newCitationId() }, null, node.marks));
    else if (node.isText || node.isLeaf) nodes.push(node);
    else nodes.push(node.copy(withFreshCitationIds(node.content)));
  });
  return Fragment.from(nodes);
}

function copySelection(view: EditorView, event: ClipboardEvent): boolean {
  const data = event.clipboardData;
  const { selection } = view.state;
  if (!data || selection.empty) return false;
  const slice = selection.content();
  data.clearData();
  data.setData('text/plain', plainTextBetween(view.state, selection.from, selection.to));
  data.setData(SLICE_MIME, JSON.stringify(slice.toJSON()));
  event.preventDefault();
  if (event.type === 'cut') view.dispatch(view.state.tr.deleteSelection().scrollIntoView().setMeta('uiEvent', 'cut'));
  return true;
}

function paste(view: EditorView, event: ClipboardEvent): boolean {
  const data = event.clipboardData;
  if (!data) return false;
  event.preventDefault();
  const json = data.getData(SLICE_MIME);
  if (json) {
    try {
      const parsed = Slice.fromJSON(view.state.schema, JSON.parse(json) as Record<string, unknown>);
      parsed.content.forEach((node) => node.check());
      const slice = new Slice(withFreshCitationIds(parsed.content), parsed.openStart, parsed.openEnd);
      view.dispatch(view.state.tr.replaceSelection(slice).scrollIntoView().setMeta('paste', true).setMeta('uiEvent', 'paste'));
      return true;
    } catch {
      // Not ours after all: fall back to its text.
    }
  }
  const text = data.getData('text/plain');
  if (text) view.pasteText(text, event);
  return true;
}

function drop(view: EditorView, event: DragEvent): boolean {
  // A drag inside the editor carries its own slice; ProseMirror moves it without parsing HTML.
  if (view.dragging) return false;
  event.preventDefault();
  const text = event.dataTransfer?.getData('text/plain');
  const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
  if (!text || !at) return true;
  view.dispatch(view.state.tr.insertText(text.replace(/\r\n?/g, '\n'), at.pos).setMeta('uiEvent', 'drop'));
  return true;
}

export interface BehaviourOptions {
  bridge: EditorBridge;
}

export const Behaviour = Extension.create<BehaviourOptions>({
  name: 'shieldnoteBehaviour',

  addOptions() {
    return { bridge: undefined as unknown as EditorBridge };
  },

  // Top-level blocks are `content-visibility: auto`: the browser's own Ctrl+End / Ctrl+Home land
  // in the last block it has laid out, not at the end of the story. ProseMirror moves instead.
  // The keys come from the shortcut table (app/shortcuts.ts); with Shift they extend the selection.
  addKeyboardShortcuts() {
    const jump = (toEnd: boolean, extend: boolean) => () =>
      this.editor.commands.command(({ tr }) => {
        const target = toEnd ? Selection.atEnd(tr.doc) : Selection.atStart(tr.doc);
        tr.setSelection(extend ? TextSelection.between(tr.selection.$anchor, target.$head) : target).scrollIntoView();
        return true;
      });
    const keys: Record<string, () => boolean> = {};
    for (const [id, toEnd] of [['storyEnd', true], ['storyStart', false]] as const) {
      for (const combo of combosOf(id)) {
        keys[keymapName(combo)] = jump(toEnd, false);
        keys[keymapName({ ...combo, shift: true })] = jump(toEnd, true);
      }
    }
    return keys;
  },

  addProseMirrorPlugins() {
    const bridge = this.options.bridge;
    return [
      // A click in the empty space under the last block leaves ProseMirror with a text selection
      // between blocks (after the paragraph, in the document itself). Typing there works, but an
      // IME composition started there breaks off after its first keystroke, so the first jamo
      // stays behind as a letter of its own ("ㅈ지난달"). The caret goes into the nearest text.
      new Plugin({
        key: new PluginKey('shieldnoteCaretInText'),
        appendTransaction(transactions, _old, state) {
          const { selection } = state;
          if (!(selection instanceof TextSelection) || !transactions.some((tr) => tr.selectionSet)) return null;
          if (selection.$anchor.parent.inlineContent && selection.$head.parent.inlineContent) return null;
          const inText = TextSelection.between(selection.$anchor, selection.$head);
          return inText.eq(selection) ? null : state.tr.setSelection(inText).setMeta('addToHistory', false);
        },
      }),
      new Plugin({
        key: new PluginKey('shieldnoteBehaviour'),
        props: {
          handleKeyDown(_view, event) {
            let handled = false;
            if (matches('find', event)) {
              bridge.openFind();
              handled = true;
            } else if (matches('cite', event)) {
              bridge.openPalette();
              handled = true;
            } else if (matches('link', event)) {
              bridge.openLink();
              handled = true;
            } else if (matches('closeEditorPanel', event) && !event.isComposing) {
              handled = bridge.escape();
            }
            // Ours: the app's global shortcuts (Ctrl+F is search elsewhere) must not see it.
            if (handled) event.stopPropagation();
            return handled;
          },
          handleDOMEvents: {
            copy: (view, event) => copySelection(view, event),
            cut: (view, event) => copySelection(view, event),
            paste: (view, event) => paste(view, event),
            drop: (view, event) => drop(view, event),
            compositionend: (view) => {
              window.setTimeout(() => {
                if (view.isDestroyed || view.composing) return;
                view.dispatch(view.state.tr.setMeta(REFRESH_META, true).setMeta('addToHistory', false));
                bridge.compositionEnded();
              }, 30);
              return false;
            },
          },
        },
      }),
    ];
  },
});
