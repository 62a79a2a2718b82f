/**
 * trend with `timeZone`: buckets follow the zone's calendar. Every expected
 * local date is worked out by hand from the zone's offset at that instant
 * (tz database rules, given beside each case).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TREND_PERIODS, trend, type TrendPeriod } from '../../src/index.js';
import { issuePaths } from './_helpers.js';

/** One point per instant, valued 1, 2, 3 … in order, so a sum names the points in a bucket. */
function numbered(instants: readonly string[]): { at: string; value: number }[] {
  return instants.map((at, index) => ({ at, value: index + 1 }));
}

function starts(instants: readonly string[], period: TrendPeriod, timeZone: string): [string, number][] {
  return trend(numbered(instants), { period, aggregate: 'sum', timeZone }).map((bucket) => [bucket.start, bucket.value]);
}

describe('trend in Asia/Ho_Chi_Minh (UTC+07:00 all year, no daylight saving since 1975)', () => {
  const zone = 'Asia/Ho_Chi_Minh';
  const instants = [
    '2024-03-31T16:59:59.999Z', // 1: 2024-03-31 23:59:59.999 local, a Sunday: week of Mon 03-25, Q1
    '2024-03-31T17:00:00Z', //     2: 2024-04-01 00:00 local, a Monday: week of 04-01, Q2
    '2024-12-31T16:59:59Z', //     3: 2024-12-31 23:59:59 local, a Tuesday: week of Mon 12-30, year 2024
    '2024-12-31T17:00:00Z', //     4: 2025-01-01 00:00 local, a Wednesday: week of Mon 2024-12-30, year 2025
  ];

  it('names days, weeks, months, quarters and years by local dates', () => {
    expect(starts(instants, 'day', zone)).toEqual([
      ['2024-03-31', 1],
      ['2024-04-01', 2],
      ['2024-12-31', 3],
      ['2025-01-01', 4],
    ]);
    expect(starts(instants, 'week', zone)).toEqual([
      ['2024-03-25', 1],
      ['2024-04-01', 2],
      ['2024-12-30', 3 + 4],
    ]);
    expect(starts(instants, 'month', zone)).toEqual([
      ['2024-03-01', 1],
      ['2024-04-01', 2],
      ['2024-12-01', 3],
      ['2025-01-01', 4],
    ]);
    expect(starts(instants, 'quarter', zone)).toEqual([
      ['2024-01-01', 1],
      ['2024-04-01', 2],
      ['2024-10-01', 3],
      ['2025-01-01', 4],
    ]);
    expect(starts(instants, 'year', zone)).toEqual([
      ['2024-01-01', 1 + 2 + 3],
      ['2025-01-01', 4],
    ]);
  });

  it('differs from UTC exactly where the seven hours cross midnight', () => {
    // In UTC points 1 and 2 share 2024-03-31 (a Sunday, Q1), 3 and 4 share 2024-12-31.
    expect(starts(instants, 'day', 'UTC')).toEqual([
      ['2024-03-31', 1 + 2],
      ['2024-12-31', 3 + 4],
    ]);
    expect(starts(instants, 'quarter', 'UTC')).toEqual([
      ['2024-01-01', 1 + 2],
      ['2024-10-01', 3 + 4],
    ]);
  });
});

describe('trend in America/New_York (EST −05:00, EDT −04:00)', () => {
  const zone = 'America/New_York';
  // 2024: clocks go 02:00 EST → 03:00 EDT on Sunday 03-10 (07:00Z), and
  // 02:00 EDT → 01:00 EST on Sunday 11-03 (06:00Z).
  const instants = [
    '2024-03-10T04:59:59Z', // 1: 03-09 23:59:59 EST, a Saturday (week of Mon 03-04)
    '2024-03-10T05:00:00Z', // 2: 03-10 00:00 EST, the Sunday of the change
    '2024-03-10T06:59:59Z', // 3: 03-10 01:59:59 EST, the last second before the jump
    '2024-03-10T07:00:00Z', // 4: 03-10 03:00 EDT, the first second after it
    '2024-03-11T03:59:59Z', // 5: 03-10 23:59:59 EDT: that local day lasted 23 hours (05:00Z to 04:00Z)
    '2024-03-11T04:30:00Z', // 6: 03-11 00:30 EDT, a Monday (at a fixed −05:00 it would still be Sunday 23:30)
    '2024-11-04T04:30:00Z', // 7: 11-03 23:30 EST, a Sunday (at −04:00 it would be Monday 00:30)
  ];

  it('keeps the day of each change whole, 23 or 25 hours long', () => {
    expect(starts(instants, 'day', zone)).toEqual([
      ['2024-03-09', 1],
      ['2024-03-10', 2 + 3 + 4 + 5],
      ['2024-03-11', 6],
      ['2024-11-03', 7],
    ]);
  });

  it('starts local weeks on Monday', () => {
    // 03-09 (Sat) and 03-10 (Sun) are in the week of Mon 03-04; 03-11 is a
    // Monday; 11-03 (Sun) is in the week of Mon 10-28.
    expect(starts(instants, 'week', zone)).toEqual([
      ['2024-03-04', 1 + 2 + 3 + 4 + 5],
      ['2024-03-11', 6],
      ['2024-10-28', 7],
    ]);
  });

  it('puts a New Year\'s Eve evening in the old year', () => {
    // 2024-01-01T04:59:59Z is 2023-12-31 23:59:59 EST; 05:00Z is midnight.
    expect(starts(['2024-01-01T04:59:59Z', '2024-01-01T05:00:00Z'], 'year', zone)).toEqual([
      ['2023-01-01', 1],
      ['2024-01-01', 2],
    ]);
  });
});

describe('trend in Australia/Lord_Howe (LHST +10:30, LHDT +11:00: a half-hour change)', () => {
  const zone = 'Australia/Lord_Howe';
  // 2024-04-07 (first Sunday of April): 02:00 LHDT → 01:30 LHST, at 2024-04-06T15:00Z.
  const instants = [
    '2024-04-06T12:59:59Z', // 1: 04-06 23:59:59 LHDT (+11), a Saturday
    '2024-04-06T13:00:00Z', // 2: 04-07 00:00 LHDT, the Sunday of the change
    '2024-04-07T13:15:00Z', // 3: 04-07 23:45 LHST (+10:30): still Sunday (at +11 it would be Monday 00:15)
    '2024-04-07T13:30:00Z', // 4: 04-08 00:00 LHST, a Monday: 04-07 lasted 24.5 hours
  ];

  it('follows the half-hour offset change', () => {
    expect(starts(instants, 'day', zone)).toEqual([
      ['2024-04-06', 1],
      ['2024-04-07', 2 + 3],
      ['2024-04-08', 4],
    ]);
    expect(starts(instants, 'week', zone)).toEqual([
      ['2024-04-01', 1 + 2 + 3],
      ['2024-04-08', 4],
    ]);
  });
});

describe('trend: time zone names', () => {
  const point = [{ at: '2024-01-01T06:59:59Z', value: 1 }];

  it('reads Etc/GMT+7 as seven hours west of Greenwich (POSIX signs), and names without regard to case', () => {
    // 06:59:59Z − 7 h = 2023-12-31 23:59:59.
    expect(trend(point, { period: 'year', aggregate: 'count', timeZone: 'Etc/GMT+7' })[0]!.start).toBe('2023-01-01');
    expect(trend(point, { period: 'day', aggregate: 'count', timeZone: 'utc' })[0]!.start).toBe('2024-01-01');
    expect(trend(point, { period: 'day', aggregate: 'count', timeZone: 'asia/ho_chi_minh' })[0]!.start).toBe('2024-01-01');
  });

  it('refuses anything but an IANA zone name at [options, timeZone], alongside other problems', () => {
    for (const timeZone of ['Nope/Zone', '+07:00', 'UTC+7', '', ' UTC', 'Asia/Ho Chi Minh', 'x'.repeat(80), 7, null, {}, ['UTC']]) {
      expect(issuePaths(() => trend(point, { period: 'day', aggregate: 'count', timeZone: timeZone as never }))).toEqual([['options', 'timeZone']]);
    }
    expect(issuePaths(() => trend(point, { period: 'fortnight', aggregate: 'count', timeZone: 'Mars/Olympus' } as never))).toEqual([
      ['options', 'period'],
      ['options', 'timeZone'],
    ]);
  });

  it('treats timeZone: undefined as UTC', () => {
    expect(trend(point, { period: 'day', aggregate: 'count', timeZone: undefined })).toEqual(trend(point, { period: 'day', aggregate: 'count' }));
  });

  it('accepts local dates from 0001-01-01 to 9999-12-31 in the zone, and nothing outside', () => {
    // New York kept local mean time, −04:56:02, until 1883: 0001-01-01T04:56:01Z
    // is 0000-12-31 23:59:59 there, one second later it is 0001-01-01 00:00:00.
    // (Dates, not strings: years below 100 are the point here.)
    const zone = 'America/New_York';
    const first = new Date(Date.parse('0001-01-01T04:56:02Z'));
    expect(first.getUTCFullYear()).toBe(1);
    expect(trend([{ at: first, value: 1 }], { period: 'week', aggregate: 'sum', timeZone: zone })).toEqual([
      { start: '0001-01-01', value: 1, count: 1 },
    ]);
    expect(issuePaths(() => trend([{ at: new Date(first.getTime() - 1000), value: 1 }], { period: 'year', aggregate: 'sum', timeZone: zone }))).toEqual([
      ['points', 0, 'at'],
    ]);
    // Kiritimati is 14 hours ahead: 9999-12-31T09:59:59Z is the last second of 9999 there.
    const east = 'Pacific/Kiritimati';
    for (const period of TREND_PERIODS) {
      expect(trend([{ at: '9999-12-31T09:59:59Z', value: 1 }], { period, aggregate: 'count', timeZone: east })).toHaveLength(1);
    }
    expect(
      issuePaths(() =>
        trend(
          [
            { at: '9999-12-31T10:00:00Z', value: 1 },
            { at: new Date(8.64e15), value: 1 },
            { at: new Date(-8.64e15), value: 1 },
          ],
          { period: 'day', aggregate: 'sum', timeZone: east },
        ),
      ),
    ).toEqual([
      ['points', 0, 'at'],
      ['points', 1, 'at'],
      ['points', 2, 'at'],
    ]);
  });
});

describe('trend: reading zones on a runtime that lays dates out otherwise', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('falls back to the formatted parts and gives the same days', () => {
    // the New York and Lord Howe cases above, with Intl's format() answering in a layout nobody parses
    const instants = ['2024-03-10T04:59:59Z', '2024-03-10T05:00:00Z', '2024-03-11T03:59:59Z', '2024-03-11T04:30:00Z', '2024-11-04T04:30:00Z'];
    const before = starts(instants, 'day', 'America/New_York');
    const lordHowe = starts(['2024-04-07T13:15:00Z', '2024-04-07T13:30:00Z'], 'day', 'Australia/Lord_Howe');
    const prototype = Intl.DateTimeFormat.prototype as unknown as { format: unknown };
    vi.spyOn(prototype, 'format', 'get').mockReturnValue(() => '2024年3月10日');
    expect(starts(instants, 'day', 'America/New_York')).toEqual(before);
    expect(lordHowe).toEqual([
      ['2024-04-07', 1],
      ['2024-04-08', 2],
    ]);
    expect(starts(['2024-04-07T13:15:00Z', '2024-04-07T13:30:00Z'], 'day', 'Australia/Lord_Howe')).toEqual(lordHowe);
    // and the era: 0001-01-01T04:56:01Z is 31 December 1 BC in New York (local mean time −04:56:02)
    const first = Date.parse('0001-01-01T04:56:02Z');
    const options = { period: 'year', aggregate: 'count', timeZone: 'America/New_York' } as const;
    expect(trend([{ at: new Date(first), value: 1 }], options)).toEqual([{ start: '0001-01-01', value: 1, count: 1 }]);
    expect(issuePaths(() => trend([{ at: new Date(first - 1000), value: 1 }], options))).toEqual([['points', 0, 'at']]);
  });
});
