// A multi-pattern matcher: one pass over the text finds every occurrence of every pattern.

interface Node {
  next: Map<string, number>;
  fail: number;
  /** Pattern indexes ending here (including those reached through fail links). */
  out: number[];
}

export class AhoCorasick {
  private readonly nodes: Node[] = [{ next: new Map(), fail: 0, out: [] }];
  private readonly lengths: number[] = [];

  constructor(patterns: readonly string[]) {
    patterns.forEach((pattern, index) => {
      this.lengths.push([...pattern].length);
      if (!pattern) return;
      let state = 0;
      for (const ch of pattern) {
        let next = this.nodes[state]!.next.get(ch);
        if (next === undefined) {
          next = this.nodes.push({ next: new Map(), fail: 0, out: [] }) - 1;
          this.nodes[state]!.next.set(ch, next);
        }
        state = next;
      }
      this.nodes[state]!.out.push(index);
    });
    // Breadth-first: each node's fail link is the longest proper suffix that is also a prefix.
    const queue: number[] = [...this.nodes[0]!.next.values()];
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q]!;
      for (const [ch, child] of this.nodes[state]!.next) {
        let fail = this.nodes[state]!.fail;
        while (fail !== 0 && !this.nodes[fail]!.next.has(ch)) fail = this.nodes[fail]!.fail;
        const target = this.nodes[fail]!.next.get(ch);
        this.nodes[child]!.fail = target !== undefined && target !== child ? target : 0;
        this.nodes[child]!.out.push(...this.nodes[this.nodes[child]!.fail]!.out);
        queue.push(child);
      }
    }
  }

  /** Calls back with (pattern index, start, end) in code-unit offsets of `text` for every match. */
  search(text: string, onMatch: (pattern: number, start: number, end: number) => void): void {
    let state = 0;
    let i = 0;
    const positions: number[] = []; // code-unit offset of each code point seen, for start offsets
    for (const ch of text) {
      positions.push(i);
      while (state !== 0 && !this.nodes[state]!.next.has(ch)) state = this.nodes[state]!.fail;
      state = this.nodes[state]!.next.get(ch) ?? 0;
      i += ch.length;
      for (const pattern of this.nodes[state]!.out) {
        const startIndex = positions.length - this.lengths[pattern]!;
        onMatch(pattern, positions[startIndex]!, i);
      }
    }
  }
}
