import { eachToken, processTerm } from './search-tokens';
import { AsciiTable, lowerBound, reverse, sortedOrder } from './search-dictionary';
import { bm25f, prefixWeight, withinOneEdit } from './search-scoring';

export { withinOneEdit } from './search-scoring';

// An inverted index over typed arrays, in memory only. Terms are numbered in sorted order when
// the index is built, so the words starting with a typed prefix are one contiguous range of term
// numbers (two binary searches). Postings of the built part are flat arrays (doc numbers and a
// precomputed BM25F weight per posting); what changes after unlock goes to a small delta beside
// them. Each doc also keeps its term numbers (forward lists), to tell which words matched.

const TF_BITS = 10;
const TF_MAX = (1 << TF_BITS) - 1;

const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;

/**
 * A growing list of u32 in fixed chunks. Growing never copies: a fresh multi-megabyte array
 * costs a page fault per page on first touch, which held main 100+ ms at 100,000 statements.
 */
class ChunkedU32 {
  private chunks: Uint32Array[] = [];
  private last = new Uint32Array(0);
  private used = CHUNK;
  length = 0;
  push(value: number): void {
    if (this.used === CHUNK) {
      this.last = new Uint32Array(CHUNK);
      this.chunks.push(this.last);
      this.used = 0;
    }
    this.last[this.used++] = value;
    this.length++;
  }
  get(i: number): number {
    return this.chunks[i >>> CHUNK_BITS]![i & (CHUNK - 1)]!;
  }
  /** One flat array, copied a chunk at a time with `pause` between. */
  async flat(pause: () => Promise<void>): Promise<Uint32Array<ArrayBuffer>> {
    const out = new Uint32Array(this.length);
    for (let c = 0, at = 0; c < this.chunks.length; c++, at += CHUNK) {
      const n = Math.min(CHUNK, this.length - at);
      out.set(n === CHUNK ? this.chunks[c]! : this.chunks[c]!.subarray(0, n), at);
      await pause();
    }
    return out;
  }
}

export interface DocInput {
  /** Up to three fields, in boost order (see FIELD_BOOSTS). */
  fields: string[];
}

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

export class Postings {
  /** Term number → folded term. Numbers below `builtTerms` are in sorted order. */
  private terms: string[] = [];
  private termIds = new Map<string, number>();
  /** Raw token → term number (-1: a stop word): most tokens are seen many times. */
  private rawIds = new Map<string, number>();
  /** Plain ASCII words, by a hash of their lower-case letters: looked up without making a string. */
  private ascii = new AsciiTable();
  private builtTerms = 0;
  private built = false;
  /** Terms added after the build, as term numbers sorted by their text. */
  private addedSorted: number[] = [];
  /** The built terms spelled backwards, sorted, with their numbers: words ending alike are one range. */
  private reversed: string[] = [];
  private reversedIds = new Uint32Array(0);

  // Built part: CSR postings and forward lists.
  private offsets = new Uint32Array(1);
  private postDocs = new Uint32Array(0);
  private postWeights = new Float32Array(0);
  private fwdOffsets: Uint32Array = new Uint32Array(1);
  private fwdTerms: Uint32Array = new Uint32Array(0);
  private builtDocs = 0;

  // Delta: docs added after the build.
  private deltaPostings = new Map<number, { docs: number[]; weights: number[] }>();
  private deltaForward = new Map<number, Uint32Array>();

  private alive = new Uint8Array(0);
  private docCount = 0;
  private aliveCount = 0;
  private fieldLengthSums = [0, 0, 0];

  // Query scratch space, reused.
  private scores = new Float64Array(0);
  private matched = new Uint16Array(0);
  private touched = new Uint32Array(0);
  private touchedCount = 0;
  private outDocs = new Uint32Array(0);
  private outScores = new Float64Array(0);

  get size(): number {
    return this.aliveCount;
  }

  get termCount(): number {
    return this.terms.length;
  }

  private asciiTermId(text: string, start: number, end: number): number {
    const found = this.ascii.find(text, start, end);
    if (found !== undefined) return found;
    const id = this.termId(text.slice(start, end).toLowerCase());
    this.ascii.insert(this.terms[id] ?? text.slice(start, end).toLowerCase(), id);
    return id;
  }

  private termId(raw: string): number {
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

  private ensureDocCapacity(n: number): void {
    if (this.alive.length >= n) return;
    const size = Math.max(n, this.alive.length * 2, 1024);
    const alive = new Uint8Array(size);
    alive.set(this.alive);
    this.alive = alive;
    this.scores = new Float64Array(size);
    this.matched = new Uint16Array(size);
    this.touched = new Uint32Array(size);
    this.outDocs = new Uint32Array(size);
    this.outScores = new Float64Array(size);
  }

  // Per-doc tallies: the doc stamp a term was last seen in, and its slot in that doc's lists.
  private seenIn = new Int32Array(1024).fill(-1);
  private slotIn = new Int32Array(1024);
  private stamp = 0;

  // The doc being collected (fields of `collect`, kept on the object so no closure is made per doc).
  private current = { stamp: 0, shift: 0, field: 0, lengths: [0, 0, 0], terms: [] as number[], tfs: [] as number[] };
  private readonly onToken = (raw: string) => this.count(this.termId(raw));
  private readonly onAscii = (text: string, start: number, end: number) => this.count(this.asciiTermId(text, start, end));

  private count(id: number): void {
    if (id < 0) return;
    const c = this.current;
    c.lengths[c.field]!++;
    if (id >= this.seenIn.length) {
      const seen = new Int32Array(Math.max(id + 1, this.seenIn.length * 2)).fill(-1);
      seen.set(this.seenIn);
      this.seenIn = seen;
      const slots = new Int32Array(seen.length);
      slots.set(this.slotIn);
      this.slotIn = slots;
    }
    let slot: number;
    if (this.seenIn[id] !== c.stamp) {
      this.seenIn[id] = c.stamp;
      slot = this.slotIn[id] = c.terms.length;
      c.terms.push(id);
      c.tfs.push(0);
    } else slot = this.slotIn[id]!;
    const tf = (c.tfs[slot]! >>> c.shift) & TF_MAX;
    if (tf < TF_MAX) c.tfs[slot]! += 1 << c.shift;
  }

  /** Tokens of one doc into (term, packed per-field tf) pairs; returns the field lengths. */
  private collect(doc: DocInput, terms: number[], tfs: number[]): number[] {
    const c = this.current;
    c.stamp = this.stamp++;
    c.lengths = [0, 0, 0];
    c.terms = terms;
    c.tfs = tfs;
    for (c.field = 0; c.field < doc.fields.length; c.field++) {
      c.shift = c.field * TF_BITS;
      eachToken(doc.fields[c.field]!, this.onToken, this.onAscii);
    }
    return c.lengths;
  }

  private tfScratch = [0, 0, 0];

  private weight(packed: number, lengths: number[], averages: number[]): number {
    const tf = this.tfScratch;
    for (let f = 0; f < 3; f++) tf[f] = (packed >>> (f * TF_BITS)) & TF_MAX;
    return bm25f(tf, lengths, averages);
  }

  private averages(): number[] {
    return this.fieldLengthSums.map((sum) => (this.aliveCount > 0 ? sum / this.aliveCount : 0));
  }

  /**
   * Builds the index from scratch, yielding to the event loop every `sliceMs` so main keeps
   * answering. Docs are numbered in input order.
   */
  async build(docs: DocInput[], sliceMs = 12): Promise<void> {
    const docStart = new ChunkedU32();
    const streamTerms = new ChunkedU32();
    const streamTfs = new ChunkedU32();
    const lengthsAll = new Uint32Array(docs.length * 3);
    const terms: number[] = [];
    const tfs: number[] = [];
    let sliceStarted = performance.now();
    /** Yields to the event loop once the slice has run `sliceMs` (or now, if `always`). */
    const pause = async (always = false) => {
      if (!always && performance.now() - sliceStarted <= sliceMs) return;
      await new Promise((resolve) => setImmediate(resolve));
      sliceStarted = performance.now();
    };
    for (let d = 0; d < docs.length; d++) {
      terms.length = 0;
      tfs.length = 0;
      const lengths = this.collect(docs[d]!, terms, tfs);
      docStart.push(streamTerms.length);
      for (let k = 0; k < terms.length; k++) {
        streamTerms.push(terms[k]!);
        streamTfs.push(tfs[k]!);
      }
      for (let f = 0; f < 3; f++) {
        lengthsAll[d * 3 + f] = lengths[f]!;
        this.fieldLengthSums[f]! += lengths[f]!;
      }
      if ((d & 63) === 63) await pause();
    }
    docStart.push(streamTerms.length);
    const nDocs = docs.length;
    this.ensureDocCapacity(nDocs);
    this.alive.fill(1, 0, nDocs);
    this.docCount = nDocs;
    this.aliveCount = nDocs;
    this.builtDocs = nDocs;

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
    this.seenIn.fill(-1);
    this.builtTerms = nTerms;
    const backwards = new Array<string>(nTerms);
    for (let i = 0; i < nTerms; i++) {
      backwards[i] = reverse(this.terms[i]!);
      if ((i & 4095) === 4095) await pause();
    }
    this.reversedIds = await sortedOrder(backwards, pause);
    this.reversed = new Array<string>(nTerms);
    for (let i = 0; i < nTerms; i++) this.reversed[i] = backwards[this.reversedIds[i]!]!;
    await pause(true);

    // Postings in doc order, forward lists as they came.
    // Millions of entries at 100,000 statements: these passes yield too.
    const stream = await streamTerms.flat(pause);
    const offsets = new Uint32Array(nTerms + 1);
    for (let i = 0; i < stream.length; i++) {
      const id = (stream[i] = newId[stream[i]!]!);
      offsets[id + 1]!++;
      if ((i & 65535) === 65535) await pause();
    }
    for (let t = 0; t < nTerms; t++) offsets[t + 1]! += offsets[t]!;
    const fill = offsets.slice(0, nTerms);
    const postDocs = new Uint32Array(stream.length);
    const postWeights = new Float32Array(stream.length);
    // Fresh pages cost a fault each on first touch (here about 50 µs): touched in order, in
    // slices, rather than all at once by the scattered writes below (260 ms at 100,000).
    for (let i = 0; i < stream.length; i += 1 << 18) {
      postDocs.fill(0, i, i + (1 << 18));
      postWeights.fill(0, i, i + (1 << 18));
      await pause();
    }
    const averages = this.averages();
    const starts = await docStart.flat(pause);
    const lengths = [0, 0, 0];
    for (let d = 0; d < nDocs; d++) {
      if ((d & 1023) === 1023) await pause();
      lengths[0] = lengthsAll[d * 3]!;
      lengths[1] = lengthsAll[d * 3 + 1]!;
      lengths[2] = lengthsAll[d * 3 + 2]!;
      for (let i = starts[d]!; i < starts[d + 1]!; i++) {
        const at = fill[stream[i]!]!++;
        postDocs[at] = d;
        postWeights[at] = this.weight(streamTfs.get(i), lengths, averages);
      }
    }
    this.offsets = offsets;
    this.postDocs = postDocs;
    this.postWeights = postWeights;
    this.fwdOffsets = starts;
    this.fwdTerms = stream;
    this.built = true;
  }

  /** Adds one doc after the build; returns its number. */
  add(doc: DocInput): number {
    const terms: number[] = [];
    const tfs: number[] = [];
    const lengths = this.collect(doc, terms, tfs);
    const d = this.docCount++;
    this.ensureDocCapacity(this.docCount);
    this.alive[d] = 1;
    this.aliveCount++;
    for (let f = 0; f < 3; f++) this.fieldLengthSums[f]! += lengths[f]!;
    const averages = this.averages();
    terms.forEach((t, k) => {
      let list = this.deltaPostings.get(t);
      if (!list) this.deltaPostings.set(t, (list = { docs: [], weights: [] }));
      list.docs.push(d);
      list.weights.push(this.weight(tfs[k]!, lengths, averages));
    });
    this.deltaForward.set(d, Uint32Array.from(terms));
    return d;
  }

  remove(d: number): void {
    if (!this.alive[d]) return;
    this.alive[d] = 0;
    this.aliveCount--;
    // Field lengths stay in the sums: averages drift a little until the next build.
  }

  private lowerBound(prefix: string): number {
    return lowerBound(this.terms, prefix, this.builtTerms);
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

  private postingCount(e: TermExpansion): number {
    let n = e.hi > e.lo ? this.offsets[e.hi]! - this.offsets[e.lo]! : 0;
    for (const id of e.others.keys()) n += (id < this.builtTerms ? this.offsets[id + 1]! - this.offsets[id]! : 0) + (this.deltaPostings.get(id)?.docs.length ?? 0);
    return n;
  }

  private idf(id: number): number {
    const df = (id < this.builtTerms ? this.offsets[id + 1]! - this.offsets[id]! : 0) + (this.deltaPostings.get(id)?.docs.length ?? 0);
    const n = Math.max(this.aliveCount, df);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /**
   * Docs matching every expansion (AND), with their BM25F scores summed over the terms. The
   * rarest term goes first, so later terms only add to docs already in. The arrays returned are
   * views of scratch space (no allocation per query): valid until the next call.
   */
  match(expansions: TermExpansion[]): { docs: Uint32Array; scores: Float64Array } {
    const order = expansions.length > 1 ? [...expansions].sort((a, b) => this.postingCount(a) - this.postingCount(b)) : expansions;
    this.touchedCount = 0;
    for (let k = 0; k < order.length; k++) {
      const e = order[k]!;
      for (let id = e.lo; id < e.hi; id++) if (!e.others.has(id)) this.visitTerm(id, prefixWeight(e.typed, this.terms[id]!), k);
      for (const [id, multiplier] of e.others) this.visitTerm(id, multiplier, k);
    }
    const { touched, matched, scores, outDocs, outScores } = this;
    const all = order.length;
    let n = 0;
    for (let i = 0; i < this.touchedCount; i++) {
      const d = touched[i]!;
      if (matched[d] === all) {
        outDocs[n] = d;
        outScores[n++] = scores[d]!;
      }
      matched[d] = 0;
      scores[d] = 0;
    }
    return { docs: outDocs.subarray(0, n), scores: outScores.subarray(0, n) };
  }

  /** Adds term `id`'s postings to the docs that matched the `k` terms before it (the first term lets docs in). */
  private visitTerm(id: number, multiplier: number, k: number): void {
    const factor = this.idf(id) * multiplier;
    const { matched, scores, alive, touched } = this;
    const next = k + 1;
    if (id < this.builtTerms) {
      const postDocs = this.postDocs;
      const postWeights = this.postWeights;
      for (let i = this.offsets[id]!, end = this.offsets[id + 1]!; i < end; i++) {
        const d = postDocs[i]!;
        const m = matched[d]!;
        if (m === next) scores[d]! += postWeights[i]! * factor;
        else if (m === k) {
          if (k === 0) {
            if (!alive[d]) continue;
            touched[this.touchedCount++] = d;
          }
          matched[d] = next;
          scores[d]! += postWeights[i]! * factor;
        }
      }
    }
    const delta = this.deltaPostings.get(id);
    if (!delta) return;
    for (let i = 0; i < delta.docs.length; i++) {
      const d = delta.docs[i]!;
      const m = matched[d]!;
      if (m === next) scores[d]! += delta.weights[i]! * factor;
      else if (m === k) {
        if (k === 0) {
          if (!alive[d]) continue;
          touched[this.touchedCount++] = d;
        }
        matched[d] = next;
        scores[d]! += delta.weights[i]! * factor;
      }
    }
  }

  /** Per term number: 1 while `matchedTermsOf` runs for a term an expansion names one by one. */
  private termMark = new Uint8Array(0);

  /** The folded terms of each doc that an expansion matched: what the renderer highlights. */
  matchedTermsOf(docs: number[], expansions: TermExpansion[]): string[][] {
    if (this.termMark.length < this.terms.length) this.termMark = new Uint8Array(Math.max(this.terms.length, this.termMark.length * 2));
    const mark = this.termMark;
    for (const e of expansions) for (const id of e.others.keys()) mark[id] = 1;
    const out = docs.map((d) => {
      const own = d < this.builtDocs ? this.fwdTerms.subarray(this.fwdOffsets[d]!, this.fwdOffsets[d + 1]!) : this.deltaForward.get(d) ?? new Uint32Array(0);
      const found: string[] = [];
      for (let i = 0; i < own.length; i++) {
        const id = own[i]!;
        let hit = mark[id] === 1;
        for (let k = 0; !hit && k < expansions.length; k++) hit = id >= expansions[k]!.lo && id < expansions[k]!.hi;
        if (hit) found.push(this.terms[id]!);
      }
      return found;
    });
    for (const e of expansions) for (const id of e.others.keys()) mark[id] = 0;
    return out;
  }

  /** The folded terms of doc `d` that an expansion matched. */
  matchedTerms(d: number, expansions: TermExpansion[]): string[] {
    return this.matchedTermsOf([d], expansions)[0]!;
  }


}
