import { useEffect } from 'react';
import { matches } from '../app/shortcuts';
import { modalOpen } from '../components/dialog';

/** True when keys typed into the target are text: plain-letter shortcuts must not fire there. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color', 'image'].includes(target.type);
}

interface FrameShortcuts {
  /** quickAdd, from anywhere (fields included). */
  onQuickAdd: () => void;
  /** search, when not typing in a field. */
  onSearch: () => void;
  /** shortcutSheet, from anywhere. */
  onShortcutSheet: () => void;
}

/** The frame's shortcuts from the table in app/shortcuts.ts; they stand back while a dialog is open. */
export function useFrameShortcuts({ onQuickAdd, onSearch, onShortcutSheet }: FrameShortcuts) {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.repeat || event.defaultPrevented || modalOpen()) return;
      const run = (action: () => void) => {
        event.preventDefault();
        action();
      };
      if (matches('quickAdd', event)) return run(onQuickAdd);
      if (matches('shortcutSheet', event)) return run(onShortcutSheet);
      if (isTypingTarget(event.target)) return;
      if (matches('search', event)) run(onSearch);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onQuickAdd, onSearch, onShortcutSheet]);
}
