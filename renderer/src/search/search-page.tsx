import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit, SearchResult, TagCount } from '../../../common/domain/search';
import { STATEMENT_KINDS } from '../../../common/domain/statement';
import { callApi } from '../api';
import { searchShortcut } from '../app/platform';
import { Field } from '../components/field';
import { ScreenHeading } from '../components/screen-heading';
import { SelectField } from '../components/select-field';
import { useFrame } from '../frame/frame-context';
import { LibraryGate } from '../library/library-gate';
import { useLibrary } from '../library/library';
import { HitContent } from './search-hit';
import { DEBOUNCE_MS, EMPTY_SEARCH, QUERY_MAX, dateProblem, searchInput, type SearchState } from './search-query';
import { useT } from '../i18n/use-t';
import { FormattedMessage } from 'react-intl';
import { statementKindLabel } from '../library/labels';

type Outcome = { key: string; result: SearchResult } | { key: string; error: string };

interface SearchPageProps {
  state: SearchState;
  onState: (state: SearchState) => void;
  /** Grows each time "/" or Ctrl+F asks for the search box. */
  focusRequest: number;
}

export function SearchPage(props: SearchPageProps) {
  return (
    <LibraryGate>
      <SearchView {...props} />
    </LibraryGate>
  );
}

function SearchView({ state, onState, focusRequest }: SearchPageProps) {
  const t = useT();
  const library = useLibrary();
  const { navigate } = useFrame();
  const ids = useId();
  const boxRef = useRef<HTMLInputElement>(null);
  const resultsRef = useRef<HTMLUListElement>(null);
  const latest = useRef(0);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [tags, setTags] = useState<TagCount[]>([]);

  const input = useMemo(() => searchInput(state), [state]);
  const key = input ? JSON.stringify(input) : '';

  useEffect(() => {
    let current = true;
    void callApi((api) => api.listTags({})).then((result) => {
      if (current && result.ok) setTags(result.value);
    });
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    if (focusRequest === 0) return;
    boxRef.current?.focus();
    boxRef.current?.select();
  }, [focusRequest]);

  // Search as the reporter types, after a short pause. A slow answer to an older query never
  // replaces the answer to a newer one.
  useEffect(() => {
    if (!input) return;
    const request = ++latest.current;
    const timer = window.setTimeout(() => {
      void callApi((api) => api.search(input)).then((result) => {
        if (request !== latest.current) return;
        setOutcome(result.ok ? { key, result: result.value } : { key, error: result.error.message });
      });
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [input, key]);

  const current = outcome && outcome.key === key ? outcome : null;
  const update = (patch: Partial<SearchState>) => onState({ ...state, ...patch });

  function open(hit: SearchHit) {
    if (hit.type === 'source') navigate({ page: 'sources', view: { kind: 'detail', id: hit.id, back: { page: 'search' } } });
    else navigate({ page: 'statements', view: { kind: 'detail', id: hit.id, back: { page: 'search' } } });
  }

  function onBoxKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      const first = resultsRef.current?.querySelector<HTMLButtonElement>('button');
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  }

  function onResultsKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...(resultsRef.current?.querySelectorAll<HTMLButtonElement>('button.hit') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    event.preventDefault();
    if (event.key === 'ArrowUp' && index === 0) boxRef.current?.focus();
    else buttons[Math.min(buttons.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)))]?.focus();
  }

  const sourceOptions = library.sources
    .map((source) => ({ value: source.id, label: library.sourceName(source.id) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const tagOptions = [...tags]
    .sort((a, b) => a.tag.localeCompare(b.tag))
    .map((tag) => ({ value: tag.tag, label: t('search.tagOption', { tag: tag.tag, count: tag.count }) }));
  if (state.tag && !tags.some((tag) => tag.tag === state.tag)) tagOptions.unshift({ value: state.tag, label: state.tag });

  return (
    <article className="page page-wide">
      <ScreenHeading className="page-title" focusOnMount={focusRequest === 0}>
        {t('nav.search')}
      </ScreenHeading>
      <p className="page-subtitle">
        <FormattedMessage id="search.subtitle" values={{ key: <kbd>{searchShortcut.label}</kbd> }} />
      </p>

      <div className="search-box field">
        <label className="field-label" htmlFor={`${ids}-query`}>
          {t('search.box')}
        </label>
        <input
          ref={boxRef}
          id={`${ids}-query`}
          type="search"
          className="input input-search"
          value={state.query}
          maxLength={QUERY_MAX}
          autoComplete="off"
          spellCheck={false}
          aria-keyshortcuts={searchShortcut.aria}
          aria-controls={`${ids}-results`}
          onChange={(event) => update({ query: event.target.value })}
          onKeyDown={onBoxKeyDown}
        />
      </div>

      <div className="search-filters" role="group" aria-label={t('search.filters')}>
        <SelectField
          label={t('search.source')}
          value={state.sourceId}
          onChange={(event) => update({ sourceId: event.target.value })}
          options={[{ value: '', label: t('search.anySource') }, ...sourceOptions]}
        />
        <fieldset className="field choice-group">
          <legend className="field-label">{t('search.kind')}</legend>
          <div className="choice-row">
            {STATEMENT_KINDS.map((kind) => (
              <label key={kind} className="choice">
                <input
                  type="checkbox"
                  checked={state.kinds.includes(kind)}
                  onChange={(event) =>
                    update({
                      kinds: event.target.checked ? [...state.kinds, kind] : state.kinds.filter((k) => k !== kind),
                    })
                  }
                />
                {statementKindLabel(kind)}
              </label>
            ))}
          </div>
        </fieldset>
        <SelectField
          label={t('search.tag')}
          value={state.tag}
          onChange={(event) => update({ tag: event.target.value })}
          options={[{ value: '', label: t('search.anyTag') }, ...tagOptions]}
        />
        <Field label={t('search.from')} type="date" value={state.from} onChange={(event) => update({ from: event.target.value })} error={dateProblem(state.from)} />
        <Field label={t('search.to')} type="date" value={state.to} onChange={(event) => update({ to: event.target.value })} error={dateProblem(state.to)} />
        <label className="choice">
          <input type="checkbox" checked={state.includeSources} onChange={(event) => update({ includeSources: event.target.checked })} />
          {t('search.includeSources')}
        </label>
        {JSON.stringify(state) !== JSON.stringify(EMPTY_SEARCH) ? (
          <button type="button" className="link-button" onClick={() => onState(EMPTY_SEARCH)}>
            {t('search.clear')}
          </button>
        ) : null}
      </div>

      <p className="result-count" aria-live="polite" aria-atomic="true">
        {!input
          ? ''
          : !current
            ? t('search.searching')
            : 'error' in current
              ? ''
              : current.result.total > current.result.hits.length
                ? t('search.countFirst', { count: current.result.total, shown: current.result.hits.length })
                : t('search.count', { count: current.result.total })}
      </p>

      {current && 'error' in current ? (
        <p role="alert" className="form-error">
          {current.error}
        </p>
      ) : null}

      {!input ? (
        <p className="empty-state">{t('search.empty')}</p>
      ) : current && 'result' in current && current.result.hits.length === 0 ? (
        <p className="empty-state">
          {state.query.trim() ? t('search.nothing', { query: state.query.trim() }) : t('search.noFilterMatch')}
        </p>
      ) : null}

      {current && 'result' in current && current.result.hits.length > 0 ? (
        <ul
          ref={resultsRef}
          id={`${ids}-results`}
          className="card-list"
          aria-label={t('search.results')}
          onKeyDown={onResultsKeyDown}
        >
          {current.result.hits.map((hit) => (
            <li key={`${hit.type}-${hit.id}`}>
              <button type="button" className="hit card-button" onClick={() => open(hit)}>
                <HitContent hit={hit} />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}
