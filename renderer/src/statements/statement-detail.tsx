import { useId, useState } from 'react';
import { capitalizeFirst } from '../../../common/attribution/label-forms';
import { CHANNEL_LABELS, STATEMENT_KIND_LABELS, type Statement } from '../../../common/domain/statement';
import { callApi } from '../api';
import { formatDate } from '../app/format';
import { ScreenHeading } from '../components/screen-heading';
import { useFrame } from '../frame/frame-context';
import { backLabel, type Route } from '../frame/routes';
import { DeleteItemFlow } from '../items/delete-item-flow';
import { useLibrary } from '../library/library';
import { formatSaidOn } from '../library/said-on';
import { Attachments } from './attachments';
import { FormError } from '../components/form-error';

interface StatementDetailProps {
  statement: Statement;
  back: Route;
  self: Route;
  onEdit: () => void;
}

export function StatementDetail({ statement, back, self, onEdit }: StatementDetailProps) {
  const library = useLibrary();
  const { navigate, notify } = useFrame();
  const [deleting, setDeleting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const historyId = useId();
  const sourceName = library.sourceName(statement.sourceId);

  async function setArchived(archived: boolean) {
    setBusy(true);
    setError(null);
    const result = await callApi((api) => api.setArchived({ kind: 'statement', id: statement.id, archived }));
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    library.setArchivedLocally('statement', statement.id, result.value.archived);
    notify(result.value.archived ? 'Statement archived.' : 'Statement restored from the archive.');
  }

  const earlier = [...statement.history].reverse();

  return (
    <article className="page">
      <button type="button" className="link-button back-link" onClick={() => navigate(back)}>
        {backLabel(back)}
      </button>
      <ScreenHeading className="page-title">Statement from {sourceName}</ScreenHeading>
      <p className="page-subtitle">
        {STATEMENT_KIND_LABELS[statement.kind]} · {formatSaidOn(statement.saidOn)}
        {statement.archived ? (
          <>
            {' '}
            <span className="badge badge-muted">Archived</span>
          </>
        ) : null}
      </p>

      <blockquote className={`statement-text statement-text-${statement.kind}`}>{statement.text}</blockquote>

      <div className="button-row page-actions">
        <button type="button" className="button button-primary" onClick={onEdit} disabled={busy}>
          Edit
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void setArchived(!statement.archived)}
          disabled={busy}
        >
          {statement.archived ? 'Unarchive' : 'Archive'}
        </button>
        <button type="button" className="button button-secondary button-danger-text" onClick={() => setDeleting(true)} disabled={busy}>
          Delete statement…
        </button>
      </div>
      <FormError message={error} />

      <section className="panel" aria-label="Details">
        <dl className="facts">
          <div>
            <dt>Source</dt>
            <dd>
              <button
                type="button"
                className="link-button"
                onClick={() => navigate({ page: 'sources', view: { kind: 'detail', id: statement.sourceId, back: self } })}
              >
                {capitalizeFirst(sourceName)}
              </button>
            </dd>
          </div>
          <div>
            <dt>Kind</dt>
            <dd>{STATEMENT_KIND_LABELS[statement.kind]}</dd>
          </div>
          <div>
            <dt>Date said</dt>
            <dd>{formatSaidOn(statement.saidOn)}</dd>
          </div>
          <div>
            <dt>Channel</dt>
            <dd>{CHANNEL_LABELS[statement.channel]}</dd>
          </div>
          <div>
            <dt>Tags</dt>
            <dd>
              {statement.tags.length === 0 ? (
                'None'
              ) : (
                <ul className="tags" aria-label="Tags">
                  {statement.tags.map((tag) => (
                    <li key={tag} className="tag">
                      {tag}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
          <div>
            <dt>Reporter's notes</dt>
            <dd className="prewrap">{statement.notes.trim() === '' ? 'None' : statement.notes}</dd>
          </div>
          <div>
            <dt>Version</dt>
            <dd>
              {statement.revision}
              {statement.history.length > 0 ? ` (${statement.history.length} earlier)` : ''}
            </dd>
          </div>
          <div>
            <dt>Recorded</dt>
            <dd>{formatDate(statement.createdAt)}</dd>
          </div>
          <div>
            <dt>Last changed</dt>
            <dd>{formatDate(statement.updatedAt)}</dd>
          </div>
        </dl>
      </section>

      <Attachments statement={statement} />

      {earlier.length > 0 ? (
        <section className="panel" aria-labelledby={historyId}>
          <h2 id={historyId} className="panel-title">
            Earlier versions
          </h2>
          <ol className="history" aria-label="Earlier versions">
            {earlier.map((revision) => (
              <li key={revision.revision} className="history-item">
                <p className="history-meta">
                  Version {revision.revision} · saved {formatDate(revision.savedAt)}
                </p>
                <blockquote className="statement-text statement-text-old">{revision.text}</blockquote>
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {deleting ? (
        <DeleteItemFlow
          kind="statement"
          id={statement.id}
          onDeleted={() => navigate(back.page === 'statements' ? { page: 'statements', view: { kind: 'list' } } : back)}
          onClose={() => setDeleting(false)}
        />
      ) : null}
    </article>
  );
}
