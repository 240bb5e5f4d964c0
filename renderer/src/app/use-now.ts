import { useEffect, useState } from 'react';

/**
 * The current time, refreshed every `intervalMs` while `active`: for visible countdowns. The
 * clock is read in the timer callback, never during render.
 */
export function useNow(active: boolean, start: number, intervalMs = 1000): number {
  const [now, setNow] = useState(start);
  useEffect(() => {
    if (!active) return;
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [active, intervalMs]);
  return Math.max(now, start);
}
