import type { Issue } from '../errors.js';
import { checkNumber, issue, throwIssues } from './_internal/read.js';
import { readNamed } from './_internal/options.js';

/**
 * What {@link clv} takes.
 *
 * @category Scoring
 */
export interface ClvInput {
  /** The margin a customer brings each period (finite; may be negative), arriving at the end of the period. */
  readonly margin: number;
  /** The share of customers kept from one period to the next, from 0 to 1. */
  readonly retention: number;
  /** The discount rate per period, ≥ 0 (0.1 for 10 %). */
  readonly discountRate: number;
  /** What winning the customer cost, ≥ 0; default 0. */
  readonly acquisitionCost?: number;
}

/**
 * Customer lifetime value with constant margin and retention over an
 * infinite horizon (Gupta and Lehmann, "Customers as Assets", Journal of
 * Interactive Marketing 17(1), 2003): m × r ÷ (1 + d − r) − acquisition cost,
 * margins arriving at the end of each period.
 *
 * Full precision: nothing is rounded; round for display.
 *
 * @param input - `margin`, `retention` (0..1), `discountRate` (≥ 0) and optional `acquisitionCost` (≥ 0)
 * @returns the lifetime value in the margin's unit
 * @throws {ClienteleError} INVALID_INPUT at the key of any value out of range, at `['retention']` when retention is 1 and the discount rate 0 (an infinite value), and at `['margin']` when the value would exceed the largest finite number
 *
 * @example
 * ```ts
 * import { clv } from 'clientele';
 *
 * clv({ margin: 100, retention: 0.8, discountRate: 0.12 })
 * //=> 250.00000000000003
 * clv({ margin: 100, retention: 0.8, discountRate: 0.12, acquisitionCost: 60 })
 * //=> 190.00000000000003
 * clv({ margin: 100, retention: 1, discountRate: 0 })
 * //=> throws INVALID_INPUT
 * ```
 *
 * @category Scoring
 */
export function clv(input: ClvInput): number {
  const issues: Issue[] = [];
  const named = readNamed(input, ['margin', 'retention', 'discountRate', 'acquisitionCost'], issues, 'input');
  if (named !== undefined) {
    checkNumber(named.margin, ['margin'], issues);
    const okRetention = checkNumber(named.retention, ['retention'], issues, 0, 1);
    const okDiscount = checkNumber(named.discountRate, ['discountRate'], issues, 0);
    if (named.acquisitionCost !== undefined) checkNumber(named.acquisitionCost, ['acquisitionCost'], issues, 0);
    if (okRetention && okDiscount && named.retention === 1 && named.discountRate === 0) {
      issues.push(issue(['retention'], 'of 1 with a discountRate of 0 gives an infinite lifetime value'));
    }
  }
  throwIssues(issues);
  const { margin, retention, discountRate } = named as { margin: number; retention: number; discountRate: number };
  const acquisitionCost = (named!.acquisitionCost as number | undefined) ?? 0;
  // (1 − r) + d rather than 1 + d − r: a tiny d is not lost against the 1, which left 0 ÷ 0 = NaN
  const value = (margin * retention) / (1 - retention + discountRate) - acquisitionCost + 0;
  if (!Number.isFinite(value)) throwIssues([issue(['margin'], 'gives a lifetime value beyond the largest finite number at this retention and discountRate')]);
  return value;
}
