import type { Editor } from '@tiptap/core';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';
import { useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { matches } from '../app/shortcuts';
import { removeCitation } from './citation-commands';
import { selectChip } from './extensions/citation';
import { chipPosition } from './extensions/citation-view';

// Citation chips: hover and focus show what a chip cites, Enter or a click opens its settings.
// The handlers sit on the surface around the editor (one set for every chip), because chips are
// ProseMirror node views that React does not render.

export type ChipTip = { pos: number; anchor: DOMRect | null; via: 'hover' | 'focus' };

function chipOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? (target.closest('.citation-chip') as HTMLElement | null) : null;
}

/** `showMenu` opens the citation menu of the chip at a position (the screen owns the menu). */
export function useChipTips(editor: Editor, tipId: string, showMenu: (pos: number) => void) {
  const [tip, setTip] = useState<ChipTip | null>(null);
  const tipTimer = useRef<number | null>(null);

  // The menu covers what the tip said.
  function openMenu(pos: number) {
    setTip(null);
    showMenu(pos);
  }

  function clearTipTimer() {
    if (tipTimer.current !== null) window.clearTimeout(tipTimer.current);
    tipTimer.current = null;
  }

  // A tip shown by focus stays while the chip has focus, whatever the pointer does.
  const hideHoverTip = () => setTip((t) => (t?.via === 'hover' ? null : t));

  function onMouseOver(event: MouseEvent) {
    const chip = chipOf(event.target);
    if (!chip) return;
    const pos = chipPosition(chip);
    if (pos === null) return;
    clearTipTimer();
    tipTimer.current = window.setTimeout(() => setTip({ pos, anchor: chip.getBoundingClientRect(), via: 'hover' }), 250);
  }

  function onMouseOut(event: MouseEvent) {
    if (!chipOf(event.target)) return;
    clearTipTimer();
    tipTimer.current = window.setTimeout(hideHoverTip, 200);
  }

  function onFocus(event: FocusEvent) {
    const chip = chipOf(event.target);
    if (!chip || event.target !== chip) return;
    const pos = chipPosition(chip);
    if (pos === null) return;
    chip.setAttribute('aria-describedby', tipId);
    setTip({ pos, anchor: chip.getBoundingClientRect(), via: 'focus' });
  }

  function onBlur(event: FocusEvent) {
    const chip = chipOf(event.target);
    if (!chip) return;
    chip.removeAttribute('aria-describedby');
    setTip((t) => (t?.via === 'focus' ? null : t));
  }

  function onClick(event: MouseEvent) {
    const chip = chipOf(event.target);
    if (!chip) return;
    const pos = chipPosition(chip);
    if (pos === null) return;
    event.preventDefault();
    editor.view.dispatch(editor.state.tr.setSelection(NodeSelection.create(editor.state.doc, pos)));
    openMenu(pos);
  }

  /** Keys on a chip that has focus itself (reached with Tab). */
  function onKeyDown(event: KeyboardEvent) {
    const chip = chipOf(event.target);
    if (!chip || event.target !== chip) return;
    const pos = chipPosition(chip);
    if (pos === null) return;
    const caret = (at: number) => {
      editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, at)));
      editor.view.focus();
    };
    if (matches('chipOpen', event)) {
      event.preventDefault();
      openMenu(pos);
    } else if (matches('closeEditorPanel', event)) {
      event.preventDefault();
      event.stopPropagation();
      setTip(null);
      selectChip(editor.view, pos);
    } else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      caret(event.key === 'ArrowLeft' ? pos : pos + 1);
    } else if (matches('chipRemove', event)) {
      event.preventDefault();
      setTip(null);
      removeCitation(editor, pos);
      editor.view.focus();
    }
  }

  return {
    tip,
    hideTip: () => setTip(null),
    openMenu,
    hideHoverTip,
    clearTipTimer,
    surfaceHandlers: { onMouseOver, onMouseOut, onFocus, onBlur, onClick, onKeyDown },
  };
}
