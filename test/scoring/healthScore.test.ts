// healthScore (SPEC §10): named indicators, `value: null` for "not measured",
// coverage, and contributions that sum to the score.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { healthScore } from '../../src/index.js';
import { caught, issuePaths } from './_helpers.js';

describe('healthScore explains itself', () => {
  it('gives each measured indicator its normalised weight and contribution', () => {
    // weights 3 + 1 = 4 measured of 3 + 1 + 1 = 5 in all: coverage 4 / 5 = 80 %
    // csat 3/4 = 0.75 × 80 = 60; usage 1/4 = 0.25 × 40 = 10; score 60 + 10 = 70 (green: ≥ 70)
    const result = healthScore([
      { name: 'csat', value: 80, weight: 3 },
      { name: 'usage', value: 40 },
      { name: 'nps', value: null },
    ]);
    expect(result).toEqual({
      score: 70,
      band: 'green',
      total: 2,
      coverage: 80,
      contributions: [
        { name: 'csat', value: 80, weight: 0.75, contribution: 60 },
        { name: 'usage', value: 40, weight: 0.25, contribution: 10 },
      ],
    });
  });

  it('leaves out an unmeasured indicator and renormalises the others', () => {
    // 80 with weight 1 measured, weight 3 unmeasured: score 80, coverage 1 / 4 = 25 %
    expect(healthScore([{ value: 80 }, { value: null, weight: 3 }])).toEqual({
      score: 80,
      band: 'green',
      total: 1,
      coverage: 25,
      contributions: [{ name: null, value: 80, weight: 1, contribution: 80 }],
    });
    // the same score as without the unmeasured indicator
    expect(healthScore([{ value: 30 }, { value: null }, { value: 60, weight: 2 }]).score).toBe(healthScore([{ value: 30 }, { value: 60, weight: 2 }]).score);
  });

  it('gives no score, no band and no coverage when nothing was measured', () => {
    const none = { score: null, band: null, total: 0, coverage: 0, contributions: [] };
    expect(healthScore([{ value: null }, { name: 'nps', value: null, weight: 2 }])).toEqual(none);
    expect(healthScore([])).toEqual(none);
  });

  it('keeps full coverage at 100 when every indicator is measured', () => {
    expect(healthScore([{ value: 10, weight: 1e-300 }, { value: 20, weight: 1e300 }]).coverage).toBe(100);
  });

  it('rejects repeated or empty names where they sit', () => {
    expect(issuePaths(() => healthScore([{ name: 'csat', value: 1 }, { name: 'usage', value: 2 }, { name: 'csat', value: null }]))).toEqual([
      ['indicators', 2, 'name'],
    ]);
    expect(issuePaths(() => healthScore([{ name: '', value: 1 }, { name: 7 as never, value: 2 }]))).toEqual([
      ['indicators', 0, 'name'],
      ['indicators', 1, 'name'],
    ]);
    const error = caught(() => healthScore([{ name: 'csat', value: 1 }, { name: 'csat', value: 2 }]));
    expect(error.issues[0]!.message).toContain('"csat"');
  });

  it('checks the weight of an unmeasured indicator, and a value that is neither a number nor null', () => {
    expect(issuePaths(() => healthScore([{ value: null, weight: 0 }, { value: undefined as never }, { value: 'x' as never }]))).toEqual([
      ['indicators', 0, 'weight'],
      ['indicators', 1, 'value'],
      ['indicators', 2, 'value'],
    ]);
  });

  it("reports its options under ['options', key]", () => {
    expect(issuePaths(() => healthScore([], { red: 80, green: 60 }))).toEqual([['options', 'red']]);
    expect(issuePaths(() => healthScore([], { gren: 60 } as never))).toEqual([['options', 'gren']]);
    expect(caught(() => healthScore([], { gren: 60 } as never)).issues[0]!.message).toBe('unknown key "gren" — did you mean "green"?');
  });

  it('agrees with a naive weighted mean; contributions sum to the score and their weights to 1', () => {
    const indicator = fc.record({
      value: fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constant(null)),
      weight: fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(indicator, { maxLength: 12 }), (list) => {
        const result = healthScore(list);
        const measured = list.filter((item) => item.value !== null);
        const top = measured.reduce((sum, item) => sum + item.value! * item.weight, 0);
        const bottom = measured.reduce((sum, item) => sum + item.weight, 0);
        const all = list.reduce((sum, item) => sum + item.weight, 0);
        expect(result.total).toBe(measured.length);
        expect(result.contributions.length).toBe(measured.length);
        if (measured.length === 0) {
          expect(result.score).toBeNull();
          expect(result.coverage).toBe(0);
          return;
        }
        expect(result.score!).toBeCloseTo(top / bottom, 6);
        expect(result.coverage).toBeCloseTo((bottom / all) * 100, 6);
        const sum = result.contributions.reduce((total, row) => total + row.contribution, 0);
        expect(sum).toBeCloseTo(result.score!, 9);
        expect(result.contributions.reduce((total, row) => total + row.weight, 0)).toBeCloseTo(1, 12);
      }),
    );
  });
});
