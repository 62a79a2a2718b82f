import type { Issue, IssuePath } from '../errors.js';
import { isoInstant } from '../_internal/dates.js';
import { describe } from '../_internal/fail.js';
import { readRecordOf } from '../observations/readObservation.js';
import type { Purchase } from '../observations/schemas.js';
import { addExact, mergeExact, roundExact } from './_internal/exactSum.js';
import { issue, throwIssues } from './_internal/read.js';
import { checkCount, readPartials, readStateFields } from './accumulator.js';
import type { PurchaseAccumulator, PurchaseSqlColumns, PurchaseSqlOptions } from './sqlAggregate.js';
import { purchaseSql } from './_sql/purchase.js';

/**
 * The plain-JSON state of {@link purchaseAccumulator}: how many purchases,
 * their exact total and the last moment, in one currency.
 *
 * @category Scoring
 */
export interface PurchaseState {
  /** The currency of every purchase so far; `null` before the first. */
  readonly currency: string | null;
  /** Purchases so far. */
  readonly count: number;
  /** Non-overlapping partial sums of the amounts, smallest first; their exact sum is the exact total. */
  readonly partials: readonly number[];
  /** The latest purchase's moment in epoch milliseconds; `null` before the first. */
  readonly last: number | null;
}

/**
 * The result of {@link purchaseAccumulator}.
 *
 * @category Scoring
 */
export interface PurchaseResult {
  /** Purchases. */
  readonly count: number;
  /** Their total, summed exactly and rounded once (0.1 + 0.2 + 0.3 is 0.6). */
  readonly amount: number;
  /** Their currency; `null` without purchases. */
  readonly currency: string | null;
  /** The latest purchase's moment as an ISO date-time; `null` without purchases. */
  readonly last: string | null;
}

const KEYS = ['currency', 'count', 'partials', 'last'] as const;

/** Why a purchase or a state could not be added: the field at fault and what is wrong. */
export interface PurchaseProblem {
  readonly field: string;
  readonly message: string;
}

/** An empty purchase state. */
export function emptyPurchases(): PurchaseState {
  return { currency: null, count: 0, partials: [], last: null };
}

/** A purchase state the report's fold changes in place, on its own copy. */
export type MutablePurchaseState = { -readonly [K in keyof PurchaseState]: PurchaseState[K] extends readonly number[] ? number[] : PurchaseState[K] };

/**
 * Counts one validated purchase into a state in place, or gives the reason
 * it cannot: another currency (no exchange rates here; the state is left as
 * it was), or a total past the largest finite number (the state is then
 * spoilt and must be thrown away, as the report's fold does).
 */
export function countPurchase(state: MutablePurchaseState, purchase: Purchase): PurchaseProblem | null {
  if (state.currency !== null && purchase.currency !== state.currency) {
    return { field: 'currency', message: `must be ${state.currency} like the purchases before it: no exchange rates here, not ${purchase.currency}` };
  }
  if (!addExact(state.partials, purchase.amount)) return { field: 'amount', message: 'makes the total exceed the largest finite number' };
  const at = isoInstant(purchase.at)!;
  state.currency = purchase.currency;
  state.count += 1;
  if (state.last === null || at > state.last) state.last = at;
  return null;
}

/**
 * Adds one validated purchase to a state, returning the new state, or the
 * reason it cannot be added: another currency (no exchange rates here), or a
 * total past the largest finite number.
 */
export function addPurchase(state: PurchaseState, purchase: Purchase): PurchaseState | PurchaseProblem {
  const next: MutablePurchaseState = { currency: state.currency, count: state.count, partials: state.partials.slice(), last: state.last };
  return countPurchase(next, purchase) ?? next;
}

/** Combines two purchase states, or gives the reason they cannot be combined. */
export function mergePurchases(a: PurchaseState, b: PurchaseState): PurchaseState | PurchaseProblem {
  if (a.currency !== null && b.currency !== null && a.currency !== b.currency) {
    return { field: 'currency', message: `holds ${b.currency} purchases, the other state ${a.currency}: no exchange rates here` };
  }
  const partials = mergeExact(a.partials, b.partials);
  if (partials === null) return { field: 'partials', message: 'makes the total exceed the largest finite number' };
  const last = a.last === null ? b.last : b.last === null ? a.last : Math.max(a.last, b.last);
  return { currency: a.currency ?? b.currency, count: a.count + b.count, partials, last };
}

/** The result of a purchase state. */
export function purchaseResult(state: PurchaseState): PurchaseResult {
  return {
    count: state.count,
    amount: roundExact(state.partials),
    currency: state.currency,
    last: state.last === null ? null : new Date(state.last).toISOString(),
  };
}

/** The largest distance from the epoch a Date can hold, in milliseconds (ECMA-262 §21.4.1.1). */
const MAX_TIME = 8.64e15;

function readState(state: unknown, param: string, issues: Issue[]): PurchaseState | undefined {
  const fields = readStateFields(state, param, KEYS, issues);
  if (fields === undefined) return undefined;
  const before = issues.length;
  const { currency, count, last } = fields;
  if (currency !== null && !(typeof currency === 'string' && /^[A-Z]{3}$/.test(currency))) {
    issues.push(issue([param, 'currency'], `must be null or an ISO 4217 code, not ${describe(currency)}`));
  }
  checkCount(count, [param, 'count'], issues);
  const partials = readPartials(fields.partials, [param, 'partials'], issues);
  if (issues.length === before && roundExact(partials) < 0) issues.push(issue([param, 'partials'], 'must add up to an amount ≥ 0'));
  if (last !== null && !(typeof last === 'number' && Number.isFinite(last) && Math.abs(last) <= MAX_TIME)) {
    issues.push(issue([param, 'last'], `must be null or epoch milliseconds within the range of a Date, not ${describe(last)}`));
  }
  if (issues.length === before && ((count === 0) !== (currency === null) || (count === 0) !== (last === null))) {
    issues.push(issue([param, 'count'], 'must be 0 exactly when currency and last are null'));
  }
  if (issues.length === before && count === 0 && partials.length > 0) issues.push(issue([param, 'partials'], 'must be empty in an empty state'));
  return issues.length > before ? undefined : { currency: currency as string | null, count: count as number, partials, last: last as number | null };
}

function check(value: PurchaseState | PurchaseProblem, param: string, issues: Issue[]): PurchaseState | undefined {
  if (!('message' in value)) return value;
  issues.push(issue([param, value.field] as IssuePath, value.message));
  return undefined;
}

/**
 * A mergeable accumulator of purchases: their count, exact total and latest
 * moment, in one currency. Amounts are summed exactly (Shewchuk's partials,
 * as Python's `math.fsum`), so any partition merged in any order gives the
 * same total, and a customer's total here equals its RFM `monetary`. See
 * {@link Accumulator}; `sql` writes the same counting, exact total
 * included, for a warehouse (see {@link PurchaseAccumulator}).
 *
 * @returns `{ empty, add, merge, result, sql }`; `add` takes one purchase observation
 * @throws {ClienteleError} INVALID_INPUT from `add` at `['purchase', field]` for a bad purchase or at `['purchase', 'currency']` for a currency other than the state's; from `merge` at `['b', 'currency']` for states in two currencies; at `['state', key]`, `['a', key]` or `['b', key]` for a state that is not valid
 *
 * @example
 * ```ts
 * import { purchaseAccumulator } from 'clientele';
 *
 * const buy = (amount: number, at: string) => ({ type: 'purchase', customerId: 'b1', at, amount, currency: 'EUR' }) as const;
 * const acc = purchaseAccumulator();
 * const a = [buy(0.1, '2024-05-01'), buy(0.2, '2024-06-01')].reduce(acc.add, acc.empty());
 * const b = acc.add(acc.empty(), buy(0.3, '2024-05-15'));
 * acc.result(acc.merge(a, b))
 * //=> { count: 3, amount: 0.6, currency: 'EUR', last: '2024-06-01T00:00:00.000Z' }
 * acc.add(a, { ...buy(5, '2024-07-01'), currency: 'USD' })
 * //=> throws INVALID_INPUT
 * ```
 *
 * @category Scoring
 */
export function purchaseAccumulator(): PurchaseAccumulator {
  return Object.freeze({
    empty: emptyPurchases,
    add(state: PurchaseState, purchase: Purchase): PurchaseState {
      const issues: Issue[] = [];
      const current = readState(state, 'state', issues);
      const record = readRecordOf('purchase', purchase, ['purchase'], issues);
      throwIssues(issues);
      const next = check(addPurchase(current!, record!), 'purchase', issues);
      throwIssues(issues);
      return next!;
    },
    merge(a: PurchaseState, b: PurchaseState): PurchaseState {
      const issues: Issue[] = [];
      const left = readState(a, 'a', issues);
      const right = readState(b, 'b', issues);
      throwIssues(issues);
      const next = check(mergePurchases(left!, right!), 'b', issues);
      throwIssues(issues);
      return next!;
    },
    result(state: PurchaseState): PurchaseResult {
      const issues: Issue[] = [];
      const current = readState(state, 'state', issues);
      throwIssues(issues);
      return purchaseResult(current!);
    },
    sql: (columns: PurchaseSqlColumns, options: PurchaseSqlOptions) => purchaseSql(columns, options),
  });
}
