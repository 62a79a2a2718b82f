// compareNps, compareProportions and compareMeans: hand arithmetic, SciPy's
// Welch test as a second implementation, the no-spread edge, bad input.
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

  it('without spread, no statistic; p is 1 for no change and 0 for a change', () => {
    const allPromoters = { promoters: 5, passives: 0, detractors: 0 };
    expect(compareNps(allPromoters, allPromoters)).toEqual({
      difference: 0,
      low: 0,
      high: 0,
      statistic: null,
      pValue: 1,
      significant: false,
      confidence: 0.95,
    });
    const change = compareNps(100, { promoters: 0, passives: 4, detractors: 0 })!;
    expect([change.difference, change.statistic, change.pValue, change.significant]).toEqual([-100, null, 0, true]);
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
    expect(compareProportions({ successes: 4, total: 4 }, { successes: 9, total: 9 })).toMatchObject({ difference: 0, statistic: null, pValue: 1 });
    const all = compareProportions({ successes: 0, total: 3 }, { successes: 3, total: 3 })!;
    // pooled ½: se₀ = √(¼ · ⅔) = 0.408248, z = 1/0.408248 = 2.449490; unpooled se 0: the interval is the point
    expect(all.difference).toBe(100);
    near(all.statistic, Math.sqrt(6));
    expect([all.low, all.high]).toEqual([100, 100]);
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
    expect(compareMeans(mean([2, 2]), mean([2, 2, 2]))).toMatchObject({ difference: 0, statistic: null, pValue: 1 });
    expect(compareMeans(mean([2, 2]), mean([3, 3]))).toMatchObject({ difference: 1, statistic: null, pValue: 0, significant: true });
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
