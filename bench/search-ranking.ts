import { benchVaultWith } from './bench-vault';
import { JUDGED_QUERIES } from './fixtures/judged-queries';
import { JUDGED_STATEMENTS } from './fixtures/judged-statements';
import { report } from './report';
import { fts5Of } from './fts5-peer';

// Ranking quality on a judged query set: nDCG@10 for our index and for FTS5's bm25() on the same
// statements and queries (bench/fixtures/judged-*.ts).

export function ndcgAt10(ranked: string[], relevant: Record<string, number>): number {
  const gain = (grade: number) => 2 ** grade - 1;
  const dcg = ranked.slice(0, 10).reduce((sum, key, i) => sum + gain(relevant[key] ?? 0) / Math.log2(i + 2), 0);
  const ideal = Object.values(relevant).sort((a, b) => b - a).slice(0, 10).reduce((sum, grade, i) => sum + gain(grade) / Math.log2(i + 2), 0);
  return ideal > 0 ? dcg / ideal : 0;
}

export async function benchSearchRanking(): Promise<void> {
  const { service, source, dispose } = await benchVaultWith(0);
  const keys = Object.keys(JUDGED_STATEMENTS);
  const fts = fts5Of(keys.map((key) => ({ text: JUDGED_STATEMENTS[key]!, notes: '', tags: [] })));
  try {
    const saved = await service.saveStatements({
      statements: keys.map((key) => ({ sourceId: source.id, text: JUDGED_STATEMENTS[key]!, kind: 'quote' as const, saidOn: null, channel: 'phone' as const, notes: '', tags: [] })),
    });
    const keyOf = new Map(saved.map((s, i) => [s.id, keys[i]!]));
    let ours = 0;
    let theirs = 0;
    for (const { query, relevant } of JUDGED_QUERIES) {
      const hits = (await service.search({ query, limit: 10 })).hits.map((h) => keyOf.get(h.id)!);
      ours += ndcgAt10(hits, relevant);
      theirs += ndcgAt10(fts.search(query).map((r) => keys[r.rowid - 1]!), relevant);
    }
    const n = JUDGED_QUERIES.length;
    report('search_ndcg10', ours / n, `ours, mean nDCG@10 over ${n} judged queries (${keys.length} statements)`);
    report('search_fts5_ndcg10', theirs / n, 'FTS5 bm25(), same statements and queries');
  } finally {
    fts.close();
    await dispose();
  }
}
