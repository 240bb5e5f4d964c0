import { useId, useMemo, useState } from 'react';
import { capitalizeFirst } from '../../../common/attribution/label-forms';
import { RELIABILITY_LABELS, type Source } from '../../../common/domain/source';
import { STATEMENT_KIND_LABELS } from '../../../common/domain/statement';
import { callApi } from '../api';
import { formatDate, formatNumber } from '../app/format';
import { ScreenHeading } from '../components/screen-heading';
import { useFrame } from '../frame/frame-context';
import { backLabel, type Route } from '../frame/routes';
import { DeleteItemFlow } from '../items/delete-item-flow';
import { useLibrary } from '../library/library';
import { plural } from '../library/names';
import { formatSaidOn } from '../library/said-on';
import { compareStatements, firstLine } from '../statements/statement-list';
import { IdentityPanel } from './identity-panel';
import { LabelPreview } from './label-preview';
import { SMALL_POOL, SMALL_POOL_WARNING } from './source-form';
import { FormError } from '../components/form-error';

interface SourceDetailProps {
  source: Source;
  back: Route;
  self: Route;
  onEdit: () => void;
}

/** The source page shows the latest few; the Statements list (virtualized) shows them all. */
const SHOWN_STATEMENTS = 20;

function orNone(text: string): string {
  return text.trim() === '' ? 'Not recorded' : text;
}

export function SourceDetail({ source, back, self, onEdit }: SourceDetailProps) {
  const library = useLibrary();
  const { navigate, notify } = useFrame();
  const [deleting, setDeleting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const statementsId = useId();
  const name = library.sourceName(source.id);

  const statements = useMemo(
    () => library.statements.filter((statement) => statement.sourceId === source.id).sort(compareStatements),
    [library.statements, source.id],
  );
  const active = statements.filter((statement) => !statement.archived);

  async function setArchived(archived: boolean) {
    setBusy(true);
    setError(null);
    const result = await callApi((api) => api.setArchived({ kind: 'source', id: source.id, archived }));
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    library.setArchivedLocally('source', source.id, result.value.archived);
    notify(result.value.archived ? 'Source archived.' : 'Source restored from the archive.');
  }

  return (
    <article className="page">
      <button type="button" className="link-button back-link" onClick={() => navigate(back)}>
        {backLabel(back)}
      </button>
      <ScreenHeading className="page-title">{capitalizeFirst(name)}</ScreenHeading>
      <p className="page-subtitle">
        {RELIABILITY_LABELS[source.reliability]} · {plural(active.length, 'statement')}
        {source.archived ? (
          <>
            {' '}
            <span className="badge badge-muted">Archived</span>
          </>
        ) : null}
      </p>

      <div className="button-row page-actions">
        <button type="button" className="button button-primary" onClick={onEdit} disabled={busy}>
          Edit
        </button>
        <button type="button" className="button button-secondary" onClick={() => void setArchived(!source.archived)} disabled={busy}>
          {source.archived ? 'Unarchive' : 'Archive'}
        </button>
        <button type="button" className="button button-secondary button-danger-text" onClick={() => setDeleting(true)} disabled={busy}>
          Delete source…
        </button>
      </div>
      <FormError message={error} />

      <section className="panel" aria-label="Profile">
        <dl className="facts">
          <div>
            <dt>How they know</dt>
            <dd className="prewrap">{orNone(source.access)}</dd>
          </div>
          <div>
            <dt>Why anonymity was granted</dt>
            <dd className="prewrap">{orNone(source.anonymityReason)}</dd>
          </div>
          <div>
            <dt>Reliability</dt>
            <dd>{RELIABILITY_LABELS[source.reliability]}</dd>
          </div>
          <div>
            <dt>People who fit this label</dt>
            <dd>
              {source.poolSize === null ? 'Unknown' : formatNumber(source.poolSize)}
              {source.poolSize !== null && source.poolSize < SMALL_POOL ? (
                <span className="field-warning fact-warning">{SMALL_POOL_WARNING}</span>
              ) : null}
            </dd>
          </div>
          <div>
            <dt>Notes</dt>
            <dd className="prewrap">{orNone(source.notes)}</dd>
          </div>
          <div>
            <dt>Added</dt>
            <dd>{formatDate(source.createdAt)}</dd>
          </div>
        </dl>
        <h2 className="panel-subtitle">How stories refer to this source</h2>
        <LabelPreview label={source.label} name="forms" live={false} />
      </section>

      <IdentityPanel source={source} />

      <section className="panel" aria-labelledby={statementsId}>
        <div className="panel-head">
          <h2 id={statementsId} className="panel-title">
            Statements
          </h2>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => navigate({ page: 'statements', view: { kind: 'new', sourceId: source.id, back: self } })}
          >
            New statement from this source
          </button>
        </div>
        {statements.length === 0 ? (
          <p className="panel-intro">No statements from this source yet.</p>
        ) : (
          <ul className="item-list" aria-label="Statements from this source">
            {statements.slice(0, SHOWN_STATEMENTS).map((statement) => (
              <li key={statement.id}>
                <button
                  type="button"
                  className="item-row"
                  onClick={() => navigate({ page: 'statements', view: { kind: 'detail', id: statement.id, back: self } })}
                >
                  <span className="item-title">{firstLine(statement.text)}</span>{' '}
                  <span className="item-meta">
                    {STATEMENT_KIND_LABELS[statement.kind]} · {formatSaidOn(statement.saidOn)}
                    {statement.archived ? ' · Archived' : ''}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {statements.length > SHOWN_STATEMENTS ? (
          <button
            type="button"
            className="link-button see-all"
            onClick={() => navigate({ page: 'statements', view: { kind: 'list', sourceId: source.id } })}
          >
            See all {plural(statements.length, 'statement')} from this source
          </button>
        ) : null}
      </section>

      {deleting ? (
        <DeleteItemFlow
          kind="source"
          id={source.id}
          statementCount={statements.length}
          // Its statements are gone too, so only the search results are still a safe place to return to.
          onDeleted={() => navigate(back.page === 'search' ? back : { page: 'sources', view: { kind: 'list' } })}
          onClose={() => setDeleting(false)}
        />
      ) : null}
    </article>
  );
}
