// Satisfaction and effort on scales other than the usual 5 and 7 points:
// the default CSAT threshold (top two boxes from 4 points up, the top box
// below), the one "satisfied" rule, and CES put on 1..7.
import { describe, expect, it } from 'vitest';
import { ces, csat } from '../../src/index.js';
import { cesOnSevenPoints } from '../../src/scoring/ces.js';
import { defaultCsatThreshold, isSatisfied } from '../../src/scoring/csat.js';

describe('csat on short scales', () => {
  it('a 2-point scale counts only the top box', () => {
    // 1, 1, 2 on 1..2: only the 2 is satisfied, 1 of 3; satisfied ÷ total × 100
    const result = csat([1, 1, 2], { scale: 2 });
    expect(result).toEqual({ score: (1 / 3) * 100, satisfied: 1, total: 3, scale: 2, threshold: 2 });
    expect(result.score).toBeCloseTo(100 / 3, 12);
  });

  it('a 3-point scale does not count its midpoint as satisfied', () => {
    // 2 is the middle of 1..3: 2, 2, 3 → 1 of 3
    expect(csat([2, 2, 3], { scale: 3 })).toMatchObject({ satisfied: 1, total: 3, threshold: 3 });
    expect(isSatisfied(2, 3)).toBe(false);
    expect(isSatisfied(3, 3)).toBe(true);
  });

  it('from 4 points up the top two boxes count', () => {
    // 1..4: 3 and 4 satisfied; 3, 4, 2, 1 → 2 of 4 = 50
    expect(csat([3, 4, 2, 1], { scale: 4 })).toEqual({ score: 50, satisfied: 2, total: 4, scale: 4, threshold: 3 });
    expect(isSatisfied(3, 4)).toBe(true);
    expect(isSatisfied(2, 4)).toBe(false);
    expect(csat([4, 5, 3]).threshold).toBe(4);
    expect(csat([10], { scale: 10 }).threshold).toBe(9);
  });

  it('defaultCsatThreshold: the scale below 4 points, scale − 1 from 4', () => {
    expect([2, 3, 4, 5, 7, 10, 100].map(defaultCsatThreshold)).toEqual([2, 3, 3, 4, 6, 9, 99]);
  });

  it('an explicit threshold still wins on a short scale', () => {
    // threshold 1 on 1..2: every answer satisfied
    expect(csat([1, 1, 2], { scale: 2, threshold: 1 }).score).toBe(100);
  });
});

describe('cesOnSevenPoints', () => {
  it('keeps 1 at 1 and the top of any scale at 7', () => {
    expect(cesOnSevenPoints(1, 5)).toBe(1);
    expect(cesOnSevenPoints(5, 5)).toBe(7);
    expect(cesOnSevenPoints(1, 2)).toBe(1);
    expect(cesOnSevenPoints(2, 2)).toBe(7);
    expect(cesOnSevenPoints(100, 100)).toBe(7);
  });

  it('maps the steps in between linearly', () => {
    // 1 + (v − 1) × 6 / (scale − 1): 2 of 5 → 1 + 1 × 6 / 4 = 2.5
    expect(cesOnSevenPoints(2, 5)).toBe(2.5);
    // the midpoint of 1..5 (3) lands on the midpoint of 1..7 (4)
    expect(cesOnSevenPoints(3, 5)).toBe(4);
    // 1..3: 2 → 1 + 1 × 6 / 2 = 4
    expect(cesOnSevenPoints(2, 3)).toBe(4);
    // on the 7-point scale itself nothing moves
    for (let v = 1; v <= 7; v += 1) expect(cesOnSevenPoints(v, 7)).toBe(v);
  });

  it('the mean of the mapped answers is the mean on 1..7', () => {
    // 1, 3, 5 on 1..5 → 1, 4, 7 on 1..7: mean 4 (ces itself stays on its own scale: mean 3 of 5)
    const mapped = [1, 3, 5].map((v) => cesOnSevenPoints(v, 5));
    expect(ces(mapped).score).toBe(4);
    expect(ces([1, 3, 5], { scale: 5 }).score).toBe(3);
  });
});
