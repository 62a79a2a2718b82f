/**
 * The sample standard deviation from exact sums, so that it is mergeable:
 * a state keeps Σx and Σx² as exact expansions (see exactSum.ts), which do
 * not depend on the order of the values or on how they were partitioned,
 * and the result computes n·Σx² − (Σx)² exactly from them before rounding
 * once. The textbook one-pass formula (Σx² − (Σx)²/n)/(n − 1) in doubles
 * cancels catastrophically when the spread is small against the mean; here
 * the cancellation happens in exact arithmetic, so it costs nothing, and
 * values that are all equal give exactly 0.
 *
 * Squares are exact (Dekker's product: x² = hi + lo, both doubles) for
 * |x| from about 1e-146 up to 2^512 ≈ 1.3e154; a larger value's square is not
 * a finite double and is rejected by the callers. Below 1e-146 the low part
 * of a square is subnormal and loses bits, so the sd of such tiny values is
 * approximate (a variance that this rounding pushes below 0 is 0).
 */
import { addExact, roundExact } from './exactSum.js';

/** Veltkamp's splitter for doubles, 2^27 + 1. */
const SPLITTER = 134217729;

/** Adds a·b to `partials` exactly (Dekker 1971), in place; false when the product is not finite. */
function addProduct(partials: number[], a: number, b: number): boolean {
  const p = a * b;
  if (!Number.isFinite(p)) return false;
  const ca = SPLITTER * a;
  const aHi = ca - (ca - a);
  const aLo = a - aHi;
  const cb = SPLITTER * b;
  const bHi = cb - (cb - b);
  const bLo = b - bHi;
  const err = aHi * bHi - p + aHi * bLo + aLo * bHi + aLo * bLo;
  return addExact(partials, p) && addExact(partials, err);
}

/** Adds x² to `partials` exactly, in place; false when x² is not a finite double. */
export function addSquare(partials: number[], x: number): boolean {
  return addProduct(partials, x, x);
}

/**
 * The canonical expansion of an exact sum: c₁ = round(S), c₂ = round(S − c₁),
 * …; unlike the partials themselves, a function of the sum alone.
 */
function canonical(partials: readonly number[]): number[] {
  const rest = partials.slice();
  const out: number[] = [];
  for (let c = roundExact(rest); c !== 0; c = roundExact(rest)) {
    out.push(c);
    addExact(rest, -c);
  }
  return out;
}

/**
 * The sample standard deviation √((nΣx² − (Σx)²) / (n(n − 1))) of `total`
 * values with exact sum `sum` and exact sum of squares `squares`, all of
 * magnitude at most `largest`; `null` below two values.
 */
export function sampleSd(total: number, sum: readonly number[], squares: readonly number[], largest: number): number | null {
  if (total < 2) return null;
  // Scale by a power of two (exact) when nΣx² or (Σx)² could overflow: values then lie within ±1.
  const shift = largest > 2 ** 400 ? Math.ceil(Math.log2(largest)) : 0;
  const down = 2 ** -shift;
  const spread = Math.max(0, spreadOf(total, sum, squares, down));
  return Math.sqrt(spread / total / (total - 1)) * 2 ** shift;
}

/**
 * n·Σx² − (Σx)², computed exactly from the sums (each scaled by `down`, a
 * power of two, and its square) and rounded once; its sign is exact.
 */
export function spreadOf(total: number, sum: readonly number[], squares: readonly number[], down = 1): number {
  const s = canonical(sum).map((c) => c * down);
  const q = canonical(squares).map((c) => c * down * down);
  const d: number[] = [];
  for (const c of q) addProduct(d, total, c);
  for (const a of s) for (const b of s) addProduct(d, -a, b);
  return roundExact(d);
}
