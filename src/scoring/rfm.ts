import type { Issue } from '../errors.js';
import { ClienteleError } from '../errors.js';
import { toInstant } from '../_internal/dates.js';
import { describe } from '../_internal/fail.js';
import { addExact, roundExact } from './_internal/exactSum.js';
import { PURCHASE_KEYS, checkNumber, eachItem, isRecord, issue, readInstant, readKey, rejectUnknownKeys, throwIssues } from './_internal/read.js';
import { readNamed } from './_internal/options.js';

/**
 * What {@link rfm} reads from each purchase. A parsed `Purchase`
 * observation fits: its `type` and `id` are accepted and ignored; any key
 * that is not a purchase field is an error.
 *
 * @category Scoring
 */
export interface RfmPurchase {
  /** `'purchase'` on a purchase observation; accepted and ignored. */
  readonly type?: 'purchase';
  /** The observation's id; accepted and ignored. */
  readonly id?: string;
  /** Who bought: a non-empty string. */
  readonly customerId: string;
  /** When: an ISO 8601 date or date-time. */
  readonly at: string;
  /** How much: finite, ≥ 0. */
  readonly amount: number;
  /** The ISO 4217 currency code; every purchase must share one. */
  readonly currency: string;
}

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

interface Customer {
  last: number;
  count: number;
  partials: number[];
}

/** Index of the first element ≥ x (lower bound) in an ascending array. */
function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first element > x (upper bound) in an ascending array. */
function upperBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
 * customer whose purchases all fall after it is left out. Rows are sorted by
 * `customerId` (by UTF-16 code units).
 *
 * Full precision: nothing is rounded; round for display.
 *
 * @param purchases - objects with `customerId`, `at`, `amount` (≥ 0) and `currency` (one currency throughout)
 * @param options - `asOf` (required) and `bins` (2..9, default 5)
 * @returns one row per customer with a purchase on or before `asOf`
 * @throws {ClienteleError} INVALID_INPUT at `['purchases', i, field]` for a bad field or a currency differing from the first purchase's, at `['purchases', i, key]` for a key that is not a purchase field, at `['asOf']` / `['bins']` for bad options
 *
 * @example
 * ```ts
 * import { rfm } from 'clientele';
 *
 * const rows = rfm(
 *   [
 *     { customerId: 'a', at: '2024-06-28', amount: 300, currency: 'EUR' },
 *     { customerId: 'a', at: '2024-05-01', amount: 200, currency: 'EUR' },
 *     { customerId: 'b', at: '2024-03-01', amount: 50, currency: 'EUR' },
 *     { customerId: 'c', at: '2024-07-15', amount: 90, currency: 'EUR' },
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
export function rfm(purchases: readonly RfmPurchase[], options: RfmOptions): RfmRow[] {
  const issues: Issue[] = [];
  const named = readNamed(options, ['asOf', 'bins'], issues, 'options', [], false);
  let asOf: number | undefined;
  let bins = 5;
  if (named !== undefined) {
    if (named.asOf === undefined) issues.push(issue(['asOf'], 'is required'));
    else {
      try {
        asOf = toInstant(named.asOf, ['asOf']);
      } catch (error) {
        if (!(error instanceof ClienteleError)) throw error;
        issues.push(...error.issues);
      }
    }
    if (named.bins !== undefined && checkNumber(named.bins, ['bins'], issues, 2, 9, true)) bins = named.bins;
  }
  const customers = new Map<string, Customer>();
  let currency: string | undefined;
  let currencyAt = -1;
  eachItem(purchases, ['purchases'], issues, (item, index) => {
    const path = ['purchases', index];
    if (!isRecord(item, path, issues, 'a purchase object')) return;
    const before = issues.length;
    rejectUnknownKeys(item, PURCHASE_KEYS, path, issues);
    const id = readKey(item, 'customerId', path, issues).value;
    const atRead = readKey(item, 'at', path, issues);
    const amount = readKey(item, 'amount', path, issues).value;
    const code = readKey(item, 'currency', path, issues).value;
    if (typeof id !== 'string' || id.length === 0) {
      issues.push(issue([...path, 'customerId'], `must be a non-empty string, not ${describe(id)}`));
    }
    const at = atRead.ok ? readInstant(atRead.value, [...path, 'at'], issues) : undefined;
    checkNumber(amount, [...path, 'amount'], issues, 0);
    if (typeof code !== 'string' || !/^[A-Z]{3}$/.test(code)) {
      issues.push(issue([...path, 'currency'], `must be an ISO 4217 code: three capital letters, not ${describe(code)}`));
    } else if (currency === undefined) {
      currency = code;
      currencyAt = index;
    } else if (code !== currency) {
      issues.push(
        issue([...path, 'currency'], `must be ${currency} like purchase ${currencyAt}: no exchange rates here, not ${code}`),
      );
    }
    if (issues.length > before || asOf === undefined || at! > asOf) return;
    const key = id as string;
    let customer = customers.get(key);
    if (customer === undefined) {
      customer = { last: at!, count: 0, partials: [] };
      customers.set(key, customer);
    }
    customer.count += 1;
    if (at! > customer.last) customer.last = at!;
    if (!addExact(customer.partials, amount as number)) {
      issues.push(issue([...path, 'amount'], 'makes the customer total exceed the largest finite number'));
    }
  });
  throwIssues(issues);
  const ids = [...customers.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const total = ids.length;
  const recency = new Float64Array(total);
  const frequency = new Float64Array(total);
  const monetary = new Float64Array(total);
  ids.forEach((id, i) => {
    const customer = customers.get(id)!;
    recency[i] = (asOf! - customer.last) / DAY_MS;
    frequency[i] = customer.count;
    monetary[i] = roundExact(customer.partials);
  });
  const sortedRecency = recency.slice().sort();
  const sortedFrequency = frequency.slice().sort();
  const sortedMonetary = monetary.slice().sort();
  return ids.map((customerId, i) => {
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
