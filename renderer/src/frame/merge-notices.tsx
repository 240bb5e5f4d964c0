import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import type { MergeNotice } from '../../../common/domain/merge-notice';
import { callApi } from '../api';
import { useT } from '../i18n/use-t';

// What merging another device's copy of the vault did: changes made on both devices (the later
// stays, the other value is shown and kept in the item's history), deletions undone by an edit
// elsewhere, conflicting copies of a draft. Asked for every few seconds and when the window gets
// focus; main looks at the folder each time it is asked. Dismissed one by one.

const POLL_MS = 4000;

function useNoticeText(): (notice: MergeNotice) => string {
  const t = useT();
  return (notice) => {
    const device = t('merge.device', { device: notice.device || 'none' });
    const subject = t(`merge.subject.${notice.subject}`, { title: notice.title ?? 'none' });
    if (notice.kind === 'conflicting-copy') {
      return t('merge.conflictingCopy', { title: notice.title ?? t('merge.untitled'), device, copyTitle: notice.copyTitle ?? '' });
    }
    if (notice.kind === 'deleted-but-changed') return t('merge.deletedButChanged', { subject, device });
    return t('merge.fieldConflict', { subject, device, fields: notice.fields.join(', ') });
  };
}

export function MergeNotices() {
  const t = useT();
  const intl = useIntl();
  const textOf = useNoticeText();
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
    <section className="merge-notices" aria-label={t('merge.region')}>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <ul className="merge-notice-list">
        {notices.map((notice) => (
          <li key={notice.id} className="merge-notice" role="status">
            <div className="merge-notice-body">
              <p className="merge-notice-title">{notice.kind === 'conflicting-copy' ? t('merge.title.copy') : t('merge.title.changes')}</p>
              <p className="merge-notice-text">{textOf(notice)}</p>
              {notice.others.length > 0 ? (
                <dl className="merge-notice-others">
                  {notice.others.map((other) => (
                    <div key={other.field}>
                      <dt>{t('merge.otherValue', { field: other.field })}</dt>
                      <dd>{other.value}</dd>
                    </div>
                  ))}
                </dl>
              ) : null}
              <p className="merge-notice-when">{intl.formatDate(notice.at, { dateStyle: 'medium', timeStyle: 'short' })}</p>
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
              {t('merge.dismiss')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
