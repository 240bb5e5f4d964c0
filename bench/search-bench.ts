import MiniSearch from 'minisearch';
import { SearchIndex } from '../main/features/search-index';
import { foldTerm, tokenize } from '../main/features/search-tokens';
import { benchVaultWith } from './bench-vault';
import { fts5Of } from './fts5-peer';
import { rng, word } from './fixture-data';
import { fromPairs, interleavedPairs, reportRatio } from './paired';
import { median, percentile, report, timeAsync } from './report';
import { benchSearchRanking } from './search-ranking';

/** 200 queries as a reporter types them: single words, pairs, and 2–4 letter prefixes. */
function queries(): string[] {
  const random = rng(5);
  const out: string[] = [];
  for (let i = 0; i < 200; i++) {
    const w = word(random);
    if (i % 4 === 0) out.push(w.slice(0, 2 + (i % 3)));
    else if (i % 4 === 1) out.push(`${w} ${word(random)}`);
    else out.push(w);
  }
  return out;
}

/** p50 and p95 of one pass over the queries. */
function pass(qs: string[], run: (q: string) => number): { p50: number; p95: number } {
  const times = qs.map(run);
  return { p50: median(times), p95: percentile(times, 95) };
}

async function latencies(label: string, statements: number, withMiniSearch: boolean): Promise<void> {
  const { service, statements: generated, dispose } = await benchVaultWith(statements);
  const fts = fts5Of(generated);
  try {
    const vault = service.requireVault();
    const warm = await service.search({ query: 'river' });
    if (warm.total === 0) throw new Error('The bench vault is not indexed.');
    if (label === '') {
      // The build alone, on the unlocked vault (median of 3).
      const builds: number[] = [];
      for (let i = 0; i < 3; i++) builds.push(await timeAsync(() => SearchIndex.build(vault).whenReady()));
      report('search_build_ms', median(builds), `index of ${statements.toLocaleString('en')} statements at unlock, in slices (main keeps answering); target ≤ 300`);
    }
    const qs = queries();
    const ours: number[][] = [[], []];
    const theirs: number[][] = [[], []];
    // service.search is async only to wait for the index; its own tookMs is the search itself.
    const oursPass = async () => {
      const times: number[] = [];
      for (const q of qs) times.push((await service.search({ query: q })).tookMs);
      return { p50: median(times), p95: percentile(times, 95) };
    };
    const ftsPass = () => pass(qs, (q) => {
      const started = performance.now();
      fts.search(q);
      return performance.now() - started;
    });
    await interleavedPairs(async () => {
      const r = await oursPass();
      ours[0]!.push(r.p50);
      ours[1]!.push(r.p95);
      return r.p95;
    }, () => {
      const r = ftsPass();
      theirs[0]!.push(r.p50);
      theirs[1]!.push(r.p95);
      return r.p95;
    }, { pairs: 9, warmup: 1 });
    const p50 = fromPairs(ours[0]!.slice(1), theirs[0]!.slice(1));
    const p95 = fromPairs(ours[1]!.slice(1), theirs[1]!.slice(1));
    const n = statements.toLocaleString('en');
    report(`search${label}_p50_ms`, p50.a, `ours, ${n} statements, 200 queries (words, pairs, 2–4 letter prefixes), median of 9 passes`);
    report(`search${label}_p95_ms`, p95.a, `ours, ${n} statements`);
    report(`search_fts5${label}_p50_ms`, p50.b, 'better-sqlite3 FTS5 bm25() in memory, same data and queries');
    report(`search_fts5${label}_p95_ms`, p95.b, 'FTS5, same data and queries');
    reportRatio(`search${label}_p50_ratio`, p50, 'ours ÷ FTS5, p50; ≤ 1 is ahead');
    reportRatio(`search${label}_p95_ratio`, p95, 'ours ÷ FTS5, p95; ≤ 1 is ahead');

    if (withMiniSearch) {
      // What search was before: MiniSearch 7.2 with the same options, side by side.
      const mini = new MiniSearch<{ key: number; text: string; notes: string; tags: string }>({ idField: 'key', fields: ['text', 'notes', 'tags'], tokenize, processTerm: (t) => foldTerm(t) });
      const buildMs = await timeAsync(() => mini.addAllAsync(generated.map((s, key) => ({ key, text: s.text, notes: s.notes, tags: s.tags.join(' ') })), { chunkSize: 500 }));
      const options = { boost: { text: 2 }, combineWith: 'AND' as const, prefix: (t: string, i: number, all: string[]) => i === all.length - 1 && t.length >= 3, fuzzy: (t: string) => (t.length >= 7 ? 0.1 : false), maxFuzzy: 1 };
      for (const q of qs) mini.search(q, options);
      const m = pass(qs, (q) => {
        const started = performance.now();
        mini.search(q, options);
        return performance.now() - started;
      });
      report('search_minisearch_p50_ms', m.p50, `MiniSearch 7.2 (the index before), ${n} statements, one pass`);
      report('search_minisearch_p95_ms', m.p95, `MiniSearch 7.2; built in ${buildMs.toFixed(0)} ms`);
    }
  } finally {
    fts.close();
    await dispose();
  }
}

export async function benchSearch(): Promise<void> {
  await latencies('', 10_000, true);
  await latencies('_100k', 100_000, false);
  await benchSearchRanking();

  // Adding one statement to the 10,000: catalog save + index update, in main (not the UI).
  const { service, source, dispose } = await benchVaultWith(10_000);
  try {
    const adds: number[] = [];
    for (let i = 0; i < 7; i++) {
      adds.push(await timeAsync(() => service.saveStatement({ sourceId: source.id, text: `New statement number ${i} about the river`, kind: 'quote', saidOn: '2018-05-05', channel: 'phone', notes: '', tags: ['bench'] })));
    }
    report('statement_add_save_ms', median(adds), 'one statement into a 10,000-statement vault: durable catalog save + index update');
  } finally {
    await dispose();
  }
}


