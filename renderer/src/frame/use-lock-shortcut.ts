import { useEffect } from 'react';

/** Ctrl+L or Cmd+L locks from anywhere in the window, including inside text fields. */
export function useLockShortcut(onLock: () => void) {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.repeat || event.altKey || event.shiftKey) return;
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'l') return;
      event.preventDefault();
      onLock();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onLock]);
}
