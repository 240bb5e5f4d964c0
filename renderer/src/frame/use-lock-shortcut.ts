import { useEffect } from 'react';
import { matches } from '../app/shortcuts';

/** The lock shortcut (app/shortcuts.ts) works from anywhere in the window, text fields and dialogs included. */
export function useLockShortcut(onLock: () => void) {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.repeat || !matches('lock', event)) return;
      event.preventDefault();
      onLock();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onLock]);
}
