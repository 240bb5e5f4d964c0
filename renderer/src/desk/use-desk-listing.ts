import { useCallback, useEffect, useRef, useState } from 'react';
import type { DeskListing } from '../../../common/domain/desk';
import { callApi } from '../api';

// What waits on the desk, asked again every few seconds. Main watches the folder and answers
// from its cache when nothing changed, so asking often costs next to nothing.

export const DESK_POLL_MS = 4000;

export function useDeskListing(pollMs = DESK_POLL_MS) {
  const [listing, setListing] = useState<DeskListing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const live = useRef(true);

  const refresh = useCallback(async () => {
    const result = await callApi((api) => api.listDesk({}));
    if (!live.current) return;
    if (result.ok) {
      setListing(result.value);
      setError(null);
    } else {
      setError(result.error.message);
    }
  }, []);

  useEffect(() => {
    live.current = true;
    const first = window.setTimeout(() => void refresh(), 0);
    const timer = window.setInterval(() => void refresh(), pollMs);
    return () => {
      live.current = false;
      window.clearTimeout(first);
      window.clearInterval(timer);
    };
  }, [refresh, pollMs]);

  return { listing, error, refresh };
}
