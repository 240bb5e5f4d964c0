import { useEffect, useMemo, useRef } from 'react';
import type { Source } from '../../../common/domain/source';
import { useLibrary } from '../library/library';
import { compareSources } from '../library/names';
import { useT } from '../i18n/use-t';

const SPACE = ' ';
const SEPARATOR = ' · ';

interface SourceListProps {
  showArchived: boolean;
  focusId?: string;
  onOpen: (source: Source) => void;
}

export function SourceList({ showArchived, focusId, onOpen }: SourceListProps) {
  const library = useLibrary();
  const t = useT();
  const listRef = useRef<HTMLUListElement>(null);

  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const statement of library.statements) {
      if (!statement.archived) map.set(statement.sourceId, (map.get(statement.sourceId) ?? 0) + 1);
    }
    return map;
  }, [library.statements]);
  const shown = useMemo(
    () => library.sources.filter((source) => showArchived || !source.archived).sort(compareSources),
    [library.sources, showArchived],
  );

  // Coming back from a source: focus its row, so the keyboard picks up where it left.
  useEffect(() => {
    if (focusId) listRef.current?.querySelector<HTMLButtonElement>(`[data-id="${focusId}"]`)?.focus();
  }, [focusId]);

  if (shown.length === 0) {
    return (
      <p className="empty-state">
        {library.sources.length === 0
          ? t('sources.list.none')
          : t('sources.list.allArchived')}
      </p>
    );
  }

  return (
    <ul ref={listRef} className="item-list" aria-label={t('sources.list.label')}>
      {shown.map((source) => (
        <li key={source.id}>
          <button type="button" className="item-row" data-id={source.id} onClick={() => onOpen(source)}>
            <span className="item-title">{library.sourceName(source.id)}</span>
            {SPACE}
            <span className="item-meta">
              {t(`sources.reliability.${source.reliability}`)}
              {SEPARATOR}
              {t('sources.statementCount', { count: counts.get(source.id) ?? 0 })}
              {source.archived ? t('sources.archivedSuffix') : ''}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
