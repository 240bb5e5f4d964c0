import { ChunkedU32 } from './search-chunked';
import { prefixWeight } from './search-scoring';
import { DocTally, packedWeight, type DocInput } from './search-doc-tally';
import { TermDictionary, type TermExpansion } from './search-terms';

export { withinOneEdit } from './search-scoring';
export type { DocInput } from './search-doc-tally';
export type { TermExpansion } from './search-terms';

// An inverted index over typed arrays, in memory only. Terms are numbered in sorted order when
// the index is built, so the words starting with a typed prefix are one contiguous range of term
// numbers (two binary searches). Postings of the built part are flat arrays (doc numbers and a
// precomputed BM25F weight per posting); what changes after unlock goes to a small delta beside
// them. Each doc also keeps its term numbers (forward lists), to tell which words matched. The
// terms are kept by search-terms.ts, a doc's tokens tallied by search-doc-tally.ts.

export class Postings {
  private readonly dict = new TermDictionary();
  private readonly tally = new DocTally(this.dict);

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
    return this.dict.terms.length;
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
      const lengths = this.tally.collect(docs[d]!, terms, tfs);
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

    const newId = await this.dict.sort(pause);
    const nTerms = newId.length;
    this.tally.renumbered();
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
        postWeights[at] = packedWeight(streamTfs.get(i), lengths, averages);
      }
    }
    this.offsets = offsets;
    this.postDocs = postDocs;
    this.postWeights = postWeights;
    this.fwdOffsets = starts;
    this.fwdTerms = stream;
    this.dict.markBuilt();
  }

  /** Adds one doc after the build; returns its number. */
  add(doc: DocInput): number {
    const terms: number[] = [];
    const tfs: number[] = [];
    const lengths = this.tally.collect(doc, terms, tfs);
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
      list.weights.push(packedWeight(tfs[k]!, lengths, averages));
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

  /** The dictionary terms a typed term stands for: itself, words it starts (if `prefix`), near misses (if `fuzzy`). */
  expand(term: string, prefix: boolean, fuzzy: boolean): TermExpansion {
    return this.dict.expand(term, prefix, fuzzy);
  }

  private postingCount(e: TermExpansion): number {
    let n = e.hi > e.lo ? this.offsets[e.hi]! - this.offsets[e.lo]! : 0;
    for (const id of e.others.keys()) n += (id < this.dict.builtCount ? this.offsets[id + 1]! - this.offsets[id]! : 0) + (this.deltaPostings.get(id)?.docs.length ?? 0);
    return n;
  }

  private idf(id: number): number {
    const df = (id < this.dict.builtCount ? this.offsets[id + 1]! - this.offsets[id]! : 0) + (this.deltaPostings.get(id)?.docs.length ?? 0);
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
    const terms = this.dict.terms;
    for (let k = 0; k < order.length; k++) {
      const e = order[k]!;
      for (let id = e.lo; id < e.hi; id++) if (!e.others.has(id)) this.visitTerm(id, prefixWeight(e.typed, terms[id]!), k);
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
    if (id < this.dict.builtCount) {
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
    const terms = this.dict.terms;
    if (this.termMark.length < terms.length) this.termMark = new Uint8Array(Math.max(terms.length, this.termMark.length * 2));
    const mark = this.termMark;
    for (const e of expansions) for (const id of e.others.keys()) mark[id] = 1;
    const out = docs.map((d) => {
      const own = d < this.builtDocs ? this.fwdTerms.subarray(this.fwdOffsets[d]!, this.fwdOffsets[d + 1]!) : this.deltaForward.get(d) ?? new Uint32Array(0);
      const found: string[] = [];
      for (let i = 0; i < own.length; i++) {
        const id = own[i]!;
        let hit = mark[id] === 1;
        for (let k = 0; !hit && k < expansions.length; k++) hit = id >= expansions[k]!.lo && id < expansions[k]!.hi;
        if (hit) found.push(terms[id]!);
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
