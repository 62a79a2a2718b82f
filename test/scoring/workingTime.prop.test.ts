/**
 * workingHoursBetween against a naive oracle that walks minute by minute,
 * asking Intl for each minute's local date and wall-clock time, in three
 * zones (two with daylight saving, one a half-hour off UTC); and the
 * calendar reader of the SLA scores against CalendarSchema.
 */
import fc from 'fast-check';
import { workingDay } from './_workingHoursArb.js';
import { describe, expect, it } from 'vitest';
import { workingHoursBetween } from '../../src/scoring/workingHoursBetween.js';
import { CalendarSchema, type Calendar } from '../../src/chain/calendar.js';
import { readCalendar } from '../../src/chain/_readCalendar.js';
import { safeRun } from '../../src/_internal/zod.js';
import type { Issue } from '../../src/errors.js';

const ZONES = ['America/New_York', 'Europe/Berlin', 'Asia/Kolkata'] as const;
const KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

function localParts(zone: string): (ms: number) => { date: string; time: string; weekday: number } {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    weekday: 'short',
  });
  return (ms) => {
    const parts = Object.fromEntries(format.formatToParts(ms).map((part) => [part.type, part.value]));
    return {
      date: `${parts.year}-${parts.month}-${parts.day}`,
      time: `${parts.hour}:${parts.minute}`,
      weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday!),
    };
  };
}

/** Working minutes in [from, to), one minute at a time. */
function naiveMinutes(from: number, to: number, calendar: Calendar): number {
  const read = localParts(calendar.timeZone);
  const holidays = new Set(calendar.holidays ?? []);
  let minutes = 0;
  for (let t = from; t < to; t += 60_000) {
    const { date, time, weekday } = read(t);
    if (holidays.has(date)) continue;
    const day = calendar.workingHours[KEYS[weekday]!] ?? [];
    if (day.some(([start, end]) => time >= start && (end === '24:00' || time < end))) minutes += 1;
  }
  return minutes;
}

const day = workingDay;
// spans around the 2024 changes of the three zones (March and November) and in between
const ANCHORS = [Date.UTC(2024, 2, 9), Date.UTC(2024, 2, 30), Date.UTC(2024, 9, 26), Date.UTC(2024, 10, 2), Date.UTC(2024, 5, 12)];
const calendar = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    days: fc.array(day, { minLength: 7, maxLength: 7 }),
    holidays: fc.subarray(['2024-03-10', '2024-03-31', '2024-10-27', '2024-11-03', '2024-06-13']),
  })
  .filter(({ days }) => days.some((d) => d.length > 0))
  .map(({ timeZone, days, holidays }): Calendar => {
    const workingHours: Calendar['workingHours'] = {};
    KEYS.forEach((key, i) => {
      if (days[i]!.length > 0) workingHours[key] = days[i]!;
    });
    return { timeZone, workingHours, holidays };
  });

describe('workingHoursBetween against a minute-by-minute walk', () => {
  it('agrees to the minute in three zones, across daylight-saving changes and holidays', () => {
    fc.assert(
      fc.property(
        calendar,
        fc.constantFrom(...ANCHORS),
        fc.integer({ min: 0, max: 4 * 24 * 60 }),
        fc.integer({ min: 0, max: 3 * 24 * 60 }),
        (cal, anchor, startMinute, lengthMinutes) => {
          const from = anchor + startMinute * 60_000;
          const to = from + lengthMinutes * 60_000;
          const hours = workingHoursBetween(new Date(from), new Date(to), cal);
          expect(hours * 60).toBeCloseTo(naiveMinutes(from, to, cal), 9);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('the SLA scores read calendars exactly as CalendarSchema does', () => {
  const anything = fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer(), fc.string({ maxLength: 3 }), fc.constant([]), fc.constant({}));
  const maybe = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: anything });
  const timeLike = maybe(fc.constantFrom('00:00', '08:00', '12:00', '13:00', '17:00', '24:00', '25:00', '9:00', '12:60'));
  const pair = maybe(fc.oneof({ weight: 5, arbitrary: fc.tuple(timeLike, timeLike) }, { weight: 1, arbitrary: fc.array(timeLike, { maxLength: 3 }) }));
  const dayLike = maybe(fc.array(pair, { maxLength: 3 }));
  const calendarLike = fc.record(
    {
      timeZone: maybe(fc.constantFrom('UTC', 'Asia/Ho_Chi_Minh', 'Europe/Berlin', 'Mars/Base', '+07:00')),
      workingHours: maybe(fc.record({ mon: dayLike, tue: dayLike, sun: dayLike, monday: anything }, { requiredKeys: [] })),
      holidays: maybe(fc.array(maybe(fc.constantFrom('2025-09-02', '2025-02-29', '2025-13-01', '2 Sep')), { maxLength: 3 })),
      extra: anything,
    },
    { requiredKeys: [] },
  );
  const sorted = (issues: readonly Issue[]) => issues.map((issue) => JSON.stringify(issue)).sort();

  it('same verdict, paths and messages, and the same calendar when valid', () => {
    fc.assert(
      fc.property(calendarLike, (value) => {
        const issues: Issue[] = [];
        const read = readCalendar(value, ['calendar'], issues);
        const parsed = safeRun(CalendarSchema, value, ['calendar']);
        expect(read !== undefined).toBe(parsed.success);
        if (parsed.success) {
          const drop = (input: unknown): unknown => JSON.parse(JSON.stringify(input));
          expect(drop(read)).toEqual(drop(parsed.data));
        } else {
          expect([...new Set(sorted(issues))]).toEqual([...new Set(sorted(parsed.issues))]);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
