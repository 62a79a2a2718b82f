// The false-positive rate of compareNps's Wald z test on steady data: both
// sides drawn from one population, so every "significant" is a false alarm
// and at 95 % should come up 5 % of the time. The Wald test is
// anti-conservative in small samples (Agresti & Caffo, The American
// Statistician 54, 2000): the rate is well above 5 % at a few answers a side
// and approaches 5 % as the samples grow.
//
// Observed with this seed (half promoters, 30 % passives, a fifth
// detractors; 4,000 pairs a size): 10.95 % at 5 answers a side, 5.93 % at
// 30, 5.10 % at 100 (and 19.15 % at 3, 7.90 % at 10). The Monte Carlo
// standard error of a 5 % rate over 4,000 pairs is
// √(0.05 × 0.95 / 4000) = 0.34 points, so 3.5–6.5 % is ±4.4 standard
// errors around the nominal rate.
import { describe, expect, it } from 'vitest';
import { compareNps } from '../../src/index.js';
import { seeded } from '../../src/sample/random.js';
import { npsSample } from '../_shared/npsSample.js';

const PAIRS = 4000;
const NOMINAL = 0.05;

/** The share of PAIRS same-population comparisons at n answers a side that compareNps calls significant at 95 %. */
function falsePositiveRate(n: number, seed: number): number {
  // the sample organisation's mulberry32
  const random = seeded(seed).next;
  let flagged = 0;
  for (let pair = 0; pair < PAIRS; pair += 1) {
    const change = compareNps(npsSample(random, n, 0.5, 0.2), npsSample(random, n, 0.5, 0.2))!;
    if (change.significant) flagged += 1;
  }
  return flagged / PAIRS;
}

describe('compareNps on steady data', () => {
  const rates = new Map([5, 30, 100].map((n) => [n, falsePositiveRate(n, 20261201)]));

  it('is anti-conservative at 5 answers a side: well above the nominal 5 %', () => {
    // more than 4.4 Monte Carlo standard errors above 5 %: not chance
    expect(rates.get(5)!).toBeGreaterThan(0.065);
  });

  it('is near the nominal 5 % at 100 answers a side', () => {
    expect(rates.get(100)!).toBeGreaterThanOrEqual(0.035);
    expect(rates.get(100)!).toBeLessThanOrEqual(0.065);
  });

  it('comes closer to 5 % as the samples grow', () => {
    const gap = (n: number): number => Math.abs(rates.get(n)! - NOMINAL);
    expect(gap(30)).toBeLessThan(gap(5));
    expect(gap(100)).toBeLessThan(gap(30));
  });
});
