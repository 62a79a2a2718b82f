import { startOfISOWeek, startOfMonth, startOfQuarter, startOfYear } from 'date-fns';
import type { Issue } from '../errors.js';
import { addExact, roundExact } from './_internal/exactSum.js';
import { checkNumber, eachItem, isRecord, issue, readInstant, readKey, rejectUnknownKeys, throwIssues } from './_internal/read.js';
import { readNamed } from './_internal/options.js';
import { describe } from '../_internal/fail.js';

/**
 * The calendar periods {@link trend} can bucket by.
 *
 * @example
 * ```ts
 * import { TREND_PERIODS } from 'clientele';
 *
 * TREND_PERIODS
 * //=> ['week', 'month', 'quarter', 'year']
 * ```
 *
 * @category Scoring
 */
export const TREND_PERIODS = /*@__PURE__*/ Object.freeze(['week', 'month', 'quarter', 'year'] as const);

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
  /** When: an ISO 8601 date or date-time string, or a Date. */
  readonly at: string | Date;
  /** The value: a finite number (required whatever the aggregate). */
  readonly value: number;
}

/**
 * Options of {@link trend}; both are required.
 *
 * @category Scoring
 */
export interface TrendOptions {
  /** The calendar period to bucket by (UTC; ISO weeks start on Monday). */
  readonly period: TrendPeriod;
  /** How to combine the values in a period. */
  readonly aggregate: TrendAggregate;
}

/**
 * One period of {@link trend}'s result.
 *
 * @category Scoring
 */
export interface TrendBucket {
  /** The period's first day, `YYYY-MM-DD` (UTC). */
  readonly start: string;
  /** The aggregate of the period's values (for `count`, the count). */
  readonly value: number;
  /** How many points fell in the period. */
  readonly count: number;
}

const DAY_MS = 86_400_000;
const STARTS: Record<TrendPeriod, (date: Date) => Date> = {
  week: (date) => startOfISOWeek(date),
  month: (date) => startOfMonth(date),
  quarter: (date) => startOfQuarter(date),
  year: (date) => startOfYear(date),
};

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * The first day of the UTC calendar period holding `instant`.
 *
 * date-fns works on the local calendar of a Date. To make it work on the UTC
 * calendar whatever the machine's zone, the UTC day is copied into a local
 * Date at noon (a time every zone's day has), date-fns finds the period's
 * first day on that local calendar, and its local year, month and day are
 * read back. Only calendar fields cross over, so the zone never matters.
 */
function periodStart(instant: number, period: TrendPeriod): string {
  const utc = new Date(instant);
  const local = new Date(2000, 0, 1, 12, 0, 0, 0);
  local.setFullYear(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
  const start = STARTS[period](local);
  return `${pad(start.getFullYear(), 4)}-${pad(start.getMonth() + 1, 2)}-${pad(start.getDate(), 2)}`;
}

interface Bucket {
  count: number;
  partials: number[];
  min: number;
  max: number;
}

/** The first and last instants accepted: 0001-01-01 (a Monday, so no period starts before it) to the end of 9999. */
const EARLIEST = -62_135_596_800_000;
const LATEST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/**
 * Buckets `{ at, value }` points by UTC calendar period — ISO week (starting
 * Monday), month, quarter or year, via date-fns — and combines each period's
 * values: mean, sum, count, min or max. Periods come in time order, each
 * named by its first day (`YYYY-MM-DD`, UTC; an ISO week may start in the
 * previous year: 2021-01-01 is in the week starting 2020-12-28). Periods
 * without points are left out. Sums and means are computed exactly and
 * rounded once, so the order of the points never changes the answer.
 *
 * Full precision: nothing is rounded; round for display.
 *
 * @param points - `{ at, value }` objects: `at` an ISO string or Date (years 0001–9999), `value` finite
 * @param options - `period` and `aggregate`, both required
 * @returns one bucket per period with points, oldest first
 * @throws {ClienteleError} INVALID_INPUT at `['points', i, 'at']` / `['points', i, 'value']` for a bad point, at `['period']` / `['aggregate']` for a bad or missing option
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
 * trend(points, { period: 'fortnight', aggregate: 'sum' })
 * //=> throws INVALID_INPUT
 * ```
 *
 * @category Scoring
 */
export function trend(points: readonly TrendPoint[], options: TrendOptions): TrendBucket[] {
  const issues: Issue[] = [];
  const named = readNamed(options, ['period', 'aggregate'], issues, 'options', [], false);
  let period: TrendPeriod | undefined;
  let aggregate: TrendAggregate | undefined;
  if (named !== undefined) {
    if ((TREND_PERIODS as readonly unknown[]).includes(named.period)) period = named.period as TrendPeriod;
    else issues.push(issue(['period'], `must be one of ${TREND_PERIODS.join(', ')}, not ${describe(named.period)}`));
    if ((TREND_AGGREGATES as readonly unknown[]).includes(named.aggregate)) aggregate = named.aggregate as TrendAggregate;
    else issues.push(issue(['aggregate'], `must be one of ${TREND_AGGREGATES.join(', ')}, not ${describe(named.aggregate)}`));
  }
  const buckets = new Map<string, Bucket>();
  const startOfDay = new Map<number, string>();
  eachItem(points, ['points'], issues, (item, index) => {
    const path = ['points', index];
    if (!isRecord(item, path, issues, 'a point object { at, value }')) return;
    rejectUnknownKeys(item, ['at', 'value'], path, issues);
    const atRead = readKey(item, 'at', path, issues);
    const valueRead = readKey(item, 'value', path, issues);
    const before = issues.length;
    let at = atRead.ok ? readInstant(atRead.value, [...path, 'at'], issues, true) : undefined;
    if (at !== undefined && (at < EARLIEST || at > LATEST)) {
      issues.push(issue([...path, 'at'], 'must fall between 0001-01-01 and 9999-12-31 (UTC)'));
      at = undefined;
    }
    const value = valueRead.ok ? valueRead.value : undefined;
    const okValue = valueRead.ok && checkNumber(value, [...path, 'value'], issues);
    if (issues.length > before || !okValue || at === undefined || period === undefined) return;
    const day = Math.floor(at / DAY_MS);
    let start = startOfDay.get(day);
    if (start === undefined) {
      start = periodStart(at, period);
      startOfDay.set(day, start);
    }
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
