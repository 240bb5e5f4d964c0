import { useId, useState } from 'react';
import { capitalizeFirst } from '../../../common/attribution/label-forms';
import type { Statement } from '../../../common/domain/statement';
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
import { useT } from '../i18n/use-t';
import { channelLabel, statementKindLabel } from '../library/labels';

const SEPARATOR = ' · ';
const SPACE = ' ';

interface StatementDetailProps {
  statement: Statement;
  back: Route;
  self: Route;
  onEdit: () => void;
}

export function StatementDetail({ statement, back, self, onEdit }: StatementDetailProps) {
  const library = useLibrary();
  const { navigate, notify } = useFrame();
  const t = useT();
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
    notify(result.value.archived ? t('statements.detail.archived') : t('statements.detail.restored'));
  }

  const earlier = [...statement.history].reverse();

  return (
    <article className="page">
      <button type="button" className="link-button back-link" onClick={() => navigate(back)}>
        {backLabel(back)}
      </button>
      <ScreenHeading className="page-title">{t('statements.detail.title', { source: sourceName })}</ScreenHeading>
      <p className="page-subtitle">
        {statementKindLabel(statement.kind)}
        {SEPARATOR}
        {formatSaidOn(statement.saidOn)}
        {statement.archived ? (
          <>
            {SPACE}
            <span className="badge badge-muted">{t('statements.detail.archivedBadge')}</span>
          </>
        ) : null}
      </p>

      <blockquote className={`statement-text statement-text-${statement.kind}`}>{statement.text}</blockquote>

      <div className="button-row page-actions">
        <button type="button" className="button button-primary" onClick={onEdit} disabled={busy}>
          {t('statements.detail.edit')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void setArchived(!statement.archived)}
          disabled={busy}
        >
          {statement.archived ? t('statements.detail.unarchive') : t('statements.detail.archive')}
        </button>
        <button type="button" className="button button-secondary button-danger-text" onClick={() => setDeleting(true)} disabled={busy}>
          {t('statements.detail.delete')}
        </button>
      </div>
      <FormError message={error} />

      <section className="panel" aria-label={t('statements.detail.details')}>
        <dl className="facts">
          <div>
            <dt>{t('statements.detail.source')}</dt>
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
            <dt>{t('statements.detail.kind')}</dt>
            <dd>{statementKindLabel(statement.kind)}</dd>
          </div>
          <div>
            <dt>{t('statements.detail.saidOn')}</dt>
            <dd>{formatSaidOn(statement.saidOn)}</dd>
          </div>
          <div>
            <dt>{t('statements.detail.channel')}</dt>
            <dd>{channelLabel(statement.channel)}</dd>
          </div>
          <div>
            <dt>{t('statements.detail.tags')}</dt>
            <dd>
              {statement.tags.length === 0 ? (
                t('statements.detail.none')
              ) : (
                <ul className="tags" aria-label={t('statements.detail.tags')}>
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
            <dt>{t('statements.detail.notes')}</dt>
            <dd className="prewrap">{statement.notes.trim() === '' ? t('statements.detail.none') : statement.notes}</dd>
          </div>
          <div>
            <dt>{t('statements.detail.version')}</dt>
            <dd>
              {statement.history.length > 0
                ? t('statements.detail.versionEarlier', { revision: statement.revision, count: statement.history.length })
                : statement.revision}
            </dd>
          </div>
          <div>
            <dt>{t('statements.detail.recorded')}</dt>
            <dd>{formatDate(statement.createdAt)}</dd>
          </div>
          <div>
            <dt>{t('statements.detail.changed')}</dt>
            <dd>{formatDate(statement.updatedAt)}</dd>
          </div>
        </dl>
      </section>

      <Attachments statement={statement} />

      {earlier.length > 0 ? (
        <section className="panel" aria-labelledby={historyId}>
          <h2 id={historyId} className="panel-title">
            {t('statements.detail.history')}
          </h2>
          <ol className="history" aria-label={t('statements.detail.history')}>
            {earlier.map((revision) => (
              <li key={revision.revision} className="history-item">
                <p className="history-meta">
                  {t('statements.detail.historyItem', { revision: revision.revision, date: formatDate(revision.savedAt) })}
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
