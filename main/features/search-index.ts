import type { SearchHit, SearchResult, TagCount } from '../../common/domain/search';
import { labelTexts } from '../../common/attribution/languages/local-label';
import type { Vault } from '../vault/vault';
import { COLLECTIONS, type StoredSource, type StoredStatement } from './collections';
import { Postings, type DocInput, type TermExpansion } from './search-postings';
import { queryTerms } from './search-tokens';
import { searchFilters, type SearchFilters, type SearchQuery } from './search-filters';
import { scanMatches, scanTerms } from './search-scan';
import { newestFirst, toStatement } from './statements';
import { toSource } from './sources';

export { foldTerm, processTerm, tokenize } from './search-tokens';

// Full-text search over statements (text, notes, tags) and sources (label, access, notes; never
// identity terms). The index (search-postings.ts) lives in memory only: built at unlock, updated
// on every change, dropped at lock. It is never written anywhere.

type Kind = 'statement' | 'source';
const LIVE_STATEMENT = 1;
const LIVE_SOURCE = 2;

export type { SearchQuery } from './search-filters';

export class SearchIndex {
  private postings = new Postings();
  private docKinds: Kind[] = [];
  private docIds: string[] = [];
  private docByKey = new Map<string, number>();
  /** Each doc's stored item, valid while the catalog revision and collections are the ones seen. */
  private items: (StoredStatement | StoredSource | undefined)[] = [];
  /**
   * Per doc, with `items`: LIVE_STATEMENT, LIVE_SOURCE or 0 (deleted, archived, gone), so that
   * counting matches reads no item. Renewed with the catalog revision and on every refresh;
   * the hits shown are checked against the items themselves.
   */
  private live = new Uint8Array(0);
  private itemsSeen: { revision: bigint; statements: object; sources: object } | null = null;
  private ready: Promise<void>;
  /** False while the index is being built: searches meanwhile scan the items instead. */
  private built = false;

  private constructor(private readonly vault: Vault) {
    const inputs: DocInput[] = [];
    for (const s of Object.values(vault.collection<StoredStatement>(COLLECTIONS.statements))) {
      if (s.deletedAt) continue;
      this.noteDoc('statement', s.id);
      inputs.push(statementDoc(s));
    }
    for (const s of Object.values(vault.collection<StoredSource>(COLLECTIONS.sources))) {
      if (s.deletedAt) continue;
      this.noteDoc('source', s.id);
      inputs.push(sourceDoc(s));
    }
    // Built in slices so unlocking returns at once and main keeps answering meanwhile.
    this.ready = this.postings.build(inputs).then(() => {
      this.built = true;
    });
  }

  private noteDoc(kind: Kind, id: string): void {
    this.docByKey.set(`${kind}:${id}`, this.docKinds.length);
    this.docKinds.push(kind);
    this.docIds.push(id);
  }

  static build(vault: Vault): SearchIndex {
    return new SearchIndex(vault);
  }

  whenReady(): Promise<void> {
    return this.ready;
  }

  /** Re-indexes items after they changed (or removes them if deleted). */
  async refresh(kind: Kind, ids: string[]): Promise<void> {
    await this.ready;
    this.itemsSeen = null;
    for (const id of ids) {
      const key = `${kind}:${id}`;
      const old = this.docByKey.get(key);
      if (old !== undefined) {
        this.postings.remove(old);
        this.docByKey.delete(key);
      }
      const item = kind === 'statement' ? this.vault.collection<StoredStatement>(COLLECTIONS.statements)[id] : this.vault.collection<StoredSource>(COLLECTIONS.sources)[id];
      if (!item || item.deletedAt) continue;
      const d = this.postings.add(kind === 'statement' ? statementDoc(item as StoredStatement) : sourceDoc(item as StoredSource));
      this.docByKey.set(key, d);
      this.docKinds[d] = kind;
      this.docIds[d] = id;
    }
  }

  /** The stored item of each doc, looked up again only after the catalog changed. */
  private itemsNow(statements: object, sources: object): (StoredStatement | StoredSource | undefined)[] {
    const revision = this.vault.catalogRevision;
    const seen = this.itemsSeen;
    if (seen && seen.revision === revision && seen.statements === statements && seen.sources === sources) return this.items;
    const s = statements as Record<string, StoredStatement>;
    const o = sources as Record<string, StoredSource>;
    this.items = this.docIds.map((id, d) => (this.docKinds[d] === 'statement' ? s[id] : o[id]));
    this.live = new Uint8Array(this.items.length);
    this.items.forEach((item, d) => {
      if (item && !item.deletedAt && !item.archived) this.live[d] = this.docKinds[d] === 'statement' ? LIVE_STATEMENT : LIVE_SOURCE;
    });
    this.itemsSeen = { revision, statements, sources };
    return this.items;
  }

  /** The typed query as dictionary terms: the word being typed matches as a prefix (from 3 letters), long words forgive one wrong letter. */
  private expansions(query: string): TermExpansion[] {
    return queryTerms(query).map((q) => this.postings.expand(q.term, q.prefix, q.fuzzy));
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const started = performance.now();
    const limit = query.limit ?? 50;
    const statements = this.vault.collection<StoredStatement>(COLLECTIONS.statements);
    const sources = this.vault.collection<StoredSource>(COLLECTIONS.sources);
    const types = query.types ?? ['statement'];
    const passes = searchFilters(query);

    let hits: SearchHit[];
    let total: number;
    if (query.query.trim() === '') {
      const matching = types.includes('statement') ? Object.values(statements).filter(passes.statement).sort(newestFirst) : [];
      total = matching.length;
      hits = matching.slice(0, limit).map((s) => ({ type: 'statement', id: s.id, score: 0, terms: [], statement: toStatement(s) }));
    } else if (!this.built) {
      ({ hits, total } = this.scan(query.query, types, passes, statements, sources, limit));
    } else {
      const expansions = this.expansions(query.query);
      const { docs, scores } = expansions.length > 0 ? this.postings.match(expansions) : { docs: new Uint32Array(0), scores: new Float64Array(0) };
      const top = new TopK(limit);
      const items = this.itemsNow(statements, sources);
      const wanted = (types.includes('statement') ? LIVE_STATEMENT : 0) | (types.includes('source') ? LIVE_SOURCE : 0);
      const live = this.live;
      total = 0;
      for (let i = 0; i < docs.length; i++) {
        const d = docs[i]!;
        if (!(live[d]! & wanted)) continue;
        if (!passes.plain && !(live[d] === LIVE_STATEMENT ? passes.statement(items[d] as StoredStatement) : passes.source(items[d] as StoredSource))) continue;
        total++;
        top.offer(d, scores[i]!);
      }
      // The hits shown are checked against the catalog as it is now (a write may be on its way).
      const shown: [number, number][] = [];
      for (const [d, score] of top.sorted()) {
        const id = this.docIds[d]!;
        if (this.docKinds[d] === 'statement' ? passes.statement(statements[id]) : passes.source(sources[id])) shown.push([d, score]);
      }
      const terms = this.postings.matchedTermsOf(shown.map(([d]) => d), expansions);
      hits = shown.map(([d, score], i) => {
        const id = this.docIds[d]!;
        return this.docKinds[d] === 'statement'
          ? { type: 'statement', id, score, terms: terms[i]!, statement: toStatement(statements[id]!) }
          : { type: 'source', id, score, terms: terms[i]!, source: toSource(sources[id]!) };
      });
    }
    return { hits, total, tookMs: performance.now() - started };
  }

  /** The same search without the index (while it is built): a scan over the items' text. */
  private scan(query: string, types: string[], passes: SearchFilters, statements: Record<string, StoredStatement>, sources: Record<string, StoredSource>, limit: number): { hits: SearchHit[]; total: number } {
    const terms = scanTerms(query);
    const found: { hit: SearchHit; order: number }[] = [];
    if (types.includes('statement')) {
      const live = Object.values(statements).filter(passes.statement);
      for (const m of scanMatches(live, (s) => statementDoc(s).fields, terms)) {
        found.push({ hit: { type: 'statement', id: m.item.id, score: m.score, terms: m.terms }, order: found.length });
      }
    }
    if (types.includes('source')) {
      const live = Object.values(sources).filter(passes.source);
      for (const m of scanMatches(live, (s) => sourceDoc(s).fields, terms)) {
        found.push({ hit: { type: 'source', id: m.item.id, score: m.score, terms: m.terms }, order: found.length });
      }
    }
    found.sort((a, b) => b.hit.score - a.hit.score || a.order - b.order);
    const hits = found.slice(0, limit).map(({ hit }) => (hit.type === 'statement' ? { ...hit, statement: toStatement(statements[hit.id]!) } : { ...hit, source: toSource(sources[hit.id]!) }));
    return { hits, total: found.length };
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
    this.postings = new Postings();
    this.docKinds = [];
    this.docIds = [];
    this.docByKey.clear();
    this.items = [];
    this.live = new Uint8Array(0);
    this.itemsSeen = null;
  }
}

/** The best `k` (doc, score) pairs seen, by score then doc number, in a min-heap. */
class TopK {
  private docs: number[] = [];
  private scores: number[] = [];
  constructor(private readonly k: number) {}

  private worse(i: number, j: number): boolean {
    const a = this.scores[i]!;
    const b = this.scores[j]!;
    return a < b || (a === b && this.docs[i]! > this.docs[j]!);
  }

  private swap(i: number, j: number): void {
    [this.docs[i], this.docs[j]] = [this.docs[j]!, this.docs[i]!];
    [this.scores[i], this.scores[j]] = [this.scores[j]!, this.scores[i]!];
  }

  offer(doc: number, score: number): void {
    if (this.k <= 0) return;
    if (this.docs.length < this.k) {
      this.docs.push(doc);
      this.scores.push(score);
      for (let i = this.docs.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!this.worse(i, parent)) break;
        this.swap(i, parent);
        i = parent;
      }
      return;
    }
    const root = this.scores[0]!;
    if (score < root || (score === root && doc > this.docs[0]!)) return;
    this.docs[0] = doc;
    this.scores[0] = score;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let least = i;
      if (l < this.docs.length && this.worse(l, least)) least = l;
      if (r < this.docs.length && this.worse(r, least)) least = r;
      if (least === i) break;
      this.swap(i, least);
      i = least;
    }
  }

  sorted(): [number, number][] {
    return this.docs.map((d, i): [number, number] => [d, this.scores[i]!]).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  }
}

function statementDoc(s: StoredStatement): DocInput {
  return { fields: [s.text, s.notes, s.tags.join(' ')] };
}

/** A source by its label in every language it has ("a source in Hyesan 혜산 소식통"), how they know, notes. */
function sourceDoc(s: StoredSource): DocInput {
  return { fields: [labelTexts(s.label).join(' '), s.access, s.notes] };
}
