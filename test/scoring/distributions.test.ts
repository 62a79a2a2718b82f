// The normal and Student t functions behind the intervals, against reference
// values: R (qnorm, pnorm, qt) where quoted, SciPy 1.17 (scipy.stats.t.isf /
// t.sf, special.ndtri) and mpmath at 30 digits (ncdf, erfinv) otherwise; and
// the closed forms of the t distribution with 1, 2 and 4 degrees of freedom.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  normalCdf,
  normalQuantile,
  normalTwoSided,
  studentCdf,
  studentTwoSided,
  studentUpperQuantile,
} from '../../src/scoring/_internal/distributions.js';

/** |actual − expected| ≤ tolerance · |expected|. */
function close(actual: number, expected: number, tolerance = 1e-12): void {
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

describe('normalQuantile (AS 241)', () => {
  it('matches R and mpmath', () => {
    close(normalQuantile(0.975), 1.959963984540054); // R qnorm(0.975)
    close(normalQuantile(0.995), 2.5758293035489); // R qnorm(0.995), as R prints it
    close(normalQuantile(0.95), 1.6448536269514722);
    close(normalQuantile(0.9995), 3.290526731491926);
    close(normalQuantile(0.6), 0.2533471031357997);
    close(normalQuantile(1e-10), -6.361340902404056);
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('is odd around ½ and inverts normalCdf', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 0.5, noNaN: true }), fc.integer({ min: 1, max: 1023 }), (p, k) => {
        close(normalCdf(normalQuantile(p)), p, 1e-11);
        // k/1024 and 1 − k/1024 are exact, so the two quantiles are exact negatives
        expect(normalQuantile(1 - k / 1024)).toBe(-normalQuantile(k / 1024));
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe('normalCdf', () => {
  it('matches R and mpmath in both tails', () => {
    close(normalCdf(-3), 0.0013498980316301); // R pnorm(-3)
    close(normalCdf(-1.96), 0.024997895148220435);
    close(normalCdf(-1), 0.15865525393145705);
    close(normalCdf(-5), 2.866515718791939e-7);
    close(normalCdf(-10), 7.619853024160525e-24);
    close(normalCdf(-20), 2.7536241186062337e-89);
    close(normalCdf(0.5), 0.6914624612740131);
    close(normalCdf(2), 0.9772498680518208);
    expect(normalCdf(0)).toBe(0.5);
  });

  it('two-sided tails are twice the lower tail', () => {
    close(normalTwoSided(-1.959963984540054), 0.05, 1e-14);
    close(normalTwoSided(3), 2 * 0.0013498980316300946);
    expect(normalTwoSided(0)).toBe(1);
  });
});

describe('Student t', () => {
  it('upper quantiles match R and SciPy', () => {
    close(studentUpperQuantile(0.025, 10), 2.228138851986274); // R qt(0.975, 10)
    close(studentUpperQuantile(0.025, 1), 12.70620473617471); // R qt(0.975, 1)
    close(studentUpperQuantile(0.025, 2), 4.302652729749464); // R qt(0.975, 2)
    const scipy: [number, number, number][] = [
      [1, 0.005, 63.65674116287158],
      [2, 0.005, 9.924843200918293],
      [3, 0.025, 3.1824463052837086],
      [3, 0.005, 5.840909309733357],
      [10, 0.005, 3.1692726726169504],
      [30, 0.025, 2.042272456301238],
      [100, 0.005, 2.6258905214380173],
      [12.5, 0.025, 2.1691859427125406],
      [12.5, 0.005, 3.032436652870562],
      [20000, 0.025, 1.9600826051581353],
      [20000, 0.005, 2.576075153017255],
    ];
    for (const [df, upper, expected] of scipy) close(studentUpperQuantile(upper, df), expected);
  });

  it('two-sided tails match SciPy, including large and fractional degrees of freedom', () => {
    const scipy: [number, number, number][] = [
      [10, 2, 0.07338803477074037],
      [5, 3, 0.030099247897462586],
      [2.5, 1, 0.40406102727827364],
      [1000, 3.5, 0.0004857743459678326],
      [50000, 4, 6.343353468085196e-5],
      [3, 10, 0.0021283990584141503],
      // 10⁷ degrees of freedom: where the continued fraction alone lost six digits
      [1e7, 2, 0.04550029089184296],
      [1e7, 5, 5.733128075008536e-7],
    ];
    for (const [df, t, expected] of scipy) close(studentTwoSided(t, df), expected);
  });

  it('agrees with the closed forms for 1, 2 and 4 degrees of freedom', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e4, max: 1e4, noNaN: true }), (t) => {
        // Cauchy: F(t) = ½ + atan(t)/π; tails from the upper side to keep digits
        close(studentTwoSided(t, 1), (2 / Math.PI) * Math.atan(1 / Math.abs(t)), 1e-12);
        // ν = 2: P(|T| ≥ t) = 1 − |t|/√(2 + t²)
        close(studentTwoSided(t, 2), 2 / (Math.sqrt(2 + t * t) * (Math.sqrt(2 + t * t) + Math.abs(t))), 1e-12);
        close(studentCdf(t, 1), t === 0 ? 0.5 : t < 0 ? Math.atan(-1 / t) / Math.PI : 1 - Math.atan(1 / t) / Math.PI, 1e-12);
      }),
      { numRuns: 300, seed: 11 },
    );
    // ν = 4 quantile: with α = 4p(1 − p), q = cos(⅓ arccos √α)/√α, t = 2√(q − 1)
    for (const upper of [0.25, 0.1, 0.025, 0.005, 1e-6]) {
      const alpha = 4 * upper * (1 - upper);
      const q = Math.cos(Math.acos(Math.sqrt(alpha)) / 3) / Math.sqrt(alpha);
      close(studentUpperQuantile(upper, 4), 2 * Math.sqrt(q - 1), 1e-11);
    }
    // ν = 1 and 2 quantiles: tan(π(½ − u)) and (1 − 2u)/√(2u(1 − u))
    for (const upper of [0.3, 0.025, 0.005, 1e-8]) {
      close(studentUpperQuantile(upper, 1), 1 / Math.tan(Math.PI * upper), 1e-11);
      close(studentUpperQuantile(upper, 2), (1 - 2 * upper) / Math.sqrt(2 * upper * (1 - upper)), 1e-11);
    }
  });

  it('the quantile inverts the tail for any degrees of freedom', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e6, noNaN: true }), fc.double({ min: 1e-9, max: 0.49, noNaN: true }), (df, upper) => {
        close(studentTwoSided(studentUpperQuantile(upper, df), df) / 2, upper, 1e-10);
      }),
      { numRuns: 200, seed: 5 },
    );
  });
});
