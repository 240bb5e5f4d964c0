import { bm25f, prefixWeight, rangeWeight, withinOneEdit } from './search-scoring';
import { eachToken, processTerm, queryTerms, STOP_WORDS } from './search-tokens';

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
  return queryTerms(query).map(({ term, prefix, fuzzy }) => {
    const half = term.length >> 1;
    // One edit leaves the first half or the rest untouched.
    const needles = fuzzy ? [term.slice(0, half), term.slice(half)] : [term];
    return { term, prefix, fuzzy, maybe: new RegExp(needles.map(escape).join('|'), 'i') };
  });
}

/** How a doc's word stands for a query term: 1 exact, less for a prefix, 0.45 a near miss, 0 not at all (as the index weighs them). */
function termMultiplier(q: ScanTerm, word: string): number {
  if (word === q.term) return 1;
  if (q.prefix && word.startsWith(q.term)) return prefixWeight(q.term, word);
  if (q.fuzzy && withinOneEdit(q.term, word)) return 0.45;
  return 0;
}

/** The same for a plain ASCII word in `text` (folded: lower case), compared without making a string. */
function spanMultiplier(q: ScanTerm, text: string, start: number, end: number): number {
  const length = end - start;
  const t = q.term;
  if (length >= t.length) {
    let same = true;
    for (let i = 0; i < t.length; i++) {
      let c = text.charCodeAt(start + i);
      if (c >= 65 && c <= 90) c += 32;
      if (c !== t.charCodeAt(i)) {
        same = false;
        break;
      }
    }
    if (same && length === t.length) return 1;
    if (same && q.prefix) return rangeWeight(t.length, length);
  }
  if (q.fuzzy && length >= t.length - 1 && length <= t.length + 1) {
    const word = text.slice(start, end).toLowerCase();
    if (word !== t && withinOneEdit(t, word)) return 0.45;
  }
  return 0;
}

interface Found<T> {
  item: T;
  lengths: number[];
  /** Per matched word: its text, per-field counts, and its multiplier per query term. */
  words: Map<string, { tf: number[]; multipliers: number[] }>;
}

/** The items (already filtered) whose fields match every term, scored. */
export function scanMatches<T>(items: readonly T[], fieldsOf: (item: T) => string[], terms: ScanTerm[]): ScanMatch<T>[] {
  if (terms.length === 0) return [];
  const folded = new Map<string, string | null>();
  const df = new Array<number>(terms.length).fill(0);
  const found: Found<T>[] = [];
  const passes = new Array<boolean>(terms.length);
  // The doc being cut into words (kept outside the callbacks, so none is made per doc).
  let field = 0;
  let lengths = [0, 0, 0];
  let words = new Map<string, { tf: number[]; multipliers: number[] }>();
  const note = (word: string, multipliers: number[]) => {
    let entry = words.get(word);
    if (!entry) words.set(word, (entry = { tf: [0, 0, 0], multipliers }));
    entry.tf[field]!++;
  };
  const onToken = (raw: string) => {
    let word = folded.get(raw);
    if (word === undefined) folded.set(raw, (word = processTerm(raw)));
    if (word === null) return;
    lengths[field]!++;
    const multipliers = terms.map((q) => termMultiplier(q, word));
    if (multipliers.some((m) => m > 0)) note(word, multipliers);
  };
  // Plain ASCII words: lengths count stop words too (it only shifts the ranking a little).
  const onSpan = (text: string, start: number, end: number) => {
    lengths[field]!++;
    let any = false;
    for (let k = 0; k < terms.length && !any; k++) any = spanMultiplier(terms[k]!, text, start, end) > 0;
    if (!any) return;
    const word = text.slice(start, end).toLowerCase();
    if (STOP_WORDS.has(word)) return;
    note(word, terms.map((q) => spanMultiplier(q, text, start, end)));
  };
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
    lengths = [0, 0, 0];
    words = new Map();
    for (field = 0; field < fields.length; field++) eachToken(fields[field]!, onToken, onSpan);
    const hit = new Array<boolean>(terms.length).fill(false);
    for (const { multipliers } of words.values()) multipliers.forEach((m, k) => (hit[k] ||= m > 0));
    if (!ascii) hit.forEach((h, k) => h && df[k]!++);
    if (hit.every(Boolean)) found.push({ item, lengths, words });
  }
  // BM25 over what the scan saw: rarity from the items holding each term's letters, lengths from the matching items.
  const averages = [0, 1, 2].map((f) => (found.length > 0 ? found.reduce((sum, x) => sum + x.lengths[f]!, 0) / found.length : 0));
  const n = items.length;
  const idf = df.map((d) => Math.log(1 + (Math.max(n, d) - d + 0.5) / (d + 0.5)));
  return found.map(({ item, lengths, words }) => {
    let score = 0;
    for (const { tf, multipliers } of words.values()) {
      const w = bm25f(tf, lengths, averages);
      multipliers.forEach((m, k) => (score += m * idf[k]! * w));
    }
    return { item, score, terms: [...words.keys()] };
  });
}
