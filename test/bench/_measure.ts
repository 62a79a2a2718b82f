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

/**
 * Times `run` against `baseline` in alternating rounds (after two warm-up
 * calls of each), so that a burst of load on a shared machine hits both
 * alike; returns the median times and the median of the per-round ratios.
 */
export function versus(baseline: () => unknown, run: () => unknown, runs: number): { base: number; ms: number; ratio: number } {
  for (let i = 0; i < 2; i += 1) {
    baseline();
    run();
  }
  const bases: number[] = [];
  const times: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const b = once(baseline);
    const t = once(run);
    bases.push(b);
    times.push(t);
    ratios.push(t / b);
  }
  return { base: median(bases), ms: median(times), ratio: median(ratios) };
}
