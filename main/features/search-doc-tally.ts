import { bm25f } from './search-scoring';
import { eachToken } from './search-tokens';
import type { TermDictionary } from './search-terms';

// One doc's tokens tallied into (term number, per-field term frequency) pairs for the search
// index, without a map or a closure per doc: the frequencies of the three fields are packed into
// one number, TF_BITS each.

export const TF_BITS = 10;
export const TF_MAX = (1 << TF_BITS) - 1;

export interface DocInput {
  /** Up to three fields, in boost order (see FIELD_BOOSTS). */
  fields: string[];
}

export class DocTally {
  constructor(private readonly dict: TermDictionary) {}

  // Per-doc tallies: the doc stamp a term was last seen in, and its slot in that doc's lists.
  private seenIn = new Int32Array(1024).fill(-1);
  private slotIn = new Int32Array(1024);
  private stamp = 0;

  // The doc being collected (fields of `collect`, kept on the object so no closure is made per doc).
  private current = { stamp: 0, shift: 0, field: 0, lengths: [0, 0, 0], terms: [] as number[], tfs: [] as number[] };
  private readonly onToken = (raw: string) => this.count(this.dict.termId(raw));
  private readonly onAscii = (text: string, start: number, end: number) => this.count(this.dict.asciiTermId(text, start, end));

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
  collect(doc: DocInput, terms: number[], tfs: number[]): number[] {
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

  /** After the dictionary renumbered its terms: the stamps kept by term number no longer apply. */
  renumbered(): void {
    this.seenIn.fill(-1);
  }
}

const tfScratch = [0, 0, 0];

/** The BM25F weight of one posting from its packed per-field term frequencies. */
export function packedWeight(packed: number, lengths: number[], averages: number[]): number {
  for (let f = 0; f < 3; f++) tfScratch[f] = (packed >>> (f * TF_BITS)) & TF_MAX;
  return bm25f(tfScratch, lengths, averages);
}
