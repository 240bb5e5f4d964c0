import { useEffect } from 'react';
import type { VaultStatus } from '../../../common/api/types';
import { callApi } from '../api';
import { matches } from './shortcuts';

// The renderer's half of auto-lock. Main decides when to lock (idle time, suspend, screen lock,
// the global panic shortcut) and answers a long-polling `awaitLock` call: the frame then locks
// as the Lock button does (pending saves first). If the vault locked without us (the grace time
// ran out), the fresh status remounts the app on the lock screen. Idle time is main's own: it
// watches the input that reaches the window, so nothing here reports activity.

const RETRY_MS = 1_000;

export function useAutoLock(lock: () => void, onStatus: (status: VaultStatus) => void) {
  useEffect(() => {
    let current = true;
    void (async () => {
      while (current) {
        const notice = await callApi((api) => api.awaitLock({}));
        if (!current) return;
        if (!notice.ok) {
          await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
          continue;
        }
        if (!notice.value.locked) {
          lock(); // saves first; the next answer says the vault is locked
          continue;
        }
        const status = await callApi((api) => api.getStatus({}));
        if (current && status.ok) onStatus(status.value);
        return;
      }
    })();
    return () => {
      current = false;
    };
  }, [lock, onStatus]);

  // The panic shortcut inside the app (app/shortcuts.ts), from anywhere, text fields included.
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.repeat || !matches('panicLock', event)) return;
      event.preventDefault();
      lock();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [lock]);
}
