import type { Issue } from '../errors.js';
import { checkNumber, issue, throwIssues } from './_internal/read.js';
import { readNamed } from './_internal/options.js';

/**
 * What {@link kFactor} takes.
 *
 * @category Scoring
 */
export interface KFactorInput {
  /** Existing customers who could refer: an integer ≥ 1. */
  readonly customers: number;
  /** Referrals (invitations) they sent: an integer ≥ 0. */
  readonly referrals: number;
  /** Referrals that became customers: an integer from 0 to `referrals`. */
  readonly conversions: number;
}

/**
 * Viral coefficient (k-factor): invitations per customer × conversion rate of
 * an invitation, i.e. referrals ÷ customers × conversions ÷ referrals — the
 * new customers won by word of mouth per existing customer. Above 1, each
 * cohort brings a larger one. With no referrals the k-factor is 0.
 *
 * Full precision: nothing is rounded; round for display.
 *
 * @param input - `customers`, `referrals` and `conversions` counts
 * @returns the coefficient, ≥ 0
 * @throws {ClienteleError} INVALID_INPUT at `['customers']`, `['referrals']` or `['conversions']` for a count that is not an integer in range
 *
 * @example
 * ```ts
 * import { kFactor } from 'clientele';
 *
 * kFactor({ customers: 100, referrals: 300, conversions: 30 })
 * //=> 0.30000000000000004
 * kFactor({ customers: 100, referrals: 0, conversions: 0 })
 * //=> 0
 * kFactor({ customers: 100, referrals: 3, conversions: 4 })
 * //=> throws INVALID_INPUT
 * ```
 *
 * @category Scoring
 */
export function kFactor(input: KFactorInput): number {
  const issues: Issue[] = [];
  const named = readNamed(input, ['customers', 'referrals', 'conversions'], issues, 'input');
  if (named !== undefined) {
    checkNumber(named.customers, ['customers'], issues, 1, Infinity, true);
    const okReferrals = checkNumber(named.referrals, ['referrals'], issues, 0, Infinity, true);
    const okConversions = checkNumber(named.conversions, ['conversions'], issues, 0, Infinity, true);
    if (okReferrals && okConversions && (named.conversions as number) > (named.referrals as number)) {
      issues.push(issue(['conversions'], `must be at most referrals (${named.referrals as number})`));
    }
  }
  throwIssues(issues);
  const { customers, referrals, conversions } = named as { customers: number; referrals: number; conversions: number };
  if (referrals === 0) return 0;
  return (referrals / customers) * (conversions / referrals);
}
