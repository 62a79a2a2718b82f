import type { Issue } from '../errors.js';
import { columnOf, issue, throwIssues } from './_internal/read.js';
import { describe } from '../_internal/fail.js';
import type { NumericColumn } from './nps.js';

/**
 * Rolled throughput yield: the probability that a unit passes every step of
 * a process right the first time, the product of the steps' first-pass
 * yields (0.98 → 0.95 → 0.92 gives 0.85652). The factors are multiplied in
 * ascending order, so the result does not depend on the order given.
 *
 * Full precision: nothing is rounded; round for display.
 *
 * @param yields - each step's yield, a fraction from 0 to 1; at least one
 * @returns the product, from 0 to 1
 * @throws {ClienteleError} INVALID_INPUT at `['yields', i]` for every value outside [0, 1] or not a number, at `['yields']` for an empty list
 *
 * @example
 * ```ts
 * import { rolledThroughputYield } from 'clientele';
 *
 * rolledThroughputYield([0.98, 0.95, 0.92])
 * //=> 0.85652
 * rolledThroughputYield([])
 * //=> throws INVALID_INPUT
 * rolledThroughputYield([0.9, 95])
 * //=> throws INVALID_INPUT
 * ```
 *
 * @category Scoring
 */
export function rolledThroughputYield(yields: NumericColumn): number {
  const issues: Issue[] = [];
  const column = columnOf(yields, ['yields'], issues);
  throwIssues(issues);
  const list = column!.list;
  let factors: Float64Array | undefined;
  try {
    const n = list.length;
    factors = new Float64Array(n);
    for (let i = 0; i < n; i += 1) {
      const value = list[i];
      if (typeof value === 'number' && value >= 0 && value <= 1) factors[i] = value;
      else issues.push(issue(['yields', i], `must be a fraction from 0 to 1, not ${describe(value)}`));
    }
  } catch {
    issues.push(issue(['yields'], 'could not be read'));
  }
  if (issues.length === 0 && factors!.length === 0) issues.push(issue(['yields'], 'must hold at least one yield'));
  throwIssues(issues);
  factors!.sort();
  let product = 1;
  for (const factor of factors!) product *= factor;
  return product + 0;
}
