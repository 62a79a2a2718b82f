import { describe, expect, it } from 'vitest';
import { churnRate, clv, dpmo, kFactor, referralRate, retentionRate, rolledThroughputYield } from '../../src/index.js';
import { caught, issuePaths } from './_helpers.js';

// Tests added from a mutation-testing run of the numeric-parameter formulas in
// src/scoring: each pins a behaviour a surviving mutant changed unnoticed.

const hostileList = (values: number[], bad: number): number[] =>
  new Proxy(values, {
    get(target, key, receiver) {
      if (key === String(bad)) throw new Error('hostile element');
      return Reflect.get(target, key, receiver) as unknown;
    },
  });

describe('rolledThroughputYield', () => {
  it('multiplies the yields of the steps', () => {
    // 0.98 → 0.95 → 0.92 (the SPEC's example for the yield mode)
    expect(rolledThroughputYield([0.98, 0.95, 0.92])).toBeCloseTo(0.85652, 12);
    expect(rolledThroughputYield([0.5])).toBe(0.5);
  });

  it('rejects each yield outside [0, 1] at [yields, i]', () => {
    expect(issuePaths(() => rolledThroughputYield([0.9, 1.5, -0.1, Number.NaN]))).toEqual([
      ['yields', 1],
      ['yields', 2],
      ['yields', 3],
    ]);
    expect(issuePaths(() => rolledThroughputYield(new Float64Array([0.5, 2])))).toEqual([['yields', 1]]);
    expect(issuePaths(() => rolledThroughputYield(['0.5', 0.9] as never))).toEqual([['yields', 0]]);
  });

  it('reports a yields argument that is not a column, or cannot be read, at [yields]', () => {
    expect(issuePaths(() => rolledThroughputYield('0.9' as never))).toEqual([['yields']]);
    expect(issuePaths(() => rolledThroughputYield([]))).toEqual([['yields']]);
    expect(issuePaths(() => rolledThroughputYield(hostileList([0.9, 0.8], 1)))).toEqual([['yields']]);
    const unmeasurable = new Proxy([0.9], {
      get(target, key, receiver) {
        if (key === 'length') throw new Error('hostile length');
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    expect(issuePaths(() => rolledThroughputYield(unmeasurable))).toEqual([['yields']]);
  });

  it('never returns negative zero', () => {
    expect(Object.is(rolledThroughputYield([0.5, -0]), 0)).toBe(true);
  });
});

describe('clv', () => {
  it('reports a missing input object at [input]', () => {
    expect(issuePaths(() => clv(undefined as never))).toEqual([['input']]);
    expect(issuePaths(() => clv(7 as never))).toEqual([['input']]);
  });

  it('never returns negative zero', () => {
    // a negative margin kept by nobody is worth nothing: 0, not −0
    expect(Object.is(clv({ margin: -5, retention: 0, discountRate: 0.1 }), 0)).toBe(true);
  });
});

describe('dpmo', () => {
  it('requires whole numbers of defects and units', () => {
    expect(issuePaths(() => dpmo({ defects: 1.5, units: 10, opportunities: 3 }))).toEqual([['defects']]);
    expect(issuePaths(() => dpmo({ defects: 1, units: 2.5, opportunities: 3 }))).toEqual([['units']]);
  });

  it('compares defects with the chances only when all three are valid', () => {
    expect(issuePaths(() => dpmo({ defects: 5, units: 0, opportunities: 3 }))).toEqual([['units']]);
    expect(issuePaths(() => dpmo({ defects: 5, units: 2, opportunities: 0 }))).toEqual([['opportunities']]);
    expect(issuePaths(() => dpmo({ defects: 5, units: 0, opportunities: 0 }))).toEqual([['units'], ['opportunities']]);
    expect(issuePaths(() => dpmo({ defects: 7, units: 2, opportunities: 3 }))).toEqual([['defects']]);
  });
});

describe('kFactor', () => {
  it('reports a missing input object at [input]', () => {
    expect(issuePaths(() => kFactor(null as never))).toEqual([['input']]);
  });

  it('requires whole numbers, each at its own path', () => {
    expect(issuePaths(() => kFactor({ customers: 1.5, referrals: 2.5, conversions: 0.5 }))).toEqual([
      ['customers'],
      ['referrals'],
      ['conversions'],
    ]);
  });

  it('compares conversions with referrals only when both are valid', () => {
    expect(issuePaths(() => kFactor({ customers: 10, referrals: -1, conversions: 3 }))).toEqual([['referrals']]);
    expect(issuePaths(() => kFactor({ customers: 10, referrals: 5, conversions: 'x' } as never))).toEqual([['conversions']]);
    expect(caught(() => kFactor({ customers: 10, referrals: 2, conversions: 3 })).issues.map((i) => [i.code, i.path])).toEqual([
      ['INVALID_INPUT', ['conversions']],
    ]);
  });
});

describe('referralRate', () => {
  it('reports a missing input object at [input]', () => {
    expect(issuePaths(() => referralRate(undefined as never))).toEqual([['input']]);
  });

  it('requires whole numbers, each at its own path', () => {
    expect(issuePaths(() => referralRate({ customers: 2.5, referrers: 0.5 }))).toEqual([['customers'], ['referrers']]);
  });

  it('compares referrers with customers only when both are valid', () => {
    expect(issuePaths(() => referralRate({ customers: 0, referrers: 3 }))).toEqual([['customers']]);
    expect(issuePaths(() => referralRate({ customers: -4, referrers: -1 }))).toEqual([['customers'], ['referrers']]);
    expect(issuePaths(() => referralRate({ customers: 2, referrers: 3 }))).toEqual([['referrers']]);
  });
});

describe('retentionRate and churnRate', () => {
  it('report a missing input object at [input]', () => {
    expect(issuePaths(() => retentionRate(undefined as never))).toEqual([['input']]);
    expect(issuePaths(() => churnRate('x' as never))).toEqual([['input']]);
  });

  it('require whole numbers, each at its own path', () => {
    expect(issuePaths(() => retentionRate({ start: 10, end: 2.5, acquired: 0.5 }))).toEqual([['end'], ['acquired']]);
  });

  it('compare the counts with one another only when all three are valid', () => {
    expect(issuePaths(() => retentionRate({ start: 0, end: 5, acquired: 0 }))).toEqual([['start']]);
    expect(issuePaths(() => retentionRate({ start: 5, end: -1, acquired: 0 }))).toEqual([['end']]);
    expect(issuePaths(() => retentionRate({ start: 5, end: 9, acquired: -1 }))).toEqual([['acquired']]);
    expect(issuePaths(() => retentionRate({ start: 0, end: -1, acquired: 0 }))).toEqual([['start'], ['end']]);
    expect(issuePaths(() => churnRate({ start: 5, end: 3, acquired: 4 }))).toEqual([['acquired']]);
    expect(issuePaths(() => churnRate({ start: 5, end: 9, acquired: 2 }))).toEqual([['end']]);
  });
});
