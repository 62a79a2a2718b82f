import { retentionOf, type RetentionInput } from './retentionRate.js';

/**
 * Customer churn rate for a period: 100 − {@link retentionRate}, the share
 * of the starting customers lost by the end.
 *
 * Full precision: nothing is rounded; round for display.
 *
 * @param input - `start`, `end` and `acquired` counts, as for {@link retentionRate}
 * @returns the rate, from 0 to 100
 * @throws {ClienteleError} INVALID_INPUT as {@link retentionRate} does
 *
 * @example
 * ```ts
 * import { churnRate } from 'clientele';
 *
 * churnRate({ start: 200, end: 220, acquired: 40 })
 * //=> 10
 * ```
 *
 * @category Scoring
 */
export function churnRate(input: RetentionInput): number {
  return 100 - retentionOf(input);
}
