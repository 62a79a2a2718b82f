/**
 * The working clock of a calendar: how many milliseconds of working time lie
 * between two instants.
 *
 * What counts. An instant is working time when the zone's wall clock, at that
 * instant, reads a time inside one of the day's intervals, on a local date
 * that is not a holiday; a date of `workingDates` has its own intervals in
 * place of its weekday's (turned into instants exactly as a weekday's are,
 * daylight-saving changes included). So working time is real elapsed time,
 * read through the wall clock: on the night the clocks go forward (02:00 →
 * 03:00 in New York) an interval 01:00–04:00 holds 2 real hours, since
 * 02:00–03:00 is never shown; on the night they go back (02:00 → 01:00) it holds 4, since
 * 01:00–02:00 is shown, and worked, twice. A calendar working round the clock
 * gives exactly wall-clock time.
 *
 * How. Days are walked one local date at a time (never minute by minute).
 * A date's working intervals become instants per stretch of constant
 * offset: on most dates one offset holds over every instant whose reading
 * can fall on the date, and the intervals are simply shifted by it; the few
 * dates with a change in reach are cut at the change and kept per clock.
 *
 * The zone's history. The offsets come from one store per zone, shared by
 * every calendar of that zone (they differ in hours and holidays, not in
 * what the zone's clocks did), so a new calendar of a zone another one has
 * used walks by arithmetic alone. The store learns 16 days at a time, on
 * first need: the offset every 4 hours (no zone changes offset twice within
 * 4 hours), and each change between two samples found by bisection to the
 * second (offsets change on whole seconds). A million spans over a year of
 * dates cost a few thousand `Intl` calls, not a million, and a second
 * calendar of the zone costs none.
 *
 * Long spans. Walking dates the zone's store has not learnt cost about
 * 14 µs a date (the `Intl` calls), so a span from the year 0001 to 9999 (a
 * mistyped year) took 52 s. Whole UTC years far from today repeat
 * instead: before 1800 every zone keeps one offset (its local mean time; the
 * first change of any zone in the tz database is Manila's, at the end of
 * 1844), and from 2200 every zone follows a yearly rule ("the second Sunday
 * in March at 02:00"; the last change the database predicts by date is
 * Casablanca's, in 2087). In both stretches a year's working time depends
 * only on the weekday its 1 January falls on and whether it is a leap year,
 * so each of those 14 kinds is walked once per stretch and reused; years
 * near a holiday or a date of `workingDates` are walked. Such a span now
 * costs the walk of the years from 1800 to 2200 it covers (once per clock: whole years walked are
 * remembered), and next to nothing for the rest; after another calendar of
 * the zone has learnt those years, that walk is arithmetic (0024 to 2024 in
 * New York measured 1.0 s on a zone's first calendar, 14 ms on the next).
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
/**
 * The most dates one clock keeps the working pieces of. Only dates with a
 * change of offset within reach are kept (about six a year in a zone with
 * daylight saving; any other date is its intervals shifted by one offset,
 * worked out again in passing), so this holds some 2,700 years of them. A
 * longer span walks on with the cache emptied: a `Map` holds at most 2²⁴
 * entries (a span to the year 9999 threw `RangeError: Map maximum size
 * exceeded`) and every kept date costs memory.
 */
const KEPT_DAYS = 16_384;
/** Before this year every zone keeps one offset; from `RULED_FROM` every zone follows a yearly rule. */
export const CONSTANT_BEFORE = 1800;
export const RULED_FROM = 2200;
/** Spans of fewer whole years than this are simply walked. */
const FEW_YEARS = 3;
/** The most whole years from 1800 to 2200 (or near holidays and dated days) one clock remembers. */
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

// ---------------------------------------------------------------- a zone's offset history, shared

/** Four-hour samples in one block of a zone's history: 16 days, the unit learnt at once. */
const BLOCK_SAMPLES = 96;
/**
 * The most blocks all zones' histories keep together: 65,536 blocks of 16
 * days are 2,870 zone-years, enough to keep the years 1800 to 2200 (which
 * long spans walk) learnt for seven zones at once, or one zone from the year
 * 0024 to today. A block without a change is a number in a `Map`, one with
 * changes a short `Float64Array`: about 130 bytes a block measured over
 * 1800–2200 in New York, so at most about 8 MB. Past the bound every zone's
 * history is emptied and learnt again as needed, as the clocks' caches are.
 */
const KEPT_BLOCKS = 65_536;

/**
 * One block of a zone's history: its samples are `b × 96` to `b × 96 + 96`
 * (both ends included). A number when all of them give one offset;
 * otherwise `[offset at the first sample, change, offset from it, change,
 * offset from it, …]`, where a change is the first instant (a whole second)
 * after sample k with the offset of sample k + 1, found by bisection, so it
 * lies in (k, k + 1] × 4 hours.
 */
type Block = number | Float64Array;

/** Per zone (by lower-case name, as `Intl` reads names): the blocks learnt so far, by block number. */
const histories = /*@__PURE__*/ new Map<string, Map<number, Block>>();
let keptBlocks = 0;

/** The blocks of `zone`'s history learnt so far: one `Map` per zone for the life of the module, emptied in place past the bound. */
function historyOf(zone: string): Map<number, Block> {
  const key = zone.toLowerCase();
  let history = histories.get(key);
  if (history === undefined) {
    history = new Map();
    histories.set(key, history);
  }
  return history;
}

/** Samples block `b` of `zone`'s offsets with `Intl`: 97 samples, and about 14 more calls for each change. */
function learnBlock(zone: string, b: number): Block {
  const firstSample = b * BLOCK_SAMPLES;
  const start = zoneOffset(zone, firstSample * SAMPLE_MS);
  let before = start;
  let found: number[] | undefined;
  for (let k = firstSample; k < firstSample + BLOCK_SAMPLES; k += 1) {
    const after = zoneOffset(zone, (k + 1) * SAMPLE_MS);
    if (after === before) continue;
    let lo = (k * SAMPLE_MS) / 1000;
    let hi = ((k + 1) * SAMPLE_MS) / 1000;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (zoneOffset(zone, mid * 1000) === before) lo = mid;
      else hi = mid;
    }
    (found ??= [start]).push(hi * 1000, after);
    before = after;
  }
  return found === undefined ? start : Float64Array.from(found);
}

/** Block `b` of a zone's history, learnt on first need. */
function blockOf(zone: string, history: Map<number, Block>, b: number): Block {
  let block = history.get(b);
  if (block === undefined) {
    block = learnBlock(zone, b);
    if (keptBlocks >= KEPT_BLOCKS) {
      for (const other of histories.values()) other.clear();
      keptBlocks = 0;
    }
    history.set(b, block);
    keptBlocks += 1;
  }
  return block;
}

/**
 * Forgets every zone's history, so that the next clock learns its zone from
 * `Intl` again: for tests and benchmarks that compare a cold store with a
 * warm one. Answers never depend on it.
 */
export function clearZoneHistoriesForTesting(): void {
  // emptied in place, not dropped: clocks made before hold their zone's `Map`
  for (const history of histories.values()) history.clear();
  keptBlocks = 0;
}

/** How many blocks of zone history are kept, over all zones: for tests. */
export function zoneHistoryBlocksForTesting(): number {
  return keptBlocks;
}

// ---------------------------------------------------------------- the clock of one calendar

function makeClock(calendar: Calendar): WorkingClock {
  const zone = calendar.timeZone;
  // per weekday, Monday = 0: flat [start, end) pairs in ms after local midnight
  const week: number[][] = WEEKDAY_KEYS.map((key) =>
    (calendar.workingHours[key] ?? []).flatMap(([start, end]) => [minutesOf(start) * MINUTE_MS, minutesOf(end) * MINUTE_MS]),
  );
  const holidays = new Set((calendar.holidays ?? []).map(dayNumber));
  // dated hours (a Saturday worked by decree, a shortened eve of a holiday), by day number; none, most often, costs one test a date
  const datedEntries = calendar.workingDates === undefined ? [] : Object.entries(calendar.workingDates);
  const dated =
    datedEntries.length === 0
      ? undefined
      : new Map(datedEntries.map(([date, list]) => [dayNumber(date), list.flatMap(([start, end]) => [minutesOf(start) * MINUTE_MS, minutesOf(end) * MINUTE_MS])]));
  const history = historyOf(zone);
  const days = new Map<number, Float64Array>();

  /** The zone's offset at sample k (the instant k × 4 hours). */
  const sample = (k: number): number => {
    const block = blockOf(zone, history, Math.floor(k / BLOCK_SAMPLES));
    if (typeof block === 'number') return block;
    const at = k * SAMPLE_MS;
    let offset = block[0]!;
    for (let i = 1; i < block.length && block[i]! <= at; i += 2) offset = block[i + 1]!;
    return offset;
  };

  /** The first and last samples around local date `day`: every instant whose reading can fall on it lies between them. */
  const firstSample = (day: number): number => Math.floor((day * DAY_MS - REACH_MS) / SAMPLE_MS);
  const lastSample = (day: number): number => Math.ceil((day * DAY_MS + DAY_MS + REACH_MS) / SAMPLE_MS);

  /**
   * The zone's one offset over every instant whose reading can fall on local
   * date `day`, or NaN when it changes offset there (a few dates a year):
   * the changes at instants in (first, last] × 4 hours, between the samples
   * around the date.
   */
  const steadyOffset = (day: number): number => {
    const first = firstSample(day);
    const last = lastSample(day);
    const after = first * SAMPLE_MS;
    const until = last * SAMPLE_MS;
    for (let b = Math.floor(first / BLOCK_SAMPLES); b <= Math.floor((last - 1) / BLOCK_SAMPLES); b += 1) {
      const block = blockOf(zone, history, b);
      if (typeof block === 'number') continue;
      for (let i = 1; i < block.length; i += 2) if (block[i]! > after && block[i]! <= until) return Number.NaN;
    }
    return sample(first);
  };

  /** The working pieces of local date `day`, a working date with a change of offset in reach: flat [start, end) instant pairs. */
  const piecesOf = (day: number, intervals: readonly number[]): Float64Array => {
    const cached = days.get(day);
    if (cached !== undefined) return cached;
    const midnight = day * DAY_MS;
    // stretches of constant offset: the first from the sample before, then one from each change
    const first = firstSample(day);
    const last = lastSample(day);
    const after = first * SAMPLE_MS;
    const until = last * SAMPLE_MS;
    const starts = [Number.NEGATIVE_INFINITY];
    const offsets = [sample(first)];
    for (let b = Math.floor(first / BLOCK_SAMPLES); b <= Math.floor((last - 1) / BLOCK_SAMPLES); b += 1) {
      const block = blockOf(zone, history, b);
      if (typeof block === 'number') continue;
      for (let i = 1; i < block.length; i += 2) {
        if (block[i]! > after && block[i]! <= until) {
          starts.push(block[i]!);
          offsets.push(block[i + 1]!);
        }
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
    const pieces = Float64Array.from(out);
    if (days.size >= KEPT_DAYS) days.clear();
    days.set(day, pieces);
    return pieces;
  };

  /** Working milliseconds in [from, to), walked one local date at a time. */
  const walk = (from: number, to: number): number => {
    if (!(to > from)) return 0;
    // the offsets around each end bound the local dates the span can touch
    const k = Math.floor(from / SAMPLE_MS);
    const j = Math.floor(to / SAMPLE_MS);
    const firstDay = Math.floor((from + Math.min(sample(k), sample(k + 1))) / DAY_MS);
    const lastDay = Math.floor((to + Math.max(sample(j), sample(j + 1))) / DAY_MS);
    let total = 0;
    for (let day = firstDay; day <= lastDay; day += 1) {
      const intervals = (dated === undefined ? undefined : dated.get(day)) ?? week[(((day + 3) % 7) + 7) % 7]!;
      if (intervals.length === 0 || holidays.has(day)) continue;
      const offset = steadyOffset(day);
      if (offset === offset) {
        // one offset all day, as on most dates: each interval is its wall-clock times shifted by it
        const midnight = day * DAY_MS - offset;
        for (let i = 0; i < intervals.length; i += 2) {
          const start = midnight + intervals[i]! > from ? midnight + intervals[i]! : from;
          const end = midnight + intervals[i + 1]! < to ? midnight + intervals[i + 1]! : to;
          if (end > start) total += end - start;
        }
        continue;
      }
      const pieces = piecesOf(day, intervals);
      for (let p = 0; p < pieces.length; p += 2) {
        const start = pieces[p]! > from ? pieces[p]! : from;
        const end = pieces[p + 1]! < to ? pieces[p + 1]! : to;
        if (end > start) total += end - start;
      }
    }
    return total;
  };

  // UTC years that hold, or touch on either side, a holiday or a dated day: walked, never reused
  const holidayYears = new Set<number>();
  for (const day of [...holidays, ...(dated?.keys() ?? [])]) for (const near of [day - 1, day, day + 1]) holidayYears.add(new Date(near * DAY_MS).getUTCFullYear());
  /** The working time of each kind of whole UTC year, per stretch: at its kind before 1800, at 14 + its kind from 2200. */
  const yearly = new Float64Array(28).fill(-1);
  /** The working time of other whole UTC years already walked (from 1800 to 2200, or near a holiday or a dated day). */
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
