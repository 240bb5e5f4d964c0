import { useState } from 'react';
import { ScreenHeading } from '../components/screen-heading';
import { useFrame } from '../frame/frame-context';
import type { Route, SourcesView } from '../frame/routes';
import { LibraryGate } from '../library/library-gate';
import { useLibrary } from '../library/library';
import { SourceDetail } from './source-detail';
import { SourceForm } from './source-form';
import { SourceList } from './source-list';
import { useT } from '../i18n/use-t';

const LIST: Route = { page: 'sources', view: { kind: 'list' } };

export function SourcesPage({ view }: { view: SourcesView }) {
  return (
    <LibraryGate>
      <SourcesView view={view} />
    </LibraryGate>
  );
}

function Missing() {
  const { navigate } = useFrame();
  const t = useT();
  return (
    <article className="page">
      <ScreenHeading className="page-title">{t('sources.missing.heading')}</ScreenHeading>
      <p className="page-subtitle">{t('sources.missing.text')}</p>
      <button type="button" className="button button-secondary" onClick={() => navigate(LIST)}>
        {t('sources.missing.back')}
      </button>
    </article>
  );
}

function SourcesView({ view }: { view: SourcesView }) {
  const library = useLibrary();
  const { navigate } = useFrame();
  const [showArchived, setShowArchived] = useState(false);
  const t = useT();

  switch (view.kind) {
    case 'list':
      return (
        <article className="page">
          <div className="page-head">
            <ScreenHeading className="page-title" focusOnMount={view.focusId === undefined}>
              {t('sources.heading')}
            </ScreenHeading>
            <button type="button" className="button button-primary" onClick={() => navigate({ page: 'sources', view: { kind: 'new' } })}>
              {t('sources.new')}
            </button>
          </div>
          <p className="page-subtitle">{t('sources.subtitle')}</p>
          <div className="list-toolbar">
            <label className="choice toolbar-check">
              <input type="checkbox" checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} />
              {t('sources.showArchived')}
            </label>
          </div>
          <SourceList
            showArchived={showArchived}
            focusId={view.focusId}
            onOpen={(source) => navigate({ page: 'sources', view: { kind: 'detail', id: source.id } })}
          />
        </article>
      );
    case 'new':
      return (
        <SourceForm
          key="new"
          source={null}
          onSaved={(source) => navigate({ page: 'sources', view: { kind: 'detail', id: source.id } })}
          onCancel={() => navigate(LIST)}
        />
      );
    case 'edit': {
      const source = library.sourceById.get(view.id);
      if (!source) return <Missing />;
      const detail: Route = { page: 'sources', view: { kind: 'detail', id: view.id, back: view.back } };
      return <SourceForm key={view.id} source={source} onSaved={() => navigate(detail)} onCancel={() => navigate(detail)} />;
    }
    case 'detail': {
      const source = library.sourceById.get(view.id);
      if (!source) return <Missing />;
      const back: Route = view.back ?? { page: 'sources', view: { kind: 'list', focusId: view.id } };
      return (
        <SourceDetail
          key={view.id}
          source={source}
          back={back}
          self={{ page: 'sources', view }}
          onEdit={() => navigate({ page: 'sources', view: { kind: 'edit', id: view.id, back: view.back } })}
        />
      );
    }
  }
}
