/**
 * Exact summation of doubles (Shewchuk, "Adaptive Precision Floating-Point
 * Arithmetic and Fast Robust Geometric Predicates", 1997; the algorithm
 * behind Python's `math.fsum`). A running total is kept as a short list of
 * non-overlapping partials, in increasing magnitude, whose exact sum is the
 * exact sum of every value added. Rounding happens once, at the end, so the
 * result does not depend on the order of the values or on how they were
 * split into partitions and merged: what makes accumulators' `merge`
 * associative and commutative and scores invariant under reordering.
 */

/** Adds `value` to `partials` in place; returns false when the running total overflows. */
export function addExact(partials: number[], value: number): boolean {
  let x = value;
  let kept = 0;
  for (let j = 0; j < partials.length; j += 1) {
    let y = partials[j]!;
    if (Math.abs(x) < Math.abs(y)) {
      const t = x;
      x = y;
      y = t;
    }
    const hi = x + y;
    const lo = y - (hi - x);
    if (lo !== 0) {
      partials[kept] = lo;
      kept += 1;
    }
    x = hi;
  }
  partials.length = kept;
  partials.push(x);
  return Number.isFinite(x);
}

/** The exact sum of `partials`, correctly rounded to the nearest double (ties to even). */
export function roundExact(partials: readonly number[]): number {
  let n = partials.length;
  if (n === 0) return 0;
  n -= 1;
  let hi = partials[n]!;
  let lo = 0;
  while (n > 0) {
    const x = hi;
    n -= 1;
    const y = partials[n]!;
    hi = x + y;
    const yr = hi - x;
    lo = y - yr;
    if (lo !== 0) break;
  }
  // Half-way case: the rest of the partials break the tie (as in CPython's fsum).
  if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
    const y = lo * 2;
    const x = hi + y;
    const yr = x - hi;
    if (y === yr) hi = x;
  }
  return hi + 0;
}

/** A fresh partials list holding the exact sum of `a` and `b`; false when it overflows. */
export function mergeExact(a: readonly number[], b: readonly number[]): number[] | null {
  const out = a.slice();
  for (const value of b) {
    if (!addExact(out, value)) return null;
  }
  return out;
}
