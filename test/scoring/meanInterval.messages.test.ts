// meanInterval (and compareMeans, which reads summaries the same way) refuse
// a `sum` that contradicts score × total, as npsInterval refuses counts that
// contradict its score; the results of mean, ces and meanAccumulator always
// pass. Expected messages are written out by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ces, compareMeans, mean, meanAccumulator, meanInterval, npsInterval } from '../../src/scoring/index.js';
import { invalidIssues } from '../_shared/issues.js';

const issuesOf = invalidIssues;

describe('meanInterval and a contradictory sum', () => {
  it('refuses a sum that is not score × total, at ["sum"]', () => {
    // 5 × 3 = 15, not 99
    expect(issuesOf(() => meanInterval({ score: 5, sd: 1, total: 3, sum: 99 }))).toEqual([[['sum'], 'must equal score × total (5 × 3 = 15) — got 99']]);
    // 2.5 × 4 = 10; 10.000001 / 4 = 2.50000025 is 1e-7 away relative, beyond rounding
    expect(issuesOf(() => meanInterval({ score: 2.5, sd: 1, total: 4, sum: 10.000001 }))).toEqual([
      [['sum'], 'must equal score × total (2.5 × 4 = 10) — got 10.000001'],
    ]);
    // with no values the sum is 0, as mean([]) gives it
    expect(issuesOf(() => meanInterval({ score: null, sd: null, total: 0, sum: 3 }))).toEqual([[['sum'], 'must be 0 with no values — got 3']]);
    // one value: the sum is that value
    expect(issuesOf(() => meanInterval({ score: 4, sd: null, total: 1, sum: -4 }))).toEqual([[['sum'], 'must equal score × total (4 × 1 = 4) — got -4']]);
  });

  it('reports it under the summary it belongs to in compareMeans', () => {
    expect(issuesOf(() => compareMeans({ score: 5, sd: 1, total: 3 }, { score: 6, sd: 1, total: 4, sum: 20 }))).toEqual([
      [['after', 'sum'], 'must equal score × total (6 × 4 = 24) — got 20'],
    ]);
  });

  it('accepts a sum that agrees to rounding, and then gives the interval it gives without one', () => {
    // 10 + 1e-12 over 4 is 2.50000000000025: 1e-13 away relative
    expect(meanInterval({ score: 2.5, sd: 1, total: 4, sum: 10 + 1e-12 })).toEqual(meanInterval({ score: 2.5, sd: 1, total: 4 }));
    // 1 / 3 × 3 is 1 only to rounding
    expect(meanInterval({ score: 1 / 3, sd: 0.5, total: 3, sum: 1 })).toEqual(meanInterval({ score: 1 / 3, sd: 0.5, total: 3 }));
    expect(meanInterval({ score: null, sd: null, total: 0, sum: 0 })).toBeNull();
    // a subnormal mean: 5e-324 / 3 rounds to 0, so the sum is accepted; sd 0 makes the margin t × 0 / √3 = 0
    expect(meanInterval({ score: 0, sd: 0, total: 3, sum: 5e-324 })).toEqual({ low: 0, high: 0, margin: 0, confidence: 0.95 });
  });

  it('says nothing about the sum while score or total is itself bad', () => {
    expect(issuesOf(() => meanInterval({ score: Number.NaN, sd: 1, total: 3, sum: 99 })).map(([path]) => path)).toEqual([['score']]);
    expect(issuesOf(() => meanInterval({ score: 5, sd: 1, total: -3, sum: 99 })).map(([path]) => path)).toEqual([['total']]);
    // a bad sd is no reason to keep quiet about the sum
    expect(issuesOf(() => meanInterval({ score: 5, sd: -1, total: 3, sum: 99 })).map(([path]) => path)).toEqual([['sd'], ['sum']]);
  });

  it('rejects unknown keys (min, max) as npsInterval does', () => {
    expect(issuesOf(() => meanInterval({ score: 5, sd: 1, total: 3, sum: 15, min: 4, max: 6 } as never)).map(([path]) => path)).toEqual([['min'], ['max']]);
    expect(issuesOf(() => npsInterval({ promoters: 1, passives: 0, detractors: 0, min: 4 } as never)).map(([path]) => path)).toEqual([['min']]);
  });

  it('never refuses what mean, ces or meanAccumulator return', () => {
    const values = fc.array(fc.double({ min: -1e150, max: 1e150, noNaN: true }), { maxLength: 30 });
    fc.assert(
      fc.property(values, fc.nat(30), (list, cut) => {
        const direct = mean(list);
        const acc = meanAccumulator();
        const merged = acc.result(acc.merge(list.slice(0, cut).reduce(acc.add, acc.empty()), list.slice(cut).reduce(acc.add, acc.empty())));
        for (const summary of [direct, merged]) expect(() => meanInterval(summary)).not.toThrow();
      }),
    );
    const ratings = fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 50 });
    fc.assert(
      fc.property(ratings, fc.integer({ min: 2, max: 100 }), (list, scale) => {
        expect(() => meanInterval(ces(list.map((rating) => Math.min(rating, scale)), { scale }))).not.toThrow();
      }),
    );
  });
});

describe('meanInterval and a CES score outside its scale', () => {
  it('refuses a mean rating outside 1..scale when a scale is given, at ["score"]', () => {
    // ratings on a 7-point scale run 1..7: a mean of 7.5 or 0.5 cannot come from them
    expect(issuesOf(() => meanInterval({ score: 7.5, sd: 1, total: 4, scale: 7 }))).toEqual([
      [['score'], "must be from 1 to 7, the ratings' range on a 7-point scale — got 7.5"],
    ]);
    expect(issuesOf(() => meanInterval({ score: 0.5, sd: 1, total: 4, scale: 5 }))).toEqual([
      [['score'], "must be from 1 to 5, the ratings' range on a 5-point scale — got 0.5"],
    ]);
    // the ends themselves are ratings; without a scale any finite mean is a mean
    // (sd 0: the margin is t × 0 / √4 = 0, so the interval is the point itself)
    expect(meanInterval({ score: 7, sd: 0, total: 4, scale: 7 })).toEqual({ low: 7, high: 7, margin: 0, confidence: 0.95 });
    expect(meanInterval({ score: 1, sd: 0, total: 4, scale: 7 })).toEqual({ low: 1, high: 1, margin: 0, confidence: 0.95 });
    // sd 1 over 4 values: se = 1/√4 = 0.5; t(0.975, 3) = 3.1824463052837086 (SciPy t.isf(0.025, 3)), margin 1.591223…
    const wide = meanInterval({ score: 70, sd: 1, total: 4 })!;
    expect(wide.margin).toBeCloseTo(3.1824463052837086 / 2, 12);
    expect(wide.low).toBeCloseTo(70 - 3.1824463052837086 / 2, 12);
    expect(wide.high).toBeCloseTo(70 + 3.1824463052837086 / 2, 12);
  });
});
