import Database from 'better-sqlite3';

export interface Fts5Peer {
  search: (query: string) => { rowid: number; score: number }[];
  close: () => void;
}

/** The same statements in SQLite FTS5 (in memory): the peer every search figure is set against. */
export function fts5Of(rows: { text: string; notes: string; tags: string[] }[]): Fts5Peer {
  const db = new Database(':memory:');
  db.exec("CREATE VIRTUAL TABLE st USING fts5(text, notes, tags, tokenize = 'unicode61 remove_diacritics 2')");
  const insert = db.prepare('INSERT INTO st (rowid, text, notes, tags) VALUES (?, ?, ?, ?)');
  db.transaction(() => rows.forEach((s, i) => insert.run(i + 1, s.text, s.notes, s.tags.join(' '))))();
  const select = db.prepare<[string], { rowid: number; score: number }>('SELECT rowid, bm25(st) AS score FROM st WHERE st MATCH ? ORDER BY score LIMIT 50');
  // Each word as a phrase, the last one as a prefix (as-you-type).
  const match = (q: string) => q.split(/\s+/).filter(Boolean).map((t, i, all) => `"${t.replaceAll('"', '""')}"${i === all.length - 1 ? '*' : ''}`).join(' ');
  return { search: (q: string) => select.all(match(q)), close: () => db.close() };
}
