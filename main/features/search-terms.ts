import { processTerm } from './search-tokens';
import { AsciiTable, lowerBound, reverse, sortedOrder } from './search-dictionary';
import { prefixWeight, withinOneEdit } from './search-scoring';

// The search index's dictionary: folded terms by number, the raw tokens and ASCII words that
// lead to them, and (once built) the sorted order that makes a typed prefix one range of numbers.

/** One typed query term, expanded to the dictionary terms it matches, each with a weight. */
export interface TermExpansion {
  /** Term numbers [lo, hi) of the built dictionary (prefix matches), weighted by `prefixWeight`. */
  lo: number;
  hi: number;
  typedLength: number;
  /** The typed term (a Korean word plus a particle weighs as the word: prefixWeight). */
  typed: string;
  /** Other matching term numbers (exact, fuzzy, added after the build) and their weights. */
  others: Map<number, number>;
}

export class TermDictionary {
  /** Term number → folded term. Numbers below `builtCount` are in sorted order. */
  terms: string[] = [];
  private termIds = new Map<string, number>();
  /** Raw token → term number (-1: a stop word): most tokens are seen many times. */
  private rawIds = new Map<string, number>();
  /** Plain ASCII words, by a hash of their lower-case letters: looked up without making a string. */
  private ascii = new AsciiTable();
  builtCount = 0;
  private built = false;
  /** Terms added after the build, as term numbers sorted by their text. */
  private addedSorted: number[] = [];
  /** The built terms spelled backwards, sorted, with their numbers: words ending alike are one range. */
  private reversed: string[] = [];
  private reversedIds = new Uint32Array(0);

  asciiTermId(text: string, start: number, end: number): number {
    const found = this.ascii.find(text, start, end);
    if (found !== undefined) return found;
    const id = this.termId(text.slice(start, end).toLowerCase());
    this.ascii.insert(this.terms[id] ?? text.slice(start, end).toLowerCase(), id);
    return id;
  }

  termId(raw: string): number {
    let id = this.rawIds.get(raw);
    if (id !== undefined) return id;
    const folded = processTerm(raw);
    if (folded === null) id = -1;
    else {
      id = this.termIds.get(folded);
      if (id === undefined) {
        id = this.terms.length;
        this.terms.push(folded);
        this.termIds.set(folded, id);
        if (this.built) this.noteAddedTerm(id);
      }
    }
    this.rawIds.set(raw, id);
    return id;
  }

  private noteAddedTerm(id: number): void {
    const term = this.terms[id]!;
    let lo = 0;
    let hi = this.addedSorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.terms[this.addedSorted[mid]!]! < term) lo = mid + 1;
      else hi = mid;
    }
    this.addedSorted.splice(lo, 0, id);
  }

  /**
   * Numbers the terms in sorted order (in slices, with `pause` between) and spells them
   * backwards for the fuzzy lookup; returns each old number's new one.
   */
  async sort(pause: () => Promise<void>): Promise<Uint32Array> {
    // Renumber the terms in sorted order (in slices too: at 100,000 statements there are
    // hundreds of thousands of terms, and one sort of them held main for up to 370 ms).
    const nTerms = this.terms.length;
    const order = await sortedOrder(this.terms, pause);
    const newId = new Uint32Array(nTerms);
    for (let i = 0; i < nTerms; i++) newId[order[i]!] = i;
    const oldTerms = this.terms;
    this.terms = new Array<string>(nTerms);
    this.termIds = new Map();
    for (let i = 0; i < nTerms; i++) {
      const t = oldTerms[order[i]!]!;
      this.terms[i] = t;
      this.termIds.set(t, i);
      if ((i & 4095) === 4095) await pause();
    }
    let seen = 0;
    for (const [raw, id] of this.rawIds) {
      if (id >= 0) this.rawIds.set(raw, newId[id]!);
      if ((++seen & 4095) === 0) await pause();
    }
    this.ascii.renumber(newId);
    this.builtCount = nTerms;
    const backwards = new Array<string>(nTerms);
    for (let i = 0; i < nTerms; i++) {
      backwards[i] = reverse(this.terms[i]!);
      if ((i & 4095) === 4095) await pause();
    }
    this.reversedIds = await sortedOrder(backwards, pause);
    this.reversed = new Array<string>(nTerms);
    for (let i = 0; i < nTerms; i++) this.reversed[i] = backwards[this.reversedIds[i]!]!;
    return newId;
  }

  /** From now on a new term is also filed in `addedSorted` (the sorted range no longer grows). */
  markBuilt(): void {
    this.built = true;
  }

  private lowerBound(prefix: string): number {
    return lowerBound(this.terms, prefix, this.builtCount);
  }

  /** The dictionary terms a typed term stands for: itself, words it starts (if `prefix`), near misses (if `fuzzy`). */
  expand(term: string, prefix: boolean, fuzzy: boolean): TermExpansion {
    const others = new Map<number, number>();
    const exact = this.termIds.get(term);
    if (exact !== undefined) others.set(exact, 1);
    let lo = 0;
    let hi = 0;
    if (prefix) {
      lo = this.lowerBound(term);
      hi = this.lowerBound(term + '\uffff');
      for (const id of this.addedSorted) {
        const t = this.terms[id]!;
        if (t.startsWith(term) && t !== term) others.set(id, prefixWeight(term, t));
      }
    }
    if (fuzzy) {
      // One edit leaves either the first half or the rest untouched: the candidates are the
      // words starting with the first half and those ending with the rest (two ranges).
      const half = term.length >> 1;
      const near = (id: number) => {
        if (!others.has(id) && !(id >= lo && id < hi) && withinOneEdit(term, this.terms[id]!)) others.set(id, 0.45);
      };
      const head = term.slice(0, half);
      for (let id = this.lowerBound(head), end = this.lowerBound(head + '\uffff'); id < end; id++) near(id);
      const tail = [...term.slice(half)].reverse().join('');
      for (let i = lowerBound(this.reversed, tail), end = lowerBound(this.reversed, tail + '\uffff'); i < end; i++) near(this.reversedIds[i]!);
      for (const id of this.addedSorted) near(id);
    }
    return { lo, hi, typedLength: term.length, typed: term, others };
  }
}
