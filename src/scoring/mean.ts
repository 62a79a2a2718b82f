import type { Issue } from '../errors.js';
import { describe } from '../_internal/fail.js';
import { addExact, roundExact } from './_internal/exactSum.js';
import { columnOf, issue, throwIssues } from './_internal/read.js';
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
}

/** The mean from an exact sum and the extremes; shared with the accumulator so both give the same double. */
export function meanFrom(partials: readonly number[], total: number, min: number, max: number): MeanResult {
  const sum = roundExact(partials);
  if (total === 0) return { score: null, total: 0, sum: 0 };
  // A mean lies between the smallest and largest value; rounding cannot push it out.
  return { score: Math.min(max, Math.max(min, sum / total)) + 0, total, sum };
}

/**
 * The arithmetic mean of finite numbers. The sum is computed exactly
 * (Shewchuk's algorithm) and rounded once, so the result does not depend on
 * the order of the values, and equals what {@link meanAccumulator} gives for
 * the same values however they are partitioned.
 *
 * Full precision: nothing is rounded; round for display.
 *
 * @param values - finite numbers: a plain array or a typed array
 * @returns the mean (`null` for no values), the count and the sum
 * @throws {ClienteleError} INVALID_INPUT at `['values', i]` for every value that is not a finite number, or where the running total exceeds the largest finite number
 *
 * @example
 * ```ts
 * import { mean } from 'clientele';
 *
 * mean([0.1, 0.2, 0.3])
 * //=> { score: 0.19999999999999998, total: 3, sum: 0.6 }
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
      if (value < min) min = value;
      if (value > max) max = value;
    }
  } catch {
    issues.push(issue(['values'], 'could not be read'));
  }
  throwIssues(issues);
  return meanFrom(partials, total, min, max);
}
