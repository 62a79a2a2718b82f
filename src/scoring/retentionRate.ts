import type { Issue } from '../errors.js';
import { checkNumber, issue, throwIssues } from './_internal/read.js';
import { readNamed } from './_internal/options.js';

/**
 * What {@link retentionRate} and {@link churnRate} take: customer counts
 * for one period.
 *
 * @category Scoring
 */
export interface RetentionInput {
  /** Customers at the start of the period: an integer ≥ 1. */
  readonly start: number;
  /** Customers at its end: an integer ≥ 0. */
  readonly end: number;
  /** Customers won during it: an integer from 0 to `end`, with `end − acquired` at most `start`. */
  readonly acquired: number;
}

/** Checks the counts and returns the retention percentage. */
export function retentionOf(input: unknown): number {
  const issues: Issue[] = [];
  const named = readNamed(input, ['start', 'end', 'acquired'], issues, 'input');
  if (named !== undefined) {
    const okStart = checkNumber(named.start, ['start'], issues, 1, Infinity, true);
    const okEnd = checkNumber(named.end, ['end'], issues, 0, Infinity, true);
    const okAcquired = checkNumber(named.acquired, ['acquired'], issues, 0, Infinity, true);
    if (okStart && okEnd && okAcquired) {
      const { start, end, acquired } = named as { start: number; end: number; acquired: number };
      if (acquired > end) issues.push(issue(['acquired'], `must be at most end (${end})`));
      else if (end - acquired > start) {
        issues.push(issue(['end'], `minus acquired must be at most start (${start}): more customers kept than there were`));
      }
    }
  }
  throwIssues(issues);
  const { start, end, acquired } = named as { start: number; end: number; acquired: number };
  return ((end - acquired) / start) * 100;
}

/**
 * Customer retention rate for a period: (customers at the end − customers
 * acquired during it) ÷ customers at the start × 100 — the share of the
 * starting customers still there at the end.
 *
 * Full precision: nothing is rounded; round for display.
 *
 * @param input - `start`, `end` and `acquired` counts
 * @returns the rate, from 0 to 100
 * @throws {ClienteleError} INVALID_INPUT at `['start']`, `['end']` or `['acquired']` for a count that is not an integer in range, or for counts that contradict each other
 *
 * @example
 * ```ts
 * import { retentionRate } from 'clientele';
 *
 * retentionRate({ start: 200, end: 220, acquired: 40 })
 * //=> 90
 * retentionRate({ start: 0, end: 10, acquired: 10 })
 * //=> throws INVALID_INPUT
 * ```
 *
 * @category Scoring
 */
export function retentionRate(input: RetentionInput): number {
  return retentionOf(input);
}
