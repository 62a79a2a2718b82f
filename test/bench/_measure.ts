/** What the benchmarks share: collecting garbage before a timing, timing one run, the median of runs. */

declare const gc: (() => void) | undefined;

/** Two full collections when node runs with --expose-gc (as `npm run bench` does), so no garbage of earlier work is paid for by the next timing. */
export function collect(): void {
  if (typeof gc === 'function') {
    gc();
    gc();
  }
}

/** Milliseconds one run of `run` takes, after a collection. */
export function once(run: () => unknown): number {
  collect();
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
