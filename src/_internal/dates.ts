import { fail } from './fail.js';
import type { IssuePath } from '../errors.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;
const DAY_MS = 86_400_000;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function validDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Milliseconds since the epoch for an ISO 8601 calendar date (`YYYY-MM-DD`,
 * read as UTC midnight) or a date-time with `Z` or an offset; `null` when the
 * text is not such a string or names a day that does not exist.
 */
export function isoInstant(text: string): number | null {
  const date = DATE.exec(text);
  if (date) {
    const year = Number(date[1]);
    const month = Number(date[2]);
    const day = Number(date[3]);
    return validDay(year, month, day) ? Date.UTC(year, month - 1, day) : null;
  }
  const time = DATE_TIME.exec(text);
  if (!time) return null;
  const year = Number(time[1]);
  const month = Number(time[2]);
  const day = Number(time[3]);
  const hour = Number(time[4]);
  const minute = Number(time[5]);
  const second = time[6] === undefined ? 0 : Number(time[6]);
  const fraction = time[7] === undefined ? 0 : Number(`0.${time[7]}`);
  if (!validDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  let offset = 0;
  if (time[8] === undefined) {
    const offsetHours = Number(time[10]);
    const offsetMinutes = Number(time[11]);
    if (offsetHours > 23 || offsetMinutes > 59) return null;
    offset = (time[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second) + Math.floor(fraction * 1000);
  return utc - offset;
}

/** True for a calendar date `YYYY-MM-DD` (no time part). */
export function isDateOnly(text: string): boolean {
  return DATE.test(text);
}

/** True when `text` is an ISO calendar date or an ISO date-time with `Z` or an offset that names a real moment. */
export function isIsoDateString(text: unknown): text is string {
  return typeof text === 'string' && isoInstant(text) !== null;
}

/**
 * The end of a validity range, inclusive: a date-only value covers its whole
 * UTC day, so the returned instant is the last millisecond of that day.
 */
export function inclusiveEnd(text: string): number {
  const instant = isoInstant(text);
  if (instant === null) return Number.NaN;
  return isDateOnly(text) ? instant + DAY_MS - 1 : instant;
}

/**
 * The time value of a real `Date` (`NaN` for an Invalid Date), or `undefined`
 * when `value` is not one. Reads the internal slot through the intrinsic
 * `Date.prototype.getTime`, so a Proxy of a Date, an object that merely
 * inherits from `Date.prototype`, a proxy whose traps throw or a Date with an
 * own `getTime` are not Dates here and never make this throw.
 */
export function dateTime(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    return Date.prototype.getTime.call(value);
  } catch {
    return undefined;
  }
}

/**
 * Reads an `asOf`-style argument: a valid `Date` or an ISO string as accepted
 * by {@link isIsoDateString}. Anything else is a ClienteleError at `path`.
 */
export function toInstant(value: unknown, path: IssuePath): number {
  const time = dateTime(value);
  if (time !== undefined) {
    if (Number.isNaN(time)) fail(path, 'must be a valid Date, not an Invalid Date');
    return time;
  }
  if (typeof value === 'string') {
    const instant = isoInstant(value);
    if (instant === null) {
      fail(path, 'must be an ISO 8601 date (YYYY-MM-DD) or date-time with Z or an offset');
    }
    return instant;
  }
  return fail(path, 'must be a Date or an ISO 8601 date string');
}
