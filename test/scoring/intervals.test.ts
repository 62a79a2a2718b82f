// npsInterval, proportionInterval and meanInterval: hand-worked and
// published examples, the coverage of the adjusted-Wald NPS interval, and
// bad input at its path.
import { describe, expect, it } from 'vitest';
import { ces, mean, meanInterval, nps, npsInterval, proportionInterval } from '../../src/index.js';
import { deepFreeze, issuePaths } from './_helpers.js';
import { seeded } from '../../src/sample/random.js';
import { npsSample } from '../_shared/npsSample.js';

const Z95 = 1.959963984540054; // R qnorm(0.975)

function near(actual: number | undefined, expected: number, digits = 9): void {
  expect(actual).toBeCloseTo(expected, digits);
}

describe('npsInterval', () => {
  it('adjusted Wald, 3 promoters, 3 passives, 2 detractors (NPS 12.5, n = 8)', () => {
    // n' = 8 + 3 = 11, p' = 3.75/11 = 0.340909…, d' = 2.75/11 = 0.25
    // centre = 100 (p' − d') = 100/11 = 9.090909…
    // p' + d' − (p' − d')² = 0.590909… − 0.008264… = 0.582644…; / 11 = 0.052967…; √ = 0.230147…
    // se = 23.0147112655; margin = 1.959964 × 23.0147 = 45.1080; −36.0171 to 54.1989
    const interval = npsInterval({ promoters: 3, passives: 3, detractors: 2 })!;
    near(interval.low, -36.017096104113655);
    near(interval.high, 54.19891428593183);
    near(interval.margin, Z95 * 23.0147112655278);
    expect(interval.confidence).toBe(0.95);
    expect(interval.method).toBe('adjusted-wald');
  });

  it('Wald on the same counts is centred on the NPS itself', () => {
    // p = 0.375, d = 0.25: 0.625 − 0.015625 = 0.609375; / 8 = 0.076171875; se = 27.5992527…
    const interval = npsInterval({ promoters: 3, passives: 3, detractors: 2 }, { method: 'wald' })!;
    near(interval.low, 12.5 - Z95 * 27.599252707274523);
    near(interval.high, 12.5 + Z95 * 27.599252707274523);
    expect((interval.low + interval.high) / 2).toBeCloseTo(12.5, 12);
  });

  it('takes an NpsResult, whose score and total must agree with its counts', () => {
    const result = nps([10, 9, 10, 8, 7, 8, 3, 6]);
    expect(npsInterval(result)).toEqual(npsInterval({ promoters: 3, passives: 3, detractors: 2 }));
    expect(issuePaths(() => npsInterval({ ...result, score: 12 }))).toEqual([['score']]);
    expect(issuePaths(() => npsInterval({ ...result, total: 9 }))).toEqual([['total']]);
  });

  it('clips to [−100, 100] but keeps the unclipped margin', () => {
    // 10 promoters: n' = 13, p' = 10.75/13, d' = 0.75/13; centre 76.923…, se 15.0099… → high 106.34 → 100
    const adjusted = npsInterval({ promoters: 10, passives: 0, detractors: 0 })!;
    expect(adjusted.high).toBe(100);
    near(adjusted.low, 100 * (10 / 13) - adjusted.margin);
    expect(100 * (10 / 13) + adjusted.margin).toBeGreaterThan(100);
    // Wald: every answer alike, no spread at all
    expect(npsInterval({ promoters: 10, passives: 0, detractors: 0 }, { method: 'wald' })).toEqual({
      low: 100,
      high: 100,
      margin: 0,
      confidence: 0.95,
      method: 'wald',
    });
  });

  it('is null without answers and narrower at lower confidence', () => {
    expect(npsInterval({ promoters: 0, passives: 0, detractors: 0 })).toBeNull();
    const counts = { promoters: 40, passives: 30, detractors: 30 };
    const at90 = npsInterval(counts, { confidence: 0.9 })!;
    const at99 = npsInterval(counts, { confidence: 0.99 })!;
    // margins scale with z: 1.6448536269514722 and 2.5758293035489004
    near(at99.margin / at90.margin, 2.5758293035489004 / 1.6448536269514722, 12);
  });

  it('a 95 % adjusted-Wald interval covers the true NPS in 93–97 % of 2,000 seeded samples', () => {
    // the sample organisation's mulberry32, seeded for a fixed outcome
    const random = seeded(20240601).next;
    for (const [p, d, n] of [
      [0.5, 0.2, 50],
      [0.3, 0.3, 120],
    ] as const) {
      const truth = 100 * (p - d);
      let covered = 0;
      for (let sample = 0; sample < 2000; sample += 1) {
        const interval = npsInterval(npsSample(random, n, p, d))!;
        if (interval.low <= truth && truth <= interval.high) covered += 1;
      }
      expect(covered / 2000).toBeGreaterThanOrEqual(0.93);
      expect(covered / 2000).toBeLessThanOrEqual(0.97);
    }
  });

  it('reports every bad count and option at its path, and works on frozen input', () => {
    expect(issuePaths(() => npsInterval({ promoters: -1, passives: 2.5, detractors: Number.NaN }))).toEqual([
      ['promoters'],
      ['passives'],
      ['detractors'],
    ]);
    const counts = { promoters: 1, passives: 1, detractors: 1 };
    expect(issuePaths(() => npsInterval({ ...counts, extra: 1 } as never))).toEqual([['extra']]);
    expect(issuePaths(() => npsInterval(null as never))).toEqual([['counts']]);
    for (const confidence of [0, 1, 95, -0.5, Number.NaN, '0.95']) {
      expect(issuePaths(() => npsInterval(counts, { confidence } as never))).toEqual([['options', 'confidence']]);
    }
    expect(issuePaths(() => npsInterval(counts, { method: 'wilson' } as never))).toEqual([['options', 'method']]);
    expect(issuePaths(() => npsInterval(counts, { confidense: 0.9 } as never))).toEqual([['options', 'confidense']]);
    expect(issuePaths(() => npsInterval({ ...counts, promoters: -1 }, { confidence: 2 }))).toEqual([['promoters'], ['options', 'confidence']]);
    expect(npsInterval(deepFreeze({ ...counts }), deepFreeze({ confidence: 0.8 }))!.confidence).toBe(0.8);
  });
});

describe('proportionInterval', () => {
  it("gives Newcombe's (1998) Wilson intervals", () => {
    // Newcombe, Statistics in Medicine 17:857–872, Table I, method 3 (score, no continuity correction)
    const cases: [number, number, number, number][] = [
      [81, 263, 25.53, 36.62],
      [15, 148, 6.24, 16.05],
      [0, 20, 0, 16.11],
      [1, 29, 0.61, 17.18],
    ];
    for (const [successes, total, low, high] of cases) {
      const interval = proportionInterval(successes, total)!;
      expect(interval.low).toBeCloseTo(low, 2);
      expect(interval.high).toBeCloseTo(high, 2);
    }
  });

  it('is centred on (p + z²/2n)/(1 + z²/n) with the Wilson half-width', () => {
    // 81/263 at 95 %: z²/n = 3.841459/263 = 0.014606; centre (0.307985 + 0.007303)/1.014606 = 0.310750
    const interval = proportionInterval(81, 263)!;
    near(interval.low, 25.52885198782742);
    near(interval.high, 36.620957698280004);
    near(interval.margin, (interval.high - interval.low) / 2);
    near((interval.low + interval.high) / 2, ((81 / 263 + Z95 ** 2 / 526) / (1 + Z95 ** 2 / 263)) * 100);
    // at 99 % (z = 2.5758293035489004)
    near(proportionInterval(81, 263, { confidence: 0.99 })!.low, 24.01369026876077);
  });

  it('stays within 0..100 at the ends and is null for no cases', () => {
    const none = proportionInterval(0, 7)!;
    expect(none.low).toBe(0);
    const all = proportionInterval(7, 7)!;
    expect(all.high).toBe(100);
    near(all.low, 100 - none.high, 12);
    expect(proportionInterval(0, 0)).toBeNull();
  });

  it('reports bad counts and options at their paths', () => {
    expect(issuePaths(() => proportionInterval(5, 4))).toEqual([['successes']]);
    expect(issuePaths(() => proportionInterval(-1, 1.5))).toEqual([['successes'], ['total']]);
    expect(issuePaths(() => proportionInterval(Number.NaN, 3, { confidence: 1 }))).toEqual([['successes'], ['options', 'confidence']]);
    expect(issuePaths(() => proportionInterval(1, 3, 0.95 as never))).toEqual([['options']]);
  });
});

describe('meanInterval', () => {
  it('is the Student t interval with n − 1 degrees of freedom', () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, Σ(x − 5)² = 32, sd = √(32/7) = 2.138090
    // se = 2.138090/√8 = 0.755929; t(0.975, 7) = 2.364624251592785 (R qt); margin 1.787488
    const result = mean([2, 4, 4, 4, 5, 5, 7, 9]);
    const interval = meanInterval(result)!;
    near(interval.low, 3.2125120817637898);
    near(interval.high, 6.78748791823621);
    near(interval.margin, 2.364624251592785 * Math.sqrt(32 / 7 / 8));
  });

  it('takes ces results, and is null below two answers', () => {
    // 7, 6, 5, 6: sd √(2/3), se √(2/3)/2, t(0.975, 3) = 3.182446305284263
    const interval = meanInterval(ces([7, 6, 5, 6]))!;
    near(interval.margin, 3.182446305284263 * Math.sqrt(2 / 3) / 2);
    expect(meanInterval(ces([7]))).toBeNull();
    expect(meanInterval(mean([]))).toBeNull();
  });

  it('rejects an sd that cannot belong to the count', () => {
    expect(issuePaths(() => meanInterval({ score: 3, sd: 0.5, total: 1 }))).toEqual([['sd']]);
    expect(issuePaths(() => meanInterval({ score: 3, sd: null, total: 3 }))).toEqual([['sd']]);
    expect(issuePaths(() => meanInterval({ score: 3, sd: -1, total: 3 }))).toEqual([['sd']]);
    expect(issuePaths(() => meanInterval({ score: Number.NaN, sd: Number.NaN, total: 3 }))).toEqual([['score'], ['sd']]);
    expect(issuePaths(() => meanInterval({ score: 3, sd: null, total: 0 }))).toEqual([['score']]);
    expect(issuePaths(() => meanInterval({ score: 3, sd: 1, total: -2 }))).toEqual([['total']]);
    expect(issuePaths(() => meanInterval({ score: 3, sd: 1, total: 4, scale: 1 }))).toEqual([['scale']]);
    expect(issuePaths(() => meanInterval({ score: 3, sd: 1, total: 4 }, { confidence: 0 }))).toEqual([['options', 'confidence']]);
  });
});
