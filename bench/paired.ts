import { median, report } from './report';

// Ratios that hold still: A and B are measured in turns (A, B, A, B…), so a slow minute of a
// shared machine lands on both sides of a pair, and the figure is the median of the pairs'
// ratios. The spread (largest ratio ÷ smallest) says how far one pair can wander.

export interface PairedFigures {
  /** Median of the A samples and of the B samples. */
  a: number;
  b: number;
  /** Median of the ratios A ÷ B, pair by pair. */
  ratio: number;
  /** Largest ratio ÷ smallest. */
  spread: number;
  ratios: number[];
}

export const MIN_PAIRS = 7;

/** Runs `pairs` interleaved pairs after `warmup` unmeasured ones; each function returns one sample. */
export async function interleavedPairs(
  measureA: () => Promise<number> | number,
  measureB: () => Promise<number> | number,
  options: { pairs?: number; warmup?: number; beforeEach?: () => void } = {},
): Promise<PairedFigures> {
  const pairs = Math.max(MIN_PAIRS, options.pairs ?? MIN_PAIRS);
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < (options.warmup ?? 0) + pairs; i++) {
    options.beforeEach?.();
    const a = await measureA();
    options.beforeEach?.();
    const b = await measureB();
    if (i < (options.warmup ?? 0)) continue;
    as.push(a);
    bs.push(b);
  }
  return fromPairs(as, bs);
}

/** The figures of samples already taken in pairs (as[i] beside bs[i]). */
export function fromPairs(as: number[], bs: number[]): PairedFigures {
  const ratios = as.map((a, i) => a / bs[i]!);
  return { a: median(as), b: median(bs), ratio: median(ratios), spread: Math.max(...ratios) / Math.min(...ratios), ratios };
}

/** Prints `bench NAME ratio` and `bench NAME_spread max/min`. */
export function reportRatio(name: string, figures: PairedFigures, note: string): void {
  report(name, figures.ratio, `${note}; median of ${figures.ratios.length} interleaved pairs`);
  report(`${name}_spread`, figures.spread, `max ÷ min of the ${figures.ratios.length} pair ratios`);
}
