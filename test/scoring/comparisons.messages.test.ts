// What the intervals and comparisons say about an argument that is not the
// object they read (a string, an array of raw answers, null): the rule for
// that argument at its path, with a hint to score raw answers first, never
// the options reader's "must be an options object". Expected messages are
// written out by hand.
import { describe, expect, it } from 'vitest';
import { compareMeans, compareNps, compareProportions, csat, meanInterval, npsInterval } from '../../src/index.js';
import { invalidIssues } from '../_shared/issues.js';

const NPS_RULE = 'must be NPS counts { promoters, passives, detractors }';
const NPS_OR_BENCHMARK = `${NPS_RULE} or a benchmark NPS from -100 to 100`;
const ONE_PROMOTER = { promoters: 1, passives: 0, detractors: 0 };
const SUMMARY = { score: 5, sd: 1, total: 3 };

describe('compareNps', () => {
  it('says what `before` must be: counts or a benchmark number', () => {
    expect(invalidIssues(() => compareNps('30' as never, ONE_PROMOTER))).toEqual([
      [['before'], 'must be NPS counts { promoters, passives, detractors } or a benchmark NPS from -100 to 100 — got "30"'],
    ]);
    expect(invalidIssues(() => compareNps(101, ONE_PROMOTER))).toEqual([
      [['before'], 'must be NPS counts { promoters, passives, detractors } or a benchmark NPS from -100 to 100 — got 101'],
    ]);
    expect(invalidIssues(() => compareNps(null as never, ONE_PROMOTER))).toEqual([[['before'], `${NPS_OR_BENCHMARK} — got null`]]);
  });

  it('points an array of answers to nps(answers), on either side', () => {
    expect(invalidIssues(() => compareNps([10, 9, 8] as never, [7, 6] as never))).toEqual([
      [['before'], 'must be NPS counts { promoters, passives, detractors } or a benchmark NPS from -100 to 100 — got an array (for raw answers, pass nps(answers))'],
      [['after'], 'must be NPS counts { promoters, passives, detractors } — got an array (for raw answers, pass nps(answers))'],
    ]);
  });

  it('still calls a bad third argument an options object', () => {
    expect(invalidIssues(() => compareNps(ONE_PROMOTER, ONE_PROMOTER, 0.9 as never))).toEqual([[['options'], 'must be an options object, not 0.9']]);
  });
});

describe('npsInterval', () => {
  it('says what `counts` must be, and points an array of answers to nps(answers)', () => {
    expect(invalidIssues(() => npsInterval([10, 9, 8] as never))).toEqual([
      [['counts'], 'must be NPS counts { promoters, passives, detractors } — got an array (for raw answers, pass nps(answers))'],
    ]);
    expect(invalidIssues(() => npsInterval(undefined as never))).toEqual([[['counts'], `${NPS_RULE} — got undefined`]]);
    expect(invalidIssues(() => npsInterval(12.5 as never, { confidence: 2 }))).toEqual([
      [['counts'], `${NPS_RULE} — got 12.5`],
      [['options', 'confidence'], 'must be a number strictly between 0 and 1, such as 0.95 — got 2'],
    ]);
  });

  it('reports a revoked proxy as unreadable, not as the wrong shape', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(invalidIssues(() => npsInterval(proxy as never))).toEqual([[['counts'], 'could not be read']]);
  });
});

describe('compareMeans and meanInterval', () => {
  it('say what a summary must be, and point an array of values to mean() or ces()', () => {
    expect(invalidIssues(() => compareMeans([5, 6] as never, [6, 7] as never))).toEqual([
      [['before'], 'must be a mean summary { score, sd, total } — got an array (for raw values, pass mean(values), or ces(answers) for effort ratings)'],
      [['after'], 'must be a mean summary { score, sd, total } — got an array (for raw values, pass mean(values), or ces(answers) for effort ratings)'],
    ]);
    expect(invalidIssues(() => compareMeans(SUMMARY, '6' as never))).toEqual([[['after'], 'must be a mean summary { score, sd, total } — got "6"']]);
    expect(invalidIssues(() => meanInterval(null as never))).toEqual([[['summary'], 'must be a mean summary { score, sd, total } — got null']]);
  });
});

describe('compareProportions', () => {
  it('says what each side must be, and how to count CSAT answers', () => {
    expect(invalidIssues(() => compareProportions([4, 5, 2] as never, 0.8 as never))).toEqual([
      [['before'], 'must be counts { successes, total } — got an array (for CSAT answers, pass { successes: r.satisfied, total: r.total } with r = csat(answers))'],
      [['after'], 'must be counts { successes, total } — got 0.8'],
    ]);
  });

  it("tells a score's result how to become counts, in one issue a side", () => {
    // csat([5, 4, 2]): 2 of 3 satisfied; firstPassYield and slaAttainment results as those functions return them
    const satisfaction = csat([5, 4, 2]);
    const firstPass = { score: 50, passed: 1, total: 2, open: 0 };
    expect(invalidIssues(() => compareProportions(satisfaction as never, firstPass as never))).toEqual([
      [['before'], 'must be counts { successes, total }, not a csat result r: pass { successes: r.satisfied, total: r.total }'],
      [['after'], 'must be counts { successes, total }, not a firstPassYield result r: pass { successes: r.passed, total: r.total }'],
    ]);
    const sla = { score: 50, onTime: 1, late: 1, open: 0, total: 2 };
    expect(invalidIssues(() => compareProportions({ successes: 1, total: 2 }, sla as never))).toEqual([
      [['after'], 'must be counts { successes, total }, not an slaAttainment result r: pass { successes: r.onTime, total: r.onTime + r.late }'],
    ]);
    // the hint's counts are accepted
    expect(compareProportions({ successes: satisfaction.satisfied, total: satisfaction.total }, { successes: 1, total: 2 })!.difference).toBeCloseTo(50 - 200 / 3, 12);
  });
});
