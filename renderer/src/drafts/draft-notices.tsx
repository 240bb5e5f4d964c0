import { use, useCallback, useRef, useState } from 'react';
import { FrameContext, type NoticeAction } from '../frame/frame-context';
import { useT } from '../i18n/use-t';

const CLOSE_MARK = '×';

// The drafts list's notices (deleted, restored, sent): the frame's status area when there is a
// frame, else the page's own.

export interface LocalNotice {
  id: number;
  message: string;
  action?: NoticeAction;
}

/** Notices go to the frame's status area; outside a frame (tests, previews) the page shows its own. */
export function useNotify() {
  const frame = use(FrameContext);
  const [local, setLocal] = useState<LocalNotice | null>(null);
  const next = useRef(0);
  const notify = useCallback(
    (message: string, action?: NoticeAction) => {
      if (frame) {
        frame.notify(message, action);
        return;
      }
      next.current += 1;
      setLocal({ id: next.current, message, action });
    },
    [frame],
  );
  return { notify, local: frame ? null : local, dismiss: () => setLocal(null) };
}

interface LocalNoticesProps {
  notice: LocalNotice;
  dismiss: () => void;
}

/** The page's own notice, shown only outside a frame. */
export function LocalNotices({ notice, dismiss }: LocalNoticesProps) {
  const t = useT();
  return (
    <section className="notices" aria-label={t('frame.notices')} aria-live="polite">
      <div className="notice">
        <p className="notice-message">{notice.message}</p>
        {notice.action ? (
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => {
              const action = notice.action;
              dismiss();
              void action?.run();
            }}
          >
            {notice.action.label}
          </button>
        ) : null}
        <button type="button" className="notice-dismiss" aria-label={t('frame.dismiss')} onClick={dismiss}>
          <span aria-hidden="true">{CLOSE_MARK}</span>
        </button>
      </div>
    </section>
  );
}
