import type { Source } from './source';
import type { Statement } from './statement';

export interface SearchHit {
  type: 'statement' | 'source';
  id: string;
  score: number;
  /** Words in the document that matched (as indexed, lower-case): the renderer highlights them. */
  terms: string[];
  statement?: Statement;
  source?: Source;
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  tookMs: number;
}

export interface TagCount {
  tag: string;
  count: number;
}

export type DeleteOutcome =
  | { outcome: 'deleted'; undoUntil: 'lock' }
  | { outcome: 'cited'; drafts: { id: string; title: string }[] };
