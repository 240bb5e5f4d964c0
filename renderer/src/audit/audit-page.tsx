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

const WHEN = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'medium' });

/** The vault's append-only log, newest first: who did what, when. Read-only by design. */
export function AuditPage() {
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
      <ScreenHeading className="page-title">Audit log</ScreenHeading>
      <p className="page-subtitle">Every reveal, dismissed finding, review decision and package, as recorded in this vault. Entries cannot be edited or removed.</p>
      <SelectField
        className="audit-filter"
        label="Show"
        options={ACTION_KINDS.map(({ value, label }) => ({ value, label }))}
        value={kind}
        onChange={(event) => setKind(event.target.value)}
      />
      <FormError message={error} />
      {entries === null && !error ? <p role="status">Loading the log…</p> : null}
      <p role="status" className="visually-hidden">
        {entries ? `${shown.length} ${shown.length === 1 ? 'entry' : 'entries'} shown` : ''}
      </p>
      {entries && shown.length === 0 ? <p className="empty-state">{entries.length === 0 ? 'Nothing recorded yet.' : 'No entries of this kind.'}</p> : null}
      {shown.length > 0 ? (
        <table className="drafts-table audit-table">
          <caption className="visually-hidden">Audit log, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((entry) => (
              <tr key={entry.id}>
                <td>
                  <time dateTime={entry.at}>{WHEN.format(new Date(entry.at))}</time>
                </td>
                <td>{entry.by ?? 'This vault'}</td>
                <th scope="row">{actionLabel(entry.action)}</th>
                <td className="audit-detail">{entry.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </article>
  );
}
