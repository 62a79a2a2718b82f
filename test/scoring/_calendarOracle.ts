import fc from 'fast-check';
import type { TrendPeriod } from '../../src/index.js';

/**
 * The naive oracle for a calendar date's period: arithmetic on the numbers
 * written in `YYYY-MM-DD`, with no Date, no date-fns and no time zone.
 * Proleptic Gregorian calendar; weeks start on Monday (ISO 8601).
 */

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1–12) of `year`. */
export function monthDays(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1]!;
}

/**
 * Day of the week, 0 = Sunday … 6 = Saturday, by Tomohiko Sakamoto's method
 * (comp.lang.c, 1993), valid for every year from 1 of the proleptic
 * Gregorian calendar.
 */
export function weekday(year: number, month: number, day: number): number {
  const shift = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4][month - 1]!;
  const y = month < 3 ? year - 1 : year;
  return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + shift + day) % 7;
}

/** `year`-`month`-`day` moved `back` days earlier, one month at a time. */
function daysBefore(year: number, month: number, day: number, back: number): [number, number, number] {
  let [y, m, d, n] = [year, month, day, back];
  while (n > 0) {
    if (d > n) {
      d -= n;
      n = 0;
    } else {
      // day 0 of this month is the last day of the one before
      n -= d;
      m -= 1;
      if (m === 0) [y, m] = [y - 1, 12];
      d = monthDays(y, m);
    }
  }
  return [y, m, d];
}

export function dateText(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first day of the `period` holding the calendar date `text` (`YYYY-MM-DD`). */
export function naivePeriodStart(text: string, period: TrendPeriod): string {
  const [year, month, day] = [Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10))];
  switch (period) {
    case 'day':
      return dateText(year, month, day);
    case 'week':
      // Monday is 1 in Sakamoto's numbering: go back (weekday + 6) mod 7 days
      return dateText(...daysBefore(year, month, day, (weekday(year, month, day) + 6) % 7));
    case 'month':
      return dateText(year, month, 1);
    case 'quarter':
      return dateText(year, month - ((month - 1) % 3), 1);
    case 'year':
      return dateText(year, 1, 1);
  }
}

/** Any day of the years 0001–9999, written `YYYY-MM-DD`, with year ends and DST dates weighted in. */
export const calendarDate = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
    .map(([year, month, day]) => dateText(year, month, Math.min(day, monthDays(year, month)))),
  fc.integer({ min: 1, max: 9999 }).chain((year) => fc.constantFrom(dateText(year, 1, 1), dateText(year, 12, 31))),
  fc.constantFrom('2024-03-10', '2024-11-03', '2024-03-31', '2024-10-27', '2024-04-07', '2011-12-30', '2011-12-31', '2018-11-04', '2000-02-29', '1900-02-28'),
);
