import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderByNumber } from '../../src/_internal/orderByNumber.js';

// the oracle: the positions sorted by a comparator, largest key first; Array.prototype.sort is stable,
// so equal keys keep their positions' order (and −0 equals 0 under subtraction)
const naive = (keys: number[]): number[] => keys.map((_, i) => i).sort((a, b) => keys[b]! - keys[a]! || a - b);

describe('orderByNumber', () => {
  it('orders positions by key, largest first, equal keys in position order, as a stable comparator sort does', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.double({ noNaN: true }),
            fc.constantFrom(0, -0, 1, -1, 0.5, Number.MIN_VALUE, -Number.MIN_VALUE, Infinity, -Infinity, 2 ** 52 + 1),
            fc.integer({ min: -3, max: 3 }),
          ),
          { maxLength: 300 },
        ),
        (keys) => {
          expect([...orderByNumber(Float64Array.from(keys))]).toEqual(naive(keys));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('orders hand-picked keys (worked by hand)', () => {
    // keys:     0.3   -2   0.3   Infinity   -0   0   1e-300
    // largest first: Infinity (3), 0.3 (0), 0.3 (2), 1e-300 (6), −0 and 0 tie (4, 5), −2 (1)
    expect([...orderByNumber(Float64Array.from([0.3, -2, 0.3, Infinity, -0, 0, 1e-300]))]).toEqual([3, 0, 2, 6, 4, 5, 1]);
  });

  it('leaves its keys alone', () => {
    const keys = Float64Array.from([-0, 2, 1]);
    orderByNumber(keys);
    expect(Object.is(keys[0], -0)).toBe(true);
    expect([...keys.subarray(1)]).toEqual([2, 1]);
  });
});
