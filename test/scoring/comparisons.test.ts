// compareNps, compareProportions and compareMeans: hand arithmetic, SciPy's
// Welch test as a second implementation, the no-spread edge (a standard error
// of 0 is no test), bad input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ces, compareMeans, compareNps, compareProportions, mean, nps } from '../../src/index.js';
import { deepFreeze, issuePaths } from './_helpers.js';

const Z95 = 1.959963984540054; // R qnorm(0.975)

function near(actual: number | null | undefined, expected: number, digits = 9): void {
  expect(actual).toBeCloseTo(expected, digits);
}

describe('compareNps', () => {
  const spring = { promoters: 120, passives: 50, detractors: 30 };
  const autumn = { promoters: 150, passives: 60, detractors: 40 };

  it('z test with the Wald standard error of each NPS', () => {
    // spring: n 200, p 0.6, d 0.15, NPS 45: (0.75 − 0.2025)/200 = 0.0027375 → se₁ = 5.232112…
    // autumn: n 250, p 0.6, d 0.16, NPS 44: (0.76 − 0.1936)/250 = 0.0022656 → se₂ = 4.759832…
    // se = √(27.375 + 22.656) = 7.073259…, z = −1/7.073259 = −0.141378; p = 2Φ(−0.141378)
    const change = compareNps(spring, autumn)!;
    const se = Math.sqrt(27.375 + 22.656);
    expect(change.difference).toBe(-1);
    near(change.statistic, -1 / se);
    near(change.low, -1 - Z95 * se);
    near(change.high, -1 + Z95 * se);
    near(change.pValue, 0.8875716996933486, 8); // SciPy: 2 * norm.sf(1/7.073259…)
    expect(change.significant).toBe(false);
    // the same answers as nps() results
    const before = nps([...Array(120).fill(10), ...Array(50).fill(8), ...Array(30).fill(0)]);
    expect(compareNps(before, autumn)).toEqual(change);
  });

  it('against a benchmark number, only the later NPS varies', () => {
    // se = 4.759832…, z = 14/4.759832 = 2.941280…, p = 0.0032685858940599707 (SciPy)
    const change = compareNps(30, autumn)!;
    expect(change.difference).toBe(14);
    near(change.statistic, 14 / Math.sqrt(22.656));
    near(change.pValue, 0.0032685858940599707, 12);
    expect(change.significant).toBe(true);
    expect(compareNps(30, autumn, { confidence: 0.99 })!.significant).toBe(true); // p < 0.01
    expect(compareNps(30, autumn, { confidence: 0.999 })!.significant).toBe(false); // p > 0.001
  });

  it('clips the interval to the range a difference can take', () => {
    // a benchmark of −90 and a small sample near +90: the upper end cannot pass 100 − (−90) = 190
    const change = compareNps(-90, { promoters: 9, passives: 1, detractors: 0 })!;
    expect(change.high).toBeLessThanOrEqual(190);
    const wide = compareNps({ promoters: 1, passives: 0, detractors: 1 }, { promoters: 1, passives: 0, detractors: 1 })!;
    // each: p = d = ½, p + d − (p − d)² = 1 → se = 100 √(1/2) = 70.71, together √2 · 70.71 = 100; ±196 stays inside ±200
    near(wide.high, Z95 * 100);
    expect(compareNps(-100, { promoters: 1, passives: 0, detractors: 1 })!.low).toBeGreaterThanOrEqual(0);
  });

  it('without spread (se 0), no test: statistic and p-value null, not significant, with or without a difference', () => {
    const allPromoters = { promoters: 5, passives: 0, detractors: 0 };
    expect(compareNps(allPromoters, allPromoters)).toEqual({
      difference: 0,
      low: 0,
      high: 0,
      statistic: null,
      pValue: null,
      significant: false,
      confidence: 0.95,
    });
    // one promoter (NPS 100) against one detractor (NPS −100): each Wald variance p + d − (p − d)² is 1 − 1 = 0
    expect(compareNps({ promoters: 1, passives: 0, detractors: 0 }, { promoters: 0, passives: 0, detractors: 1 })).toEqual({
      difference: -200,
      low: -200,
      high: -200,
      statistic: null,
      pValue: null,
      significant: false,
      confidence: 0.95,
    });
    // the benchmark form: a benchmark has no spread, and four passives (NPS 0) have none either
    const change = compareNps(100, { promoters: 0, passives: 4, detractors: 0 })!;
    expect([change.difference, change.low, change.high, change.statistic, change.pValue, change.significant]).toEqual([-100, -100, -100, null, null, false]);
    // at any confidence: no p-value is below 1 − confidence
    expect(compareNps(100, { promoters: 0, passives: 4, detractors: 0 }, { confidence: 0.01 })!.significant).toBe(false);
  });

  it('one answer of spread on one side is enough for a test', () => {
    // before: 1 promoter (se₁ 0); after: 1 promoter, 1 detractor, p = d = ½, 1 − 0 = 1 → se₂ = 100 √(1/2) = 70.71
    // difference 0 − 100 = −100, z = −100/70.71 = −√2, p = 2Φ(−√2) = erfc(1) = 0.15729920705028513 (Python math.erfc)
    const change = compareNps({ promoters: 1, passives: 0, detractors: 0 }, { promoters: 1, passives: 0, detractors: 1 })!;
    near(change.statistic, -Math.SQRT2, 12);
    near(change.pValue, 0.15729920705028513, 10);
    expect(change.significant).toBe(false);
  });

  it('is null when either side has no answers', () => {
    expect(compareNps({ promoters: 0, passives: 0, detractors: 0 }, autumn)).toBeNull();
    expect(compareNps(20, { promoters: 0, passives: 0, detractors: 0 })).toBeNull();
  });

  it('reports bad input at its path', () => {
    expect(issuePaths(() => compareNps({ ...spring, promoters: -1 }, { ...autumn, detractors: 0.5 }))).toEqual([
      ['before', 'promoters'],
      ['after', 'detractors'],
    ]);
    expect(issuePaths(() => compareNps(101, autumn))).toEqual([['before']]);
    expect(issuePaths(() => compareNps(Number.NaN, autumn))).toEqual([['before']]);
    expect(issuePaths(() => compareNps(spring, 'x' as never))).toEqual([['after']]);
    expect(issuePaths(() => compareNps(spring, autumn, { confidence: 1 }))).toEqual([['options', 'confidence']]);
    expect(compareNps(deepFreeze({ ...spring }), deepFreeze({ ...autumn }))!.difference).toBe(-1);
  });
});

describe('compareProportions', () => {
  it('z from the pooled proportion, interval from the unpooled standard error', () => {
    // 160/200 = 80 %, 215/250 = 86 %: difference 6 points
    // pooled 375/450 = 5/6: se₀ = √(5/6 · 1/6 · (1/200 + 1/250)) = √0.00125 → z = 0.06/√0.00125 = 1.2√2
    // unpooled: √(0.8·0.2/200 + 0.86·0.14/250) = √(0.0008 + 0.0004816) = √0.0012816
    const change = compareProportions({ successes: 160, total: 200 }, { successes: 215, total: 250 })!;
    expect(change.difference).toBe(6);
    near(change.statistic, 1.2 * Math.SQRT2, 12);
    near(change.low, 6 - Z95 * 100 * Math.sqrt(0.0012816));
    near(change.high, 6 + Z95 * 100 * Math.sqrt(0.0012816));
    near(change.pValue, 0.08968602177036467, 8); // SciPy: 2 * norm.sf(1.2 * sqrt(2))
    expect(change.significant).toBe(false);
    expect(compareProportions({ successes: 160, total: 200 }, { successes: 215, total: 250 }, { confidence: 0.9 })!.significant).toBe(true);
  });

  it('handles the ends: no spread, and clipping to ±100 points', () => {
    // 4 of 4 against 9 of 9: pooled 13/13 = 1, se₀ = 0, so no test
    expect(compareProportions({ successes: 4, total: 4 }, { successes: 9, total: 9 })).toEqual({
      difference: 0,
      low: 0,
      high: 0,
      statistic: null,
      pValue: null,
      significant: false,
      confidence: 0.95,
    });
    expect(compareProportions({ successes: 0, total: 2 }, { successes: 0, total: 7 })).toMatchObject({ statistic: null, pValue: null, significant: false });
    const all = compareProportions({ successes: 0, total: 3 }, { successes: 3, total: 3 })!;
    // pooled ½: se₀ = √(¼ · ⅔) = 0.408248, z = 1/0.408248 = 2.449490; unpooled se 0: the interval is the point
    expect(all.difference).toBe(100);
    near(all.statistic, Math.sqrt(6));
    expect([all.low, all.high]).toEqual([100, 100]);
    // 0 of 5 against 5 of 5, the Wald collapse the JSDoc names: z = 1/√(¼ · ⅖) = √10, p = erfc(√5) = 0.0015654022580025488 (Python math.erfc)
    const five = compareProportions({ successes: 0, total: 5 }, { successes: 5, total: 5 })!;
    near(five.statistic, Math.sqrt(10), 12);
    near(five.pValue, 0.0015654022580025488, 12);
    expect([five.low, five.high, five.significant]).toEqual([100, 100, true]);
    // Agresti–Caffo (one success and one failure added a side): 1/7 against 6/7,
    // 500/7 ∓ 1.959964 × 100 √(2 · (1/7)(6/7)/7) = 71.428571 ∓ 36.659735, the top clipped at 100
    const adjusted = compareProportions({ successes: 1, total: 7 }, { successes: 6, total: 7 })!;
    near(adjusted.low, 500 / 7 - Z95 * 100 * Math.sqrt((2 * 6) / 343));
    expect(adjusted.high).toBe(100);
    expect(compareProportions({ successes: 0, total: 0 }, { successes: 1, total: 2 })).toBeNull();
  });

  it('reports bad input at its path', () => {
    expect(issuePaths(() => compareProportions({ successes: 5, total: 4 }, { successes: 1, total: -1 }))).toEqual([
      ['before', 'successes'],
      ['after', 'total'],
    ]);
    expect(issuePaths(() => compareProportions({ successes: 1, total: 2, score: 50 } as never, { successes: 1, total: 2 }))).toEqual([
      ['before', 'score'],
    ]);
  });
});

describe('compareMeans', () => {
  it("Welch's t with Welch–Satterthwaite degrees of freedom", () => {
    // before 4,5,5,6,4,5: mean 29/6, s² = (143 − 29²/6)/5 = 0.566667 → v₁ = s²/6 = 0.094444
    // after 6,7,6,5,7,7,6: mean 44/7, s² = (280 − 44²/7)/6 = 0.571429 → v₂ = s²/7 = 0.081633
    // se = √0.176077 = 0.419616; t = (44/7 − 29/6)/0.419616 = 1.452381/0.419616 = 3.461219
    // df = 0.176077²/(0.094444²/5 + 0.081633²/6) = 0.031003/0.0028946 = 10.7107
    // SciPy ttest_ind(after, before, equal_var=False): t 3.461219241091237, p 0.005529332071885593,
    // confidence_interval(0.95) = (0.5257608172924318, 2.379001087469473)
    const change = compareMeans(ces([4, 5, 5, 6, 4, 5]), ces([6, 7, 6, 5, 7, 7, 6]))!;
    near(change.difference, 44 / 7 - 29 / 6, 12);
    near(change.statistic, 3.461219241091237, 12);
    near(change.pValue, 0.005529332071885593, 12);
    near(change.low, 0.5257608172924318, 12);
    near(change.high, 2.379001087469473, 12);
    expect(change.significant).toBe(true);
  });

  it('with equal variances and sizes, Welch is Student with 2n − 2 degrees of freedom', () => {
    // both sd 2, n 10: v = 0.4 each, se = √0.8, df = 0.64/(2 · 0.16/9) = 18; t = 1.5/√0.8 = 1.677051
    // SciPy: 2 * t.sf(1.5/sqrt(0.8), 18) = 0.11081240891721354; t.isf(0.025, 18) = 2.1009220402410387
    const change = compareMeans({ score: 3, sd: 2, total: 10 }, { score: 4.5, sd: 2, total: 10 })!;
    near(change.statistic, 1.5 / Math.sqrt(0.8), 12);
    near(change.pValue, 0.11081240891721354, 12);
    near(change.high - change.difference, 2.1009220402410387 * Math.sqrt(0.8), 12);
  });

  it('is null below two values a side; without spread, no statistic', () => {
    expect(compareMeans(mean([3]), mean([1, 2, 3]))).toBeNull();
    expect(compareMeans(mean([2, 2]), mean([2, 2, 2]))).toEqual({
      difference: 0,
      low: 0,
      high: 0,
      statistic: null,
      pValue: null,
      significant: false,
      confidence: 0.95,
    });
    // both sds 0, means 5 and 6: a difference, but no test of it
    expect(compareMeans(ces([5, 5]), ces([6, 6]))).toEqual({
      difference: 1,
      low: 1,
      high: 1,
      statistic: null,
      pValue: null,
      significant: false,
      confidence: 0.95,
    });
  });

  it('reports bad input at its path', () => {
    expect(issuePaths(() => compareMeans({ score: 1, sd: 1, total: 1 }, { score: 1, sd: -1, total: 5 }))).toEqual([
      ['before', 'sd'],
      ['after', 'sd'],
    ]);
    expect(issuePaths(() => compareMeans({ score: 1, sd: 1, total: 3 }, { score: 1, sd: 1, total: 3 }, { confidence: -1 }))).toEqual([
      ['options', 'confidence'],
    ]);
  });
});

describe('every comparison without spread', () => {
  // the oracle for "se is 0", from the data alone: NPS answers all in one group on each side
  // (p + d − (p − d)² = 0 only for p = 1, d = 1 or p = d = 0); proportions all successes or all
  // failures on both sides together (the pooled share is 0 or 1); means with every value alike on each side
  const level = fc.double({ min: 0.01, max: 0.99, noNaN: true });
  const oneGroup = (c: { promoters: number; passives: number; detractors: number }): boolean =>
    [c.promoters, c.passives, c.detractors].filter((count) => count > 0).length === 1;
  const npsCounts = fc.record({ promoters: fc.nat(3), passives: fc.nat(3), detractors: fc.nat(3) });

  function expectTestOrNone(change: ReturnType<typeof compareNps>, flat: boolean, confidence: number): void {
    if (change === null) return;
    expect(change.statistic === null).toBe(flat);
    expect(change.pValue === null).toBe(flat);
    expect(change.significant).toBe(change.pValue !== null && change.pValue < 1 - confidence);
    if (flat) expect([change.low, change.high]).toEqual([change.difference, change.difference]);
  }

  it('compareNps, counts or a benchmark: no statistic, no p-value, not significant exactly when se is 0', () => {
    fc.assert(
      fc.property(npsCounts, npsCounts, level, (a, b, confidence) => {
        expectTestOrNone(compareNps(a, b, { confidence }), oneGroup(a) && oneGroup(b), confidence);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: -100, max: 100 }), npsCounts, level, (benchmark, b, confidence) => {
        expectTestOrNone(compareNps(benchmark, b, { confidence }), oneGroup(b), confidence);
      }),
    );
  });

  it('compareProportions: the same when the pooled share is 0 or 1', () => {
    const side = fc.nat(4).chain((total) => fc.record({ successes: fc.integer({ min: 0, max: total }), total: fc.constant(total) }));
    fc.assert(
      fc.property(side, side, level, (a, b, confidence) => {
        const pooled = a.successes + b.successes;
        expectTestOrNone(compareProportions(a, b, { confidence }), pooled === 0 || pooled === a.total + b.total, confidence);
      }),
    );
  });

  it('compareMeans: the same when every value on each side is alike', () => {
    const values = fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 4 });
    fc.assert(
      fc.property(values, values, level, (a, b, confidence) => {
        const alike = (list: number[]): boolean => list.every((value) => value === list[0]);
        expectTestOrNone(compareMeans(mean(a), mean(b), { confidence }), alike(a) && alike(b), confidence);
      }),
    );
  });
});
