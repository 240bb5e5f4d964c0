import MiniSearch, { type SearchResult as MiniResult } from 'minisearch';
import type { InputOf } from '../../common/api/contract';
import type { SearchHit, SearchResult, TagCount } from '../../common/domain/search';
import { indefiniteForm } from '../../common/attribution/label-forms';
import type { Vault } from '../vault/vault';
import { COLLECTIONS, type StoredSource, type StoredStatement } from './collections';
import { newestFirst, toStatement } from './statements';
import { toSource } from './sources';

// Full-text search over statements (text, notes, tags) and sources (label, access, notes; never
// identity terms). The index lives in memory only: built at unlock, updated on every change,
// dropped at lock. It is never written anywhere.

interface IndexedDoc {
  key: string;
  text?: string;
  notes?: string;
  tags?: string;
  label?: string;
  access?: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?/gu;
const HAN = /\p{Script=Han}/u;

/** Words, with runs of Chinese characters (no spaces between words) cut into overlapping pairs. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (!HAN.test(word)) {
      tokens.push(word);
      continue;
    }
    for (const part of word.split(/(\p{Script=Han}+)/u)) {
      if (!part) continue;
      if (!HAN.test(part)) tokens.push(part);
      else if (part.length === 1) tokens.push(part);
      else for (let i = 0; i < part.length - 1; i++) tokens.push(part.slice(i, i + 2));
    }
  }
  return tokens;
}

// English function words match nearly every statement and say nothing about it; leaving them
// out of the index keeps every query fast (a query for "the" alone finds nothing, on purpose).
const STOP_WORDS = new Set(
  ('the a an of and or but to in on at by for with from as is was are were be been it its this that these those ' +
    'they he she we you i his her their our them him which who whom there had has have not than would could will')
    .split(' '),
);

/** Case- and accent-insensitive, NFKC (full-width letters fold to ASCII). */
export function foldTerm(term: string): string {
  return term.normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

export function processTerm(term: string): string | null {
  const folded = foldTerm(term);
  return STOP_WORDS.has(folded) ? null : folded;
}

/** First and last day a saidOn value covers, for overlap with a date range. */
function span(date: string): [string, string] {
  if (date.length === 10) return [date, date];
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number) as [number, number];
    return [`${date}-01`, `${date}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`];
  }
  return [`${date}-01-01`, `${date}-12-31`];
}

export type SearchQuery = InputOf<'search'>;

export class SearchIndex {
  private readonly mini = new MiniSearch<IndexedDoc>({
    idField: 'key',
    fields: ['text', 'notes', 'tags', 'label', 'access'],
    tokenize,
    processTerm,
    searchOptions: {
      tokenize,
      processTerm,
      boost: { text: 2, label: 2 },
      combineWith: 'AND',
      // As-you-type: the word being typed matches as a prefix (from 3 letters), finished words
      // exactly; long words forgive one wrong letter (romanizations vary).
      prefix: (term, index, terms) => index === terms.length - 1 && term.length >= 3,
      fuzzy: (term) => (term.length >= 7 ? 0.1 : false),
      maxFuzzy: 1,
    },
  });
  private ready: Promise<void>;

  private constructor(private readonly vault: Vault) {
    const docs = [
      ...Object.values(vault.collection<StoredStatement>(COLLECTIONS.statements)).filter((s) => !s.deletedAt).map(statementDoc),
      ...Object.values(vault.collection<StoredSource>(COLLECTIONS.sources)).filter((s) => !s.deletedAt).map(sourceDoc),
    ];
    // Built in chunks so unlocking returns at once and main keeps answering meanwhile.
    this.ready = this.mini.addAllAsync(docs, { chunkSize: 500 });
  }

  static build(vault: Vault): SearchIndex {
    return new SearchIndex(vault);
  }

  whenReady(): Promise<void> {
    return this.ready;
  }

  /** Re-indexes items after they changed (or removes them if deleted). */
  async refresh(kind: 'statement' | 'source', ids: string[]): Promise<void> {
    await this.ready;
    for (const id of ids) {
      const key = `${kind}:${id}`;
      if (this.mini.has(key)) this.mini.discard(key);
      if (kind === 'statement') {
        const s = this.vault.collection<StoredStatement>(COLLECTIONS.statements)[id];
        if (s && !s.deletedAt) this.mini.add(statementDoc(s));
      } else {
        const s = this.vault.collection<StoredSource>(COLLECTIONS.sources)[id];
        if (s && !s.deletedAt) this.mini.add(sourceDoc(s));
      }
    }
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    await this.ready;
    const started = performance.now();
    const limit = query.limit ?? 50;
    const statements = this.vault.collection<StoredStatement>(COLLECTIONS.statements);
    const sources = this.vault.collection<StoredSource>(COLLECTIONS.sources);
    const types = new Set(query.types ?? ['statement']);
    const tags = query.tags?.map((t) => t.toLowerCase());
    const from = query.from ? span(query.from)[0] : null;
    const to = query.to ? span(query.to)[1] : null;
    const statementPasses = (s: StoredStatement | undefined): s is StoredStatement => {
      if (!s || s.deletedAt || s.archived) return false;
      if (query.sourceId && s.sourceId !== query.sourceId) return false;
      if (query.kinds?.length && !query.kinds.includes(s.kind)) return false;
      if (query.channels?.length && !query.channels.includes(s.channel)) return false;
      // One set per statement: 30 asked × 30 own tags compared pairwise cost 900 per statement.
      if (tags?.length) {
        const own = new Set(s.tags.map((t) => t.toLowerCase()));
        if (!tags.every((t) => own.has(t))) return false;
      }
      if (from || to) {
        if (!s.saidOn) return false;
        const [start, end] = span(s.saidOn);
        if ((from && end < from) || (to && start > to)) return false;
      }
      return true;
    };
    const sourcePasses = (s: StoredSource | undefined): s is StoredSource =>
      !!s && !s.deletedAt && !s.archived && (!query.sourceId || s.id === query.sourceId);

    let hits: SearchHit[];
    let total: number;
    if (query.query.trim() === '') {
      const matching = types.has('statement') ? Object.values(statements).filter(statementPasses).sort(newestFirst) : [];
      total = matching.length;
      hits = matching.slice(0, limit).map((s) => ({ type: 'statement', id: s.id, score: 0, terms: [], statement: toStatement(s) }));
    } else {
      const results: MiniResult[] = this.mini.search(query.query, {
        filter: (r) => {
          const [kind, id] = String(r.id).split(':') as ['statement' | 'source', string];
          if (!types.has(kind)) return false;
          return kind === 'statement' ? statementPasses(statements[id]) : sourcePasses(sources[id]);
        },
      });
      total = results.length;
      hits = results.slice(0, limit).map((r) => {
        const [kind, id] = String(r.id).split(':') as ['statement' | 'source', string];
        return kind === 'statement'
          ? { type: kind, id, score: r.score, terms: r.terms, statement: toStatement(statements[id]!) }
          : { type: kind, id, score: r.score, terms: r.terms, source: toSource(sources[id]!) };
      });
    }
    return { hits, total, tookMs: performance.now() - started };
  }

  listTags(): TagCount[] {
    const counts = new Map<string, { tag: string; count: number }>();
    for (const s of Object.values(this.vault.collection<StoredStatement>(COLLECTIONS.statements))) {
      if (s.deletedAt) continue;
      for (const tag of s.tags) {
        const key = tag.toLowerCase();
        const entry = counts.get(key) ?? { tag, count: 0 };
        entry.count++;
        counts.set(key, entry);
      }
    }
    return [...counts.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  }

  /** Forgets everything (at lock). */
  drop(): void {
    this.mini.removeAll();
  }
}

function statementDoc(s: StoredStatement): IndexedDoc {
  return { key: `statement:${s.id}`, text: s.text, notes: s.notes, tags: s.tags.join(' ') };
}

function sourceDoc(s: StoredSource): IndexedDoc {
  return { key: `source:${s.id}`, label: indefiniteForm(s.label), access: s.access, notes: s.notes };
}
