import Database from 'better-sqlite3';
import { benchVaultWith } from './bench-vault';
import { rng, word, type BenchStatement } from './fixture-data';
import { median, percentile, report, timeAsync } from './report';

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

export async function benchSearch(): Promise<void> {
  const { service, source, statements: generated, passphrase, dispose } = await benchVaultWith(10_000);
  try {
    await service.lock();
    const buildMs = await timeAsync(async () => {
      await service.unlock({ method: 'passphrase', passphrase });
      await service.search({ query: 'warmup' }); // waits for the index build
    });

    const qs = queries();
    const times: number[] = [];
    for (const q of qs) await service.search({ query: q }); // warm-up
    for (const q of qs) times.push((await service.search({ query: q })).tookMs);
    report('search_p95_ms', percentile(times, 95), `MiniSearch, 10,000 statements, 200 queries (p50 ${median(times).toFixed(2)} ms, index built in ${buildMs.toFixed(0)} ms at unlock)`);

    // The same data and queries in SQLite FTS5 (in memory), as a peer.
    const db = new Database(':memory:');
    db.exec("CREATE VIRTUAL TABLE st USING fts5(text, notes, tags, tokenize = 'unicode61 remove_diacritics 2')");
    const insert = db.prepare('INSERT INTO st (rowid, text, notes, tags) VALUES (?, ?, ?, ?)');
    db.transaction((rows: BenchStatement[]) => rows.forEach((s, i) => insert.run(i + 1, s.text, s.notes, s.tags.join(' '))))(generated);
    const select = db.prepare('SELECT rowid, bm25(st) AS score FROM st WHERE st MATCH ? ORDER BY score LIMIT 50');
    const ftsQuery = (q: string) => q.split(/\s+/).map((t, i, all) => `"${t}"${i === all.length - 1 ? '*' : ''}`).join(' ');
    for (const q of qs) select.all(ftsQuery(q));
    const ftsTimes = qs.map((q) => {
      const started = performance.now();
      select.all(ftsQuery(q));
      return performance.now() - started;
    });
    report('search_fts5_p95_ms', percentile(ftsTimes, 95), `better-sqlite3 FTS5 in memory, same data and queries (p50 ${median(ftsTimes).toFixed(2)} ms)`);
    db.close();

    // Adding one statement to the 10,000: catalog save + index update, in main (not the UI).
    const adds: number[] = [];
    for (let i = 0; i < 7; i++) {
      adds.push(await timeAsync(() => service.saveStatement({ sourceId: source.id, text: `New statement number ${i} about the river`, kind: 'quote', saidOn: '2018-05-05', channel: 'phone', notes: '', tags: ['bench'] })));
    }
    report('statement_add_save_ms', median(adds), 'one statement into a 10,000-statement vault: durable catalog save + index update');
  } finally {
    await dispose();
  }
}
