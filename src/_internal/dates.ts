import { fail, got } from './fail.js';
import type { IssuePath } from '../errors.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;
/** A date-time in the right format but for its zone: read as local time, it names no single moment. */
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?$/;
const DAY_MS = 86_400_000;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** What the format rule says, in every message about one. */
export const DATE_FORMAT_RULE =
  'must be an ISO 8601 date (YYYY-MM-DD) or date-time (YYYY-MM-DDThh:mm[:ss[.fff]] with Z or an offset)';

/** True for a leap year of the (proleptic) Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Why year-month-day names no day of the Gregorian calendar, or undefined when it names one. */
function calendarProblem(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12) return `not a day of the calendar: there is no month ${month}`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `not a day of the calendar: ${MONTHS[month - 1]} ${year} has ${days} days`;
  return undefined;
}

/**
 * Reads an ISO 8601 calendar date (`YYYY-MM-DD`, as UTC midnight) or a
 * date-time with `Z` or an offset, to milliseconds since the epoch; or, when
 * the text is not one, a rule saying which part is wrong: its format
 * (`'yesterday'`), its calendar day (`'2024-02-30'` → "February 2024 has 29
 * days"), its time of day or offset, or its missing offset (`'2024-05-01T10:00'`).
 * The one date reader of the library: every schema and option reads dates here.
 */
export function readIsoDate(text: string): number | { readonly problem: string } {
  const date = DATE.exec(text);
  if (date) {
    const year = Number(date[1]);
    const month = Number(date[2]);
    const day = Number(date[3]);
    const problem = calendarProblem(year, month, day);
    return problem === undefined ? utcOf(year, month, day, 0, 0, 0) : { problem };
  }
  const time = DATE_TIME.exec(text);
  if (!time) {
    if (LOCAL_DATE_TIME.test(text)) return { problem: 'a date-time needs Z or an offset such as +07:00' };
    return { problem: DATE_FORMAT_RULE };
  }
  const year = Number(time[1]);
  const month = Number(time[2]);
  const day = Number(time[3]);
  const hour = Number(time[4]);
  const minute = Number(time[5]);
  const second = time[6] === undefined ? 0 : Number(time[6]);
  const fraction = time[7] === undefined ? 0 : Number(`0.${time[7]}`);
  const problem = calendarProblem(year, month, day);
  if (problem !== undefined) return { problem };
  if (hour > 23 || minute > 59 || second > 59) {
    return { problem: 'not a time of day: hours run 00–23, minutes and seconds 00–59' };
  }
  let offset = 0;
  if (time[8] === undefined) {
    const offsetHours = Number(time[10]);
    const offsetMinutes = Number(time[11]);
    if (offsetHours > 23 || offsetMinutes > 59) return { problem: 'not an offset: it runs from -23:59 to +23:59' };
    offset = (time[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  }
  const utc = utcOf(year, month, day, hour, minute, second) + Math.floor(fraction * 1000);
  return utc - offset;
}

/** The Gregorian calendar repeats every 400 years, which hold 146,097 days (20,871 weeks). */
export const FOUR_CENTURIES_MS = 146_097 * DAY_MS;

/**
 * Milliseconds since the epoch of a UTC calendar moment. `Date.UTC` reads
 * the years 0–99 as 1900–1999, so those are computed 400 years later and
 * moved back by exactly 400 years: '0050-06-01' is the year 50, not 1950.
 */
export function utcOf(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  if (year >= 100) return Date.UTC(year, month - 1, day, hour, minute, second);
  return Date.UTC(year + 400, month - 1, day, hour, minute, second) - FOUR_CENTURIES_MS;
}

/**
 * Why `value` is not an ISO date string ({@link readIsoDate}'s problem, or
 * that it is not a string at all), or undefined when it is one.
 */
export function dateProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return DATE_FORMAT_RULE;
  const read = readIsoDate(value);
  return typeof read === 'number' ? undefined : read.problem;
}

/**
 * Milliseconds since the epoch for an ISO 8601 calendar date (`YYYY-MM-DD`,
 * read as UTC midnight) or a date-time with `Z` or an offset; `null` when the
 * text is not such a string or names a day that does not exist.
 */
export function isoInstant(text: string): number | null {
  const quick = quickInstant(text);
  if (quick !== undefined) return quick;
  const read = readIsoDate(text);
  return typeof read === 'number' ? read : null;
}

/** The value of two ASCII digits at `at`, or -1. */
function twoDigits(text: string, at: number): number {
  const a = text.charCodeAt(at) - 48;
  const b = text.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * The common shapes — `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM:SSZ` and
 * `YYYY-MM-DDTHH:MM:SS.sssZ` (what `toISOString` writes) — read by their
 * character codes, without a regular expression: a report reads millions of
 * them. `undefined` sends any other text, and any value out of range, to
 * {@link readIsoDate}, which decides and explains.
 */
function quickInstant(text: string): number | undefined {
  const length = text.length;
  if (length !== 10 && length !== 20 && length !== 24) return undefined;
  const century = twoDigits(text, 0);
  const years = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  if (century < 0 || years < 0 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const year = century * 100 + years;
  // Date.UTC reads years 0–99 as 1900–1999: leave them to the full reader
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (length === 10) return Date.UTC(year, month - 1, day);
  if (text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58 || text.charCodeAt(length - 1) !== 90) return undefined;
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = twoDigits(text, 17);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;
  let millis = 0;
  if (length === 24) {
    const hundreds = text.charCodeAt(20) - 48;
    const rest = twoDigits(text, 21);
    if (text.charCodeAt(19) !== 46 || hundreds < 0 || hundreds > 9 || rest < 0) return undefined;
    millis = hundreds * 100 + rest;
  }
  return Date.UTC(year, month - 1, day, hour, minute, second, millis);
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
    if (Number.isNaN(time)) fail(path, 'must be a valid Date — got an Invalid Date');
    return time;
  }
  if (typeof value === 'string') {
    const read = readIsoDate(value);
    if (typeof read !== 'number') fail(path, got(read.problem, value));
    return read;
  }
  return fail(path, got('must be a Date or an ISO 8601 date string', value));
}
