import { useCallback, useEffect, useState } from 'react';
import type { VaultStatus } from '../../../common/api/types';
import { callApi } from '../api';

export type VaultStatusState =
  | { phase: 'loading' }
  | { phase: 'failed'; message: string }
  | { phase: 'ready'; status: VaultStatus; session: number };

/**
 * A new session starts whenever an unlocked vault stops being unlocked. The app tree is keyed by
 * it, so every piece of React state that held vault data is thrown away with the old tree.
 */
function endsSession(prev: VaultStatus, next: VaultStatus): boolean {
  return prev.state === 'unlocked' && (next.state !== 'unlocked' || next.path !== prev.path);
}

export function useVaultStatus() {
  const [state, setState] = useState<VaultStatusState>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    void callApi((api) => api.getStatus({})).then((result) => {
      if (!current) return;
      setState(
        result.ok
          ? { phase: 'ready', status: result.value, session: 0 }
          : { phase: 'failed', message: result.error.message },
      );
    });
    return () => {
      current = false;
    };
  }, [attempt]);

  const applyStatus = useCallback((next: VaultStatus) => {
    setState((prev) => {
      if (prev.phase !== 'ready') return { phase: 'ready', status: next, session: 0 };
      const session = endsSession(prev.status, next) ? prev.session + 1 : prev.session;
      return { phase: 'ready', status: next, session };
    });
  }, []);

  const retry = useCallback(() => {
    setState({ phase: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  return { state, applyStatus, retry };
}
