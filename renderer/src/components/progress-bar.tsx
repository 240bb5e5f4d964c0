import { useEffect, useId, useState } from 'react';

interface ProgressBarProps {
  label: string;
  /** How long the work usually takes; the bar reaches 95% then and waits for the real end. */
  expectedMs: number;
}

const CAP = 95;
const ELLIPSIS = '…';
const TICK_MS = 80;

/**
 * Key derivation reports no progress, so the bar advances on a clock. It never claims to be
 * done: the screen unmounts it when the call returns.
 */
export function ProgressBar({ label, expectedMs }: ProgressBarProps) {
  const labelId = useId();
  const [percent, setPercent] = useState(0);

  useEffect(() => {
    const started = performance.now();
    const timer = window.setInterval(() => {
      const elapsed = performance.now() - started;
      setPercent(Math.min(CAP, Math.round((elapsed / Math.max(expectedMs, 1)) * 100)));
    }, TICK_MS);
    return () => window.clearInterval(timer);
  }, [expectedMs]);

  return (
    <div className="progress">
      <span id={labelId} className="progress-label">
        {label}
        <span aria-hidden="true">{ELLIPSIS}</span>
      </span>
      <progress className="progress-bar" aria-labelledby={labelId} max={100} value={percent} />
    </div>
  );
}
