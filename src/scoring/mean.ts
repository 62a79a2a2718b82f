import type { Issue } from '../errors.js';
import { describe } from '../_internal/fail.js';
import { addExact, roundExact } from './_internal/exactSum.js';
import { columnOf, issue, throwIssues } from './_internal/read.js';
import { addSquare, sampleSd } from './_internal/spread.js';
import type { NumericColumn } from './nps.js';

/**
 * The result of {@link mean} and of {@link meanAccumulator}.
 *
 * @category Scoring
 */
export interface MeanResult {
  /** The arithmetic mean; `null` with no values. */
  readonly score: number | null;
  /** How many values. */
  readonly total: number;
  /** Their sum, computed exactly and rounded once. */
  readonly sum: number;
  /**
   * The sample standard deviation (n − 1 in the denominator), from the exact
   * sum and sum of squares (see {@link meanAccumulator}); `null` below two values.
   */
  readonly sd: number | null;
}

/** The mean and sd from exact sums and the extremes; shared with the accumulator so both give the same doubles. */
export function meanFrom(partials: readonly number[], squares: readonly number[], total: number, min: number, max: number): MeanResult {
  const sum = roundExact(partials);
  if (total === 0) return { score: null, total: 0, sum: 0, sd: null };
  // A mean lies between the smallest and largest value; rounding cannot push it out.
  const score = Math.min(max, Math.max(min, sum / total)) + 0;
  return { score, total, sum, sd: sampleSd(total, partials, squares, Math.max(-min, max)) };
}

/** The message for a value whose square overflows. */
export const SQUARE_TOO_LARGE = 'makes the sum of squares exceed the largest finite number (values beyond ±1.3e154 have no finite square, so no standard deviation)';

/**
 * The arithmetic mean of finite numbers, and their sample standard
 * deviation. The sum is computed exactly (Shewchuk's algorithm) and rounded
 * once, so the result does not depend on the order of the values, and equals
 * what {@link meanAccumulator} gives for the same values however they are
 * partitioned. The sd comes from the exact sum of squares the same way, so
 * it has no one-pass cancellation: equal values give exactly 0. Values must
 * have finite squares (|value| below about 1.3e154).
 *
 * Full precision: nothing is rounded; round for display.
 *
 * @param values - finite numbers: a plain array or a typed array
 * @returns the mean (`null` for no values), the count, the sum and the sample sd (`null` below two values)
 * @throws {ClienteleError} INVALID_INPUT at `['values', i]` for every value that is not a finite number, or where the running total or the sum of squares exceeds the largest finite number
 *
 * @example
 * ```ts
 * import { mean } from 'clientele';
 *
 * mean([0.1, 0.2, 0.3])
 * //=> { score: 0.19999999999999998, total: 3, sum: 0.6, sd: 0.09999999999999999 }
 * mean([2, 4, 4, 4, 5, 5, 7, 9]).sd
 * //=> 2.138089935299395
 * mean([1e20, 1, -1e20]).sum
 * //=> 1
 * mean([]).score
 * //=> null
 * mean([1, NaN])
 * //=> throws INVALID_INPUT
 * ```
 *
 * @category Scoring
 */
export function mean(values: NumericColumn): MeanResult {
  const issues: Issue[] = [];
  const column = columnOf(values, ['values'], issues);
  throwIssues(issues);
  const list = column!.list;
  const partials: number[] = [];
  const squares: number[] = [];
  let min = Infinity;
  let max = -Infinity;
  let total = 0;
  try {
    total = list.length;
    for (let i = 0; i < total; i += 1) {
      const value = list[i];
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        issues.push(issue(['values', i], `must be a finite number, not ${describe(value)}`));
        continue;
      }
      if (issues.length > 0) continue;
      if (!addExact(partials, value)) issues.push(issue(['values', i], 'makes the total exceed the largest finite number'));
      else if (!addSquare(squares, value)) issues.push(issue(['values', i], SQUARE_TOO_LARGE));
      if (value < min) min = value;
      if (value > max) max = value;
    }
  } catch {
    issues.push(issue(['values'], 'could not be read'));
  }
  throwIssues(issues);
  return meanFrom(partials, squares, total, min, max);
}
