import { describe, expect, it } from 'vitest';
import { cesAccumulator, csatAccumulator, meanAccumulator, npsAccumulator, slaAccumulator } from '../../src/index.js';
import type { CesState } from '../../src/index.js';
import { issuePaths } from './_helpers.js';

// Tests added from a mutation-testing run of the accumulators in src/scoring:
// a state handed back from a warehouse is untrusted input, so each bad field
// and each bad answer must be reported, once, at its own path.

const loose = <T extends object>(value: unknown) => value as T;
const throwingKey = (key: string, rest: object): object =>
  Object.defineProperty({ ...rest }, key, {
    enumerable: true,
    get() {
      throw new Error('hostile getter');
    },
  });

describe('npsAccumulator', () => {
  const acc = npsAccumulator();

  it('rejects answers that are not integers from 0 to 10', () => {
    for (const answer of [11, -1, 7.5, Number.NaN, '9']) {
      expect(issuePaths(() => acc.add(acc.empty(), answer as never))).toEqual([['answer']]);
    }
    expect(acc.result(acc.add(acc.add(acc.empty(), 0), 10))).toMatchObject({ promoters: 1, detractors: 1, total: 2 });
  });

  it('reports a state that is not an object, a bad count, an unknown key, an unreadable key', () => {
    expect(issuePaths(() => acc.result(null as never))).toEqual([['state']]);
    expect(issuePaths(() => acc.result(loose({ promoters: -1, passives: 0, detractors: 1.5 })))).toEqual([
      ['state', 'promoters'],
      ['state', 'detractors'],
    ]);
    expect(issuePaths(() => acc.result(loose({ promoters: -1, passives: 0, detractors: 0, extra: 1 })))).toEqual([['state', 'extra']]);
    expect(issuePaths(() => acc.result(loose(throwingKey('passives', { promoters: 1, detractors: 0 }))))).toEqual([
      ['state', 'passives'],
    ]);
    expect(issuePaths(() => acc.merge(acc.empty(), loose({ promoters: 1, passives: 0 })))).toEqual([['b', 'detractors']]);
  });
});

describe('csatAccumulator', () => {
  const acc = csatAccumulator();

  it('rejects answers that are not integers from 1 to the scale', () => {
    for (const answer of [0, 6, 2.5, -1, '4']) {
      expect(issuePaths(() => acc.add(acc.empty(), answer as never))).toEqual([['answer']]);
    }
  });

  it('reports each bad state field', () => {
    expect(issuePaths(() => acc.result(undefined as never))).toEqual([['state']]);
    expect(issuePaths(() => acc.result(loose({ scale: 5, threshold: 4, satisfied: 5, total: -1 })))).toEqual([['state', 'total']]);
    expect(issuePaths(() => acc.result(loose({ scale: 5, threshold: 4, satisfied: -1, total: 0 })))).toEqual([
      ['state', 'satisfied'],
    ]);
    expect(issuePaths(() => acc.result(loose({ scale: 5, threshold: 4, satisfied: 3, total: 2 })))).toEqual([
      ['state', 'satisfied'],
    ]);
    expect(issuePaths(() => acc.merge(loose({ scale: 7, threshold: 3, satisfied: 0, total: 0 }), acc.empty()))).toEqual([
      ['a', 'scale'],
      ['a', 'threshold'],
    ]);
  });
});

describe('cesAccumulator', () => {
  const acc = cesAccumulator();

  it('rejects answers that are not integers from 1 to the scale', () => {
    for (const answer of [0, 8, 2.5, Number.NaN]) {
      expect(issuePaths(() => acc.add(acc.empty(), answer))).toEqual([['answer']]);
    }
  });

  it('reports each bad state field, and checks the sum only against valid settings and counts', () => {
    expect(issuePaths(() => acc.result(7 as never))).toEqual([['state']]);
    expect(issuePaths(() => acc.result(loose({ scale: 5, sum: 40, sumSquares: 320, total: 5 })))).toEqual([['state', 'scale']]);
    expect(issuePaths(() => acc.result(loose({ scale: 7, sum: 1.5, sumSquares: 2, total: 5 })))).toEqual([['state', 'sum']]);
    expect(issuePaths(() => acc.result(loose({ scale: 7, sum: 40, sumSquares: 320, total: -5 })))).toEqual([['state', 'total']]);
    expect(issuePaths(() => acc.result(loose({ scale: 7, sum: 3, sumSquares: 3, total: 5 })))).toEqual([['state', 'sum']]);
    expect(issuePaths(() => acc.result(loose({ scale: 7, sum: 36, sumSquares: 260, total: 5 })))).toEqual([['state', 'sum']]);
    expect(issuePaths(() => acc.result(loose({ scale: 7, sum: 35, total: 5 })))).toEqual([['state', 'sumSquares']]);
    expect(acc.result(loose({ scale: 7, sum: 35, sumSquares: 245, total: 5 }))).toMatchObject({ score: 7, sd: 0 });
    expect(acc.result(loose({ scale: 7, sum: 5, sumSquares: 5, total: 5 }))).toMatchObject({ score: 1, sd: 0 });
  });

  it('checks that the sum of squares is possible for the count and sum', () => {
    const state = (sum: number, sumSquares: number, total: number) => loose<CesState>({ scale: 7, sum, sumSquares, total });
    // 5 ratings summing to 20: Σr² is at least 20²/5 = 80 (all 4s) and at most 7·20 = 140 (and ≥ 20)
    expect(acc.result(state(20, 80, 5)).sd).toBe(0);
    expect(issuePaths(() => acc.result(state(20, 79, 5)))).toEqual([['state', 'sumSquares']]);
    expect(issuePaths(() => acc.result(state(20, 141, 5)))).toEqual([['state', 'sumSquares']]);
    // one rating: Σr² is exactly r²
    expect(acc.result(state(3, 9, 1)).sd).toBeNull();
    expect(issuePaths(() => acc.result(state(3, 10, 1)))).toEqual([['state', 'sumSquares']]);
    expect(issuePaths(() => acc.result(state(0, 1, 0)))).toEqual([['state', 'sumSquares']]);
    expect(issuePaths(() => acc.result(state(20, 100.5, 5)))).toEqual([['state', 'sumSquares']]);
    // 4, 4, 4, 8 is not on a 7-point scale, but 2, 6, 6, 6: Σ 20, Σr² 112, sd = √((5·112 − 400)/20)… with n = 4: √((4·112 − 400)/12) = 2
    expect(acc.result(loose({ scale: 7, sum: 20, sumSquares: 112, total: 4 })).sd).toBe(2);
  });
});

describe('slaAccumulator', () => {
  const acc = slaAccumulator({ asOf: '2024-03-02', slaHours: 24 });

  it('reports each bad state field', () => {
    expect(issuePaths(() => acc.result(null as never))).toEqual([['state']]);
    const good = acc.empty();
    expect(issuePaths(() => acc.result({ ...good, asOf: null }))).toEqual([['state', 'asOf']]);
    expect(issuePaths(() => acc.result({ ...good, slaHours: 8 }))).toEqual([['state', 'slaHours']]);
    expect(issuePaths(() => acc.merge(good, { ...good, onTime: -1, open: 0.5 }))).toEqual([
      ['b', 'onTime'],
      ['b', 'open'],
    ]);
  });
});

describe('meanAccumulator', () => {
  const acc = meanAccumulator();
  const one = acc.add(acc.empty(), 4);

  it('rejects answers that are not finite numbers or have no finite square, and sums that overflow', () => {
    for (const answer of [Number.NaN, Infinity, '4', Number.MAX_VALUE, -1.4e154]) {
      expect(issuePaths(() => acc.add(acc.empty(), answer as never))).toEqual([['answer']]);
    }
    // 1.3e154² = 1.69e308: one fits, two overflow the sum of squares
    const big = acc.add(acc.empty(), 1.3e154);
    expect(issuePaths(() => acc.add(big, 1.3e154))).toEqual([['answer']]);
    expect(issuePaths(() => acc.merge(big, big))).toEqual([['b', 'squares']]);
    const wide = { total: 1, partials: [Number.MAX_VALUE], squares: [1], min: 1, max: 1 };
    expect(issuePaths(() => acc.merge(wide, wide))).toEqual([['b', 'partials']]);
  });

  it('reports bad squares, and squares that do not fit the count', () => {
    expect(issuePaths(() => acc.result({ ...one, squares: 'x' as never }))).toEqual([['state', 'squares']]);
    expect(issuePaths(() => acc.result({ ...one, squares: [16, Number.NaN] }))).toEqual([['state', 'squares', 1]]);
    expect(issuePaths(() => acc.result({ ...one, squares: [-1] }))).toEqual([['state', 'squares']]);
    expect(issuePaths(() => acc.result({ ...acc.empty(), squares: [1] }))).toEqual([['state', 'squares']]);
    expect(acc.result({ ...one, squares: [16] }).sd).toBeNull();
  });

  it('reports a state that is not an object and a bad total', () => {
    expect(issuePaths(() => acc.result(null as never))).toEqual([['state']]);
    expect(issuePaths(() => acc.result({ ...one, total: 1.5 }))).toEqual([['state', 'total']]);
  });

  it('reports bad partials at their position', () => {
    expect(issuePaths(() => acc.result({ ...one, partials: 'x' as never }))).toEqual([['state', 'partials']]);
    expect(issuePaths(() => acc.result({ ...one, partials: [1, Number.NaN, '2' as never] }))).toEqual([
      ['state', 'partials', 1],
      ['state', 'partials', 2],
    ]);
    expect(issuePaths(() => acc.result({ ...one, total: 2, partials: [Number.MAX_VALUE, Number.MAX_VALUE] }))).toEqual([
      ['state', 'partials', 1],
    ]);
    const hostile = new Proxy([4], {
      get(target, key, receiver) {
        if (key === '0') throw new Error('hostile element');
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    expect(issuePaths(() => acc.result({ ...one, partials: hostile }))).toEqual([['state', 'partials']]);
  });

  it('requires min and max to be null when empty and finite, in order, otherwise', () => {
    expect(issuePaths(() => acc.result({ ...one, min: null }))).toEqual([['state', 'min']]);
    expect(issuePaths(() => acc.result({ ...one, max: Infinity }))).toEqual([['state', 'max']]);
    expect(issuePaths(() => acc.result({ ...one, min: 'x' as never }))).toEqual([['state', 'min']]);
    expect(issuePaths(() => acc.result({ ...one, min: 5, max: 4 }))).toEqual([['state', 'min']]);
    expect(issuePaths(() => acc.result({ ...acc.empty(), max: 0 }))).toEqual([['state', 'max']]);
    expect(issuePaths(() => acc.result({ ...acc.empty(), partials: [1], min: 0 }))).toEqual([['state', 'min']]);
    expect(issuePaths(() => acc.result({ ...acc.empty(), partials: [1] }))).toEqual([['state', 'partials']]);
    expect(issuePaths(() => acc.merge(one, { ...one, min: 9 }))).toEqual([['b', 'min']]);
    expect(issuePaths(() => acc.merge({ ...one, max: null }, one))).toEqual([['a', 'max']]);
  });

  it('keeps a state that survives a JSON round trip unchanged (no negative zeros)', () => {
    const state = acc.add(acc.add(acc.empty(), -0), -0);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    expect(Object.is(state.min, 0) && Object.is(state.max, 0)).toBe(true);
    expect(state.partials.every((value) => !Object.is(value, -0))).toBe(true);
  });
});
