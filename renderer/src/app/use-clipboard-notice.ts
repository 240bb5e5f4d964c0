import { useEffect, useState } from 'react';

/**
 * A "copied, the clipboard clears in N seconds" message that goes away when main clears the
 * clipboard: left on screen, it would claim something is there that no longer is.
 */
export function useClipboardNotice(): [string, (message: string, clearsAfterSeconds: number) => void, () => void] {
  const [notice, setNotice] = useState<{ message: string; until: number } | null>(null);
  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => setNotice(null), Math.max(0, notice.until - Date.now()));
    return () => window.clearTimeout(timer);
  }, [notice]);
  const show = (message: string, clearsAfterSeconds: number) => setNotice({ message, until: Date.now() + clearsAfterSeconds * 1000 });
  return [notice?.message ?? '', show, () => setNotice(null)];
}
