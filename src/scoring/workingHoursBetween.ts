import type { Issue } from '../errors.js';
import { ClienteleError } from '../errors.js';
import { toInstant } from '../_internal/dates.js';
import { got } from '../_internal/fail.js';
import type { Calendar } from '../chain/calendar.js';
import { readCalendar } from '../chain/_readCalendar.js';
import { issue, throwIssues } from './_internal/read.js';
import { workingClock } from './_internal/workingTime.js';

const HOUR_MS = 3_600_000;

function readMoment(value: unknown, name: string, issues: Issue[]): number | undefined {
  try {
    return toInstant(value, [name]);
  } catch (error) {
    if (!(error instanceof ClienteleError)) throw error;
    issues.push(...error.issues);
    return undefined;
  }
}

/**
 * The working hours between two moments: how much of the time from `from`
 * to `to` falls in the calendar's working hours, in hours (fractional,
 * never rounded).
 *
 * A moment is working time when the calendar's zone shows, at that moment,
 * a wall-clock time inside one of the day's intervals (start included, end
 * excluded) on a local date that is not a holiday; a date the calendar's
 * `workingDates` names has those hours in place of its weekday's (a
 * Saturday worked by decree, a shortened eve of a holiday). So the answer is real
 * elapsed time, read through the wall clock: on the night the clocks go
 * forward an interval 01:00–04:00 holds 2 real hours (02:00–03:00 is never
 * shown); on the night they go back it holds 4 (01:00–02:00 is shown, and
 * worked, twice); a calendar open round the clock gives exactly the
 * wall-clock hours. Holidays are local dates of the zone.
 *
 * Days are walked one local date at a time, each date's intervals turned
 * into instants once and kept (per calendar), so the cost grows with the
 * number of dates spanned, not with minutes. Whole years before 1800 (when
 * every zone keeps one offset) and from 2200 (when every zone follows a
 * yearly rule) are weighed once per kind of year, and whole years walked
 * are remembered per calendar: a task whose year was mistyped as `0024`
 * costs about a ninth of walking its two thousand years the first time (the
 * years 1800 to 2024 are still walked) and milliseconds on every later task
 * with that calendar.
 *
 * In the example: Friday 16:00 to Monday 10:00 in Hanoi (UTC+07:00) holds
 * Fri 16–17 and Mon 08–10; 11:30 to 13:30 spans the lunch break (11:30–12:00
 * and 13:00–13:30); from Friday 29 August 17:00 to Wednesday 3 September
 * 09:00 only Wednesday 08–09 counts, Monday 1 and Tuesday 2 September being
 * National Day holidays. In Moscow (UTC+03:00) in 2024, Friday 26 April
 * 17:00 to Thursday 2 May 10:00 holds Fri 17–18, the whole of Saturday 27
 * April, worked by decree (9 h), and Thu 09–10, 29 April to 1 May being days
 * off: 11 hours; Wednesday 8 May 09:00 to Monday 13 May 09:00 holds only the
 * shortened eve of Victory Day, 09–17.
 *
 * @param from - the start: a `Date` or an ISO 8601 date or date-time with `Z` or an offset
 * @param to - the end, not before `from` (the same forms)
 * @param calendar - the working calendar (see {@link CalendarSchema})
 * @returns the working hours in [from, to), ≥ 0
 * @throws {ClienteleError} INVALID_INPUT at `['from']` / `['to']` for a bad moment, at `['to']` when `to` is before `from` (a span that ends before it starts is a mistake in the data, not negative time), at `['calendar', …]` for every problem of the calendar
 *
 * @example
 * ```ts
 * import { workingHoursBetween } from 'clientele';
 *
 * const day: [string, string][] = [['08:00', '12:00'], ['13:00', '17:00']];
 * const hanoi = {
 *   timeZone: 'Asia/Ho_Chi_Minh',
 *   workingHours: { mon: day, tue: day, wed: day, thu: day, fri: day },
 *   holidays: ['2025-09-01', '2025-09-02'],
 * };
 * workingHoursBetween('2025-08-22T16:00:00+07:00', '2025-08-25T10:00:00+07:00', hanoi)
 * //=> 3
 * workingHoursBetween('2025-08-26T11:30:00+07:00', '2025-08-26T13:30:00+07:00', hanoi)
 * //=> 1
 * workingHoursBetween('2025-08-29T17:00:00+07:00', '2025-09-03T09:00:00+07:00', hanoi)
 * //=> 1
 * workingHoursBetween('2025-08-26', '2025-08-25', hanoi)
 * //=> throws INVALID_INPUT
 *
 * const moscowDay: [string, string][] = [['09:00', '18:00']];
 * const eve: [string, string][] = [['09:00', '17:00']];
 * const moscow = {
 *   timeZone: 'Europe/Moscow',
 *   workingHours: { mon: moscowDay, tue: moscowDay, wed: moscowDay, thu: moscowDay, fri: moscowDay },
 *   holidays: ['2024-04-29', '2024-04-30', '2024-05-01', '2024-05-09', '2024-05-10'],
 *   workingDates: { '2024-04-27': moscowDay, '2024-05-08': eve },
 * };
 * workingHoursBetween('2024-04-26T17:00:00+03:00', '2024-05-02T10:00:00+03:00', moscow)
 * //=> 11
 * workingHoursBetween('2024-05-08T09:00:00+03:00', '2024-05-13T09:00:00+03:00', moscow)
 * //=> 8
 * ```
 *
 * @category Scoring
 */
export function workingHoursBetween(from: Date | string, to: Date | string, calendar: Calendar): number {
  const issues: Issue[] = [];
  const start = readMoment(from, 'from', issues);
  const end = readMoment(to, 'to', issues);
  let read: Calendar | undefined;
  try {
    read = readCalendar(calendar, ['calendar'], issues);
  } catch {
    issues.push(issue(['calendar'], 'could not be read'));
  }
  if (start !== undefined && end !== undefined && end < start) {
    issues.push(issue(['to'], got('must not be before from', to instanceof Date ? to.toISOString() : to)));
  }
  throwIssues(issues);
  return workingClock(read!).workingMs(start!, end!) / HOUR_MS;
}
