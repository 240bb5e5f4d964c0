// The dictionary's tools: terms sorted in slices (so the build yields), binary search over sorted
// terms, and a hash table for plain ASCII words that finds a word without making a string.

/** A word spelled backwards (by code points). */
export function reverse(term: string): string {
  return [...term].reverse().join('');
}

/**
 * The order that sorts `keys` (by code units, as `<` does), as a merge sort that calls `pause`
 * every few thousand steps so the caller can yield to the event loop.
 */
export async function sortedOrder(keys: string[], pause: () => Promise<void>): Promise<Uint32Array<ArrayBuffer>> {
  const n = keys.length;
  let from: Uint32Array<ArrayBuffer> = new Uint32Array(n);
  for (let i = 0; i < n; i++) from[i] = i;
  const byKey = (a: number, b: number) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0);
  const RUN = 2048;
  for (let start = 0; start < n; start += RUN) {
    from.subarray(start, Math.min(n, start + RUN)).sort(byKey);
    await pause();
  }
  let to = new Uint32Array(n);
  for (let width = RUN; width < n; width *= 2) {
    let steps = 0;
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(n, lo + width);
      const hi = Math.min(n, lo + 2 * width);
      let i = lo;
      let j = mid;
      for (let k = lo; k < hi; k++) {
        if (i < mid && (j >= hi || keys[from[i]!]! <= keys[from[j]!]!)) to[k] = from[i++]!;
        else to[k] = from[j++]!;
        if ((++steps & 4095) === 0) await pause();
      }
    }
    [from, to] = [to, from];
  }
  return from;
}

/** The first index of sorted[0, end) not below `key`. */
export function lowerBound(sorted: string[], key: string, end = sorted.length): number {
  let lo = 0;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Open addressing over lower-case ASCII words: value is the term number, or -1 for a stop word. */
export class AsciiTable {
  private keys: (string | undefined)[] = new Array<string | undefined>(1 << 12);
  private values = new Int32Array(1 << 12);
  private count = 0;

  private static hash(text: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) {
      let c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) c += 32;
      h = Math.imul(h ^ c, 0x01000193);
    }
    return h >>> 0;
  }

  find(text: string, start: number, end: number): number | undefined {
    const mask = this.keys.length - 1;
    const length = end - start;
    for (let slot = AsciiTable.hash(text, start, end) & mask; ; slot = (slot + 1) & mask) {
      const key = this.keys[slot];
      if (key === undefined) return undefined;
      if (key.length !== length) continue;
      let same = true;
      for (let i = 0; i < length; i++) {
        let c = text.charCodeAt(start + i);
        if (c >= 65 && c <= 90) c += 32;
        if (c !== key.charCodeAt(i)) {
          same = false;
          break;
        }
      }
      if (same) return this.values[slot]!;
    }
  }

  insert(key: string, value: number): void {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let slot = AsciiTable.hash(key, 0, key.length) & mask;
    while (this.keys[slot] !== undefined) slot = (slot + 1) & mask;
    this.keys[slot] = key;
    this.values[slot] = value;
    this.count++;
  }

  renumber(newId: Uint32Array): void {
    for (let slot = 0; slot < this.keys.length; slot++) if (this.keys[slot] !== undefined && this.values[slot]! >= 0) this.values[slot] = newId[this.values[slot]!]!;
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    this.keys = new Array<string | undefined>(keys.length * 2);
    this.values = new Int32Array(keys.length * 2);
    this.count = 0;
    keys.forEach((key, slot) => {
      if (key !== undefined) this.insert(key, values[slot]!);
    });
  }
}
