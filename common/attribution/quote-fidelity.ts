// Does a quote in the draft still say what the source said? Compared after normalizing quote
// marks, whitespace and the punctuation a quotation changes at its end ("…today." → "…today,").

export function normalizeQuote(text: string): string {
  const spaced = text
    .normalize('NFC')
    .replace(/[“”„‟«»"]/g, '"')
    .replace(/[‘’‚‛‹›']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  // Cut by hand: an end-anchored regex such as /[.,]+$/ retries from every position, so a long
  // run of punctuation inside the text would take quadratic time.
  let from = 0;
  let to = spaced.length;
  while (from < to && QUOTE_MARKS.has(spaced[from]!)) from++;
  while (to > from && QUOTE_MARKS.has(spaced[to - 1]!)) to--;
  while (to > from && TRAILING.has(spaced[to - 1]!)) to--;
  return spaced.slice(from, to).trim();
}

const QUOTE_MARKS = new Set(['"', "'"]);
// After the whitespace above is one space: the space and the punctuation a quotation ends with.
const TRAILING = new Set([' ', '.', ',', ';', ':', '!', '?', '…']);

export function quoteMatches(quoted: string, original: string): boolean {
  return normalizeQuote(quoted) === normalizeQuote(original);
}

export type WordChange = { type: 'same' | 'added' | 'removed'; text: string };

/** Largest words × words table the exact diff builds (4 MB); everyday quotes stay far below. */
const EXACT_DIFF_CELLS = 1_000_000;
/**
 * Work the bounded diff may do (diagonal steps plus word comparisons) before it gives up and
 * shows the quote as replaced whole. About 30 ms here; a review shares one budget across quotes.
 */
export const DIFF_WORK_BUDGET = 4_000_000;

/** How much diff work is left; `diffWords` calls that share one spend it together. */
export interface DiffBudget {
  work: number;
}

/**
 * Word-by-word difference from the original to the quote. Everyday quotes get the exact LCS
 * diff; long ones a Myers O(ND) diff whose work is capped. Past the cap (a 60k-word quote of a
 * 16k-word statement) the part after the common start is reported as removed and added whole.
 */
export function diffWords(original: string, quoted: string, budget: DiffBudget = { work: DIFF_WORK_BUDGET }): WordChange[] {
  const a = normalizeQuote(original).split(' ').filter(Boolean);
  const b = normalizeQuote(quoted).split(' ').filter(Boolean);
  // Runs of words, joined once at the end: a 60k-word run is one join, not 60k concatenations.
  const runs: Array<{ type: WordChange['type']; words: string[] }> = [];
  const push: Push = (type, word) => {
    const last = runs.at(-1);
    if (last && last.type === type) last.words.push(word);
    else runs.push({ type, words: [word] });
  };
  // A common start is always "same" in the exact diff too, so it is taken first in every case.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  if (start) runs.push({ type: 'same', words: a.slice(0, start) });
  const restA = start ? a.slice(start) : a;
  const restB = start ? b.slice(start) : b;
  const cells = (restA.length + 1) * (restB.length + 1);
  if (cells <= EXACT_DIFF_CELLS && cells <= budget.work) {
    budget.work -= cells;
    exactDiff(restA, restB, push);
  } else if (!boundedDiff(restA, restB, budget, push)) {
    if (restA.length) runs.push({ type: 'removed', words: restA });
    if (restB.length) runs.push({ type: 'added', words: restB });
  }
  return runs.map((run) => ({ type: run.type, text: run.words.join(' ') }));
}

type Push = (type: WordChange['type'], text: string) => void;

/** The LCS table over both word lists, walked from the start (prefers "removed" on ties). */
function exactDiff(a: string[], b: string[], push: Push): void {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const lcs = new Int32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push('same', a[i]!);
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) push('removed', a[i++]!);
    else push('added', b[j++]!);
  }
  while (i < n) push('removed', a[i++]!);
  while (j < m) push('added', b[j++]!);
}

/**
 * Myers' O(ND) shortest edit script over word ids, keeping one frontier per edit count for the
 * walk back. Returns false, having pushed nothing, once the budget runs out.
 */
function boundedDiff(a: string[], b: string[], budget: DiffBudget, push: Push): boolean {
  const n = a.length;
  const m = b.length;
  // At least |n − m| edits; round d alone visits d + 1 diagonals.
  if (Math.abs(n - m) ** 2 / 2 > budget.work) return false;
  const ids = new Map<string, number>();
  const idOf = (w: string) => {
    let v = ids.get(w);
    if (v === undefined) ids.set(w, (v = ids.size));
    return v;
  };
  const x = Int32Array.from(a, idOf);
  const y = Int32Array.from(b, idOf);
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let px = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let py = px - k;
      const from = px;
      while (px < n && py < m && x[px] === y[py]) {
        px++;
        py++;
      }
      budget.work -= 1 + px - from;
      v[offset + k] = px;
      if (px >= n && py >= m) {
        walkBack(a, b, trace, d, push);
        return true;
      }
    }
    if (budget.work < 0) return false;
  }
  return false;
}

/** Rebuilds the edit script from the saved frontiers (trace[d] holds diagonals −d−1 … d+1). */
function walkBack(a: string[], b: string[], trace: Int32Array[], dEnd: number, push: Push): void {
  const steps: Array<[WordChange['type'], string]> = [];
  let px = a.length;
  let py = b.length;
  for (let d = dEnd; d > 0; d--) {
    const frontier = trace[d]!;
    const at = (k: number) => frontier[k + d + 1]!;
    const k = px - py;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (px > prevX + (down ? 0 : 1) && py > prevY + (down ? 1 : 0)) {
      steps.push(['same', a[--px]!]);
      py--;
    }
    if (down) steps.push(['added', b[--py]!]);
    else steps.push(['removed', a[--px]!]);
  }
  while (px > 0 && py > 0) {
    steps.push(['same', a[--px]!]);
    py--;
  }
  for (let s = steps.length - 1; s >= 0; s--) push(steps[s]![0], steps[s]![1]);
}

/** The sentence a "quote" insertion writes: “…,” said <attribution>. */
export function quoteSentenceParts(statementText: string): { opening: string; quoted: string; closing: string } {
  const trimmed = statementText.trim();
  const quoted = trimmed.replace(/[.!]+$/u, '');
  const endsWithQuestion = /[?]$/.test(trimmed);
  return { opening: '“', quoted: endsWithQuestion ? quoted : quoted, closing: endsWithQuestion ? '” ' : ',” ' };
}
