import type { Issue, IssuePath } from '../errors.js';
import { FOUR_CENTURIES_MS } from './dates.js';
import { got } from './fail.js';
import { nearestKey } from './keys.js';

/**
 * Time zones by IANA name, read through the runtime's `Intl` data (no zone
 * table is bundled). The offset of a zone at an instant is worked out from
 * the wall-clock fields `Intl.DateTimeFormat` gives for it, not from an
 * offset string: @date-fns/tz 1.5's `tzOffset` parses `GMT-00:44:30` as
 * +44.5 minutes (the `-00` hour loses its sign; open upstream as
 * date-fns/date-fns#4279), which would put Monrovia before 1972 and Dublin
 * before 1916 on the wrong day.
 */

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Two days inside the ends of the Date range: every wall clock of an instant within it is a valid Date. */
const EDGE_MS = 8.64e15 - 2 * DAY_MS;

/**
 * The shape of an IANA zone name: `UTC`, `Asia/Ho_Chi_Minh`,
 * `America/Argentina/Buenos_Aires`, `Etc/GMT+7`. Offsets such as `+07:00`
 * are not names; newer runtimes accept them in `Intl`, so they are refused
 * here to give one answer on every runtime.
 */
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;
/** Longer than any zone name (the longest, `America/Argentina/ComodRivadavia`, has 32 characters). */
const MAX_NAME = 64;

/** One formatter per zone name (lower case, as `Intl` matches names without case); `null` for a name `Intl` refuses. */
const formatters = /*@__PURE__*/ new Map<string, Intl.DateTimeFormat | null>();

function formatterOf(timeZone: string): Intl.DateTimeFormat | null {
  const key = timeZone.toLowerCase();
  let format = formatters.get(key);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        calendar: 'gregory',
        numberingSystem: 'latn',
        hourCycle: 'h23',
        era: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      format = null;
    }
    formatters.set(key, format);
  }
  return format;
}

/** True for an IANA time zone name the runtime knows (case as `Intl` reads it: `utc` is `UTC`). */
export function isTimeZone(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_NAME && ZONE_NAME.test(value) && formatterOf(value) !== null;
}

/**
 * A UTC offset as people write one in place of a zone: `+07:00`, `-0500`,
 * `UTC+7`, `GMT-5`, `UTC+05:30`, `Z` (hours, then optional minutes; the
 * minus may be U+2212).
 */
const OFFSET_LIKE = /^(?:z|(?:(?:utc|gmt|ut)\s*)?([+\-\u2212])\s*(\d{1,2})(?::?(\d{2}))?)$/i;

/** The offset `value` writes, in minutes east of UTC, or `undefined` when it does not look like one. */
function offsetOf(value: string): number | undefined {
  const match = OFFSET_LIKE.exec(value.trim());
  if (match === null) return undefined;
  if (match[1] === undefined) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '+' ? minutes : -minutes;
}

/** What to write instead of a fixed offset: `UTC`, or the `Etc/` zone of a whole number of hours the runtime knows. */
function fixedZoneHint(minutes: number): string {
  if (minutes === 0) return ' (a fixed UTC+00:00 is "UTC")';
  const hours = Math.abs(minutes) / 60;
  // POSIX signs, which the tz database keeps for Etc/: Etc/GMT-7 is seven hours ahead of UTC
  const zone = `Etc/GMT${minutes > 0 ? '-' : '+'}${hours}`;
  if (!Number.isInteger(hours) || !isTimeZone(zone)) return '';
  const shown = `UTC${minutes > 0 ? '+' : '-'}${String(hours).padStart(2, '0')}:00`;
  return ` (a fixed ${shown} is "${zone}": Etc/ names flip the sign)`;
}

/** The zone names a suggestion is drawn from: the runtime's own list and `UTC` (which the list leaves out); read once, on the first bad name. */
let knownZones: readonly string[] | undefined;

/**
 * Today's IANA names of zones that CLDR, and so `Intl.supportedValuesOf`,
 * still lists under an older spelling (CLDR keeps a zone's first canonical
 * id; the tz database's `backward` file links the old names to these). Every
 * runtime accepts both, but only the old ones are listed, so without these a
 * typo of "Asia/Ho_Chi_Minh" found nothing and one of "Asia/Kolkata" was
 * offered "Asia/Calcutta". Each is used only where the runtime accepts it.
 */
const CURRENT_NAMES = [
  'Africa/Asmara',
  'America/Argentina/Buenos_Aires',
  'America/Argentina/Catamarca',
  'America/Argentina/Cordoba',
  'America/Argentina/Jujuy',
  'America/Argentina/Mendoza',
  'America/Atikokan',
  'America/Indiana/Indianapolis',
  'America/Kentucky/Louisville',
  'America/Nuuk',
  'Asia/Ho_Chi_Minh',
  'Asia/Kathmandu',
  'Asia/Kolkata',
  'Asia/Yangon',
  'Atlantic/Faroe',
  'Europe/Kyiv',
  'Pacific/Chuuk',
  'Pacific/Kanton',
  'Pacific/Pohnpei',
] as const;

function zoneNames(): readonly string[] {
  if (knownZones === undefined) {
    let listed: readonly string[] = [];
    try {
      // missing before Node 18 and in some embedded runtimes: then only UTC is suggested
      listed = Intl.supportedValuesOf('timeZone');
    } catch {
      listed = [];
    }
    // today's names first, so that a typo as near to an old spelling as to a new one is offered the new one
    const current = listed.length === 0 ? [] : CURRENT_NAMES.filter((name) => !listed.includes(name) && isTimeZone(name));
    knownZones = ['UTC', ...current, ...listed];
  }
  return knownZones;
}

/**
 * The known zone name nearest to `value`, or undefined when none is near. As
 * `nearestKey` matches option keys (the same edit distance, without regard
 * to case, the nearest winning and the first listed on a tie), but the edits
 * allowed, max(1, ⌊length / 3⌋), are counted on the name's last part (the
 * city): counted on the whole name, the shared area would let `Asia/Hanoi`
 * pass for `Asia/Bangkok`, four edits of twelve.
 */
function nearestZone(value: string): string | undefined {
  if (value.length > MAX_NAME) return undefined;
  return nearestKey(value, zoneNames(), (candidate) => candidate.slice(candidate.lastIndexOf('/') + 1));
}

/**
 * The rule a time zone broke, worded for the value given (the caller adds
 * `— got value`): every reader of a time zone (trend options, calendars)
 * words it here. An offset is told it is one, with the fixed `Etc/` zone
 * that keeps it when there is one; a misspelt name gets the nearest name
 * the runtime knows (see {@link nearestZone}).
 */
export function timeZoneRule(value: unknown): string {
  const rule = 'must be an IANA time zone name the runtime knows';
  if (typeof value !== 'string') return `${rule}, such as "UTC" or "Europe/Paris"`;
  const offset = offsetOf(value);
  if (offset !== undefined) return `${rule}, such as "Asia/Ho_Chi_Minh", not an offset${fixedZoneHint(offset)}`;
  const near = nearestZone(value);
  return near === undefined ? `${rule}, such as "UTC" or "Europe/Paris"` : `${rule} (did you mean ${JSON.stringify(near)}?)`;
}

/**
 * `value` when it is an IANA time zone name the runtime knows; otherwise an
 * issue at `path` (worded by {@link timeZoneRule}) and `undefined`. A
 * missing value is an issue too: apply a default before calling.
 */
export function readTimeZone(value: unknown, path: IssuePath, issues: Issue[]): string | undefined {
  if (isTimeZone(value)) return value;
  issues.push({ path, code: 'INVALID_INPUT', message: got(timeZoneRule(value), value) });
  return undefined;
}

/** `en-US` with the options above formats as `3/10/2024 AD, 03:00:00`. */
const WALL_CLOCK = /^(\d+)\/(\d+)\/(\d+) (AD|BC), (\d+):(\d+):(\d+)$/;

/** The wall-clock fields of `second` (whole seconds since the epoch) in the formatter's zone, as an epoch-based count of milliseconds. */
function wallClock(format: Intl.DateTimeFormat, second: number): number {
  const fields = { era: 'AD', year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  // format() and a regular expression cost a fifth of formatToParts(); the parts are the fallback
  // for a runtime that lays the date out otherwise
  const match = WALL_CLOCK.exec(format.format(second));
  if (match) {
    [fields.month, fields.day, fields.year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    [fields.era, fields.hour, fields.minute, fields.second] = [match[4]!, Number(match[5]), Number(match[6]), Number(match[7])];
  } else {
    for (const part of format.formatToParts(second)) {
      if (part.type === 'era') fields.era = part.value;
      else if (part.type in fields) (fields as Record<string, number | string>)[part.type] = Number(part.value);
    }
  }
  const wall = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999
  wall.setUTCFullYear(fields.era === 'AD' ? fields.year : 1 - fields.year, fields.month - 1, fields.day);
  wall.setUTCHours(fields.hour, fields.minute, fields.second, 0);
  return wall.getTime();
}

/**
 * How far the zone's wall clock is ahead of UTC at `instant`, in
 * milliseconds (negative west of Greenwich; whole seconds, as zone data
 * gives local mean time to the second). `timeZone` must have passed
 * {@link isTimeZone}.
 */
export function zoneOffset(timeZone: string, instant: number): number {
  // Near and past the ends of the Date range (±8.64e15 ms) the wall clock cannot be built. Offsets there
  // repeat every 400 years (a zone's yearly rule) or never change (local mean time), so ask 400 years inside.
  if (instant > EDGE_MS) return zoneOffset(timeZone, instant - FOUR_CENTURIES_MS * Math.ceil((instant - EDGE_MS) / FOUR_CENTURIES_MS));
  if (instant < -EDGE_MS) return zoneOffset(timeZone, instant + FOUR_CENTURIES_MS * Math.ceil((-EDGE_MS - instant) / FOUR_CENTURIES_MS));
  const second = instant - (((instant % 1000) + 1000) % 1000);
  return wallClock(formatterOf(timeZone)!, second) - second;
}

/**
 * A reader of local calendar days: the returned function maps an instant to
 * the number of days from 1970-01-01 to its date on the zone's calendar.
 * It remembers the offset at each UTC hour boundary it has asked about; an
 * hour whose two boundaries share an offset has that offset throughout
 * (zones change offset at most once within an hour, and the change stays),
 * so a million answers cost a few thousand `Intl` calls rather than a
 * million. Within an hour that holds a change, each instant is asked about.
 */
export function localDayReader(timeZone: string): (instant: number) => number {
  if (formatterOf(timeZone) !== null && timeZone.toLowerCase() === 'utc') return (instant) => Math.floor(instant / DAY_MS);
  const boundaries = new Map<number, number>();
  const offsetAt = (hour: number): number => {
    let offset = boundaries.get(hour);
    if (offset === undefined) {
      offset = zoneOffset(timeZone, hour * HOUR_MS);
      boundaries.set(hour, offset);
    }
    return offset;
  };
  return (instant) => {
    const hour = Math.floor(instant / HOUR_MS);
    const first = offsetAt(hour);
    const offset = first === offsetAt(hour + 1) ? first : zoneOffset(timeZone, instant);
    return Math.floor((instant + offset) / DAY_MS);
  };
}

/** A day number from {@link localDayReader} as `YYYY-MM-DD` (year 0 is `0000`). */
export function dayText(day: number): string {
  const date = new Date(day * DAY_MS);
  const pad = (value: number, width: number): string => String(value).padStart(width, '0');
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** The calendar date of `instant` in `timeZone` (an IANA name that passed {@link isTimeZone}) as `YYYY-MM-DD`. */
export function localDate(instant: number, timeZone: string): string {
  return dayText(Math.floor((instant + zoneOffset(timeZone, instant)) / DAY_MS));
}

/**
 * The instant at which the zone's wall clock shows `time` milliseconds past
 * midnight of the local date `year`-`month`-`day` (`month` 1–12; `time` may
 * reach 24 h for the end of the day). Times that occur twice (clocks set
 * back) give the earlier instant; times skipped (clocks set forward) are
 * read with the offset from before the change, so 02:30 on a night that
 * jumps from 02:00 to 03:00 is 03:30 (Temporal's `'compatible'` rule).
 * Assumes at most one offset change within a day either side.
 */
export function zonedInstant(timeZone: string, year: number, month: number, day: number, time: number): number {
  const wall = new Date(0);
  wall.setUTCFullYear(year, month - 1, day);
  const local = wall.getTime() + time;
  const before = zoneOffset(timeZone, local - DAY_MS);
  const after = zoneOffset(timeZone, local + DAY_MS);
  const early = local - before;
  const late = local - after;
  const earlyFits = zoneOffset(timeZone, early) === before;
  const lateFits = zoneOffset(timeZone, late) === after;
  if (earlyFits && lateFits) return Math.min(early, late);
  if (lateFits) return late;
  return early;
}
