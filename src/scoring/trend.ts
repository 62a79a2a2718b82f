import { startOfISOWeek, startOfMonth, startOfQuarter, startOfYear } from 'date-fns';
import type { Issue, IssuePath } from '../errors.js';
import { isDateOnly } from '../_internal/dates.js';
import { dayText, localDayReader, readTimeZone } from '../_internal/timeZone.js';
import { addExact, roundExact } from './_internal/exactSum.js';
import { checkNumber, eachItem, isRecord, issue, readInstant, readKey, rejectUnknownKeys, throwIssues } from './_internal/read.js';
import { optionPath, readNamed } from './_internal/options.js';
import { got } from '../_internal/fail.js';

/**
 * The calendar periods {@link trend} can bucket by.
 *
 * @example
 * ```ts
 * import { TREND_PERIODS } from 'clientele';
 *
 * TREND_PERIODS
 * //=> ['day', 'week', 'month', 'quarter', 'year']
 * ```
 *
 * @category Scoring
 */
export const TREND_PERIODS = /*@__PURE__*/ Object.freeze(['day', 'week', 'month', 'quarter', 'year'] as const);

/**
 * One of {@link TREND_PERIODS}.
 *
 * @category Scoring
 */
export type TrendPeriod = (typeof TREND_PERIODS)[number];

/**
 * How {@link trend} combines the values in one period.
 *
 * @example
 * ```ts
 * import { TREND_AGGREGATES } from 'clientele';
 *
 * TREND_AGGREGATES
 * //=> ['mean', 'sum', 'count', 'min', 'max']
 * ```
 *
 * @category Scoring
 */
export const TREND_AGGREGATES = /*@__PURE__*/ Object.freeze(['mean', 'sum', 'count', 'min', 'max'] as const);

/**
 * One of {@link TREND_AGGREGATES}.
 *
 * @category Scoring
 */
export type TrendAggregate = (typeof TREND_AGGREGATES)[number];

/**
 * One input of {@link trend}.
 *
 * @category Scoring
 */
export interface TrendPoint {
  /** When: an ISO 8601 calendar date (a day, in every zone) or date-time string, or a Date (an instant). */
  readonly at: string | Date;
  /** The value: a finite number (required whatever the aggregate). */
  readonly value: number;
}

/**
 * Options of {@link trend}; `period` and `aggregate` are required.
 *
 * @category Scoring
 */
export interface TrendOptions {
  /** The calendar period to bucket by (weeks start on Monday, as ISO weeks do). */
  readonly period: TrendPeriod;
  /** How to combine the values in a period. */
  readonly aggregate: TrendAggregate;
  /** The IANA time zone whose calendar the periods follow, e.g. `'Europe/Paris'`; `'UTC'` by default. */
  readonly timeZone?: string;
}

/**
 * One period of {@link trend}'s result.
 *
 * @category Scoring
 */
export interface TrendBucket {
  /** The period's first day, `YYYY-MM-DD`, on the calendar of the time zone asked for. */
  readonly start: string;
  /** The aggregate of the period's values (for `count`, the count). */
  readonly value: number;
  /** How many points fell in the period. */
  readonly count: number;
}

const DAY_MS = 86_400_000;
const STARTS: Record<TrendPeriod, (date: Date) => Date> = {
  day: (date) => date,
  week: (date) => startOfISOWeek(date),
  month: (date) => startOfMonth(date),
  quarter: (date) => startOfQuarter(date),
  year: (date) => startOfYear(date),
};

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * The first day of the calendar period holding `day` (days since 1970-01-01
 * on the chosen zone's calendar).
 *
 * date-fns works on the machine's calendar of a Date. To make it work on
 * the chosen zone's calendar whatever the machine's zone, the day is copied
 * into a machine-local Date at noon (a time every zone's day has), date-fns
 * finds the period's first day on that calendar, and its year, month and day
 * are read back. Only calendar fields cross over, so the machine's zone
 * never matters.
 */
function periodStart(day: number, period: TrendPeriod): string {
  const utc = new Date(day * DAY_MS);
  const local = new Date(2000, 0, 1, 12, 0, 0, 0);
  local.setFullYear(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
  const start = STARTS[period](local);
  return `${pad(start.getFullYear(), 4)}-${pad(start.getMonth() + 1, 2)}-${pad(start.getDate(), 2)}`;
}

/**
 * The first and last local days accepted: 0001-01-01 (a Monday, so no
 * period starts before it) to 9999-12-31. Instants more than a day outside
 * them are refused before any zone is asked about them.
 */
const FIRST_DAY = -719_162;
const LAST_DAY = 2_932_896;

/**
 * Reads the `period` and `timeZone` options (issues at `['options', key]`),
 * for {@link trend} and surveyTrend alike; `undefined` for a bad one.
 */
export function readPeriodOptions(named: Record<string, unknown>, issues: Issue[]): { period?: TrendPeriod; timeZone?: string } {
  let period: TrendPeriod | undefined;
  if ((TREND_PERIODS as readonly unknown[]).includes(named.period)) period = named.period as TrendPeriod;
  else issues.push(issue(optionPath('period'), got(`must be one of ${TREND_PERIODS.join(', ')}`, named.period)));
  const timeZone = named.timeZone === undefined ? 'UTC' : readTimeZone(named.timeZone, optionPath('timeZone'), issues);
  return { period, timeZone };
}

/**
 * True when `value`, already read as an ISO date, is a calendar date
 * `YYYY-MM-DD` rather than a date-time or a Date.
 */
export function isCalendarDate(value: unknown): boolean {
  return typeof value === 'string' && isDateOnly(value);
}

/**
 * The periods of `timeZone`'s calendar: the returned function gives the
 * first day of the period holding a point, or records an issue at `path`
 * when the point's local date falls outside 0001-01-01 to 9999-12-31.
 *
 * `at` is the point read by `readInstant`. When the point was a calendar
 * date (`calendarDate` true; `at` is then its UTC midnight) it already names
 * a day of the calendar, so that day is its local date in every zone: read
 * as an instant, `'2025-10-01'` would be 20:00 on 30 September in New York.
 * A date-time or a Date is an instant, and its local date is the one it has
 * in the zone.
 *
 * Without a zone (a bad one was given) it checks nothing; without a period
 * it checks the date and names no period. Period starts are remembered per
 * local day.
 */
export function periodStarts(
  period: TrendPeriod | undefined,
  timeZone: string | undefined,
): (at: number, calendarDate: boolean, path: IssuePath, issues: Issue[]) => string | undefined {
  if (timeZone === undefined) return () => undefined;
  const localDay = localDayReader(timeZone);
  const startOfDay = new Map<number, string>();
  return (at, calendarDate, path, issues) => {
    const near = at >= (FIRST_DAY - 1) * DAY_MS && at < (LAST_DAY + 2) * DAY_MS;
    const day = calendarDate ? Math.floor(at / DAY_MS) : near ? localDay(at) : undefined;
    if (day === undefined || day < FIRST_DAY || day > LAST_DAY) {
      const rule = 'must fall between 0001-01-01 and 9999-12-31';
      // a calendar date is the same day in every zone; an instant's day depends on the zone
      const message = calendarDate
        ? `${rule} — got ${dayText(Math.floor(at / DAY_MS))}`
        : `${rule} on the calendar of ${timeZone} — got ${new Date(at).toISOString()}`;
      issues.push(issue(path, message));
      return undefined;
    }
    if (period === undefined) return undefined;
    let start = startOfDay.get(day);
    if (start === undefined) {
      start = periodStart(day, period);
      startOfDay.set(day, start);
    }
    return start;
  };
}

interface Bucket {
  count: number;
  partials: number[];
  min: number;
  max: number;
}

/**
 * Buckets `{ at, value }` points by calendar period — day, week (starting
 * Monday, as ISO weeks do), month, quarter or year, via date-fns — on the
 * calendar of an IANA time zone (UTC by default), and combines each
 * period's values: mean, sum, count, min or max. Periods come in time
 * order, each named by its first local day (`YYYY-MM-DD`; a week may start
 * in the previous year: 2021-01-01 is in the week starting 2020-12-28).
 * A calendar date `YYYY-MM-DD` stays on that date whatever the zone, while
 * a date-time or a Date is an instant and belongs to the local date it has
 * in the zone. So daylight saving moves no point: a day with a clock change
 * simply lasts 23 or 25 hours. Periods without points are left out. Sums
 * and means are computed exactly and rounded once, so the order of the
 * points never changes the answer. Zone data comes from the runtime's
 * `Intl`, so a zone's rules are those of the runtime's time zone database.
 *
 * Full precision: nothing is rounded; round for display.
 *
 * @param points - `{ at, value }` objects: `at` a calendar date, an ISO date-time or a Date whose local date falls in the years 0001–9999, `value` finite
 * @param options - `period` and `aggregate` (required) and `timeZone` (an IANA name; default `'UTC'`)
 * @returns one bucket per period with points, oldest first
 * @throws {ClienteleError} INVALID_INPUT at `['points', i, 'at']` / `['points', i, 'value']` for a bad point, at `['options', 'period']` / `['options', 'aggregate']` for a bad or missing option, at `['options', 'timeZone']` for a name that is not an IANA zone the runtime knows
 *
 * @example
 * ```ts
 * import { trend } from 'clientele';
 *
 * const points = [
 *   { at: '2024-01-31T23:30:00-02:00', value: 8 },
 *   { at: '2024-01-15', value: 6 },
 *   { at: '2024-02-10T12:00:00Z', value: 9 },
 * ];
 * trend(points, { period: 'month', aggregate: 'mean' })
 * //=> [{ start: '2024-01-01', value: 6, count: 1 }, { start: '2024-02-01', value: 8.5, count: 2 }]
 * trend(points, { period: 'week', aggregate: 'count' })
 * //=> [
 * //   { start: '2024-01-15', value: 1, count: 1 },
 * //   { start: '2024-01-29', value: 1, count: 1 },
 * //   { start: '2024-02-05', value: 1, count: 1 },
 * // ]
 * trend(points, { period: 'day', aggregate: 'sum', timeZone: 'Asia/Ho_Chi_Minh' })
 * //=> [
 * //   { start: '2024-01-15', value: 6, count: 1 },
 * //   { start: '2024-02-01', value: 8, count: 1 },
 * //   { start: '2024-02-10', value: 9, count: 1 },
 * // ]
 * const october = [
 *   { at: '2025-10-01', value: 8 },
 *   { at: '2025-10-01T02:00:00Z', value: 4 }, // 22:00 on 30 September in New York
 * ];
 * trend(october, { period: 'month', aggregate: 'mean', timeZone: 'America/New_York' })
 * //=> [{ start: '2025-09-01', value: 4, count: 1 }, { start: '2025-10-01', value: 8, count: 1 }]
 *
 * // @ts-expect-error -- a fortnight is not one of TREND_PERIODS
 * trend(points, { period: 'fortnight', aggregate: 'sum' })
 * //=> throws INVALID_INPUT
 * trend(points, { period: 'day', aggregate: 'sum', timeZone: 'Mars/Olympus_Mons' })
 * //=> throws INVALID_INPUT
 * ```
 *
 * @category Scoring
 */
export function trend(points: readonly TrendPoint[], options: TrendOptions): TrendBucket[] {
  const issues: Issue[] = [];
  const named = readNamed(options, ['period', 'aggregate', 'timeZone'], issues, 'options', ['options'], false);
  let calendar: { period?: TrendPeriod; timeZone?: string } = {};
  let aggregate: TrendAggregate | undefined;
  if (named !== undefined) {
    calendar = readPeriodOptions(named, issues);
    if ((TREND_AGGREGATES as readonly unknown[]).includes(named.aggregate)) aggregate = named.aggregate as TrendAggregate;
    else issues.push(issue(optionPath('aggregate'), got(`must be one of ${TREND_AGGREGATES.join(', ')}`, named.aggregate)));
  }
  const startOf = periodStarts(calendar.period, calendar.timeZone);
  const buckets = new Map<string, Bucket>();
  eachItem(points, ['points'], issues, (item, index) => {
    const path = ['points', index];
    if (!isRecord(item, path, issues, 'a point object { at, value }')) return;
    rejectUnknownKeys(item, ['at', 'value'], path, issues);
    const atRead = readKey(item, 'at', path, issues);
    const valueRead = readKey(item, 'value', path, issues);
    const before = issues.length;
    const at = atRead.ok ? readInstant(atRead.value, [...path, 'at'], issues, true) : undefined;
    const start = at === undefined ? undefined : startOf(at, isCalendarDate(atRead.value), [...path, 'at'], issues);
    const value = valueRead.ok ? valueRead.value : undefined;
    const okValue = valueRead.ok && checkNumber(value, [...path, 'value'], issues);
    if (issues.length > before || !okValue || start === undefined) return;
    let bucket = buckets.get(start);
    if (bucket === undefined) {
      bucket = { count: 0, partials: [], min: Infinity, max: -Infinity };
      buckets.set(start, bucket);
    }
    bucket.count += 1;
    if (!addExact(bucket.partials, value as number)) {
      issues.push(issue([...path, 'value'], 'makes the period total exceed the largest finite number'));
    }
    if ((value as number) < bucket.min) bucket.min = value as number;
    if ((value as number) > bucket.max) bucket.max = value as number;
  });
  throwIssues(issues);
  const starts = [...buckets.keys()].sort();
  return starts.map((start) => {
    const bucket = buckets.get(start)!;
    return { start, value: aggregateOf(bucket, aggregate!), count: bucket.count };
  });
}

function aggregateOf(bucket: Bucket, aggregate: TrendAggregate): number {
  switch (aggregate) {
    case 'count':
      return bucket.count;
    case 'sum':
      return roundExact(bucket.partials);
    case 'min':
      return bucket.min + 0;
    case 'max':
      return bucket.max + 0;
    case 'mean':
      return Math.min(bucket.max, Math.max(bucket.min, roundExact(bucket.partials) / bucket.count)) + 0;
  }
}
