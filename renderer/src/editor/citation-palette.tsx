import type { Editor } from '@tiptap/core';
import { PrivateNickname } from '../sources/private-nickname';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Statement } from '../../../common/domain/statement';
import { statementKindLabel } from '../library/labels';
import { useT } from '../i18n/use-t';
import { callApi } from '../api';
import { matches } from '../app/shortcuts';
import { Dialog } from '../components/dialog';
import { pmCitations, type CitationContext } from './citation-data';
import { excerpt, formatSaidOn, sourceLabel } from './format';
import { FormError } from '../components/form-error';

export type PaletteMode = { kind: 'insert' } | { kind: 'add'; pos: number };

export type PaletteAction = 'quote' | 'attribute' | 'add';

interface CitationPaletteProps {
  editor: Editor;
  context: CitationContext;
  mode: PaletteMode;
  onChoose: (action: PaletteAction, statements: Statement[], showDate: boolean) => void;
  onClose: () => void;
}

const SEARCH_DELAY_MS = 150;
const LIMIT = 20;
const SEPARATOR = ' · ';
const CHECK = '✓';
const SPACE = ' ';

/**
 * Ctrl/Cmd+K: find a statement and cite it. Enter quotes it, Alt+Enter attributes it, Shift+Enter
 * adds it to a selection of several (one plural citation).
 */
export function CitationPalette({ editor, context, mode, onChoose, onClose }: CitationPaletteProps) {
  const t = useT();
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const hintId = useId();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Statement[]>([]);
  const [searching, setSearching] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [selected, setSelected] = useState<Statement[]>([]);
  const [dateChoice, setDateChoice] = useState<{ key: string; value: boolean } | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    const request = ++latest.current;
    const timer = window.setTimeout(
      async () => {
        const result = await callApi((api) => api.search({ query: query.trim(), limit: LIMIT }));
        if (request !== latest.current) return; // a newer search has been sent
        setSearching(false);
        if (!result.ok) {
          setError(result.error.message);
          return;
        }
        setError(null);
        setResults(result.value.hits.flatMap((hit) => (hit.statement ? [hit.statement] : [])));
      },
      query.trim() === '' ? 0 : SEARCH_DELAY_MS,
    );
    return () => window.clearTimeout(timer);
  }, [query]);

  const activeIndex = Math.max(0, results.findIndex((s) => s.id === activeId));
  const active = results[activeIndex];
  const chosen = selected.length > 0 ? selected : active ? [active] : [];
  const chosenKey = chosen.map((s) => s.id).join(',');

  // Show the date by default for the first citation of a source, when the statement has one.
  const citedSources = useMemo(() => {
    const ids = new Set<string>();
    for (const citation of pmCitations(editor.state.doc)) {
      for (const id of citation.attrs.statementIds) {
        const sourceId = context.statements.get(id)?.sourceId;
        if (sourceId) ids.add(sourceId);
      }
    }
    return ids;
  }, [editor, context]);
  const first = chosen[0];
  const dateDefault = !!first?.saidOn && !chosen.some((s) => citedSources.has(s.sourceId));
  const showDate = dateChoice && dateChoice.key === chosenKey ? dateChoice.value : dateDefault;

  function toggleSelected(statement: Statement) {
    setSelected((current) => (current.some((s) => s.id === statement.id) ? current.filter((s) => s.id !== statement.id) : [...current, statement]));
  }

  function choose(action: PaletteAction) {
    if (chosen.length === 0) return;
    onChoose(action, chosen, showDate);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (results.length === 0) return;
      const next = event.key === 'ArrowDown' ? Math.min(results.length - 1, activeIndex + 1) : Math.max(0, activeIndex - 1);
      setActiveId(results[next]!.id);
      document.getElementById(`${listId}-${results[next]!.id}`)?.scrollIntoView({ block: 'nearest' });
    } else if (matches('paletteSelect', event)) {
      event.preventDefault();
      if (active) toggleSelected(active);
    } else if (matches('paletteQuote', event) || matches('paletteAttribute', event)) {
      event.preventDefault();
      if (mode.kind === 'add') choose('add');
      else choose(event.altKey ? 'attribute' : 'quote');
    }
  }

  const status = searching ? t('editor.palette.searching') : error ? null : results.length === 0 ? (query.trim() ? t('editor.palette.noMatch') : t('editor.palette.noStatements')) : null;
  const title = mode.kind === 'add' ? t('editor.palette.titleAdd') : t('editor.palette.titleInsert');

  return (
    <Dialog title={title} onClose={onClose} initialFocus={inputRef} className="dialog-wide palette">
      <div className="field">
        <label className="field-label" htmlFor={`${listId}-input`}>
          {t('editor.palette.search')}
        </label>
        <input
          ref={inputRef}
          id={`${listId}-input`}
          type="search"
          className="input"
          role="combobox"
          aria-expanded={results.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={active ? `${listId}-${active.id}` : undefined}
          aria-describedby={hintId}
          autoComplete="off"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setSearching(true);
          }}
          onKeyDown={onKeyDown}
        />
        <p id={hintId} className="field-hint">
          {mode.kind === 'add'
            ? t('editor.palette.hintAdd')
            : t('editor.palette.hintInsert')}
        </p>
      </div>
      <FormError message={error} />
      <p className="palette-status" role="status">
        {status}
      </p>
      <ul id={listId} role="listbox" aria-label={t('editor.palette.statements')} aria-multiselectable="true" className="palette-results">
        {results.map((statement) => {
          const isActive = statement.id === active?.id;
          const isSelected = selected.some((s) => s.id === statement.id);
          return (
            <li
              key={statement.id}
              id={`${listId}-${statement.id}`}
              role="option"
              aria-selected={isSelected}
              className={['palette-option', isActive ? 'is-active' : '', isSelected ? 'is-selected' : ''].filter(Boolean).join(' ')}
              onMouseDown={(event) => event.preventDefault()}
              onClick={(event) => {
                setActiveId(statement.id);
                if (event.shiftKey) toggleSelected(statement);
                inputRef.current?.focus();
              }}
              onDoubleClick={() => onChoose(mode.kind === 'add' ? 'add' : 'quote', [statement], showDate)}
            >
              <span
                className="palette-check"
                aria-hidden="true"
                onClick={(event) => {
                  event.stopPropagation();
                  toggleSelected(statement);
                  inputRef.current?.focus();
                }}
              >
                {isSelected ? CHECK : ''}
              </span>
              <span className="palette-text">{excerpt(statement.text)}</span>
              <span className="palette-meta">
                {sourceLabel(context.sources.get(statement.sourceId))}
                <PrivateNickname sourceId={statement.sourceId} />
                {SEPARATOR}
                {formatSaidOn(statement.saidOn)}
                {statement.kind === 'quote' ? null : SEPARATOR + statementKindLabel(statement.kind)}
              </span>
            </li>
          );
        })}
      </ul>
      {selected.length > 0 ? (
        <p className="palette-selection" aria-live="polite">
          {t('editor.palette.selected', { count: selected.length })}
          {SPACE}
          <button type="button" className="link-button" onClick={() => setSelected([])}>
            {t('editor.palette.clearSelection')}
          </button>
        </p>
      ) : null}
      <label className="choice palette-date">
        <input
          type="checkbox"
          checked={showDate}
          disabled={!first?.saidOn || mode.kind === 'add'}
          onChange={(event) => setDateChoice({ key: chosenKey, value: event.target.checked })}
        />
        {t('editor.citation.showDate')}
      </label>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
        {mode.kind === 'add' ? (
          <button type="button" className="button button-primary" disabled={chosen.length === 0} onClick={() => choose('add')}>
            {t('editor.palette.addToCitation')}
          </button>
        ) : (
          <>
            <button type="button" className="button button-secondary" aria-keyshortcuts="Alt+Enter" disabled={chosen.length === 0} onClick={() => choose('attribute')}>
              {t('editor.palette.attribute')}
            </button>
            <button type="button" className="button button-primary" aria-keyshortcuts="Enter" disabled={chosen.length === 0} onClick={() => choose('quote')}>
              {t('editor.palette.quote')}
            </button>
          </>
        )}
      </div>
    </Dialog>
  );
}
