import { describe, expect, it } from 'vitest';
import { cesAccumulator, csatAccumulator, meanAccumulator, npsAccumulator, slaAccumulator } from '../../src/index.js';
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
    expect(issuePaths(() => acc.result(loose({ scale: 5, sum: 40, total: 5 })))).toEqual([['state', 'scale']]);
    expect(issuePaths(() => acc.result(loose({ scale: 7, sum: 1.5, total: 5 })))).toEqual([['state', 'sum']]);
    expect(issuePaths(() => acc.result(loose({ scale: 7, sum: 40, total: -5 })))).toEqual([['state', 'total']]);
    expect(issuePaths(() => acc.result(loose({ scale: 7, sum: 3, total: 5 })))).toEqual([['state', 'sum']]);
    expect(issuePaths(() => acc.result(loose({ scale: 7, sum: 36, total: 5 })))).toEqual([['state', 'sum']]);
    expect(acc.result(loose({ scale: 7, sum: 35, total: 5 })).score).toBe(7);
    expect(acc.result(loose({ scale: 7, sum: 5, total: 5 })).score).toBe(1);
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

  it('rejects answers that are not finite numbers, and a total that overflows', () => {
    for (const answer of [Number.NaN, Infinity, '4']) {
      expect(issuePaths(() => acc.add(acc.empty(), answer as never))).toEqual([['answer']]);
    }
    const big = acc.add(acc.empty(), Number.MAX_VALUE);
    expect(issuePaths(() => acc.add(big, Number.MAX_VALUE))).toEqual([['answer']]);
    expect(issuePaths(() => acc.merge(big, big))).toEqual([['b', 'partials']]);
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
