// The sd of mean and ces against an exact oracle: values that are multiples
// of 2⁻¹⁰ are integers after scaling, so n·Σx² − (Σx)² is computed in BigInt
// and rounded once, as the library promises to do.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ces, cesAccumulator, mean, meanAccumulator } from '../../src/index.js';

/** √((nΣk² − (Σk)²) / n / (n − 1)) / 2^shift for integers k, from an exact BigInt numerator. */
function oracleSd(ks: readonly number[], shift: number): number | null {
  const n = ks.length;
  if (n < 2) return null;
  let sum = 0n;
  let squares = 0n;
  for (const k of ks) {
    sum += BigInt(k);
    squares += BigInt(k) * BigInt(k);
  }
  const spread = Number(BigInt(n) * squares - sum * sum);
  return Math.sqrt(spread / n / (n - 1)) / 2 ** shift;
}

describe('sd from exact sums', () => {
  it('mean: equals the exact oracle on dyadic values, whatever their order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), { maxLength: 40 }), (ks) => {
        const values = ks.map((k) => k / 1024);
        expect(mean(values).sd).toBe(oracleSd(ks, 10));
        expect(mean([...values].reverse()).sd).toBe(mean(values).sd);
      }),
      { numRuns: 300, seed: 3 },
    );
  });

  it('mean: equal values give exactly 0, where the one-pass double formula does not', () => {
    const values = Array.from({ length: 1000 }, () => 0.1);
    expect(mean(values).sd).toBe(0);
    // a large offset and a small spread: 1e9 + 0.5, 1e9 + 1.5 → sd √½
    expect(mean([1e9 + 0.5, 1e9 + 1.5]).sd).toBe(Math.SQRT1_2);
    // scaled by a power of two inside, so n·Σx² (4e300) and (Σx)² cannot overflow: √2 · 1e150 to the last bit or two
    expect(Math.abs(mean([1e150, -1e150]).sd! / (Math.SQRT2 * 1e150) - 1)).toBeLessThan(4e-16);
    expect(mean([9e153, 9e153]).sd).toBe(0);
  });

  it('ces: equals the exact oracle on any scale, for plain and typed columns', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 100 }).chain((scale) => fc.tuple(fc.constant(scale), fc.array(fc.integer({ min: 1, max: scale }), { maxLength: 60 }))),
        ([scale, ratings]) => {
          const result = ces(ratings, { scale });
          expect(result.sd).toBe(oracleSd(ratings, 0));
          expect(ces(Uint8Array.from(ratings), { scale }).sd).toBe(result.sd);
        },
      ),
      { numRuns: 300, seed: 4 },
    );
  });

  it('accumulators: the sd through split, JSON and merge is the one-pass sd', () => {
    const ship = <S>(state: S): S => JSON.parse(JSON.stringify(state)) as S;
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 30 }), fc.nat(), (values, cut) => {
        const acc = meanAccumulator();
        const at = values.length === 0 ? 0 : cut % values.length;
        const left = ship(values.slice(0, at).reduce(acc.add, acc.empty()));
        const right = ship(values.slice(at).reduce(acc.add, acc.empty()));
        expect(acc.result(acc.merge(right, left)).sd).toBe(mean(values).sd);
      }),
      { numRuns: 300, seed: 6 },
    );
    const acc = cesAccumulator({ scale: 5 });
    const state = [1, 5, 5, 2].reduce(acc.add, acc.empty());
    // 1, 5, 5, 2: Σ 13, Σr² 55, (4·55 − 169)/12 = 51/12 → sd √4.25
    expect(state).toEqual({ scale: 5, sum: 13, sumSquares: 55, total: 4 });
    expect(acc.result(ship(state)).sd).toBe(Math.sqrt(51 / 4 / 3));
  });
});
