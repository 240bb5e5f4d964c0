import type { InputOf } from '../../common/api/contract';
import type { StoredSource, StoredStatement } from './collections';

// The filters of a search (source, kind, channel, tags, dates), the same for the index and for
// the scan that answers while the index is still being built.

export type SearchQuery = InputOf<'search'>;

/** First and last day a saidOn value covers, for overlap with a date range. */
function span(date: string): [string, string] {
  if (date.length === 10) return [date, date];
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number) as [number, number];
    return [`${date}-01`, `${date}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`];
  }
  return [`${date}-01-01`, `${date}-12-31`];
}

export interface SearchFilters {
  /** No filter beyond "live" (not deleted, not archived): the common case. */
  plain: boolean;
  statement(s: StoredStatement | undefined): s is StoredStatement;
  source(s: StoredSource | undefined): s is StoredSource;
}

export function searchFilters(query: SearchQuery): SearchFilters {
  const tags = query.tags?.length ? query.tags.map((t) => t.toLowerCase()) : null;
  const kinds = query.kinds?.length ? query.kinds : null;
  const channels = query.channels?.length ? query.channels : null;
  const from = query.from ? span(query.from)[0] : null;
  const to = query.to ? span(query.to)[1] : null;
  const sourceId = query.sourceId ?? null;
  // Without filters (the common case) a statement only has to be live.
  const plain = !tags && !kinds && !channels && !from && !to && !sourceId;
  return {
    plain,
    statement(s): s is StoredStatement {
      if (!s || s.deletedAt || s.archived) return false;
      if (plain) return true;
      if (sourceId && s.sourceId !== sourceId) return false;
      if (kinds && !kinds.includes(s.kind)) return false;
      if (channels && !channels.includes(s.channel)) return false;
      // One set per statement: 30 asked × 30 own tags compared pairwise cost 900 per statement.
      if (tags) {
        const own = new Set(s.tags.map((t) => t.toLowerCase()));
        if (!tags.every((t) => own.has(t))) return false;
      }
      if (from || to) {
        if (!s.saidOn) return false;
        const [start, end] = span(s.saidOn);
        if ((from && end < from) || (to && start > to)) return false;
      }
      return true;
    },
    source(s): s is StoredSource {
      return !!s && !s.deletedAt && !s.archived && (!sourceId || s.id === sourceId);
    },
  };
}
