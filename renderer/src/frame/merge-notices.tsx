import { useEffect, useState } from 'react';
import type { MergeNotice } from '../../../common/domain/merge-notice';
import { callApi } from '../api';

// What merging another device's copy of the vault did: changes made on both devices (the later
// stays, the other value is shown and kept in the item's history), deletions undone by an edit
// elsewhere, conflicting copies of a draft. Asked for every few seconds and when the window gets
// focus; main looks at the folder each time it is asked. Dismissed one by one.

const POLL_MS = 4000;

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function MergeNotices() {
  const [notices, setNotices] = useState<MergeNotice[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const load = () =>
      void callApi((api) => api.listMergeNotices({})).then((result) => {
        if (live && result.ok) setNotices(result.value);
      });
    load();
    const timer = window.setInterval(load, POLL_MS);
    window.addEventListener('focus', load);
    return () => {
      live = false;
      window.clearInterval(timer);
      window.removeEventListener('focus', load);
    };
  }, []);

  if (notices.length === 0 && !error) return null;
  return (
    <section className="merge-notices" aria-label="Merged changes">
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      <ul className="merge-notice-list">
        {notices.map((notice) => (
          <li key={notice.id} className="merge-notice" role="status">
            <div className="merge-notice-body">
              <p className="merge-notice-title">{notice.kind === 'conflicting-copy' ? 'Conflicting copy kept' : 'Merged changes'}</p>
              <p className="merge-notice-text">{notice.text}</p>
              {notice.others.length > 0 ? (
                <dl className="merge-notice-others">
                  {notice.others.map((other) => (
                    <div key={other.field}>
                      <dt>Other value of “{other.field}”</dt>
                      <dd>{other.value}</dd>
                    </div>
                  ))}
                </dl>
              ) : null}
              <p className="merge-notice-when">{when(notice.at)}</p>
            </div>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={async () => {
                const result = await callApi((api) => api.dismissMergeNotice({ id: notice.id }));
                if (!result.ok) {
                  setError(result.error.message);
                  return;
                }
                setError(null);
                setNotices((list) => list.filter((n) => n.id !== notice.id));
              }}
            >
              Dismiss
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
