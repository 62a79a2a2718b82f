import { addExact, roundExact } from './exactSum.js';

/**
 * Σ wᵢvᵢ ÷ Σ wᵢ with exact sums (so the order of the terms does not matter),
 * kept within [min v, max v] where a mean must lie (float rounding of the
 * products could otherwise nudge it out by an ulp). `null` with no terms.
 */
export function weightedMean(values: readonly number[], weights: readonly number[]): number | null {
  if (values.length === 0) return null;
  const top: number[] = [];
  const bottom: number[] = [];
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i]!;
    const weight = weights[i]!;
    addExact(top, value * weight);
    addExact(bottom, weight);
    if (value < lo) lo = value;
    if (value > hi) hi = value;
  }
  const mean = roundExact(top) / roundExact(bottom);
  return Math.min(hi, Math.max(lo, mean)) + 0;
}
