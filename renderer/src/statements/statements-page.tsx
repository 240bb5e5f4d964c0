import { useState } from 'react';
import { useT } from '../i18n/use-t';
import { ScreenHeading } from '../components/screen-heading';
import { useFrame } from '../frame/frame-context';
import type { Route, StatementsView } from '../frame/routes';
import { LibraryGate } from '../library/library-gate';
import { useLibrary } from '../library/library';
import { ImportStatements } from '../imports/import-statements';
import { PasteNotes } from './paste-notes';
import { StatementDetail } from './statement-detail';
import { StatementForm } from './statement-form';
import { NO_FILTER, StatementList, type StatementFilter } from './statement-list';

const LIST: Route = { page: 'statements', view: { kind: 'list' } };

export function StatementsPage({ view }: { view: StatementsView }) {
  return (
    <LibraryGate>
      <StatementsView view={view} />
    </LibraryGate>
  );
}

function Missing({ back }: { back: Route }) {
  const { navigate } = useFrame();
  const t = useT();
  return (
    <article className="page">
      <ScreenHeading className="page-title">{t('statements.notFound')}</ScreenHeading>
      <p className="page-subtitle">{t('statements.notFound.hint')}</p>
      <button type="button" className="button button-secondary" onClick={() => navigate(back)}>
        {t('back.statements')}
      </button>
    </article>
  );
}

function StatementsView({ view }: { view: StatementsView }) {
  const library = useLibrary();
  const { navigate } = useFrame();
  const t = useT();
  // Kept while moving between the list and a statement, so coming back shows the same list.
  const [filter, setFilter] = useState<StatementFilter>(() =>
    view.kind === 'list' && view.sourceId ? { ...NO_FILTER, sourceId: view.sourceId } : NO_FILTER,
  );

  switch (view.kind) {
    case 'list':
      return (
        <article className="page page-wide">
          <div className="page-head">
            <ScreenHeading className="page-title" focusOnMount={view.focusId === undefined}>
              {t('nav.statements')}
            </ScreenHeading>
            <div className="button-row">
              <button
                type="button"
                className="button button-secondary"
                onClick={() => navigate({ page: 'statements', view: { kind: 'paste' } })}
              >
                {t('statements.paste')}
              </button>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => navigate({ page: 'statements', view: { kind: 'import' } })}
              >
                {t('statements.import')}
              </button>
              <button
                type="button"
                className="button button-primary"
                onClick={() => navigate({ page: 'statements', view: { kind: 'new' } })}
              >
                {t('statements.new')}
              </button>
            </div>
          </div>
          <p className="page-subtitle">{t('statements.subtitle')}</p>
          <StatementList
            focusId={view.focusId}
            filter={filter}
            onFilter={setFilter}
            onOpen={(statement) => navigate({ page: 'statements', view: { kind: 'detail', id: statement.id } })}
          />
        </article>
      );
    case 'new': {
      const back = view.back ?? LIST;
      return (
        <StatementForm
          key="new"
          statement={null}
          initialSourceId={view.sourceId ?? (filter.sourceId || undefined)}
          onSaved={(statement) => navigate({ page: 'statements', view: { kind: 'detail', id: statement.id, back } })}
          onCancel={() => navigate(back)}
        />
      );
    }
    case 'edit': {
      const statement = library.statementById.get(view.id);
      const detail: Route = { page: 'statements', view: { kind: 'detail', id: view.id, back: view.back } };
      if (!statement) return <Missing back={LIST} />;
      return (
        <StatementForm key={view.id} statement={statement} onSaved={() => navigate(detail)} onCancel={() => navigate(detail)} />
      );
    }
    case 'detail': {
      const statement = library.statementById.get(view.id);
      const back: Route = view.back ?? { page: 'statements', view: { kind: 'list', focusId: view.id } };
      if (!statement) return <Missing back={LIST} />;
      const self: Route = { page: 'statements', view };
      return (
        <StatementDetail
          key={view.id}
          statement={statement}
          back={back}
          self={self}
          onEdit={() => navigate({ page: 'statements', view: { kind: 'edit', id: view.id, back: view.back } })}
        />
      );
    }
    case 'paste':
      return <PasteNotes onDone={() => navigate(LIST)} />;
    case 'import':
      return <ImportStatements onDone={() => navigate(LIST)} />;
  }
}
