import { useEffect, useState } from 'react';
import type { NoticeAction } from './frame-context';
import { useT } from '../i18n/use-t';

export interface Notice {
  id: number;
  message: string;
  action?: NoticeAction;
}

// Plain confirmations fade after a while; a notice with an action (Undo) stays until dismissed.
const PLAIN_NOTICE_MS = 8000;
const DISMISS_GLYPH = '×';

interface NoticeAreaProps {
  notice: Notice | null;
  onDismiss: (id: number) => void;
}

/** The frame's status area. Always in the DOM, so screen readers announce what appears in it. */
export function NoticeArea({ notice, onDismiss }: NoticeAreaProps) {
  const t = useT();
  const [running, setRunning] = useState(false);

  useEffect(() => {
    if (!notice || notice.action) return;
    const timer = window.setTimeout(() => onDismiss(notice.id), PLAIN_NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [notice, onDismiss]);

  return (
    <section className="notices" aria-label={t('frame.notices')} aria-live="polite">
      {notice ? (
        <div key={notice.id} className="notice">
          <p className="notice-message">{notice.message}</p>
          {notice.action ? (
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={running}
              onClick={async () => {
                setRunning(true);
                try {
                  await notice.action?.run();
                } finally {
                  setRunning(false);
                }
              }}
            >
              {notice.action.label}
            </button>
          ) : null}
          <button type="button" className="notice-dismiss" aria-label={t('frame.dismiss')} onClick={() => onDismiss(notice.id)}>
            <span aria-hidden="true">{DISMISS_GLYPH}</span>
          </button>
        </div>
      ) : null}
    </section>
  );
}
