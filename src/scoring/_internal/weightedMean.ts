import { addExact, roundExact } from './exactSum.js';

/**
 * Σ wᵢvᵢ ÷ Σ wᵢ with exact sums (so the order of the terms does not matter),
 * kept within [min v, max v] where a mean must lie (float rounding of the
 * products could otherwise nudge it out by an ulp). `null` with no terms.
 * Weights must be finite and greater than 0.
 */
export function weightedMean(values: readonly number[], weights: readonly number[]): number | null {
  if (values.length === 0) return null;
  const top: number[] = [];
  const bottom: number[] = [];
  let lo = Infinity;
  let hi = -Infinity;
  // Huge weights are scaled down (their sums overflowed: ∞ ÷ ∞ = NaN) and tiny ones up
  // (their products lost digits below the normal range), by a power of two, which is exact.
  let largest = 0;
  for (const weight of weights) if (weight > largest) largest = weight;
  const scale = largest > 2 ** 500 ? 2 ** -600 : largest < 2 ** -500 ? 2 ** 600 : 1;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i]!;
    const weight = weights[i]! * scale;
    addExact(top, value * weight);
    addExact(bottom, weight);
    if (value < lo) lo = value;
    if (value > hi) hi = value;
  }
  const mean = roundExact(top) / roundExact(bottom);
  return Math.min(hi, Math.max(lo, mean)) + 0;
}
