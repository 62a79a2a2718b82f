import { describe, expect, it } from 'vitest';
import { balance, healthScore, internalServiceQuality, rfm } from '../../src/index.js';
import { caught, issuePaths } from './_helpers.js';

// Tests added from a mutation-testing run of src/scoring/rfm.ts, balance.ts,
// healthScore.ts, internalServiceQuality.ts and _internal/weightedMean.ts:
// each pins a behaviour a surviving mutant changed unnoticed.

const buy = (customerId: string, at: string, amount = 10, currency = 'EUR') => ({ type: 'purchase' as const, customerId, at, amount, currency });

describe('rfm: bad input is reported at its path', () => {
  it('reports a bad asOf at [asOf], alongside other bad options', () => {
    expect(issuePaths(() => rfm([buy('a', '2024-01-01')], { asOf: 'last week' }))).toEqual([['options', 'asOf']]);
    expect(issuePaths(() => rfm([], { asOf: new Date(Number.NaN), bins: 10 }))).toEqual([['options', 'asOf'], ['options', 'bins']]);
    expect(issuePaths(() => rfm([], {} as never))).toEqual([['options', 'asOf']]);
  });

  it('reports a purchases argument that is not an array at [purchases]', () => {
    expect(issuePaths(() => rfm('x' as never, { asOf: '2024-06-01' }))).toEqual([['purchases']]);
  });

  it('requires a non-empty customerId', () => {
    expect(issuePaths(() => rfm([buy('', '2024-01-01'), buy(5 as never, '2024-01-01')], { asOf: '2024-06-01' }))).toEqual([
      ['purchases', 0, 'customerId'],
      ['purchases', 1, 'customerId'],
    ]);
  });

  it('requires a currency of exactly three capital letters', () => {
    const purchases = [buy('a', '2024-01-01', 1, 'eur'), buy('b', '2024-01-01', 1, 'XEUR'), buy('c', '2024-01-01', 1, 'EURX')];
    expect(issuePaths(() => rfm(purchases, { asOf: '2024-06-01' }))).toEqual([
      ['purchases', 0, 'currency'],
      ['purchases', 1, 'currency'],
      ['purchases', 2, 'currency'],
    ]);
    expect(issuePaths(() => rfm([buy('a', '2024-01-01', 1, 7 as never)], { asOf: '2024-06-01' }))).toEqual([
      ['purchases', 0, 'currency'],
    ]);
  });

  it('reports a customer total that overflows at the purchase that overflows it', () => {
    const purchases = [buy('a', '2024-01-01', 1e308), buy('b', '2024-01-02', 1e308), buy('a', '2024-01-03', 1e308)];
    expect(issuePaths(() => rfm(purchases, { asOf: '2024-06-01' }))).toEqual([['purchases', 2, 'amount']]);
  });

  it('lists customers in id order whatever the order of purchases', () => {
    const ids = ['q', 'z', 'c', 'y', 'a', 'm', 'b', 'x', 'd', 'w'];
    const rows = rfm(
      ids.map((id, i) => buy(id, `2024-01-${String(10 + i)}`)),
      { asOf: '2024-06-01' },
    );
    expect(rows.map((row) => row.customerId)).toEqual([...ids].sort());
  });
});

describe('balance: boundaries and arguments', () => {
  it('reports a bad input object at [input] and bad options at [options]', () => {
    expect(issuePaths(() => balance(undefined as never))).toEqual([['input']]);
    expect(issuePaths(() => balance({ internal: 50, external: 50 }, 5 as never))).toEqual([['options']]);
  });

  it('is not below the floor on a side that sits exactly at it', () => {
    expect(balance({ internal: 45, external: 50 })).toMatchObject({ focus: 'balanced', reason: 'within-tolerance' });
    expect(balance({ internal: 50, external: 45 })).toMatchObject({ focus: 'balanced', reason: 'within-tolerance' });
  });

  it('counts a gap of exactly the tolerance as balanced, on either side', () => {
    expect(balance({ internal: 70, external: 60 })).toMatchObject({ gap: 10, focus: 'balanced' });
    expect(balance({ internal: 60, external: 70 })).toMatchObject({ gap: -10, focus: 'balanced' });
    expect(balance({ internal: 70.5, external: 60 })).toMatchObject({ focus: 'external', reason: 'external-lower' });
  });

  it('never gives a gap of negative zero', () => {
    expect(Object.is(balance({ internal: -0, external: 0 }).gap, 0)).toBe(true);
  });
});

describe('healthScore: options and arguments', () => {
  it('reports bad options at [options] and a bad indicators argument at [indicators]', () => {
    expect(issuePaths(() => healthScore([], 5 as never))).toEqual([['options']]);
    expect(issuePaths(() => healthScore('x' as never))).toEqual([['indicators']]);
  });

  it('checks red on its own and against green only when both are valid', () => {
    expect(issuePaths(() => healthScore([], { red: -5 }))).toEqual([['options', 'red']]);
    expect(issuePaths(() => healthScore([], { red: 80, green: 'x' } as never))).toEqual([['options', 'green']]);
    expect(issuePaths(() => healthScore([], { red: 80, green: 60 }))).toEqual([['options', 'red']]);
  });

  it('gives the common value back exactly when all indicators are equal', () => {
    // 5 × v rounds up in binary for this v, so (Σ v) ÷ 5 lands one ulp above v
    const v = 53.849988526611895;
    expect((5 * v) / 5).toBeGreaterThan(v);
    const result = healthScore(Array.from({ length: 5 }, () => ({ value: v })));
    expect(result.score).toBe(v);
  });
});

describe('internalServiceQuality: weights', () => {
  it('reports weights that are not an object at [weights]', () => {
    const error = caught(() => internalServiceQuality({ satisfaction: 80 }, 5 as never));
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([['INVALID_INPUT', ['weights']]]);
  });

  it('accepts fractional weights', () => {
    expect(internalServiceQuality({ satisfaction: 80, accuracy: 60 }, { satisfaction: 0.5, accuracy: 1.5 }).score).toBe(65);
  });

  it('requires each given weight to be above zero', () => {
    expect(issuePaths(() => internalServiceQuality({ satisfaction: 80, accuracy: 60 }, { accuracy: 0 }))).toEqual([
      ['weights', 'accuracy'],
    ]);
  });
});
