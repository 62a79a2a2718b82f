/**
 * workingHoursBetween against a naive oracle that walks minute by minute,
 * asking Intl for each minute's local date and wall-clock time, in three
 * zones (two with daylight saving, one a half-hour off UTC), with holidays
 * and dated hours (workingDates) on random dates around the changes; and
 * the calendar reader of the SLA scores against CalendarSchema.
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
  const dated = new Map(Object.entries(calendar.workingDates ?? {}));
  let minutes = 0;
  for (let t = from; t < to; t += 60_000) {
    const { date, time, weekday } = read(t);
    if (holidays.has(date)) continue;
    // a dated day's own list, [] included, in place of its weekday's
    const day = dated.get(date) ?? calendar.workingHours[KEYS[weekday]!] ?? [];
    if (day.some(([start, end]) => time >= start && (end === '24:00' || time < end))) minutes += 1;
  }
  return minutes;
}

const day = workingDay;
// spans around the 2024 changes of the three zones (March and November) and in between
const ANCHORS = [Date.UTC(2024, 2, 9), Date.UTC(2024, 2, 30), Date.UTC(2024, 9, 26), Date.UTC(2024, 10, 2), Date.UTC(2024, 5, 12)];
const HOLIDAYS = ['2024-03-10', '2024-03-31', '2024-10-27', '2024-11-03', '2024-06-13'];
/** The local dates the spans below can reach (7 days from each anchor, a day either side): where dated hours go. */
const REACHED = ANCHORS.flatMap((anchor) => Array.from({ length: 9 }, (_, i) => new Date(anchor + (i - 1) * 86_400_000).toISOString().slice(0, 10)));
const calendar = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    days: fc.array(day, { minLength: 7, maxLength: 7 }),
    holidays: fc.subarray(HOLIDAYS),
    // dated hours on up to six reached dates, a day off ([]) among them; a date that is also a holiday is dropped
    dated: fc.array(fc.tuple(fc.constantFrom(...REACHED), day), { maxLength: 6 }),
  })
  .filter(({ days }) => days.some((d) => d.length > 0))
  .map(({ timeZone, days, holidays, dated }): Calendar => {
    const workingHours: Calendar['workingHours'] = {};
    KEYS.forEach((key, i) => {
      if (days[i]!.length > 0) workingHours[key] = days[i]!;
    });
    const workingDates = Object.fromEntries(dated.filter(([date]) => !holidays.includes(date)));
    return Object.keys(workingDates).length === 0 ? { timeZone, workingHours, holidays } : { timeZone, workingHours, holidays, workingDates };
  });

describe('workingHoursBetween against a minute-by-minute walk', () => {
  it('agrees to the minute in three zones, across daylight-saving changes, holidays and dated hours', () => {
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
      { numRuns: 100 },
    );
  });
});

describe('the SLA scores read calendars exactly as CalendarSchema does', () => {
  const anything = fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer(), fc.string({ maxLength: 3 }), fc.constant([]), fc.constant({}));
  const maybe = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: anything });
  const timeLike = maybe(fc.constantFrom('00:00', '08:00', '12:00', '13:00', '17:00', '24:00', '25:00', '9:00', '12:60'));
  const pair = maybe(fc.oneof({ weight: 5, arbitrary: fc.tuple(timeLike, timeLike) }, { weight: 1, arbitrary: fc.array(timeLike, { maxLength: 3 }) }));
  const dayLike = maybe(fc.array(pair, { maxLength: 3 }));
  // own data keys made as JSON.parse makes them, so that a '__proto__' key is an own key and not the prototype
  const ownKeys = (entries: readonly (readonly [string, unknown])[]): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of entries) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    return out;
  };
  // dates that exist (one of them a holiday below), dates that do not, other formats, and keys that are no dates at all
  const dateKey = fc.constantFrom('2025-09-02', '2025-04-26', '2024-02-29', '2025-02-29', '2025-13-01', '2025-4-26', '26.04.2025', '__proto__', 'mon');
  const calendarLike = fc.record(
    {
      timeZone: maybe(fc.constantFrom('UTC', 'Asia/Ho_Chi_Minh', 'Europe/Berlin', 'Mars/Base', '+07:00')),
      workingHours: maybe(fc.record({ mon: dayLike, tue: dayLike, sun: dayLike, monday: anything }, { requiredKeys: [] })),
      holidays: maybe(fc.array(maybe(fc.constantFrom('2025-09-02', '2025-02-29', '2025-13-01', '2 Sep')), { maxLength: 3 })),
      workingDates: maybe(fc.uniqueArray(fc.tuple(dateKey, dayLike), { maxLength: 3, selector: ([key]) => key }).map(ownKeys)),
      extra: anything,
    },
    { requiredKeys: [] },
  );
  // a valid calendar of the oracle test above, sometimes with one more dated entry that may be bad
  const nearlyValid = fc
    .tuple(calendar, fc.option(fc.tuple(dateKey, dayLike), { nil: undefined }))
    .map(([valid, extra]) => (extra === undefined ? valid : { ...valid, workingDates: ownKeys([...Object.entries(valid.workingDates ?? {}), extra]) }));
  const sorted = (issues: readonly Issue[]) => issues.map((issue) => JSON.stringify(issue)).sort();

  it('same verdict, paths and messages, and the same calendar when valid', () => {
    let validWithDates = 0;
    // the required fields, each seen left out (told it is required) and set to undefined (told what it got)
    const leftOut = new Set<string>();
    const setUndefined = new Set<string>();
    fc.assert(
      fc.property(fc.oneof(calendarLike, nearlyValid), (value) => {
        const issues: Issue[] = [];
        const read = readCalendar(value, ['calendar'], issues);
        const parsed = safeRun(CalendarSchema, value, ['calendar']);
        if (parsed.success && Object.keys(parsed.data.workingDates ?? {}).length > 0) validWithDates += 1;
        for (const issue of parsed.success ? [] : parsed.issues) {
          if (issue.message.startsWith('is required: it ')) leftOut.add(issue.path.join('.'));
          if (issue.message.endsWith('— got undefined')) setUndefined.add(issue.path.join('.'));
        }
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
    // the generator reaches valid calendars with dated hours, not only rejections
    expect(validWithDates).toBeGreaterThan(10);
    expect([...leftOut].sort()).toEqual(['calendar.timeZone', 'calendar.workingHours']);
    expect(setUndefined).toContain('calendar.timeZone');
    expect(setUndefined).toContain('calendar.workingHours');
  });
});
