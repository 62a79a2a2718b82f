import type { Issue } from '../errors.js';
import { checkNumber, issue, throwIssues } from './_internal/read.js';
import { readNamed } from './_internal/options.js';

/**
 * What {@link referralRate} takes.
 *
 * @category Scoring
 */
export interface ReferralRateInput {
  /** Customers in the period: an integer ≥ 1. */
  readonly customers: number;
  /** How many of them referred someone: an integer from 0 to `customers`. */
  readonly referrers: number;
}

/**
 * Referral rate: the percentage of customers who referred at least one new
 * prospect (referrers ÷ customers × 100) — word of mouth, the salesperson
 * the company does not pay.
 *
 * Full precision: nothing is rounded; round for display.
 *
 * @param input - `customers` and `referrers` counts
 * @returns the rate, from 0 to 100
 * @throws {ClienteleError} INVALID_INPUT at `['customers']` or `['referrers']` for a count that is not an integer in range
 *
 * @example
 * ```ts
 * import { referralRate } from 'clientele';
 *
 * referralRate({ customers: 400, referrers: 30 })
 * //=> 7.5
 * referralRate({ customers: 10, referrers: 11 })
 * //=> throws INVALID_INPUT
 * ```
 *
 * @category Scoring
 */
export function referralRate(input: ReferralRateInput): number {
  const issues: Issue[] = [];
  const named = readNamed(input, ['customers', 'referrers'], issues, 'input');
  if (named !== undefined) {
    const okCustomers = checkNumber(named.customers, ['customers'], issues, 1, Infinity, true);
    const okReferrers = checkNumber(named.referrers, ['referrers'], issues, 0, Infinity, true);
    if (okCustomers && okReferrers && (named.referrers as number) > (named.customers as number)) {
      issues.push(issue(['referrers'], `must be at most customers (${named.customers as number})`));
    }
  }
  throwIssues(issues);
  const { customers, referrers } = named as { customers: number; referrers: number };
  return (referrers / customers) * 100;
}
