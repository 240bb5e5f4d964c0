import { rangeWeight, withinOneEdit, bm25f } from './search-postings';
import { eachToken, processTerm } from './search-tokens';

// Search without the index: while it is still being built (a couple of seconds at 100,000
// statements), the same query runs as a scan over the items' text. It finds the same items as
// the index (same tokens, folding, AND of the words, prefix on the word being typed, one wrong
// letter forgiven in long words); the ranking is BM25 with statistics taken from the scan
// itself (how many items hold each word's letters, the matching items' lengths), close to the
// index's but not the same. A cheap check on the raw text skips most items: in plain-ASCII
// text, a word can only match where its letters (or, for near misses, half of them) appear.

interface ScanTerm {
  term: string;
  prefix: boolean;
  fuzzy: boolean;
  /** Matches ASCII text that may hold a matching word; none of it, no match. */
  maybe: RegExp;
}

export interface ScanMatch<T> {
  item: T;
  score: number;
  /** The item's folded words that matched (for highlights), in order of first appearance. */
  terms: string[];
}

const NON_ASCII = /[^\x00-\x7f]/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The typed query as terms: the word being typed matches as a prefix (from 3 letters), long words forgive one wrong letter. */
export function scanTerms(query: string): ScanTerm[] {
  const terms: string[] = [];
  eachToken(query, (raw) => {
    const term = processTerm(raw);
    if (term !== null) terms.push(term);
  });
  return terms.map((term, i) => {
    const fuzzy = term.length >= 7;
    const half = term.length >> 1;
    // One edit leaves the first half or the rest untouched.
    const needles = fuzzy ? [term.slice(0, half), term.slice(half)] : [term];
    return { term, prefix: i === terms.length - 1 && term.length >= 3, fuzzy, maybe: new RegExp(needles.map(escape).join('|'), 'i') };
  });
}

/** How a doc's word stands for a query term: 1 exact, less for a prefix, 0.45 a near miss, 0 not at all (as the index weighs them). */
function termMultiplier(q: ScanTerm, word: string): number {
  if (word === q.term) return 1;
  if (q.prefix && word.startsWith(q.term)) return rangeWeight(q.term.length, word.length);
  if (q.fuzzy && withinOneEdit(q.term, word)) return 0.45;
  return 0;
}

interface Found<T> {
  item: T;
  lengths: number[];
  /** Per matched word: its text, packed per-field counts, and its multiplier per query term. */
  words: { word: string; tf: number[]; multipliers: number[] }[];
}

/** The items (already filtered) whose fields match every term, scored. */
export function scanMatches<T>(items: readonly T[], fieldsOf: (item: T) => string[], terms: ScanTerm[]): ScanMatch<T>[] {
  if (terms.length === 0) return [];
  const folded = new Map<string, string | null>();
  const df = new Array<number>(terms.length).fill(0);
  const found: Found<T>[] = [];
  const passes = new Array<boolean>(terms.length);
  for (const item of items) {
    const fields = fieldsOf(item);
    let ascii = true;
    for (const f of fields) if (NON_ASCII.test(f)) ascii = false;
    let all = true;
    if (ascii) {
      for (let k = 0; k < terms.length; k++) {
        passes[k] = fields.some((f) => terms[k]!.maybe.test(f));
        if (passes[k]) df[k]!++;
        else all = false;
      }
      if (!all) continue;
    }
    // Tokenize: every distinct word with its per-field counts.
    const counts = new Map<string, number[]>();
    const lengths = [0, 0, 0];
    fields.forEach((text, f) => {
      eachToken(text, (raw) => {
        let word = folded.get(raw);
        if (word === undefined) folded.set(raw, (word = processTerm(raw)));
        if (word === null) return;
        lengths[f]!++;
        const c = counts.get(word);
        if (c) c[f]!++;
        else {
          const fresh = [0, 0, 0];
          fresh[f] = 1;
          counts.set(word, fresh);
        }
      });
    });
    const words: Found<T>['words'] = [];
    const hit = new Array<boolean>(terms.length).fill(false);
    for (const [word, tf] of counts) {
      const multipliers = terms.map((q) => termMultiplier(q, word));
      if (multipliers.every((m) => m === 0)) continue;
      multipliers.forEach((m, k) => (hit[k] ||= m > 0));
      words.push({ word, tf, multipliers });
    }
    if (!ascii) hit.forEach((h, k) => h && df[k]!++);
    if (hit.every(Boolean)) found.push({ item, lengths, words });
  }
  // BM25 over what the scan saw: rarity from the items holding each term's letters, lengths from the matching items.
  const averages = [0, 1, 2].map((f) => (found.length > 0 ? found.reduce((sum, x) => sum + x.lengths[f]!, 0) / found.length : 0));
  const n = items.length;
  const idf = df.map((d) => Math.log(1 + (Math.max(n, d) - d + 0.5) / (d + 0.5)));
  return found.map(({ item, lengths, words }) => {
    let score = 0;
    for (const { tf, multipliers } of words) {
      const w = bm25f(tf, lengths, averages);
      multipliers.forEach((m, k) => (score += m * idf[k]! * w));
    }
    return { item, score, terms: words.map((w) => w.word) };
  });
}
