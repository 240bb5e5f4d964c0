import { isHangulWord } from './search-korean';

// How text becomes search terms, the same for what is indexed and what is typed: words (letters,
// marks and digits, with an apostrophe ending such as "China’s"), runs of Chinese characters cut
// into overlapping pairs, then folded: NFKC (full-width letters to ASCII), lower case, accents
// dropped. English function words are left out.

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?/uy;
const WORDS = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?/gu;
const HAN = /\p{Script=Han}/u;
const HAN_RUNS = /(\p{Script=Han}+)/u;

// English function words match nearly every statement and say nothing about it; leaving them
// out of the index keeps every query fast (a query for "the" alone finds nothing, on purpose).
export const STOP_WORDS = new Set(
  ('the a an of and or but to in on at by for with from as is was are were be been it its this that these those ' +
    'they he she we you i his her their our them him which who whom there had has have not than would could will')
    .split(' '),
);

/** Case- and accent-insensitive, NFKC (full-width letters fold to ASCII). */
const PLAIN_ASCII = /^[\x00-\x7f]*$/;

export function foldTerm(term: string): string {
  // ASCII is its own NFKC and NFD and has no marks: lower case is all there is to do.
  if (PLAIN_ASCII.test(term)) return term.toLowerCase();
  return term.normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** A word as found in text, into the tokens it stands for (Chinese runs into pairs). */
function pushWord(word: string, out: (token: string) => void): void {
  if (!HAN.test(word)) {
    out(word);
    return;
  }
  for (const part of word.split(HAN_RUNS)) {
    if (!part) continue;
    if (!HAN.test(part) || part.length === 1) out(part);
    else for (let i = 0; i < part.length - 1; i++) out(part.slice(i, i + 2));
  }
}

const isAsciiAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * Calls `out` with each raw token of `text`, in order. Plain ASCII words take a fast path (no
 * regular expression); anything else (accents, apostrophes, other scripts) goes through the
 * Unicode word pattern, so both paths cut text exactly as `tokenizeByPattern` does. With
 * `outAscii`, plain ASCII words arrive as a span of `text`, so no string is made for them.
 */
export function eachToken(text: string, out: (token: string) => void, outAscii?: (text: string, start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128 && !isAsciiAlnum(c)) {
      i++;
      continue;
    }
    if (c < 128) {
      let j = i + 1;
      while (j < n && isAsciiAlnum(text.charCodeAt(j))) j++;
      const next = j < n ? text.charCodeAt(j) : 32;
      if (next < 128 && next !== 39) {
        if (outAscii) outAscii(text, i, j);
        else out(text.slice(i, j));
        i = j;
        continue;
      }
    }
    WORD.lastIndex = i;
    const match = WORD.exec(text);
    if (!match) {
      i++;
      continue;
    }
    pushWord(match[0], out);
    i = WORD.lastIndex;
  }
}

/** Raw tokens of a text (not yet folded). */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  eachToken(text, (token) => tokens.push(token));
  return tokens;
}

/** The reference cut (one regular expression over the text), kept to check the fast path against. */
export function tokenizeByPattern(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.matchAll(WORDS)) pushWord(match[0], (token) => tokens.push(token));
  return tokens;
}

export interface QueryTerm {
  term: string;
  /** Matches the words it starts as well as itself. */
  prefix: boolean;
  /** Forgives one wrong letter. */
  fuzzy: boolean;
}

/**
 * The typed query as terms, the same for the index and the scan: the word being typed matches as
 * a prefix from 3 letters; a Hangul word anywhere in the query matches as a prefix from two
 * syllables, so "소식통" finds "소식통은" and "소식통들이" (Korean attaches particles to the
 * word); long words forgive one wrong letter.
 */
export function queryTerms(query: string): QueryTerm[] {
  const terms: string[] = [];
  eachToken(query, (raw) => {
    const term = processTerm(raw);
    if (term !== null) terms.push(term);
  });
  return terms.map((term, i) => ({
    term,
    prefix: (i === terms.length - 1 && term.length >= 3) || (term.length >= 2 && isHangulWord(term)),
    fuzzy: term.length >= 7,
  }));
}

/** The folded term for a raw token, or null for a stop word. */
export function processTerm(token: string): string | null {
  const folded = foldTerm(token);
  return STOP_WORDS.has(folded) ? null : folded;
}
