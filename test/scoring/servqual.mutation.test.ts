import { describe, expect, it } from 'vitest';
import { servqual, type ServqualRatings } from '../../src/index.js';
import { issuePaths } from './_helpers.js';

// Tests added from a mutation-testing run of src/scoring/servqual.ts: each
// pins a behaviour that a surviving mutant changed without any test noticing.

const all = (value: number): ServqualRatings => ({
  tangibles: value,
  reliability: value,
  responsiveness: value,
  assurance: value,
  empathy: value,
});

const throwing = (key: string, rest: object): object =>
  Object.defineProperty({ ...rest }, key, {
    enumerable: true,
    get() {
      throw new Error('hostile getter');
    },
  });

describe('servqual: the mean lies within the gaps', () => {
  it('gives the common gap back exactly when all five gaps are equal', () => {
    // 5 × g is not exact in binary for this g, so (Σ gaps) ÷ 5 rounds one ulp
    // above g; a mean of equal values must still be that value.
    const expectations = all(1.3133579357980418);
    const perceptions = all(2.9144465737027194);
    const gap = 2.9144465737027194 - 1.3133579357980418;
    expect((5 * gap) / 5).not.toBe(gap); // the rounding the clamp guards against
    const result = servqual({ expectations, perceptions, weights: all(20) });
    expect(result.unweighted).toBe(gap);
    expect(result.weighted).toBe(gap);
    expect(Object.values(result.gaps)).toEqual([gap, gap, gap, gap, gap]);
  });

  it('averages gaps whose largest is the last dimension', () => {
    const expectations = all(2);
    const perceptions = { ...all(2), empathy: 7 };
    const result = servqual({ expectations, perceptions });
    expect(result.gaps).toEqual({ tangibles: 0, reliability: 0, responsiveness: 0, assurance: 0, empathy: 5 });
    expect(result.unweighted).toBe(1);
    const weighted = servqual({ expectations, perceptions, weights: { ...all(0.1), empathy: 0.6 } }).weighted;
    expect(weighted).toBeCloseTo(3, 12);
  });

  it('averages gaps whose smallest is the last dimension', () => {
    const result = servqual({ expectations: { ...all(4), empathy: 7 }, perceptions: all(4) });
    expect(result.unweighted).toBe(-0.6);
  });
});

describe('servqual: each bad part is reported once, at its own path', () => {
  const good = all(4);

  it('reports a non-object ratings argument at its name only', () => {
    expect(issuePaths(() => servqual({ expectations: 5, perceptions: good } as never))).toEqual([['expectations']]);
    expect(issuePaths(() => servqual({ expectations: good, perceptions: [1, 2, 3, 4, 5] } as never))).toEqual([
      ['perceptions'],
    ]);
    expect(issuePaths(() => servqual({ expectations: good, perceptions: good, weights: 'equal' } as never))).toEqual([
      ['weights'],
    ]);
  });

  it('reports a dimension whose getter throws once', () => {
    const expectations = throwing('reliability', { tangibles: 4, responsiveness: 4, assurance: 4, empathy: 4 });
    expect(issuePaths(() => servqual({ expectations, perceptions: good } as never))).toEqual([['expectations', 'reliability']]);
  });

  it('reports a missing dimension once', () => {
    const { empathy: _dropped, ...four } = good;
    expect(issuePaths(() => servqual({ expectations: good, perceptions: four } as never))).toEqual([['perceptions', 'empathy']]);
  });

  it('reports a top-level key whose getter throws at that key and nowhere else', () => {
    // (the unreadable key is reported, and then again as a missing object, at the same path)
    const pathsOf = (input: object) => new Set(issuePaths(() => servqual(input as never)).map((path) => JSON.stringify(path)));
    expect(pathsOf(throwing('expectations', { perceptions: good }))).toEqual(new Set(['["expectations"]']));
    expect(pathsOf(throwing('perceptions', { expectations: good }))).toEqual(new Set(['["perceptions"]']));
    expect(pathsOf(throwing('weights', { expectations: good, perceptions: good }))).toEqual(new Set(['["weights"]']));
  });

  it('accepts weights summing to 1 or 100 within rounding, and nothing further off', () => {
    const tenths = { tangibles: 0.1, reliability: 0.2, responsiveness: 0.3, assurance: 0.2, empathy: 0.2 };
    expect(servqual({ expectations: good, perceptions: good, weights: tenths }).weighted).toBe(0);
    expect(issuePaths(() => servqual({ expectations: good, perceptions: good, weights: { ...tenths, empathy: 0.2000001 } }))).toEqual([
      ['weights'],
    ]);
    expect(issuePaths(() => servqual({ expectations: good, perceptions: good, weights: { ...all(20), empathy: 20.00001 } }))).toEqual([
      ['weights'],
    ]);
  });
});
