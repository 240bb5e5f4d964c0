import type { Node as PMNode } from '@tiptap/pm/model';
import type { Decoration, NodeView } from '@tiptap/pm/view';
import { LOADING_LABEL, type CitationLabelSpec } from './citation-labels';
import { translate } from '../../i18n/translate';

// The citation chip: a plain-DOM node view whose words come from its decorations
// (citation-labels.ts), never from the document.

const chipPositions = new WeakMap<Element, () => number | undefined>();

/** The document position of a chip element rendered by the node view. */
export function chipPosition(element: Element): number | null {
  const pos = chipPositions.get(element)?.();
  return typeof pos === 'number' ? pos : null;
}

export class CitationView implements NodeView {
  readonly dom: HTMLSpanElement;
  private node: PMNode;
  private label: string | null = null;
  private particle = '';
  private unresolved = false;
  private flag: 'missing-label' | 'ambiguous' | null = null;

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
    const particle = spec?.particle ?? '';
    if (label !== this.label || particle !== this.particle) {
      this.label = label;
      this.particle = particle;
      // The particle the chip owns is shown apart, so the reporter sees it belongs to the chip.
      this.dom.textContent = particle ? label.slice(0, label.length - particle.length) : label;
      if (particle) {
        const span = document.createElement('span');
        span.className = 'citation-particle';
        span.textContent = particle;
        this.dom.append(span);
      }
      this.dom.setAttribute('aria-label', translate('editor.chip.label', { label }));
    }
    const unresolved = spec?.unresolved ?? false;
    if (unresolved !== this.unresolved) {
      this.unresolved = unresolved;
      this.dom.classList.toggle('citation-unresolved', unresolved);
    }
    // A source with no label in the draft's language, or a back-reference the language cannot
    // tell apart: marked like a missing source, and the chip's tip says what to do.
    const flag = spec?.missingLabel ? 'missing-label' : spec?.ambiguous ? 'ambiguous' : null;
    if (flag !== this.flag) {
      this.flag = flag;
      this.dom.classList.toggle('citation-no-label', flag === 'missing-label');
      this.dom.classList.toggle('citation-ambiguous', flag === 'ambiguous');
      if (flag) this.dom.setAttribute('data-flag', flag);
      else this.dom.removeAttribute('data-flag');
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
