/**
 * The working clock of a calendar: how many milliseconds of working time lie
 * between two instants.
 *
 * What counts. An instant is working time when the zone's wall clock, at that
 * instant, reads a time inside one of the day's intervals, on a local date
 * that is not a holiday. So working time is real elapsed time, read through
 * the wall clock: on the night the clocks go forward (02:00 → 03:00 in New
 * York) an interval 01:00–04:00 holds 2 real hours, since 02:00–03:00 is
 * never shown; on the night they go back (02:00 → 01:00) it holds 4, since
 * 01:00–02:00 is shown, and worked, twice. A calendar working round the clock
 * gives exactly wall-clock time.
 *
 * How. Days are walked one local date at a time (never minute by minute).
 * Each date's working intervals become instants once and are kept: a date's
 * pieces are the instants whose wall-clock reading falls in an interval,
 * found per stretch of constant offset. The zone's offset is sampled every
 * 4 hours (no zone changes offset twice within 4 hours) and memoised, and a
 * change between two samples is found by bisection to the second (offsets
 * change on whole seconds). A million spans over a year of dates cost a few
 * thousand `Intl` calls, not a million.
 *
 * Long spans. Walking costs about 14 µs a date, so a span from the year 0001
 * to 9999 (a mistyped year) took 52 s. Whole UTC years far from today repeat
 * instead: before 1800 every zone keeps one offset (its local mean time; the
 * first change of any zone in the tz database is Manila's, at the end of
 * 1844), and from 2200 every zone follows a yearly rule ("the second Sunday
 * in March at 02:00"; the last change the database predicts by date is
 * Casablanca's, in 2087). In both stretches a year's working time depends
 * only on the weekday its 1 January falls on and whether it is a leap year,
 * so each of those 14 kinds is walked once per stretch and reused; years
 * near a holiday are walked. Such a span now costs the walk of the years
 * from 1800 to 2200 it covers (once per clock: whole years walked are
 * remembered), and next to nothing for the rest.
 * The two facts are checked again for each zone with a few samples, the
 * first time a far year is weighed (and those years are walked where they
 * fail); a test holds the two roads together and
 * checks the facts more closely for every zone the runtime knows.
 */
import { FOUR_CENTURIES_MS, isLeapYear, utcOf } from '../../_internal/dates.js';
import { zoneOffset } from '../../_internal/timeZone.js';
import type { Calendar } from '../../chain/calendar.js';
import { WEEKDAY_KEYS, minutesOf } from '../../chain/_readCalendar.js';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const SAMPLE_MS = 4 * 3_600_000;
/** Farther from UTC than any zone's offset has ever been (local mean time in Manila was −15:56). */
const REACH_MS = 18 * 3_600_000;
const EMPTY = /*@__PURE__*/ new Float64Array(0);
/**
 * The most dates (and four-hour samples, six a date) one clock keeps: about
 * 45 years, far more than a year of tasks needs. A longer span walks on with
 * emptied caches, since a `Map` holds at most 2²⁴ entries (a span to the year
 * 9999 threw `RangeError: Map maximum size exceeded`) and every kept date
 * costs memory.
 */
const KEPT_DAYS = 16_384;
/** Before this year every zone keeps one offset; from `RULED_FROM` every zone follows a yearly rule. */
export const CONSTANT_BEFORE = 1800;
export const RULED_FROM = 2200;
/** Spans of fewer whole years than this are simply walked. */
const FEW_YEARS = 3;
/** The most whole years from 1800 to 2200 (or near holidays) one clock remembers. */
const KEPT_YEARS = 1024;

/** The working time of one calendar. */
export interface WorkingClock {
  /** Working milliseconds in [from, to); 0 when `to` is not after `from`. */
  readonly workingMs: (from: number, to: number) => number;
  /** The same, always walked a date at a time: what the year road is tested against. */
  readonly walkedMs: (from: number, to: number) => number;
}

/** The instant 1 January of `year` begins in UTC (the years 0 to 99 included, which `Date.UTC` misreads). */
export function utcYearStart(year: number): number {
  return utcOf(year, 1, 1);
}

/** Which of the 14 kinds of year `year` is: the weekday of its 1 January (0 to 6), plus 7 in a leap year. */
function yearKind(year: number): number {
  const weekday = (((utcYearStart(year) / DAY_MS + 4) % 7) + 7) % 7;
  return weekday + (isLeapYear(year) ? 7 : 0);
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` that is known to be valid (`utcOf`: `Date.UTC` reads 0024 as 1924). */
function dayNumber(date: string): number {
  return utcOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))) / DAY_MS;
}

/** Whether the two facts the year road rests on hold for a zone in this runtime, per zone name: checked on first need, with a few `Intl` calls. */
const zoneFacts = /*@__PURE__*/ new Map<string, { readonly constantEarly: boolean; readonly ruledLate: boolean }>();

function factsOf(zone: string): { readonly constantEarly: boolean; readonly ruledLate: boolean } {
  let facts = zoneFacts.get(zone);
  if (facts === undefined) {
    // one offset from the year −1000 to 1799, and the same offset 400 years apart from 2200
    const early = [-1000, 1, 1000, 1799].flatMap((year) => [0, 180].map((day) => zoneOffset(zone, utcYearStart(year) + day * DAY_MS)));
    const constantEarly = early.every((offset) => offset === early[0]);
    const ruledLate = [0, 80, 160, 240, 320].every((day) => {
      const at = utcYearStart(RULED_FROM) + day * DAY_MS;
      return zoneOffset(zone, at) === zoneOffset(zone, at + FOUR_CENTURIES_MS);
    });
    facts = { constantEarly, ruledLate };
    zoneFacts.set(zone, facts);
  }
  return facts;
}

function makeClock(calendar: Calendar): WorkingClock {
  const zone = calendar.timeZone;
  // per weekday, Monday = 0: flat [start, end) pairs in ms after local midnight
  const week: number[][] = WEEKDAY_KEYS.map((key) =>
    (calendar.workingHours[key] ?? []).flatMap(([start, end]) => [minutesOf(start) * MINUTE_MS, minutesOf(end) * MINUTE_MS]),
  );
  const holidays = new Set((calendar.holidays ?? []).map(dayNumber));
  const samples = new Map<number, number>();
  const changes = new Map<number, number>();
  const days = new Map<number, Float64Array>();

  const sample = (k: number): number => {
    let offset = samples.get(k);
    if (offset === undefined) {
      offset = zoneOffset(zone, k * SAMPLE_MS);
      if (samples.size >= 6 * KEPT_DAYS) samples.clear();
      samples.set(k, offset);
    }
    return offset;
  };
  /** The first instant after sample k with the offset of sample k + 1. */
  const changeAfter = (k: number): number => {
    let found = changes.get(k);
    if (found === undefined) {
      const before = sample(k);
      let lo = (k * SAMPLE_MS) / 1000;
      let hi = ((k + 1) * SAMPLE_MS) / 1000;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (zoneOffset(zone, mid * 1000) === before) lo = mid;
        else hi = mid;
      }
      found = hi * 1000;
      if (changes.size >= KEPT_DAYS) changes.clear();
      changes.set(k, found);
    }
    return found;
  };

  /** The working pieces of local date `day`: flat [start, end) instant pairs. */
  const piecesOf = (day: number): Float64Array => {
    const cached = days.get(day);
    if (cached !== undefined) return cached;
    const intervals = week[(((day + 3) % 7) + 7) % 7]!;
    let pieces = EMPTY;
    if (intervals.length > 0 && !holidays.has(day)) {
      const midnight = day * DAY_MS;
      // stretches of constant offset over every instant whose reading can fall on this date
      const first = Math.floor((midnight - REACH_MS) / SAMPLE_MS);
      const last = Math.ceil((midnight + DAY_MS + REACH_MS) / SAMPLE_MS);
      const starts = [Number.NEGATIVE_INFINITY];
      const offsets = [sample(first)];
      for (let k = first; k < last; k += 1) {
        if (sample(k + 1) !== sample(k)) {
          starts.push(changeAfter(k));
          offsets.push(sample(k + 1));
        }
      }
      starts.push(Number.POSITIVE_INFINITY);
      const out: number[] = [];
      for (let i = 0; i < intervals.length; i += 2) {
        const wallStart = midnight + intervals[i]!;
        const wallEnd = midnight + intervals[i + 1]!;
        for (let s = 0; s < offsets.length; s += 1) {
          const offset = offsets[s]!;
          const start = Math.max(starts[s]!, wallStart - offset);
          const end = Math.min(starts[s + 1]!, wallEnd - offset);
          if (start < end) out.push(start, end);
        }
      }
      pieces = Float64Array.from(out);
    }
    if (days.size >= KEPT_DAYS) days.clear();
    days.set(day, pieces);
    return pieces;
  };

  const walk = (from: number, to: number): number => {
    if (!(to > from)) return 0;
    // the offsets around each end bound the local dates the span can touch
    const k = Math.floor(from / SAMPLE_MS);
    const j = Math.floor(to / SAMPLE_MS);
    const firstDay = Math.floor((from + Math.min(sample(k), sample(k + 1))) / DAY_MS);
    const lastDay = Math.floor((to + Math.max(sample(j), sample(j + 1))) / DAY_MS);
    let total = 0;
    for (let day = firstDay; day <= lastDay; day += 1) {
      const pieces = piecesOf(day);
      for (let p = 0; p < pieces.length; p += 2) {
        const start = pieces[p]! > from ? pieces[p]! : from;
        const end = pieces[p + 1]! < to ? pieces[p + 1]! : to;
        if (end > start) total += end - start;
      }
    }
    return total;
  };

  // UTC years that hold, or touch on either side, a holiday: walked, never reused
  const holidayYears = new Set<number>();
  for (const day of holidays) for (const near of [day - 1, day, day + 1]) holidayYears.add(new Date(near * DAY_MS).getUTCFullYear());
  /** The working time of each kind of whole UTC year, per stretch: at its kind before 1800, at 14 + its kind from 2200. */
  const yearly = new Float64Array(28).fill(-1);
  /** The working time of other whole UTC years already walked (from 1800 to 2200, or near a holiday). */
  const walkedYears = new Map<number, number>();
  const yearMs = (year: number): number => {
    const far = (year < CONSTANT_BEFORE ? factsOf(zone).constantEarly : year >= RULED_FROM && factsOf(zone).ruledLate) && !holidayYears.has(year);
    const key = far ? yearKind(year) + (year >= RULED_FROM ? 14 : 0) : -1;
    const known = far ? (yearly[key] as number) : (walkedYears.get(year) ?? -1);
    if (known !== -1) return known;
    const ms = walk(utcYearStart(year), utcYearStart(year + 1));
    if (far) yearly[key] = ms;
    else {
      if (walkedYears.size >= KEPT_YEARS) walkedYears.clear();
      walkedYears.set(year, ms);
    }
    return ms;
  };

  return Object.freeze({
    workingMs(from: number, to: number): number {
      if (!(to > from)) return 0;
      // the whole UTC years inside [from, to): first .. last
      const fromYear = new Date(from).getUTCFullYear();
      const first = utcYearStart(fromYear) === from ? fromYear : fromYear + 1;
      const last = new Date(to).getUTCFullYear() - 1;
      if (last - first + 1 < FEW_YEARS) return walk(from, to);
      let total = walk(from, utcYearStart(first)) + walk(utcYearStart(last + 1), to);
      for (let year = first; year <= last; year += 1) total += yearMs(year);
      return total;
    },
    walkedMs: walk,
  });
}

const byObject = /*@__PURE__*/ new WeakMap<object, WorkingClock>();
const byText = /*@__PURE__*/ new Map<string, WorkingClock>();
/** Clocks kept by content, so that equal calendars in different objects share their dates. */
const KEPT = 64;

/**
 * The working clock of a calendar that has passed validation (the schema or
 * readCalendar). Kept per calendar object and per content, so every task
 * that carries the same calendar shares one cache of dates.
 */
export function workingClock(calendar: Calendar): WorkingClock {
  const known = byObject.get(calendar);
  if (known !== undefined) return known;
  const text = JSON.stringify(calendar);
  let clock = byText.get(text);
  if (clock === undefined) {
    clock = makeClock(calendar);
    if (byText.size >= KEPT) byText.delete(byText.keys().next().value as string);
    byText.set(text, clock);
  }
  byObject.set(calendar, clock);
  return clock;
}
