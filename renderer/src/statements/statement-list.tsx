import { useMemo } from 'react';
import type { Statement } from '../../../common/domain/statement';
import { SelectField } from '../components/select-field';
import { VirtualListbox } from '../components/virtual-listbox';
import { useLibrary } from '../library/library';
import { statementKindLabel } from '../library/labels';
import { useT } from '../i18n/use-t';
import { formatSaidOn } from '../library/said-on';

export const STATEMENT_ROW_HEIGHT = 76;
const SEPARATOR = ' · ';
const TAG_MARK = '#';
const SPACE = ' ';

export function firstLine(text: string): string {
  return text.trim().split('\n', 1)[0] ?? '';
}

/** Newest said first; undated statements after the dated ones, newest recorded first. */
export function compareStatements(a: Statement, b: Statement): number {
  if (a.saidOn !== b.saidOn) {
    if (a.saidOn === null) return 1;
    if (b.saidOn === null) return -1;
    return b.saidOn.localeCompare(a.saidOn);
  }
  return b.createdAt.localeCompare(a.createdAt);
}

export interface StatementFilter {
  sourceId: string;
  showArchived: boolean;
}

export const NO_FILTER: StatementFilter = { sourceId: '', showArchived: false };

interface StatementListProps {
  focusId?: string;
  filter: StatementFilter;
  onFilter: (filter: StatementFilter) => void;
  onOpen: (statement: Statement) => void;
}

export function StatementList({ focusId, filter, onFilter, onOpen }: StatementListProps) {
  const library = useLibrary();
  const { sourceId, showArchived } = filter;
  const t = useT();

  const sorted = useMemo(() => [...library.statements].sort(compareStatements), [library.statements]);
  const shown = useMemo(
    () => sorted.filter((s) => (showArchived || !s.archived) && (sourceId === '' || s.sourceId === sourceId)),
    [sorted, showArchived, sourceId],
  );
  const sourceOptions = library.sources
    .filter((source) => showArchived || !source.archived || source.id === sourceId)
    .map((source) => ({ value: source.id, label: library.sourceName(source.id) }))
    .sort((a, b) => a.label.localeCompare(b.label));

  return (
    <>
      <div className="list-toolbar">
        <SelectField
          label={t('statements.list.source')}
          className="toolbar-field"
          value={sourceId}
          onChange={(event) => onFilter({ ...filter, sourceId: event.target.value })}
          options={[{ value: '', label: t('statements.list.allSources') }, ...sourceOptions]}
        />
        <label className="choice toolbar-check">
          <input type="checkbox" checked={showArchived} onChange={(event) => onFilter({ ...filter, showArchived: event.target.checked })} />
          {t('statements.list.showArchived')}
        </label>
        <p className="list-count" aria-live="polite">
          {t('statements.list.count', { count: shown.length })}
        </p>
      </div>
      {shown.length === 0 ? (
        <p className="empty-state">
          {library.statements.length === 0
            ? t('statements.list.empty')
            : t('statements.list.noMatch')}
        </p>
      ) : (
        <VirtualListbox
          items={shown}
          label={t('statements.list.label')}
          rowHeight={STATEMENT_ROW_HEIGHT}
          getKey={(statement) => statement.id}
          initialKey={focusId}
          autoFocus={focusId !== undefined}
          onOpen={onOpen}
          renderRow={(statement) => (
            <>
              <span className="statement-row-text">{firstLine(statement.text)}</span>
              {SPACE}
              <span className="statement-row-meta">
                <span className="statement-row-source">{library.sourceName(statement.sourceId)}</span>
                {SEPARATOR}
                {statementKindLabel(statement.kind)}
                {SEPARATOR}
                {formatSaidOn(statement.saidOn)}
                {statement.archived ? t('statements.list.archived') : ''}
                {statement.tags.length > 0 ? (
                  <>
                    {SEPARATOR}
                    <span className="statement-row-tags">{statement.tags.map((tag) => `${TAG_MARK}${tag}`).join(SPACE)}</span>
                  </>
                ) : null}
              </span>
            </>
          )}
        />
      )}
    </>
  );
}
