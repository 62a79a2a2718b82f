import type { Issue } from '../errors.js';
import { ClienteleError } from '../errors.js';
import { isoInstant, toInstant } from '../_internal/dates.js';
import { readRecordOf } from '../observations/readObservation.js';
import type { Purchase } from '../observations/schemas.js';
import { lowerBound, upperBound } from './_internal/bounds.js';
import { checkNumber, eachItem, issue, throwIssues } from './_internal/read.js';
import { optionPath, readNamed } from './_internal/options.js';
import { addPurchase, emptyPurchases, purchaseResult, type PurchaseState } from './purchaseAccumulator.js';
import { compareCodeUnits } from '../_internal/compare.js';

/**
 * Options of {@link rfm}.
 *
 * @category Scoring
 */
export interface RfmOptions {
  /** The moment the analysis stands at (a Date or ISO string; a date-only string is UTC midnight). Later purchases are ignored. */
  readonly asOf: Date | string;
  /** How many bins per dimension: an integer from 2 to 9; default 5. */
  readonly bins?: number;
}

/**
 * One customer's row in {@link rfm}'s result.
 *
 * @category Scoring
 */
export interface RfmRow {
  /** The customer. */
  readonly customerId: string;
  /** Days from the customer's last purchase on or before `asOf` to `asOf`, fractional (ms ÷ 86,400,000). */
  readonly recencyDays: number;
  /** Purchases on or before `asOf`. */
  readonly frequency: number;
  /** Their total amount, in the purchases' currency. */
  readonly monetary: number;
  /** Recency bin, 1..bins (higher = more recent). */
  readonly r: number;
  /** Frequency bin, 1..bins (higher = more purchases). */
  readonly f: number;
  /** Monetary bin, 1..bins (higher = more spent). */
  readonly m: number;
  /** The three bins as a string, `'545'`. */
  readonly score: string;
}

const DAY_MS = 86_400_000;

/** One customer's purchases on or before `asOf`, as {@link rfmFromTotals} ranks them. */
export interface RfmTotals {
  readonly customerId: string;
  /** The last purchase, epoch milliseconds. */
  readonly last: number;
  readonly count: number;
  /** The exact total, rounded once. */
  readonly monetary: number;
}

function binOf(noBetter: number, total: number, bins: number): number {
  return Math.max(1, Math.ceil((bins * noBetter) / total));
}

/**
 * Recency, frequency and monetary value per customer, each scored into
 * `bins` bins (Hughes, "Strategic Database Marketing", 1994, popularised the
 * RFM cells; the binning here is rank-based). A value's bin is
 * `max(1, ceil(bins × share))`, where share is the fraction of customers
 * whose value is no better than it: ties share a bin, and fewer days since
 * the last purchase is better. Only purchases on or before `asOf` count; a
 * customer whose purchases all fall after it is left out. `asOf` is a
 * moment: a date-only `asOf` (`'2025-01-31'`) is the start of that day in
 * UTC, so a purchase at 10:00 that day is after it (give
 * `'2025-01-31T23:59:59.999Z'` to count the whole day). Rows are sorted by
 * `customerId` (by UTF-16 code units).
 *
 * Full precision: nothing is rounded; round for display.
 *
 * @param purchases - purchase observations (validated by their schema), in one currency throughout
 * @param options - `asOf` (required) and `bins` (2..9, default 5)
 * @returns one row per customer with a purchase on or before `asOf`
 * @throws {ClienteleError} INVALID_INPUT at `['purchases', i, field]` for a bad field or a currency differing from the first purchase's, at `['purchases', i, key]` for a key that is not a purchase field, at `['options', 'asOf']` / `['options', 'bins']` for bad options
 *
 * @example
 * ```ts
 * import { rfm } from 'clientele';
 *
 * const rows = rfm(
 *   [
 *     { type: 'purchase', customerId: 'a', at: '2024-06-28', amount: 300, currency: 'EUR' },
 *     { type: 'purchase', customerId: 'a', at: '2024-05-01', amount: 200, currency: 'EUR' },
 *     { type: 'purchase', customerId: 'b', at: '2024-03-01', amount: 50, currency: 'EUR' },
 *     { type: 'purchase', customerId: 'c', at: '2024-07-15', amount: 90, currency: 'EUR' },
 *   ],
 *   { asOf: '2024-07-01', bins: 3 },
 * );
 * rows
 * //=> [
 * //   { customerId: 'a', recencyDays: 3, frequency: 2, monetary: 500, r: 3, f: 3, m: 3, score: '333' },
 * //   { customerId: 'b', recencyDays: 122, frequency: 1, monetary: 50, r: 2, f: 2, m: 2, score: '222' },
 * // ]
 * rfm([], { asOf: '2024-07-01', bins: 10 })
 * //=> throws INVALID_INPUT
 * ```
 *
 * @category Scoring
 */
export function rfm(purchases: readonly Purchase[], options: RfmOptions): RfmRow[] {
  const issues: Issue[] = [];
  const named = readNamed(options, ['asOf', 'bins'], issues, 'options', ['options'], false);
  let asOf: number | undefined;
  let bins = 5;
  if (named !== undefined) {
    if (named.asOf === undefined) issues.push(issue(optionPath('asOf'), 'is required: the day the recency is measured to — got nothing'));
    else {
      try {
        asOf = toInstant(named.asOf, optionPath('asOf'));
      } catch (error) {
        if (!(error instanceof ClienteleError)) throw error;
        issues.push(...error.issues);
      }
    }
    if (named.bins !== undefined && checkNumber(named.bins, optionPath('bins'), issues, 2, 9, true)) bins = named.bins;
  }
  // one purchase state per customer, and one for the currency of all of them
  const customers = new Map<string, PurchaseState>();
  let all = emptyPurchases();
  eachItem(purchases, ['purchases'], issues, (item, index) => {
    const path = ['purchases', index];
    const purchase = readRecordOf('purchase', item, path, issues);
    if (purchase === undefined) return;
    const overall = addPurchase(all, purchase);
    if ('message' in overall) {
      if (overall.field === 'currency') {
        issues.push(issue([...path, 'currency'], overall.message));
        return;
      }
    } else all = overall;
    if (asOf === undefined || isoInstant(purchase.at)! > asOf) return;
    const next = addPurchase(customers.get(purchase.customerId) ?? emptyPurchases(), purchase);
    if ('message' in next) issues.push(issue([...path, next.field], `${next.message} (customer ${JSON.stringify(purchase.customerId)})`));
    else customers.set(purchase.customerId, next);
  });
  throwIssues(issues);
  const totals: RfmTotals[] = [];
  for (const [customerId, state] of customers) {
    totals.push({ customerId, last: state.last!, count: state.count, monetary: purchaseResult(state).amount });
  }
  return rfmFromTotals(totals, asOf!, bins);
}

/**
 * Ranks customers' totals into RFM rows (the second half of {@link rfm},
 * shared with the report so that both rank the same way).
 */
export function rfmFromTotals(totals: readonly RfmTotals[], asOf: number, bins: number): RfmRow[] {
  const sorted = totals.slice().sort((a, b) => compareCodeUnits(a.customerId, b.customerId));
  const total = sorted.length;
  const recency = new Float64Array(total);
  const frequency = new Float64Array(total);
  const monetary = new Float64Array(total);
  sorted.forEach((customer, i) => {
    recency[i] = (asOf - customer.last) / DAY_MS;
    frequency[i] = customer.count;
    monetary[i] = customer.monetary;
  });
  const sortedRecency = recency.slice().sort();
  const sortedFrequency = frequency.slice().sort();
  const sortedMonetary = monetary.slice().sort();
  return sorted.map(({ customerId }, i) => {
    const recencyDays = recency[i]!;
    const r = binOf(total - lowerBound(sortedRecency, recencyDays), total, bins);
    const f = binOf(upperBound(sortedFrequency, frequency[i]!), total, bins);
    const m = binOf(upperBound(sortedMonetary, monetary[i]!), total, bins);
    return {
      customerId,
      recencyDays,
      frequency: frequency[i]!,
      monetary: monetary[i]!,
      r,
      f,
      m,
      score: `${r}${f}${m}`,
    };
  });
}
