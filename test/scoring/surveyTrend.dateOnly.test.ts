/**
 * surveyTrend with answers dated by a calendar date `YYYY-MM-DD`: the answer
 * stays on that date whatever zone the periods follow (SPEC §1, §9), while
 * one dated by a date-time is an instant read on the zone's calendar; and
 * `change` compares each period with the previous one that has answers.
 * Local dates are worked by hand from the tz rules given beside each case;
 * NPS per period by hand as 100 × (promoters − detractors) / answers; the
 * property compares with the naive date oracle of ./_calendarOracle.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNps, nps, surveyTrend, TREND_PERIODS, type Survey } from '../../src/index.js';
import { calendarDate, naivePeriodStart } from './_calendarOracle.js';

const npsAt = (at: string, value: number): Survey => ({ type: 'survey', respondentId: 'r', instrument: 'nps', at, value });

describe('the user trial: a calendar date west of UTC', () => {
  it('keeps 2025-10-01 in October in Los Angeles and New York', () => {
    // Read as UTC midnight, 2025-10-01 would be 17:00 PDT / 20:00 EDT on 30 September.
    for (const timeZone of ['America/Los_Angeles', 'America/New_York']) {
      const months = surveyTrend([npsAt('2025-10-01', 8)], { instrument: 'nps', period: 'month', timeZone });
      expect(months.map(({ start, score, total, change }) => [start, score, total, change])).toEqual([['2025-10-01', 0, 1, null]]);
    }
  });
});

describe('America/New_York by month: change follows the previous period with answers', () => {
  const answers = [
    npsAt('2025-09-15', 10), //           September
    npsAt('2025-10-01T03:00:00Z', 0), //  2025-09-30 23:00 EDT: September
    npsAt('2025-10-01', 10), //           October (as UTC midnight it would be 09-30 20:00 EDT)
    npsAt('2025-10-31', 9), //            October
    npsAt('2025-12-01T04:59:59Z', 5), //  2025-11-30 23:59:59 EST: November
    npsAt('2025-12-01', 10), //           December (as UTC midnight, 11-30 19:00 EST)
    npsAt('2026-01-01', 8), //            1 January 2026 (as UTC midnight, New Year's Eve 19:00 EST)
  ];
  const options = { instrument: 'nps', timeZone: 'America/New_York' } as const;

  it('scores each local month', () => {
    const months = surveyTrend(answers, { ...options, period: 'month' });
    // Sep 10, 0: (1 − 1) / 2 = 0; Oct 10, 9: 2 / 2 = 100; Nov 5: −1 / 1 = −100; Dec 10: 100; Jan 8 (passive): 0.
    expect(months.map(({ start, score, total }) => [start, score, total])).toEqual([
      ['2025-09-01', 0, 2],
      ['2025-10-01', 100, 2],
      ['2025-11-01', -100, 1],
      ['2025-12-01', 100, 1],
      ['2026-01-01', 0, 1],
    ]);
    expect(months.map((month) => month.change?.difference ?? null)).toEqual([null, 100, -200, 200, -100]);
    // the comparison is compareNps of the two months' answers, grouped by hand above
    expect(months[1]!.change).toEqual(compareNps(nps([10, 0]), nps([10, 9])));
    expect(months[4]!.change).toEqual(compareNps(nps([10]), nps([8])));
  });

  it('skips periods without answers: by quarter, Q4 is compared with Q3', () => {
    // Q3 (Jul–Sep): 10, 0 → 0. Q4 (Oct–Dec): 10, 9, 5, 10 → (3 − 1) / 4 = 50. Q1 2026: 8 → 0.
    const quarters = surveyTrend(answers, { ...options, period: 'quarter' });
    expect(quarters.map(({ start, score, total }) => [start, score, total])).toEqual([
      ['2025-07-01', 0, 2],
      ['2025-10-01', 50, 4],
      ['2026-01-01', 0, 1],
    ]);
    expect(quarters.map((quarter) => quarter.change?.difference ?? null)).toEqual([null, 50, -50]);
    // with Q4 left empty, Q1 2026 is compared with Q3 2025
    const gap = surveyTrend(
      answers.filter((answer) => answer.at.startsWith('2025-09') || answer.at === '2025-10-01T03:00:00Z' || answer.at === '2026-01-01'),
      { ...options, period: 'quarter' },
    );
    expect(gap.map(({ start, total, change }) => [start, total, change?.difference ?? null])).toEqual([
      ['2025-07-01', 2, null],
      ['2026-01-01', 1, 0],
    ]);
  });

  it('gives the same answer whatever the order of the answers', () => {
    const forward = surveyTrend(answers, { ...options, period: 'month' });
    expect(surveyTrend([...answers].reverse(), { ...options, period: 'month' })).toEqual(forward);
  });
});

// Per zone: a calendar date on 1 January (10, a promoter) and the last
// second of the local 31 December (0, a detractor); a calendar date on a
// DST-change day and the last second of the local day before.
const ZONE_CASES = [
  {
    zone: 'America/New_York', // EST −05:00; 2024-03-10 02:00 EST → 03:00 EDT
    newYearsEve: '2025-01-01T04:59:59Z', // 2024-12-31 23:59:59 EST
    dayBefore: '2024-03-10T04:59:59Z', // 2024-03-09 23:59:59 EST
  },
  {
    zone: 'America/St_Johns', // NST −03:30; 2024-03-10 02:00 NST → 03:00 NDT
    newYearsEve: '2025-01-01T03:29:59Z', // 2024-12-31 23:59:59 NST
    dayBefore: '2024-03-10T03:29:59Z', // 2024-03-09 23:59:59 NST
  },
  {
    zone: 'Pacific/Kiritimati', // +14:00 all year
    newYearsEve: '2024-12-31T09:59:59Z', // 2024-12-31 23:59:59
    dayBefore: '2024-03-09T09:59:59Z', // 2024-03-09 23:59:59
  },
] as const;

describe.each(ZONE_CASES)('in $zone', ({ zone, newYearsEve, dayBefore }) => {
  it('puts 1 January in the new year and the last local second of 31 December in the old one', () => {
    const years = surveyTrend([npsAt('2025-01-01', 10), npsAt(newYearsEve, 0)], { instrument: 'nps', period: 'year', timeZone: zone });
    expect(years.map(({ start, score, change }) => [start, score, change?.difference ?? null])).toEqual([
      ['2024-01-01', -100, null],
      ['2025-01-01', 100, 200],
    ]);
  });

  it('keeps a calendar date on its day when the clocks change that day', () => {
    const days = surveyTrend([npsAt('2024-03-10', 10), npsAt(dayBefore, 0)], { instrument: 'nps', period: 'day', timeZone: zone });
    expect(days.map(({ start, score }) => [start, score])).toEqual([
      ['2024-03-09', -100],
      ['2024-03-10', 100],
    ]);
    // 2024-03-09 is a Saturday, 03-10 a Sunday: one week, from Monday 03-04
    const weeks = surveyTrend([npsAt('2024-03-10', 10), npsAt(dayBefore, 0)], { instrument: 'nps', period: 'week', timeZone: zone });
    expect(weeks.map(({ start, total }) => [start, total])).toEqual([['2024-03-04', 2]]);
  });
});

const ZONES = ['UTC', 'America/Los_Angeles', 'America/St_Johns', 'Pacific/Pago_Pago', 'Pacific/Apia', 'Pacific/Kiritimati', 'Asia/Kathmandu', 'Australia/Lord_Howe'] as const;

describe('property: answers dated by calendar dates', () => {
  it('fall in the periods of their own dates, and each change is against the previous period listed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(calendarDate, fc.integer({ min: 0, max: 10 })), { minLength: 1, maxLength: 15 }),
        fc.constantFrom(...ZONES),
        fc.constantFrom(...TREND_PERIODS),
        (dated, timeZone, period) => {
          const groups = new Map<string, number[]>();
          for (const [date, value] of dated) {
            const start = naivePeriodStart(date, period);
            groups.set(start, [...(groups.get(start) ?? []), value]);
          }
          const expected = [...groups.entries()]
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([start, values]) => {
              const promoters = values.filter((value) => value >= 9).length;
              const detractors = values.filter((value) => value <= 6).length;
              return { start, score: (100 * (promoters - detractors)) / values.length, total: values.length };
            });
          const result = surveyTrend(
            dated.map(([date, value]) => npsAt(date, value)),
            { instrument: 'nps', period, timeZone },
          );
          expect(result.map(({ start, total }) => [start, total])).toEqual(expected.map(({ start, total }) => [start, total]));
          result.forEach((bucket, index) => {
            expect(bucket.score).toBeCloseTo(expected[index]!.score, 9);
            if (index === 0) expect(bucket.change).toBeNull();
            else expect(bucket.change!.difference).toBeCloseTo(expected[index]!.score - expected[index - 1]!.score, 9);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
