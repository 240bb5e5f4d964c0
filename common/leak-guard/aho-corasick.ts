// A multi-pattern matcher: one pass over the text finds every occurrence of every pattern.
// Works on UTF-16 code units (patterns and text alike), so offsets need no translation.

export class AhoCorasick {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Pattern indexes ending at each state (including those reached through fail links). */
  private readonly out: number[][] = [[]];
  private readonly lengths: number[];

  constructor(patterns: readonly string[]) {
    this.lengths = patterns.map((p) => p.length);
    patterns.forEach((pattern, index) => {
      if (!pattern) return;
      let state = 0;
      for (let i = 0; i < pattern.length; i++) {
        const code = pattern.charCodeAt(i);
        let target = this.next[state]!.get(code);
        if (target === undefined) {
          target = this.next.push(new Map()) - 1;
          this.fail.push(0);
          this.out.push([]);
          this.next[state]!.set(code, target);
        }
        state = target;
      }
      this.out[state]!.push(index);
    });
    // Breadth-first: each state's fail link is the longest proper suffix that is also a prefix.
    const queue: number[] = [...this.next[0]!.values()];
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q]!;
      for (const [code, child] of this.next[state]!) {
        let f = this.fail[state]!;
        while (f !== 0 && !this.next[f]!.has(code)) f = this.fail[f]!;
        const target = this.next[f]!.get(code);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        const inherited = this.out[this.fail[child]!]!;
        if (inherited.length) this.out[child] = [...this.out[child]!, ...inherited];
        queue.push(child);
      }
    }
  }

  /** Calls back with (pattern index, start, end) in code-unit offsets of `text` for every match. */
  search(text: string, onMatch: (pattern: number, start: number, end: number) => void): void {
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let target = this.next[state]!.get(code);
      while (target === undefined && state !== 0) {
        state = this.fail[state]!;
        target = this.next[state]!.get(code);
      }
      state = target ?? 0;
      const outs = this.out[state]!;
      for (let k = 0; k < outs.length; k++) {
        const pattern = outs[k]!;
        onMatch(pattern, i + 1 - this.lengths[pattern]!, i + 1);
      }
    }
  }
}
