// purchaseAccumulator: count, exact total and last moment of purchases in
// one currency. The total is checked against an exact oracle (BigInt sums
// of the amounts scaled to integers, rounded once by Number()), against
// rfm's monetary for the same customer, and through every partition, JSON
// round trip and merge order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { purchaseAccumulator, rfm, type Purchase, type PurchaseState } from '../../src/index.js';
import { deepFreeze, issuePaths, partition, ship } from './_helpers.js';

// Every amount is 0 or at least 2^-60, so it is a whole multiple of 2^-112
// (its last bit is worth at least 2^(-60-52)): amount × 2^112 is an integer,
// the BigInt sum is exact, and Number(sum) rounds it once to nearest (ECMA-262
// BigInt → Number), exactly as an exact sum rounded once should.
const SCALE = 2 ** 112;
function exactTotal(amounts: readonly number[]): number {
  let sum = 0n;
  for (const amount of amounts) sum += BigInt(amount * SCALE);
  return Number(sum) / SCALE;
}

const amountArb = fc.oneof(
  fc.constantFrom(0, 0.1, 0.2, 0.3, 0.7, 1e-3, 99.99, 1e12),
  fc.double({ min: 2 ** -60, max: 1e12, noNaN: true }),
  fc.integer({ min: 0, max: 1_000_000 }).map((cents) => cents / 100),
);
const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);
const purchaseArb: fc.Arbitrary<Purchase> = fc
  .record({ day: fc.integer({ min: 0, max: 365 }), ms: fc.integer({ min: 0, max: DAY - 1 }), amount: amountArb })
  .map(({ day, ms, amount }) => ({ type: 'purchase', customerId: 'b1', at: new Date(START + day * DAY + ms).toISOString(), amount, currency: 'EUR' }));

const acc = purchaseAccumulator();

function statesOf(parts: readonly (readonly Purchase[])[]): PurchaseState[] {
  return parts.map((part) => ship(part.reduce((state, purchase) => deepFreeze(acc.add(state, purchase)), deepFreeze(acc.empty()))));
}

/** What the result must be, from the definition. */
function expected(purchases: readonly Purchase[]) {
  if (purchases.length === 0) return { count: 0, amount: 0, currency: null, last: null };
  const last = Math.max(...purchases.map((p) => Date.parse(p.at)));
  return { count: purchases.length, amount: exactTotal(purchases.map((p) => p.amount)), currency: 'EUR', last: new Date(last).toISOString() };
}

describe('purchaseAccumulator', () => {
  it('sums 0.1, 0.2 and 0.3 to 0.6 exactly, where plain addition gives 0.6000000000000001', () => {
    expect(0.1 + 0.2 + 0.3).toBe(0.6000000000000001);
    const buy = (amount: number, at: string): Purchase => ({ type: 'purchase', customerId: 'b1', at, amount, currency: 'EUR' });
    const purchases = [buy(0.1, '2024-05-01'), buy(0.2, '2024-06-01T10:00:00+02:00'), buy(0.3, '2024-05-15')];
    const result = acc.result(purchases.reduce(acc.add, acc.empty()));
    // the latest is 2024-06-01T10:00+02:00 = 08:00Z
    expect(result).toEqual({ count: 3, amount: 0.6, currency: 'EUR', last: '2024-06-01T08:00:00.000Z' });
    // the same total as rfm's monetary for that customer
    expect(rfm(purchases, { asOf: '2024-07-01' })[0]!.monetary).toBe(0.6);
  });

  it('equals the exact oracle however the purchases are partitioned, shipped and merged', () => {
    fc.assert(
      fc.property(fc.array(purchaseArb, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 6 }), fc.boolean(), (purchases, cuts, fromRight) => {
        const states = statesOf(partition(purchases, cuts)).map((state) => deepFreeze(state));
        const merged = fromRight
          ? states.reduceRight((b, a) => ship(acc.merge(a, b)))
          : states.reduce((a, b) => ship(acc.merge(a, b)));
        expect(acc.result(merged)).toEqual(expected(purchases));
      }),
    );
  });

  it("a customer's total equals rfm's monetary", () => {
    fc.assert(
      fc.property(fc.array(purchaseArb, { minLength: 1, maxLength: 30 }), (purchases) => {
        const total = acc.result(purchases.reduce(acc.add, acc.empty())).amount;
        expect(rfm(purchases, { asOf: '2025-06-01' })[0]!.monetary).toBe(total);
      }),
    );
  });

  it('merge is associative and commutative, through JSON', () => {
    const list = fc.array(purchaseArb, { maxLength: 15 });
    fc.assert(
      fc.property(list, list, list, (x, y, z) => {
        const [a, b, c] = statesOf([x, y, z]);
        const left = acc.result(ship(acc.merge(ship(acc.merge(a!, b!)), c!)));
        const right = acc.result(ship(acc.merge(a!, ship(acc.merge(b!, c!)))));
        expect(left).toEqual(right);
        expect(acc.result(acc.merge(a!, b!))).toEqual(acc.result(acc.merge(b!, a!)));
        expect(acc.result(acc.merge(acc.empty(), a!))).toEqual(acc.result(a!));
      }),
    );
  });

  it('refuses a second currency: at [purchase, currency] in add, at [b, currency] in merge', () => {
    const eur: Purchase = { type: 'purchase', customerId: 'b1', at: '2024-05-01', amount: 5, currency: 'EUR' };
    const usd: Purchase = { ...eur, currency: 'USD' };
    const euros = acc.add(acc.empty(), eur);
    const dollars = acc.add(acc.empty(), usd);
    expect(issuePaths(() => acc.add(euros, usd))).toEqual([['purchase', 'currency']]);
    expect(issuePaths(() => acc.merge(euros, dollars))).toEqual([['b', 'currency']]);
    // an empty state has no currency yet and merges with either
    expect(acc.result(acc.merge(acc.empty(), dollars)).currency).toBe('USD');
  });

  it('reports a bad purchase at [purchase, field] and another observation at [purchase, type]', () => {
    const eur: Purchase = { type: 'purchase', customerId: 'b1', at: '2024-05-01', amount: 5, currency: 'EUR' };
    expect(issuePaths(() => acc.add(acc.empty(), { ...eur, amount: -1 }))).toEqual([['purchase', 'amount']]);
    expect(issuePaths(() => acc.add(acc.empty(), { ...eur, currency: 'eur' }))).toEqual([['purchase', 'currency']]);
    expect(issuePaths(() => acc.add(acc.empty(), { ...eur, at: '2024-02-30' }))).toEqual([['purchase', 'at']]);
    const referral = { type: 'referral', referrerId: 'a', referredId: 'b', at: '2024-05-01', converted: true };
    expect(issuePaths(() => acc.add(acc.empty(), referral as never))).toEqual([['purchase', 'type']]);
    // a total past the largest finite number
    const big = acc.add(acc.empty(), { ...eur, amount: Number.MAX_VALUE });
    expect(issuePaths(() => acc.add(big, { ...eur, amount: Number.MAX_VALUE }))).toEqual([['purchase', 'amount']]);
  });

  it('rejects states that are not valid, at [state | a | b, key]', () => {
    const one = acc.add(acc.empty(), { type: 'purchase', customerId: 'b1', at: '2024-05-01', amount: 5, currency: 'EUR' });
    expect(issuePaths(() => acc.result({ ...one, currency: 'eur' }))).toEqual([['state', 'currency']]);
    expect(issuePaths(() => acc.result({ ...one, count: -1 }))).toEqual([['state', 'count']]);
    expect(issuePaths(() => acc.result({ ...one, partials: [1, Number.NaN] }))).toEqual([['state', 'partials', 1]]);
    expect(issuePaths(() => acc.result({ ...one, partials: 'x' as never }))).toEqual([['state', 'partials']]);
    expect(issuePaths(() => acc.result({ ...one, partials: [-5] }))).toEqual([['state', 'partials']]);
    expect(issuePaths(() => acc.result({ ...one, last: Number.MAX_VALUE }))).toEqual([['state', 'last']]);
    // a count of 0 with a currency, or purchases without one, is not a state any purchases give
    expect(issuePaths(() => acc.result({ ...one, count: 0 }))).toEqual([['state', 'count']]);
    expect(issuePaths(() => acc.result({ ...one, currency: null }))).toEqual([['state', 'count']]);
    expect(issuePaths(() => acc.result({ ...acc.empty(), partials: [5] }))).toEqual([['state', 'partials']]);
    expect(issuePaths(() => acc.result({ ...one, extra: 1 } as never))).toEqual([['state', 'extra']]);
    expect(issuePaths(() => acc.merge({ ...one, count: 1.5 }, { ...one, last: 'yesterday' as never }))).toEqual([
      ['a', 'count'],
      ['b', 'last'],
    ]);
  });

  it('reads hand-made partial sums as a fresh exact sum', () => {
    // overlapping partials are not a valid expansion as they stand; the state reader re-adds them
    const state = { currency: 'EUR', count: 2, partials: [1e16, 1, -1e16], last: 0 };
    // exactly 1e16 + 1 − 1e16 = 1
    expect(acc.result(state).amount).toBe(1);
  });
});
