import { useEffect, useState } from 'react';
import type { AuditEntry } from '../../../common/domain/audit';
import { callApi } from '../api';
import { FormError } from '../components/form-error';
import { ScreenHeading } from '../components/screen-heading';
import { SelectField } from '../components/select-field';
import { ACTION_KINDS, actionLabel, matchesKind } from './audit-kinds';
import '../styles/prosemirror.css';
import '../styles/drafts-list.css';
import '../styles/editor-screen.css';
import '../styles/editor-text.css';
import '../styles/editor-side-panel.css';
import '../styles/editor-popovers.css';
import '../styles/reader-preview.css';
import '../styles/people.css';
import { useT } from '../i18n/use-t';
import { useMessage } from '../i18n/use-message';
import { formatDateTime } from '../app/format';


/** The vault's append-only log, newest first: who did what, when. Read-only by design. */
export function AuditPage() {
  const t = useT();
  const format = useMessage();
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [kind, setKind] = useState('all');

  useEffect(() => {
    void callApi((api) => api.listAudit({ limit: 2_000 })).then((result) => {
      if (result.ok) setEntries(result.value);
      else setError(result.error.message);
    });
  }, []);

  const shown = (entries ?? []).filter((e) => matchesKind(e.action, kind));
  return (
    <article className="page audit-page">
      <ScreenHeading className="page-title">{t('nav.audit')}</ScreenHeading>
      <p className="page-subtitle">{t('audit.subtitle')}</p>
      <SelectField
        className="audit-filter"
        label={t('audit.filter')}
        options={ACTION_KINDS.map(({ value, label }) => ({ value, label: t(label) }))}
        value={kind}
        onChange={(event) => setKind(event.target.value)}
      />
      <FormError message={error} />
      {entries === null && !error ? <p role="status">{t('audit.loading')}</p> : null}
      <p role="status" className="visually-hidden">
        {entries ? t('audit.shown', { count: shown.length }) : ''}
      </p>
      {entries && shown.length === 0 ? <p className="empty-state">{entries.length === 0 ? t('audit.empty') : t('audit.noneOfKind')}</p> : null}
      {shown.length > 0 ? (
        <table className="drafts-table audit-table">
          <caption className="visually-hidden">{t('audit.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audit.col.when')}</th>
              <th scope="col">{t('audit.col.who')}</th>
              <th scope="col">{t('audit.col.what')}</th>
              <th scope="col">{t('audit.col.details')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((entry) => (
              <tr key={entry.id}>
                <td>
                  <time dateTime={entry.at}>{formatDateTime(entry.at, 'medium')}</time>
                </td>
                <td>{entry.by ?? t('audit.thisVault')}</td>
                <th scope="row">{actionLabel(entry.action)}</th>
                {/* Entries written before `message` existed show their English `detail` as recorded. */}
                <td className="audit-detail">{entry.message ? format(entry.message) : entry.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </article>
  );
}
