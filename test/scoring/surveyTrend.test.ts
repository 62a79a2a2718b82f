/**
 * surveyTrend: one instrument's score per calendar period, its interval and
 * its change. Expected figures are worked by hand, and the interval and test
 * numbers were computed with SciPy 1.17 (stats.norm, stats.t,
 * binomtest(...).proportion_ci(method='wilson'), ttest_ind(equal_var=False))
 * from the formulas of SPEC §9, independently of this library.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareMeans,
  compareNps,
  compareProportions,
  mean,
  meanInterval,
  nps,
  npsInterval,
  proportionInterval,
  surveyTrend,
  TREND_PERIODS,
  type Survey,
} from '../../src/index.js';
import { deepFreeze, issuePaths } from './_helpers.js';
import { utcPeriodStart } from './_utcPeriod.js';

const base = { type: 'survey', respondentId: 'r' } as const;
const npsAt = (at: string, value: number): Survey => ({ ...base, instrument: 'nps', at, value });
const csatAt = (at: string, value: number, scale?: number): Survey =>
  scale === undefined ? { ...base, instrument: 'csat', at, value } : { ...base, instrument: 'csat', at, value, scale };
const cesAt = (at: string, value: number, scale?: number): Survey =>
  scale === undefined ? { ...base, instrument: 'ces', at, value } : { ...base, instrument: 'ces', at, value, scale };

describe('surveyTrend: NPS', () => {
  // Week of Mon 2024-04-01: 10, 9, 3, 7 → 2 promoters, 1 passive, 1 detractor: (2 − 1) / 4 = 25.
  // Week of Mon 2024-04-08: 10, 10, 8, 9 → 3 promoters, 1 passive: 3 / 4 = 75.
  const surveys = deepFreeze([
    npsAt('2024-04-01', 10),
    npsAt('2024-04-02', 9),
    npsAt('2024-04-07T23:59:59Z', 3), // Sunday: still the first week
    npsAt('2024-04-04', 7),
    npsAt('2024-04-08', 10),
    npsAt('2024-04-09', 10),
    npsAt('2024-04-10', 8),
    npsAt('2024-04-14', 9),
    csatAt('2024-04-03', 1), // another instrument: passed over
    { ...base, instrument: 'servqual', at: '2024-04-03', expectations: five(5), perceptions: five(4) } as Survey,
  ]);

  it('scores each week with its adjusted-Wald interval', () => {
    const weeks = surveyTrend(surveys, { instrument: 'nps', period: 'week' });
    expect(weeks.map(({ start, score, total }) => [start, score, total])).toEqual([
      ['2024-04-01', 25, 4],
      ['2024-04-08', 75, 4],
    ]);
    // Adjusted Wald, week 1: n' = 7, p' = 2.75/7, d' = 1.75/7, centre 14.2857…,
    // se = 100 √((p' + d' − (p' − d')²)/7) = 29.8197…, ± 1.959964 se.
    expect(weeks[0]!.low).toBeCloseTo(-44.15976852989919, 10);
    expect(weeks[0]!.high).toBeCloseTo(72.73119710132775, 10);
    expect(weeks[1]!.low).toBeCloseTo(-7.341536305442261, 10);
    expect(weeks[1]!.high).toBeCloseTo(93.05582201972797, 10);
  });

  it('compares each week with the one before (Wald z test)', () => {
    const [first, second] = surveyTrend(surveys, { instrument: 'nps', period: 'week' });
    expect(first!.change).toBeNull();
    // se² = 100²·(0.75 − 0.0625)/4 + 100²·(0.75 − 0.5625)/4 = 1718.75 + 468.75; z = 50 / √2187.5.
    const change = second!.change!;
    expect(change.difference).toBe(50);
    expect(change.statistic).toBeCloseTo(1.0690449676496976, 12);
    expect(change.pValue).toBeCloseTo(0.28504940740261275, 12);
    expect(change.significant).toBe(false);
    expect(change.confidence).toBe(0.95);
  });

  it('uses the confidence asked for', () => {
    const [, second] = surveyTrend(surveys, { instrument: 'nps', period: 'week', confidence: 0.7 });
    // p = 0.285 < 1 − 0.7 = 0.3: significant at 70 %
    expect(second!.change!.significant).toBe(true);
    expect(second!.change!.confidence).toBe(0.7);
    expect(second!.low).toBeGreaterThan(surveyTrend(surveys, { instrument: 'nps', period: 'week' })[1]!.low!);
  });

  it('puts everything in one bucket for a long enough period', () => {
    // all eight: 5 promoters, 2 passives, 1 detractor → (5 − 1)/8 = 50
    expect(surveyTrend(surveys, { instrument: 'nps', period: 'year' }).map((b) => [b.start, b.score, b.total, b.change])).toEqual([
      ['2024-01-01', 50, 8, null],
    ]);
  });
});

function five(value: number) {
  return { tangibles: value, reliability: value, responsiveness: value, assurance: value, empathy: value };
}

describe('surveyTrend: CSAT on mixed scales, in a time zone', () => {
  // Asia/Ho_Chi_Minh is UTC+07:00: 2024-03-31T17:00Z is local midnight of April 1.
  const surveys = [
    csatAt('2024-03-05T10:00:00Z', 4), //      March; 5-point, threshold 4: satisfied
    csatAt('2024-03-31T16:59:00Z', 8, 10), //  March (23:59 local); 10-point, threshold 9: not
    csatAt('2024-03-31T17:00:00Z', 3, 3), //   April (00:00 local); 3-point, top box 3: satisfied
    csatAt('2024-04-15', 1, 2), //             April; 2-point, top box 2: not
    csatAt('2024-04-20', 5), //                April; satisfied
    csatAt('2024-04-21', 6, 7), //             April; 7-point, threshold 6: satisfied
  ];

  it('counts each answer satisfied by its own scale, per local month', () => {
    const months = surveyTrend(surveys, { instrument: 'csat', period: 'month', timeZone: 'Asia/Ho_Chi_Minh' });
    // March 1 of 2 = 50 %, April 3 of 4 = 75 %
    expect(months.map(({ start, score, total }) => [start, score, total])).toEqual([
      ['2024-03-01', 50, 2],
      ['2024-04-01', 75, 4],
    ]);
    // Wilson 1/2 and 3/4 at 95 %
    expect(months[0]!.low).toBeCloseTo(9.453120573423075, 10);
    expect(months[0]!.high).toBeCloseTo(90.54687942657694, 10);
    expect(months[1]!.low).toBeCloseTo(30.064184258240186, 10);
    expect(months[1]!.high).toBeCloseTo(95.44127391902994, 10);
    // pooled p = 4/6: z = 0.25 / √(4/6 · 2/6 · (1/2 + 1/4)) = 0.6124
    const change = months[1]!.change!;
    expect(change.difference).toBe(25);
    expect(change.statistic).toBeCloseTo(0.6123724356957945, 12);
    expect(change.pValue).toBeCloseTo(0.5402913746074199, 12);
    expect(change.significant).toBe(false);
  });

  it('moves the two answers around local midnight when read in UTC', () => {
    // UTC: March holds 4 ✓, 8 ✗, 3 ✓ (2 of 3); April holds 1 ✗, 5 ✓, 6 ✓ (2 of 3).
    const months = surveyTrend(surveys, { instrument: 'csat', period: 'month' });
    expect(months.map(({ start, total }) => [start, total])).toEqual([
      ['2024-03-01', 3],
      ['2024-04-01', 3],
    ]);
    expect(months[0]!.score).toBe((2 / 3) * 100);
    expect(months[1]!.change!.difference).toBe(0);
    expect(months[0]!.low).toBeCloseTo(20.76596008020478, 10);
  });
});

describe('surveyTrend: CES on mixed scales, across a daylight-saving change', () => {
  // America/New_York: 2024-03-10 ran from 05:00Z (00:00 EST) to 04:00Z next day (24:00 EDT).
  // On 7 points: 1 + (v − 1)·6/(scale − 1): 3 of 5 → 4; 6 of 7 → 6; 10 of 10 → 7.
  const surveys = [
    cesAt('2024-03-10T05:00:00Z', 3, 5),
    cesAt('2024-03-10T12:00:00Z', 10, 10),
    cesAt('2024-03-11T03:59:59Z', 6), // 23:59:59 EDT, still 03-10
    cesAt('2024-03-12T15:00:00Z', 3),
    cesAt('2024-03-12T16:00:00Z', 5),
    cesAt('2024-03-14T16:00:00Z', 2), // alone on its day
  ];
  const zone = 'America/New_York';

  it('averages the answers on 7 points, with a Student t interval', () => {
    const days = surveyTrend(surveys, { instrument: 'ces', period: 'day', timeZone: zone });
    expect(days.map(({ start, score, total }) => [start, score, total])).toEqual([
      ['2024-03-10', 17 / 3, 3], // (4 + 6 + 7) / 3
      ['2024-03-12', 4, 2],
      ['2024-03-14', 2, 1],
    ]);
    // sd = √(((4 − 17/3)² + (6 − 17/3)² + (7 − 17/3)²) / 2) = √(7/3); t(0.975, 2) = 0.95/√(2·0.975·0.025) = 4.30265
    expect(days[0]!.low).toBeCloseTo(1.872083633069907, 9);
    expect(days[0]!.high).toBeCloseTo(9.461249700263426, 9);
    // sd = √2, t(0.975, 1) = 12.7062
    expect(days[1]!.low).toBeCloseTo(-8.706204736174694, 9);
    expect(days[1]!.high).toBeCloseTo(16.706204736174694, 9);
    // one answer: no spread, no interval
    expect([days[2]!.low, days[2]!.high]).toEqual([null, null]);
  });

  it('compares days by Welch\'s t test, and leaves a single answer uncompared', () => {
    const days = surveyTrend(surveys, { instrument: 'ces', period: 'day', timeZone: zone });
    const change = days[1]!.change!;
    // 4 − 17/3; se² = (7/3)/3 + 2/2; Welch–Satterthwaite df = 2.4265
    expect(change.difference).toBeCloseTo(-5 / 3, 14);
    expect(change.statistic).toBeCloseTo(-1.25, 12);
    expect(change.pValue).toBeCloseTo(0.3183109432202562, 9);
    expect(change.significant).toBe(false);
    expect(days[2]!.change).toBeNull();
  });
});

describe('surveyTrend: agrees with the public scores on each period', () => {
  const instant = fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2025, 0, 1) }).map((ms) => new Date(ms).toISOString());
  const answer = fc.oneof(
    fc.record({ instrument: fc.constant('nps' as const), at: instant, value: fc.integer({ min: 0, max: 10 }) }),
    fc.record({ instrument: fc.constant('csat' as const), at: instant, scale: fc.constantFrom(2, 3, 5, 10), unit: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }) }),
    fc.record({ instrument: fc.constant('ces' as const), at: instant, scale: fc.constantFrom(5, 7), unit: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }) }),
  );
  const surveyArb = answer.map((a): Survey => {
    if (a.instrument === 'nps') return npsAt(a.at, a.value);
    const value = 1 + Math.floor(a.unit * a.scale);
    return a.instrument === 'csat' ? csatAt(a.at, value, a.scale) : cesAt(a.at, value, a.scale);
  });

  it('each bucket is the public score, interval and comparison of its answers', () => {
    fc.assert(
      fc.property(fc.array(surveyArb, { maxLength: 40 }), fc.constantFrom('nps', 'csat', 'ces' as const), fc.constantFrom(...TREND_PERIODS), (surveys, instrument, period) => {
        // the oracle groups by plain UTC arithmetic and scores with the public functions
        const groups = new Map<string, Survey[]>();
        for (const survey of surveys) {
          if (survey.instrument !== instrument) continue;
          const start = utcPeriodStart(Date.parse(survey.at), period);
          groups.set(start, [...(groups.get(start) ?? []), survey]);
        }
        const starts = [...groups.keys()].sort();
        const got = surveyTrend(surveys, { instrument, period });
        expect(got.map((bucket) => bucket.start)).toEqual(starts);
        let before: unknown;
        starts.forEach((start, i) => {
          const answers = groups.get(start)!.map((survey) => survey as Survey & { value: number; scale?: number });
          const bucket = got[i]!;
          let expected: { score: number; low: number | null; high: number | null; change: unknown; sample: unknown };
          if (instrument === 'nps') {
            const result = nps(answers.map((a) => a.value));
            const interval = npsInterval(result);
            expected = { score: result.score!, low: interval!.low, high: interval!.high, sample: result, change: before === undefined ? null : compareNps(before as never, result) };
          } else if (instrument === 'csat') {
            // top two boxes from 4 points up, top box below (SPEC §5)
            const successes = answers.filter((a) => a.value >= ((a.scale ?? 5) >= 4 ? (a.scale ?? 5) - 1 : (a.scale ?? 5))).length;
            const interval = proportionInterval(successes, answers.length);
            const sample = { successes, total: answers.length };
            expected = { score: (successes / answers.length) * 100, low: interval!.low, high: interval!.high, sample, change: before === undefined ? null : compareProportions(before as never, sample) };
          } else {
            const result = mean(answers.map((a) => 1 + ((a.value - 1) * 6) / ((a.scale ?? 7) - 1)));
            const sample = { score: result.score!, sd: result.sd, total: result.total };
            const interval = result.sd === null ? null : meanInterval(sample as never);
            const prior = before as typeof sample | undefined;
            const change = prior === undefined || prior.sd === null || sample.sd === null ? null : compareMeans(prior as never, sample as never);
            expected = { score: result.score!, low: interval?.low ?? null, high: interval?.high ?? null, sample, change };
          }
          expect(bucket.total).toBe(answers.length);
          expect(bucket.score).toBeCloseTo(expected.score, 12);
          expect(bucket.low).toEqual(expected.low);
          expect(bucket.high).toEqual(expected.high);
          expect(bucket.change).toEqual(expected.change);
          before = expected.sample;
        });
      }),
      { numRuns: 150 },
    );
  });

  it('does not depend on the order of the surveys', () => {
    fc.assert(
      fc.property(
        fc.array(surveyArb, { maxLength: 30 }).chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }))),
        fc.constantFrom('nps', 'csat', 'ces' as const),
        ([list, shuffled], instrument) => {
          expect(surveyTrend(shuffled, { instrument, period: 'month' })).toEqual(surveyTrend(list, { instrument, period: 'month' }));
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('surveyTrend: bad input', () => {
  const ok = { instrument: 'nps', period: 'week' } as const;

  it('returns [] for no answers of the instrument', () => {
    expect(surveyTrend([], ok)).toEqual([]);
    expect(surveyTrend([csatAt('2024-01-01', 5)], ok)).toEqual([]);
  });

  it('reports every bad record under [surveys, i], and a record of another type at its type', () => {
    const task = { type: 'task', providerId: 'a', consumerId: 'b', requestedAt: '2024-01-01' };
    expect(
      issuePaths(() =>
        surveyTrend(
          [
            npsAt('2024-01-01', 11),
            task as never,
            npsAt('2024-13-01', 5),
            'x' as never,
            { ...npsAt('2024-01-01', 5), extra: 1 } as never,
            csatAt('2024-01-01', 9), // a CSAT answer above its 5-point scale: bad even though the trend follows NPS
          ],
          ok,
        ),
      ).map((path) => path.slice(0, 2)),
    ).toEqual([
      ['surveys', 0],
      ['surveys', 1],
      ['surveys', 2],
      ['surveys', 3],
      ['surveys', 4],
      ['surveys', 5],
    ]);
    expect(issuePaths(() => surveyTrend([task as never], ok))).toEqual([['surveys', 0, 'type']]);
    // a task with its own fields missing is still told its type first, not the task's missing fields
    expect(issuePaths(() => surveyTrend([{ type: 'task' } as never], ok))).toEqual([['surveys', 0, 'type']]);
    expect(issuePaths(() => surveyTrend('x' as never, ok))).toEqual([['surveys']]);
  });

  it('reports every bad option under [options]', () => {
    expect(issuePaths(() => surveyTrend([], { instrument: 'servqual', period: 'week' } as never))).toEqual([['options', 'instrument']]);
    expect(
      issuePaths(() => surveyTrend([], { instrument: 'NPS', period: 'fortnight', timeZone: 'Nope/Zone', confidence: 1, extra: true } as never)),
    ).toEqual([
      ['options', 'extra'],
      ['options', 'instrument'],
      ['options', 'period'],
      ['options', 'timeZone'],
      ['options', 'confidence'],
    ]);
    expect(issuePaths(() => surveyTrend([], undefined as never))).toEqual([['options']]);
    expect(issuePaths(() => surveyTrend([], { period: 'week' } as never))).toEqual([['options', 'instrument']]);
  });

  it('refuses an answer whose local date falls outside 0001–9999', () => {
    // 9999-12-31T12:00Z is 10000-01-01 02:00 in Kiritimati (+14)
    expect(issuePaths(() => surveyTrend([npsAt('9999-12-31T12:00:00Z', 9)], { ...ok, timeZone: 'Pacific/Kiritimati' }))).toEqual([
      ['surveys', 0, 'at'],
    ]);
  });
});
