import type { InputOf } from '../../../common/api/contract';
import { saidOnSchema, type StatementKind } from '../../../common/domain/statement';
import { translate } from '../i18n/translate';

// What the search screen asks main for: the state of the box and filters, and the API input it
// makes (none while there is nothing to search for).

export interface SearchState {
  query: string;
  sourceId: string;
  kinds: StatementKind[];
  tag: string;
  from: string;
  to: string;
  includeSources: boolean;
}

export const EMPTY_SEARCH: SearchState = { query: '', sourceId: '', kinds: [], tag: '', from: '', to: '', includeSources: true };

export const DEBOUNCE_MS = 150;
const LIMIT = 200;
export const QUERY_MAX = 500;

export function dateProblem(value: string): string | null {
  if (value === '') return null;
  return saidOnSchema.safeParse(value).success ? null : translate('search.badDate');
}

/** The API input for the current state, or null when there is nothing to search for yet. */
export function searchInput(state: SearchState): InputOf<'search'> | null {
  const query = state.query.trim().slice(0, QUERY_MAX);
  const filtered = state.sourceId !== '' || state.kinds.length > 0 || state.tag !== '' || state.from !== '' || state.to !== '';
  if (query === '' && !filtered) return null;
  if (dateProblem(state.from) || dateProblem(state.to)) return null;
  return {
    query,
    ...(state.sourceId ? { sourceId: state.sourceId } : {}),
    ...(state.kinds.length > 0 ? { kinds: state.kinds } : {}),
    ...(state.tag ? { tags: [state.tag] } : {}),
    ...(state.from ? { from: state.from } : {}),
    ...(state.to ? { to: state.to } : {}),
    types: state.includeSources ? ['statement', 'source'] : ['statement'],
    limit: LIMIT,
  };
}
