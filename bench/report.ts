// Every figure is printed as `bench NAME VALUE` on its own line, with a note for humans.
export function report(name: string, value: number, note = ''): void {
  const rounded = Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(2);
  console.log(`bench ${name} ${rounded}${note ? `    # ${note}` : ''}`);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function timeAsync(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}
