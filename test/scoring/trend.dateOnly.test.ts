/**
 * trend with a calendar date `YYYY-MM-DD`: the date names a day of the
 * calendar, so the point stays on that date whatever zone the buckets
 * follow (SPEC §1, §9), while a date-time or a Date is an instant, read on
 * the zone's calendar. Expected local dates are worked by hand from the tz
 * database rules given beside each case; the property compares with a naive
 * oracle that does arithmetic on the date's own digits (./_calendarOracle.ts).
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { TREND_PERIODS, trend, type TrendPeriod } from '../../src/index.js';
import { calendarDate, naivePeriodStart } from './_calendarOracle.js';
import { issuePaths } from './_helpers.js';

const original = process.env.TZ;
afterAll(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

/** One point per `at`, valued 1, 2, 3 … in order, so a bucket's sum names its points. */
function sums(ats: readonly (string | Date)[], period: TrendPeriod, timeZone: string): [string, number][] {
  const points = ats.map((at, index) => ({ at, value: index + 1 }));
  return trend(points, { period, aggregate: 'sum', timeZone }).map((bucket) => [bucket.start, bucket.value]);
}

describe('the user trial: a calendar date west of UTC', () => {
  it('keeps 2025-10-01 in October in New York and Los Angeles', () => {
    // Read as UTC midnight, 2025-10-01 would be 20:00 EDT / 17:00 PDT on 30 September.
    for (const timeZone of ['America/New_York', 'America/Los_Angeles']) {
      expect(trend([{ at: '2025-10-01', value: 8 }], { period: 'month', aggregate: 'mean', timeZone })).toEqual([{ start: '2025-10-01', value: 8, count: 1 }]);
    }
  });
});

describe('America/New_York (EST −05:00, EDT −04:00): west of UTC, with daylight saving', () => {
  const zone = 'America/New_York';
  // 2024: 02:00 EST → 03:00 EDT on Sunday 03-10 (07:00Z); 02:00 EDT → 01:00 EST on Sunday 11-03.
  // 2024-01-01 is a Monday (so 2023-12-31 is a Sunday, week of Mon 12-25).
  const ats = [
    '2024-01-01', //           1: New Year's Day itself, a Monday
    '2024-01-01T04:59:59Z', // 2: 2023-12-31 23:59:59 EST, a Sunday
    '2024-03-10', //           3: the day clocks go forward, a Sunday (week of Mon 03-04)
    '2024-03-10T04:59:59Z', // 4: 03-09 23:59:59 EST, a Saturday
    '2024-03-11T03:59:59Z', // 5: 03-10 23:59:59 EDT
    '2024-03-11T04:00:00Z', // 6: 03-11 00:00 EDT, a Monday
    '2024-11-03', //           7: the day clocks go back, a Sunday (week of Mon 10-28)
    '2024-10-01', //           8: a Tuesday, first day of Q4 (week of Mon 09-30: Jan 1 + 274 days, 274 = 39·7 + 1)
  ];

  it('puts each calendar date on itself, each instant on its local date', () => {
    expect(sums(ats, 'day', zone)).toEqual([
      ['2023-12-31', 2],
      ['2024-01-01', 1],
      ['2024-03-09', 4],
      ['2024-03-10', 3 + 5],
      ['2024-03-11', 6],
      ['2024-10-01', 8],
      ['2024-11-03', 7],
    ]);
    expect(sums(ats, 'week', zone)).toEqual([
      ['2023-12-25', 2],
      ['2024-01-01', 1],
      ['2024-03-04', 3 + 4 + 5],
      ['2024-03-11', 6],
      ['2024-09-30', 8],
      ['2024-10-28', 7],
    ]);
    expect(sums(ats, 'month', zone)).toEqual([
      ['2023-12-01', 2],
      ['2024-01-01', 1],
      ['2024-03-01', 3 + 4 + 5 + 6],
      ['2024-10-01', 8],
      ['2024-11-01', 7],
    ]);
    expect(sums(ats, 'quarter', zone)).toEqual([
      ['2023-10-01', 2],
      ['2024-01-01', 1 + 3 + 4 + 5 + 6],
      ['2024-10-01', 7 + 8],
    ]);
    expect(sums(ats, 'year', zone)).toEqual([
      ['2023-01-01', 2],
      ['2024-01-01', 1 + 3 + 4 + 5 + 6 + 7 + 8],
    ]);
  });

  it('reads a Date as an instant: UTC midnight of 1 January is New Year\'s Eve there', () => {
    // 2024-01-01T00:00Z is 2023-12-31 19:00 EST; the string '2024-01-01' is the day itself.
    expect(sums([new Date(Date.UTC(2024, 0, 1)), '2024-01-01', '2024-01-01T00:00:00Z'], 'year', zone)).toEqual([
      ['2023-01-01', 1 + 3],
      ['2024-01-01', 2],
    ]);
  });
});

describe('America/St_Johns (NST −03:30, NDT −02:30): a half-hour offset west of UTC', () => {
  const zone = 'America/St_Johns';
  // 2024: 02:00 NST → 03:00 NDT on Sunday 03-10 (05:30Z). 2025-01-01 is a Wednesday
  // (2024 has 366 days = 52 weeks + 2 days after Monday 2024-01-01), in the week of Mon 2024-12-30.
  const ats = [
    '2025-01-01', //           1: New Year's Day itself
    '2025-01-01T03:29:59Z', // 2: 2024-12-31 23:59:59 NST, a Tuesday
    '2025-01-01T03:30:00Z', // 3: 2025-01-01 00:00 NST
    '2024-03-10', //           4: the day clocks go forward, a Sunday
    '2024-03-10T03:29:59Z', // 5: 03-09 23:59:59 NST, a Saturday
    '2024-03-11T02:29:59Z', // 6: 03-10 23:59:59 NDT: that day lasted 23 hours
    '2024-03-11T02:30:00Z', // 7: 03-11 00:00 NDT, a Monday
  ];

  it('puts each calendar date on itself, each instant on its local date', () => {
    expect(sums(ats, 'day', zone)).toEqual([
      ['2024-03-09', 5],
      ['2024-03-10', 4 + 6],
      ['2024-03-11', 7],
      ['2024-12-31', 2],
      ['2025-01-01', 1 + 3],
    ]);
    expect(sums(ats, 'week', zone)).toEqual([
      ['2024-03-04', 4 + 5 + 6],
      ['2024-03-11', 7],
      ['2024-12-30', 1 + 2 + 3],
    ]);
    expect(sums(ats, 'month', zone)).toEqual([
      ['2024-03-01', 4 + 5 + 6 + 7],
      ['2024-12-01', 2],
      ['2025-01-01', 1 + 3],
    ]);
    expect(sums(ats, 'quarter', zone)).toEqual([
      ['2024-01-01', 4 + 5 + 6 + 7],
      ['2024-10-01', 2],
      ['2025-01-01', 1 + 3],
    ]);
    expect(sums(ats, 'year', zone)).toEqual([
      ['2024-01-01', 2 + 4 + 5 + 6 + 7],
      ['2025-01-01', 1 + 3],
    ]);
  });
});

describe('Pacific/Kiritimati (+14:00, no daylight saving): east of UTC', () => {
  const zone = 'Pacific/Kiritimati';
  const ats = [
    '2024-01-01', //           1: New Year's Day, a Monday
    '2023-12-31T09:59:59Z', // 2: 2023-12-31 23:59:59 local, a Sunday
    '2023-12-31T10:00:00Z', // 3: 2024-01-01 00:00 local
    '2023-12-31', //           4: New Year's Eve
  ];

  it('puts each calendar date on itself, each instant on its local date', () => {
    expect(sums(ats, 'day', zone)).toEqual([
      ['2023-12-31', 2 + 4],
      ['2024-01-01', 1 + 3],
    ]);
    expect(sums(ats, 'week', zone)).toEqual([
      ['2023-12-25', 2 + 4],
      ['2024-01-01', 1 + 3],
    ]);
    for (const period of ['month', 'quarter', 'year'] as const) {
      expect(sums(ats, period, zone).map(([, sum]) => sum), period).toEqual([2 + 4, 1 + 3]);
    }
  });

  it('moves only the instants when the zone is UTC', () => {
    // In UTC both instants fall on 2023-12-31; the calendar dates do not move.
    expect(sums(ats, 'day', 'UTC')).toEqual([
      ['2023-12-31', 2 + 3 + 4],
      ['2024-01-01', 1],
    ]);
  });
});

describe('Pacific/Apia, which skipped 30 December 2011 (−10:00 → +14:00)', () => {
  it('keeps a calendar date on its day even where that day never happened', () => {
    // 2011-12-30T09:59:59Z is 12-29 23:59:59 (−10); one second later it is 12-31 00:00 (+14).
    expect(sums(['2011-12-30', '2011-12-30T09:59:59Z', '2011-12-30T10:00:00Z'], 'day', 'Pacific/Apia')).toEqual([
      ['2011-12-29', 2],
      ['2011-12-30', 1],
      ['2011-12-31', 3],
    ]);
  });
});

describe('the range of calendar dates', () => {
  it('accepts 0001-01-01 to 9999-12-31 in every zone, and refuses year 0 in every zone', () => {
    // As an instant, 0001-01-01T00:00Z is still 0000-12-31 in New York (local mean time −04:56:02):
    // refused. The calendar date 0001-01-01 is the first day accepted, a Monday.
    for (const timeZone of ['America/New_York', 'Pacific/Pago_Pago', 'Pacific/Kiritimati', 'UTC']) {
      const first = trend([{ at: '0001-01-01', value: 1 }], { period: 'week', aggregate: 'count', timeZone });
      expect(first, timeZone).toEqual([{ start: '0001-01-01', value: 1, count: 1 }]);
      const last = trend([{ at: '9999-12-31', value: 1 }], { period: 'year', aggregate: 'count', timeZone });
      expect(last, timeZone).toEqual([{ start: '9999-01-01', value: 1, count: 1 }]);
      const points = [
        { at: '0000-12-31', value: 1 },
        { at: '0001-01-01', value: 1 },
      ];
      expect(issuePaths(() => trend(points, { period: 'day', aggregate: 'count', timeZone }))).toEqual([['points', 0, 'at']]);
    }
    expect(
      issuePaths(() => trend([{ at: '0001-01-01T00:00:00Z', value: 1 }], { period: 'day', aggregate: 'count', timeZone: 'America/New_York' })),
    ).toEqual([['points', 0, 'at']]);
  });
});

// Zones far west and east, with half-hour and 45-minute offsets, daylight
// saving north and south, a skipped day (Apia), offsets between −1 h and 0
// (Monrovia, Dublin before 1916), and fixed ones.
const ZONES = [
  'UTC',
  'America/New_York',
  'America/Los_Angeles',
  'America/St_Johns',
  'America/Sao_Paulo',
  'Pacific/Pago_Pago',
  'Pacific/Honolulu',
  'Pacific/Apia',
  'Pacific/Kiritimati',
  'Asia/Kathmandu',
  'Asia/Kolkata',
  'Asia/Ho_Chi_Minh',
  'Australia/Lord_Howe',
  'Africa/Monrovia',
  'Europe/Dublin',
  'Etc/GMT+12',
  'Etc/GMT-14',
] as const;
/** The machine's own zone, switched under the code: it must never matter. */
const MACHINES = ['UTC', 'America/Sao_Paulo', 'Pacific/Kiritimati', 'America/St_Johns', 'Pacific/Pago_Pago'] as const;

describe('property: a calendar date lands in the period of its own date', () => {
  it('in every zone and every period, whatever the machine zone, as the naive oracle says', () => {
    fc.assert(
      fc.property(
        fc.array(calendarDate, { minLength: 1, maxLength: 12 }),
        fc.constantFrom(...ZONES),
        fc.constantFrom(...TREND_PERIODS),
        fc.constantFrom(...MACHINES),
        (dates, timeZone, period, machine) => {
          process.env.TZ = machine;
          const counts = new Map<string, number>();
          for (const date of dates) {
            const start = naivePeriodStart(date, period);
            counts.set(start, (counts.get(start) ?? 0) + 1);
          }
          // YYYY-MM-DD with four-digit years sorts as time does
          const expected = [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([start, count]) => ({ start, value: count, count }));
          expect(trend(dates.map((at) => ({ at, value: 1 })), { period, aggregate: 'count', timeZone })).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('a calendar date and any instant of that local day share a bucket; order of the points never matters', () => {
    // Noon UTC of the date, moved by minus the zone's offset: hand-picked
    // offsets keep this independent of the zone reader (fixed-offset zones only).
    const fixed = [
      ['Etc/GMT+12', -12 * 60],
      ['Etc/GMT-14', 14 * 60],
      ['Asia/Kolkata', 5 * 60 + 30], // +05:30 since 1945
      ['Asia/Kathmandu', 5 * 60 + 45], // +05:45 since 1986
    ] as const;
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: Date.UTC(1990, 0, 1) / 86_400_000, max: Date.UTC(2090, 0, 1) / 86_400_000 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 0, max: 86_399 }), { minLength: 8, maxLength: 8 }),
        fc.constantFrom(...fixed),
        fc.constantFrom(...TREND_PERIODS),
        (days, seconds, [timeZone, offsetMinutes], period) => {
          const points = days.flatMap((day, index) => {
            const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
            // local midnight of the date is UTC midnight minus the offset; add a second of that local day
            const instant = day * 86_400_000 - offsetMinutes * 60_000 + seconds[index]! * 1000;
            return [
              { at: date, value: index + 1 },
              { at: new Date(instant).toISOString(), value: index + 1 },
            ];
          });
          const result = trend(points, { period, aggregate: 'sum', timeZone });
          const reversed = trend([...points].reverse(), { period, aggregate: 'sum', timeZone });
          expect(reversed).toEqual(result);
          // each date brings two points, both to its own period, so every bucket's count is even
          const expected = new Map<string, number>();
          days.forEach((day, index) => {
            const start = naivePeriodStart(new Date(day * 86_400_000).toISOString().slice(0, 10), period);
            expected.set(start, (expected.get(start) ?? 0) + 2 * (index + 1));
          });
          expect(result.map((bucket) => [bucket.start, bucket.value])).toEqual([...expected.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
        },
      ),
      { numRuns: 200 },
    );
  });
});
