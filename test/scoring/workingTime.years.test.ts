/**
 * Long spans: whole years far from today are weighed once per kind of year
 * (SPEC §11, src/scoring/_internal/workingTime.ts). The year road is held to
 * the date-by-date walk, the two facts about the tz database it rests on are
 * checked for every zone this runtime knows, and two spans of millennia are
 * checked against weekday counts made by hand (below).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workingHoursBetween } from '../../src/scoring/workingHoursBetween.js';
import { CONSTANT_BEFORE, RULED_FROM, utcYearStart, workingClock } from '../../src/scoring/_internal/workingTime.js';
import { zoneOffset } from '../../src/_internal/timeZone.js';
import type { Calendar } from '../../src/chain/calendar.js';

const DAY_MS = 86_400_000;
/** 400 Gregorian years: 146,097 days, a whole number of weeks (20,871). */
const ERA_MS = 146_097 * DAY_MS;
const weekdays = (hours: [string, string][]) => ({ mon: hours, tue: hours, wed: hours, thu: hours, fri: hours });

describe('workingHoursBetween over centuries', () => {
  const newYork: Calendar = { timeZone: 'America/New_York', workingHours: weekdays([['09:00', '17:00']]) };

  it('0001 to 9999 in New York: 8 hours on each weekday (counted by hand, not walked)', () => {
    // UTC midnight is 19:03:58 the evening before in New York's local mean time (−4:56:02) and 19:00 in
    // EST, so the span works the local dates 0001-01-01 .. 9998-12-31: 3,651,694 days (proleptic
    // Gregorian). 3,651,694 = 7 × 521,670 + 4, and 0001-01-01 is a Monday, so the four days left
    // over are Monday to Thursday: 521,670 × 5 + 4 = 2,608,354 weekdays, × 8 = 20,866,832 hours.
    expect(workingHoursBetween('0001-01-01T00:00:00Z', '9999-01-01T00:00:00Z', newYork)).toBe(20_866_832);
  });

  it('a year mistyped as 0024: 0024-03-01 to 2024-03-05 in New York (counted by hand)', () => {
    // 10:00 UTC is 05:03:58 local on 0024-03-01 (so that date works in full) and 05:00 EST on 2024-03-05
    // (nothing worked yet): the local dates 0024-03-01 .. 2024-03-04, 730,489 days = 7 × 104,355 + 4.
    // 0024-03-01 is a Friday, so the four left over are Friday to Monday, two of them weekdays:
    // 104,355 × 5 + 2 = 521,777 weekdays, × 8 = 4,174,216 hours.
    expect(workingHoursBetween('0024-03-01T10:00:00Z', '2024-03-05T10:00:00Z', newYork)).toBe(4_174_216);
  });

  it('at the two ends of the Date range (counted by hand)', () => {
    // 8.64e15 ms is 10⁸ days after 1970-01-01 (a Thursday); 10⁸ = 7 × 14,285,714 + 2, so it is a Saturday,
    // 00:00 UTC, and the span starts on the Wednesday ten days before, 00:00 UTC. New York's local dates run
    // from the Tuesday evening to the Friday evening a week later: Wed–Fri and Mon–Fri, 8 weekdays, 64 hours.
    expect(workingHoursBetween(new Date(8.64e15 - 10 * DAY_MS), new Date(8.64e15), newYork)).toBe(64);
    // −10⁸ days is a Tuesday, 00:00 UTC (−10⁸ = 7 × −14,285,715 + 5; Thursday + 5 is Tuesday); local mean
    // time puts it on Monday at 19:03:58 and the end on Thursday at 19:03:58 ten days on: Tue–Fri, Mon–Thu, 64 hours.
    expect(workingHoursBetween(new Date(-8.64e15), new Date(-8.64e15 + 10 * DAY_MS), newYork)).toBe(64);
  });

  it('reads a holiday in the years 0–99 as that year, not 1900–1999', () => {
    const utc: Calendar = { timeZone: 'UTC', workingHours: weekdays([['09:00', '17:00']]), holidays: ['0024-12-25'] };
    // 0024-12-25 and 1924-12-25 are both Thursdays: the first a holiday, the second a working day
    expect(workingHoursBetween('0024-12-25T00:00:00Z', '0024-12-26T00:00:00Z', utc)).toBe(0);
    expect(workingHoursBetween('1924-12-25T00:00:00Z', '1924-12-26T00:00:00Z', utc)).toBe(8);
  });

  const ZONES = [
    'America/New_York',
    'Europe/Berlin',
    'Australia/Lord_Howe',
    'Asia/Kolkata',
    'America/Santiago',
    'Africa/Casablanca',
    'Pacific/Kiritimati',
    'Etc/GMT+12',
    'Pacific/Chatham',
  ];
  const calendarArb = fc.record({
    timeZone: fc.constantFrom(...ZONES),
    start: fc.constantFrom('00:00', '01:30', '09:00', '22:00'),
    end: fc.constantFrom('02:30', '17:00', '24:00'),
    // a year near the edge, and a day of it: 1 January and 31 December touch the UTC years either side
    holidays: fc.array(fc.tuple(fc.integer({ min: -3, max: 14 }), fc.constantFrom(0, 40, 364)), { maxLength: 2 }),
  });
  // spans of up to 14 years that start a few years either side of the two edges (or near year 0),
  // at any time of day, so the walked ends, the weighed years and the holiday years all take part
  const spanArb = fc.record({
    edge: fc.constantFrom(CONSTANT_BEFORE, RULED_FROM, 1),
    startYear: fc.integer({ min: -6, max: 4 }),
    startMs: fc.integer({ min: 0, max: 365 * DAY_MS }),
    lengthMs: fc.integer({ min: 0, max: 14 * 365 * DAY_MS }),
  });

  it('weighs whole years exactly as walking them date by date does', () => {
    fc.assert(
      fc.property(calendarArb, spanArb, ({ timeZone, start, end, holidays }, { edge, startYear, startMs, lengthMs }) => {
        const from = utcYearStart(edge + startYear) + startMs;
        const to = from + lengthMs;
        const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10).replace(/^\+0*/, '');
        const calendar: Calendar = {
          timeZone,
          workingHours: { ...weekdays([[start, start < end ? end : '24:00']]), sat: [['10:00', '12:00']] },
          // holidays a few years into the span, so some weighed years must be walked instead
          ...(holidays.length > 0 ? { holidays: holidays.map(([k, day]) => iso(utcYearStart(Math.max(1, edge + k)) + day * DAY_MS)) } : {}),
        };
        const clock = workingClock(calendar);
        expect(clock.workingMs(from, to)).toBe(clock.walkedMs(from, to));
      }),
      { numRuns: 60 },
    );
  });

  it('the facts it rests on hold for every zone this runtime knows', () => {
    // before 1800 one offset: the same at sample instants from the year −500 to 1799
    // from 2200 a yearly rule: the same offset at an instant and at 400 years later
    const before = [-500, 1, 1000, 1500, 1700, 1799].flatMap((y) => [0, 91, 182, 274, 364].map((d) => utcYearStart(y) + d * DAY_MS));
    const ruled = Array.from({ length: 60 }, (_, k) => utcYearStart(RULED_FROM) + k * 12.3 * DAY_MS);
    // and a yearly rule means two years of one kind have the same offsets on the same dates: 2201 and 2207
    // both begin on a Thursday and are not leap years (2201-01-01 is 84,371 = 7 × 12,053 days after
    // 1970-01-01, a Thursday; 2207-01-01 is 6 × 365 + 1 (2204) = 2,191 = 7 × 313 days later). Every 6 hours
    // of 2201 against 2207, in the zones that change offset then.
    const shift = utcYearStart(2207) - utcYearStart(2201);
    expect(shift).toBe(2_191 * DAY_MS);
    const year2201 = Array.from({ length: 1_460 }, (_, k) => utcYearStart(2201) + k * 6 * 3_600_000);
    const wrong: string[] = [];
    let seasonal = 0;
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      const first = zoneOffset(zone, before[0]!);
      if (before.some((t) => zoneOffset(zone, t) !== first)) wrong.push(`${zone} changes offset before ${CONSTANT_BEFORE}`);
      if (ruled.some((t) => zoneOffset(zone, t) !== zoneOffset(zone, t + ERA_MS))) wrong.push(`${zone} has no yearly rule by ${RULED_FROM}`);
      if (ruled.every((t) => zoneOffset(zone, t) === zoneOffset(zone, ruled[0]!))) continue;
      seasonal += 1;
      if (year2201.some((t) => zoneOffset(zone, t) !== zoneOffset(zone, t + shift))) wrong.push(`${zone}: 2201 and 2207 differ`);
    }
    expect(wrong).toEqual([]);
    expect(seasonal).toBeGreaterThan(50); // daylight saving in many zones, so the comparison above means something
  });
});
