import { useEffect } from 'react';
import { modalOpen } from '../components/dialog';

/** True when keys typed into the target are text: plain-letter shortcuts must not fire there. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color', 'image'].includes(target.type);
}

function isKey(event: KeyboardEvent, letter: string): boolean {
  return event.key.toLowerCase() === letter || event.code === `Key${letter.toUpperCase()}`;
}

interface FrameShortcuts {
  /** Ctrl+Shift+N / Cmd+Shift+N, from anywhere (fields included). */
  onQuickAdd: () => void;
  /** "/" or Ctrl+F / Cmd+F, when not typing in a field. */
  onSearch: () => void;
}

export function useFrameShortcuts({ onQuickAdd, onSearch }: FrameShortcuts) {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.repeat || event.altKey || event.defaultPrevented || modalOpen()) return;
      const command = event.ctrlKey || event.metaKey;
      if (command && event.shiftKey && isKey(event, 'n')) {
        event.preventDefault();
        onQuickAdd();
        return;
      }
      if (isTypingTarget(event.target)) return;
      if ((command && !event.shiftKey && isKey(event, 'f')) || (!command && event.key === '/')) {
        event.preventDefault();
        onSearch();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onQuickAdd, onSearch]);
}
