import { Node, mergeAttributes } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { combosOf, keymapName } from '../../app/shortcuts';
import type { EditorBridge } from './bridge';
import { labelsPlugin } from './citation-labels';
import { particlesPlugin, removeParticleBefore } from './particles';
import { CitationView } from './citation-view';

// The citation: an inline atom whose words are derived, never stored (citation-labels.ts computes
// them; citation-view.ts shows them in a chip).

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
      particle: { default: null, ...plain },
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
    return { ...Object.fromEntries(combosOf('openCitation').map((combo) => [keymapName(combo), openIfSelected])), Backspace: () => removeParticleBefore(this.editor.view) };
  },

  addProseMirrorPlugins() {
    return [labelsPlugin(), particlesPlugin()];
  },
});

/** Selects the chip at `pos` and gives the editor focus (after its menu or popover closes). */
export function selectChip(view: EditorView, pos: number) {
  const node = view.state.doc.nodeAt(pos);
  if (!node) return;
  view.focus();
  view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, pos)));
}
