import { useId, useMemo, useState } from 'react';
import { capitalizeFirst } from '../../../common/attribution/label-forms';
import type { Source } from '../../../common/domain/source';
import { statementKindLabel } from '../library/labels';
import { useT } from '../i18n/use-t';
import { callApi } from '../api';
import { formatDate, formatNumber } from '../app/format';
import { ScreenHeading } from '../components/screen-heading';
import { useFrame } from '../frame/frame-context';
import { backLabel, type Route } from '../frame/routes';
import { DeleteItemFlow } from '../items/delete-item-flow';
import { useLibrary } from '../library/library';
import { formatSaidOn } from '../library/said-on';
import { compareStatements, firstLine } from '../statements/statement-list';
import { IdentityPanel } from './identity-panel';
import { LabelPreview } from './label-preview';
import { SMALL_POOL } from './source-form';
import { FormError } from '../components/form-error';

interface SourceDetailProps {
  source: Source;
  back: Route;
  self: Route;
  onEdit: () => void;
}

/** The source page shows the latest few; the Statements list (virtualized) shows them all. */
const SHOWN_STATEMENTS = 20;

const SPACE = ' ';
const SEPARATOR = ' · ';

export function SourceDetail({ source, back, self, onEdit }: SourceDetailProps) {
  const library = useLibrary();
  const t = useT();
  const orNone = (text: string) => (text.trim() === '' ? t('sources.detail.notRecorded') : text);
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
    notify(t(result.value.archived ? 'sources.detail.archivedNotice' : 'sources.detail.restoredNotice'));
  }

  return (
    <article className="page">
      <button type="button" className="link-button back-link" onClick={() => navigate(back)}>
        {backLabel(back)}
      </button>
      <ScreenHeading className="page-title">{capitalizeFirst(name)}</ScreenHeading>
      <p className="page-subtitle">
        {t(`sources.reliability.${source.reliability}`)}
        {SEPARATOR}
        {t('sources.statementCount', { count: active.length })}
        {source.archived ? (
          <>
            {SPACE}
            <span className="badge badge-muted">{t('sources.detail.archived')}</span>
          </>
        ) : null}
      </p>

      <div className="button-row page-actions">
        <button type="button" className="button button-primary" onClick={onEdit} disabled={busy}>
          {t('sources.detail.edit')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => void setArchived(!source.archived)} disabled={busy}>
          {source.archived ? t('sources.detail.unarchive') : t('sources.detail.archive')}
        </button>
        <button type="button" className="button button-secondary button-danger-text" onClick={() => setDeleting(true)} disabled={busy}>
          {t('sources.detail.delete')}
        </button>
      </div>
      <FormError message={error} />

      <section className="panel" aria-label={t('sources.detail.profile')}>
        <dl className="facts">
          <div>
            <dt>{t('sources.detail.access')}</dt>
            <dd className="prewrap">{orNone(source.access)}</dd>
          </div>
          <div>
            <dt>{t('sources.detail.anonymity')}</dt>
            <dd className="prewrap">{orNone(source.anonymityReason)}</dd>
          </div>
          <div>
            <dt>{t('sources.fact.reliability')}</dt>
            <dd>{t(`sources.reliability.${source.reliability}`)}</dd>
          </div>
          <div>
            <dt>{t('sources.detail.pool')}</dt>
            <dd>
              {source.poolSize === null ? t('sources.detail.unknown') : formatNumber(source.poolSize)}
              {source.poolSize !== null && source.poolSize < SMALL_POOL ? (
                <span className="field-warning fact-warning">{t('sources.warning.smallPool', { count: SMALL_POOL })}</span>
              ) : null}
            </dd>
          </div>
          <div>
            <dt>{t('sources.detail.notes')}</dt>
            <dd className="prewrap">{orNone(source.notes)}</dd>
          </div>
          <div>
            <dt>{t('sources.detail.added')}</dt>
            <dd>{formatDate(source.createdAt)}</dd>
          </div>
        </dl>
        <h2 className="panel-subtitle">{t('sources.detail.forms')}</h2>
        <LabelPreview label={source.label} name="forms" live={false} />
      </section>

      <IdentityPanel source={source} />

      <section className="panel" aria-labelledby={statementsId}>
        <div className="panel-head">
          <h2 id={statementsId} className="panel-title">
            {t('sources.detail.statements')}
          </h2>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => navigate({ page: 'statements', view: { kind: 'new', sourceId: source.id, back: self } })}
          >
            {t('sources.detail.newStatement')}
          </button>
        </div>
        {statements.length === 0 ? (
          <p className="panel-intro">{t('sources.detail.noStatements')}</p>
        ) : (
          <ul className="item-list" aria-label={t('sources.detail.statementsLabel')}>
            {statements.slice(0, SHOWN_STATEMENTS).map((statement) => (
              <li key={statement.id}>
                <button
                  type="button"
                  className="item-row"
                  onClick={() => navigate({ page: 'statements', view: { kind: 'detail', id: statement.id, back: self } })}
                >
                  <span className="item-title">{firstLine(statement.text)}</span>
                  {SPACE}
                  <span className="item-meta">
                    {statementKindLabel(statement.kind)}
                    {SEPARATOR}
                    {formatSaidOn(statement.saidOn)}
                    {statement.archived ? t('sources.archivedSuffix') : ''}
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
            {t('sources.detail.seeAll', { count: statements.length })}
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
