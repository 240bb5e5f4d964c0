// Build-time storage for the search index (search-postings.ts).

const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;

/**
 * A growing list of u32 in fixed chunks. Growing never copies: a fresh multi-megabyte array
 * costs a page fault per page on first touch, which held main 100+ ms at 100,000 statements.
 */
export class ChunkedU32 {
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
