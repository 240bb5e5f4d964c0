import { useEffect, useMemo, useRef } from 'react';
import { RELIABILITY_LABELS, type Source } from '../../../common/domain/source';
import { useLibrary } from '../library/library';
import { compareSources, plural } from '../library/names';

interface SourceListProps {
  showArchived: boolean;
  focusId?: string;
  onOpen: (source: Source) => void;
}

export function SourceList({ showArchived, focusId, onOpen }: SourceListProps) {
  const library = useLibrary();
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
          ? 'No sources yet. A source is an anonymous profile: how stories describe them, how they know, and how reliable they are.'
          : 'All your sources are archived.'}
      </p>
    );
  }

  return (
    <ul ref={listRef} className="item-list" aria-label="Sources">
      {shown.map((source) => (
        <li key={source.id}>
          <button type="button" className="item-row" data-id={source.id} onClick={() => onOpen(source)}>
            <span className="item-title">{library.sourceName(source.id)}</span>{' '}
            <span className="item-meta">
              {RELIABILITY_LABELS[source.reliability]} · {plural(counts.get(source.id) ?? 0, 'statement')}
              {source.archived ? ' · Archived' : ''}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
