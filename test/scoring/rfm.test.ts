import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rfm, type Purchase } from '../../src/index.js';
import { deepFreeze, issuePaths } from './_helpers.js';

const buy = (customerId: string, at: string, amount: number, currency = 'USD'): Purchase => ({
  type: 'purchase',
  customerId,
  at,
  amount,
  currency,
});

// Worked by hand from the definition in SPEC §5: bin = max(1, ceil(bins × share)),
// share = fraction of customers whose value is no better (fewer days is better).
const purchases = [
  buy('a', '2024-06-30', 100),
  buy('a', '2024-05-01', 50),
  buy('a', '2024-03-01', 50),
  buy('b', '2024-06-01', 500),
  buy('c', '2024-06-01', 100),
  buy('c', '2024-02-01', 100),
  ...Array.from({ length: 5 }, () => buy('d', '2024-01-01', 20)),
  buy('e', '2024-04-02', 10),
  buy('f', '2024-07-02', 999),
];

describe('rfm', () => {
  it('scores five customers into five bins', () => {
    const rows = rfm(deepFreeze(purchases.map((p) => ({ ...p }))), { asOf: '2024-07-01' });
    expect(rows.map((row) => [row.customerId, row.recencyDays, row.frequency, row.monetary, row.score])).toEqual([
      ['a', 1, 3, 200, '544'],
      ['b', 30, 1, 500, '425'],
      ['c', 30, 2, 200, '434'],
      ['d', 182, 5, 100, '152'],
      ['e', 90, 1, 10, '221'],
    ]);
    expect(rows[0]).toEqual({ customerId: 'a', recencyDays: 1, frequency: 3, monetary: 200, r: 5, f: 4, m: 4, score: '544' });
  });

  it('scores the same customers into three bins', () => {
    const rows = rfm(purchases, { asOf: new Date('2024-07-01T00:00:00Z'), bins: 3 });
    expect(rows.map((row) => row.score)).toEqual(['333', '323', '323', '132', '221']);
  });

  it('leaves out customers whose purchases all fall after asOf, and counts a purchase at asOf', () => {
    const rows = rfm([buy('x', '2024-07-01T00:00:00Z', 5), buy('y', '2024-07-01T00:00:00.001Z', 5)], { asOf: '2024-07-01' });
    expect(rows).toEqual([{ customerId: 'x', recencyDays: 0, frequency: 1, monetary: 5, r: 5, f: 5, m: 5, score: '555' }]);
  });

  it('measures recency in fractional days', () => {
    const rows = rfm([buy('x', '2024-06-30T18:00:00Z', 5)], { asOf: '2024-07-01T00:00:00Z' });
    expect(rows[0]!.recencyDays).toBe(0.25);
  });

  it('sorts rows by customerId in code-unit order; special ids are ordinary', () => {
    const rows = rfm(
      [buy('b', '2024-01-01', 1), buy('__proto__', '2024-01-01', 1), buy('B', '2024-01-01', 1), buy('constructor', '2024-01-01', 2)],
      { asOf: '2024-02-01', bins: 2 },
    );
    expect(rows.map((row) => row.customerId)).toEqual(['B', '__proto__', 'b', 'constructor']);
    expect(rows.find((row) => row.customerId === 'constructor')!.monetary).toBe(2);
  });

  it('returns no rows for no purchases', () => {
    expect(rfm([], { asOf: '2024-01-01' })).toEqual([]);
  });

  it('accepts purchase observations and rejects keys that are not purchase fields', () => {
    expect(rfm([{ ...buy('a', '2024-01-01', 5), id: 'p1' }], { asOf: '2024-02-01' })).toHaveLength(1);
    expect(issuePaths(() => rfm([{ ...buy('a', '2024-01-01', 5), qty: 2 } as never], { asOf: '2024-02-01' }))).toEqual([
      ['purchases', 0, 'qty'],
    ]);
    // a record without its type is not a purchase observation
    const { type: _type, ...untyped } = buy('a', '2024-01-01', 5);
    expect(issuePaths(() => rfm([untyped as never], { asOf: '2024-02-01' }))).toEqual([['purchases', 0, 'type']]);
    // another valid observation is reported at its type, once
    const task = { type: 'task', providerId: 'it', consumerId: 'sales', requestedAt: '2024-01-01' };
    expect(issuePaths(() => rfm([buy('a', '2024-01-01', 5), task as never], { asOf: '2024-02-01' }))).toEqual([['purchases', 1, 'type']]);
  });

  it('rejects mixed currencies at the first purchase that differs', () => {
    expect(issuePaths(() => rfm([buy('a', '2024-01-01', 1, 'EUR'), buy('b', '2024-01-01', 1, 'USD')], { asOf: '2024-02-01' }))).toEqual([
      ['purchases', 1, 'currency'],
    ]);
  });

  it('reports every bad purchase field and bad options', () => {
    expect(
      issuePaths(() =>
        rfm(
          [
            { type: 'purchase', customerId: '', at: '2024-13-01', amount: -1, currency: 'usd' },
            { type: 'purchase', customerId: 'a', at: '2024-01-01', amount: Number.NaN, currency: 'USD' },
            null as never,
          ],
          { asOf: '2024-02-01' },
        ),
      ),
    ).toEqual([
      ['purchases', 0, 'customerId'],
      ['purchases', 0, 'at'],
      ['purchases', 0, 'amount'],
      ['purchases', 0, 'currency'],
      ['purchases', 1, 'amount'],
      ['purchases', 2],
    ]);
    expect(issuePaths(() => rfm([], { asOf: '2024-02-01', bins: 1 }))).toEqual([['options', 'bins']]);
    expect(issuePaths(() => rfm([], { asOf: '2024-02-01', bins: 10 }))).toEqual([['options', 'bins']]);
    expect(issuePaths(() => rfm([], { asOf: '2024-02-01', bins: 4.5 }))).toEqual([['options', 'bins']]);
    expect(issuePaths(() => rfm([], {} as never))).toEqual([['options', 'asOf']]);
    expect(issuePaths(() => rfm([], undefined as never))).toEqual([['options']]);
    expect(issuePaths(() => rfm([], { asOf: '2024-02-01', bin: 3 } as never))).toEqual([['options', 'bin']]);
  });
});

/** The SPEC §5 definition, computed the slow and obvious way. */
function oracle(list: readonly Purchase[], asOf: number, bins: number) {
  const kept = list.filter((p) => Date.parse(p.at) <= asOf);
  const ids = [...new Set(kept.map((p) => p.customerId))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const facts = ids.map((id) => {
    const mine = kept.filter((p) => p.customerId === id);
    const last = Math.max(...mine.map((p) => Date.parse(p.at)));
    // amounts in these tests are whole numbers, so plain addition is exact
    const monetary = mine.reduce((sum, p) => sum + p.amount, 0);
    return { id, recency: (asOf - last) / 86_400_000, frequency: mine.length, monetary };
  });
  const n = facts.length;
  const bin = (noBetter: number) => Math.max(1, Math.ceil((bins * noBetter) / n));
  return facts.map((fact) => {
    const r = bin(facts.filter((other) => other.recency >= fact.recency).length);
    const f = bin(facts.filter((other) => other.frequency <= fact.frequency).length);
    const m = bin(facts.filter((other) => other.monetary <= fact.monetary).length);
    return { customerId: fact.id, recencyDays: fact.recency, frequency: fact.frequency, monetary: fact.monetary, r, f, m, score: `${r}${f}${m}` };
  });
}

const purchaseArb = fc.record({
  type: fc.constant('purchase' as const),
  customerId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', '__proto__'),
  at: fc.integer({ min: 0, max: 60 }).map((day) => new Date(Date.UTC(2024, 0, 1 + day)).toISOString()),
  amount: fc.integer({ min: 0, max: 1000 }),
  currency: fc.constant('EUR'),
});

describe('rfm properties', () => {
  it('matches the definition computed naively', () => {
    fc.assert(
      fc.property(fc.array(purchaseArb, { maxLength: 40 }), fc.integer({ min: 2, max: 9 }), fc.integer({ min: 0, max: 70 }), (list, bins, day) => {
        const asOf = Date.UTC(2024, 0, 1 + day);
        const rows = rfm(list, { asOf: new Date(asOf), bins });
        const expected = oracle(list, asOf, bins);
        expect(rows).toEqual(expected);
        for (const row of rows) {
          for (const value of [row.r, row.f, row.m]) expect(value >= 1 && value <= bins).toBe(true);
        }
      }),
    );
  });

  it('does not depend on the order of the purchases', () => {
    fc.assert(
      fc.property(
        fc.array(purchaseArb.map((p) => ({ ...p, amount: p.amount / 7 })), { maxLength: 40 }).chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })),
        ),
        ([list, shuffled]) => {
          expect(rfm(shuffled, { asOf: '2024-02-15' })).toEqual(rfm(list, { asOf: '2024-02-15' }));
        },
      ),
    );
  });
});
