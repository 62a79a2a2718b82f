/**
 * The rules of a working calendar, written once without zod: the schema in
 * calendar.ts runs them as its refinement, and {@link readCalendar} (the
 * reader of the chain's link path and of the SLA scores, which stay free of
 * zod so a warehouse function can carry them) runs them after its own shape
 * checks. test/scoring/workingTime.prop.test.ts holds the reader to the schema:
 * same verdict, same paths, same messages.
 */
import { dateProblem } from '../_internal/dates.js';
import { got, gotField } from '../_internal/fail.js';
import { unknownKeyMessage } from '../_internal/keys.js';
import { isTimeZone, timeZoneRule } from '../_internal/timeZone.js';
import type { Issue, IssuePath } from '../errors.js';
import type { Calendar } from './calendar.js';

/** The days of the week as `workingHours` names them, Monday first (ISO 8601). */
export const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** The keys of a calendar, in the schema's order. */
export const CALENDAR_KEYS = ['timeZone', 'workingHours', 'holidays', 'workingDates'] as const;

/** `HH:MM` from 00:00 to 23:59, or 24:00 (the end of the day). */
export const TIME_PATTERN = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;
/** The format of a holiday; {@link dateProblem} then checks that the day exists. */
export const HOLIDAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export const OBJECT_RULE = 'must be an object';
export const DAY_RULE = "must be an array of working intervals such as [['09:00', '17:00']]";
export const INTERVAL_RULE = "must be a pair of times of day ['HH:MM', 'HH:MM']";
export const TIME_RULE = "must be a time of day 'HH:MM' from '00:00' to '24:00'";
export const HOLIDAYS_RULE = "must be an array of dates 'YYYY-MM-DD'";
export const HOLIDAY_RULE = "must be a date 'YYYY-MM-DD'";
export const START_RULE = "must be before '24:00': '24:00' can only end an interval";
export const END_RULE = "must be after the interval's start";
export const ORDER_RULE = "must not be before the end of the day's previous interval (intervals are in time order and do not overlap)";
export const EMPTY_WEEK_RULE = 'must give at least one working interval in the week';
export const WORKING_DATES_RULE = "must be an object of dates 'YYYY-MM-DD', each with its working intervals, such as { '2024-04-27': [['09:00', '18:00']] }";
export const ALSO_HOLIDAY_RULE = "is also a holiday: a date is either in holidays or in workingDates (give it [] for a day off)";
/** zod's record skips an own `__proto__` key (a guard against prototype pollution); both readers report it as an unknown key instead. */
export const PROTO_KEY = '__proto__';

/** Minutes since midnight of a time that matched {@link TIME_PATTERN}. */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** A problem found by the rules: where, which rule, and the value it is about. */
export interface RuleProblem {
  readonly path: (string | number)[];
  readonly rule: string;
  readonly value: unknown;
  /** True when the problem is the key the path ends with (a date of `workingDates`), not the value under it: the message quotes the key. */
  readonly ofKey?: true;
}

/** Why `key` is not a date `workingDates` or `holidays` can hold (the format, then a day that exists), or undefined when it is one. */
export function dateKeyProblem(key: unknown): string | undefined {
  if (typeof key !== 'string' || !HOLIDAY_PATTERN.test(key)) return HOLIDAY_RULE;
  return dateProblem(key);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTime(value: unknown): value is string {
  return typeof value === 'string' && TIME_PATTERN.test(value);
}

/**
 * The rules that join the intervals of one day's list (a value that may be
 * malformed: only well-formed intervals are compared), at `path`: '24:00'
 * only ends an interval, an interval ends after it starts, and the
 * intervals are in time order without overlap (touching is fine).
 */
function dayProblems(list: readonly unknown[], path: (string | number)[], problems: RuleProblem[]): void {
  let previousEnd = -1;
  for (let i = 0; i < list.length; i += 1) {
    const pair: unknown = list[i];
    // a pair too long is an issue of its own; its first two times are still compared, as zod's tuple keeps them
    if (!Array.isArray(pair) || pair.length < 2 || !isTime(pair[0]) || !isTime(pair[1])) continue;
    const start = minutesOf(pair[0]);
    const end = minutesOf(pair[1]);
    if (start === 1440) problems.push({ path: [...path, i, 0], rule: START_RULE, value: pair[0] });
    else if (end <= start) problems.push({ path: [...path, i, 1], rule: END_RULE, value: pair[1] });
    if (start < previousEnd) problems.push({ path: [...path, i, 0], rule: ORDER_RULE, value: pair[0] });
    previousEnd = Math.max(previousEnd, end);
  }
}

/**
 * The rules that join several fields of `workingHours`: each day's
 * intervals (see {@link dayProblems}), and the week holds at least one
 * interval. Paths are relative to the calendar.
 */
export function workingHoursProblems(workingHours: unknown): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (!isObject(workingHours)) return problems;
  let intervals = 0;
  let allArrays = true;
  for (const day of WEEKDAY_KEYS) {
    const list = workingHours[day];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      allArrays = false;
      continue;
    }
    intervals += list.length;
    dayProblems(list, ['workingHours', day], problems);
  }
  if (allArrays && intervals === 0) problems.push({ path: ['workingHours'], rule: EMPTY_WEEK_RULE, value: workingHours });
  return problems;
}

/**
 * The rules of `workingDates` beyond its shape (values that may be
 * malformed): each key is a date that exists and is not also one of
 * `holidays`, and each date's intervals follow the rules of a weekday's.
 * An own `__proto__` key is left to the readers (zod never shows it to a
 * refinement). Paths are relative to the calendar.
 */
export function workingDatesProblems(workingDates: unknown, holidays: unknown): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (!isObject(workingDates)) return problems;
  for (const date of Object.keys(workingDates)) {
    if (date === PROTO_KEY) continue;
    const path = ['workingDates', date];
    const keyProblem = dateKeyProblem(date);
    if (keyProblem !== undefined) problems.push({ path, rule: keyProblem, value: date, ofKey: true });
    else if (Array.isArray(holidays) && holidays.includes(date)) problems.push({ path, rule: ALSO_HOLIDAY_RULE, value: date, ofKey: true });
    const list = workingDates[date];
    if (Array.isArray(list)) dayProblems(list, path, problems);
  }
  return problems;
}

function push(issues: Issue[], path: IssuePath, rule: string, value: unknown): void {
  issues.push({ path, code: 'INVALID_INPUT', message: got(rule, value) });
}

/** As {@link push}, for the required field `key` of `record`, read as `value`: left out, it is told it is required (gotField). */
function required(issues: Issue[], path: IssuePath, rule: string, value: unknown, record: object, key: string): void {
  issues.push({ path, code: 'INVALID_INPUT', message: gotField(rule, value, record, key) });
}

function unknownKeys(record: Record<string, unknown>, known: readonly string[], path: IssuePath, issues: Issue[]): void {
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) issues.push({ path: [...path, key], code: 'INVALID_INPUT', message: unknownKeyMessage(key, known) });
  }
}

function readDay(list: unknown, path: IssuePath, issues: Issue[]): [string, string][] | undefined {
  if (!Array.isArray(list)) {
    push(issues, path, DAY_RULE, list);
    return undefined;
  }
  const out: [string, string][] = [];
  let ok = true;
  for (let i = 0; i < list.length; i += 1) {
    const pair: unknown = list[i];
    if (!Array.isArray(pair) || pair.length < 2) {
      push(issues, [...path, i], INTERVAL_RULE, pair);
      ok = false;
      continue;
    }
    // as zod's tuple does: a pair too long is reported, and its first two items are still checked
    if (pair.length > 2) {
      push(issues, [...path, i], INTERVAL_RULE, pair);
      ok = false;
    }
    const start: unknown = pair[0];
    const end: unknown = pair[1];
    if (!isTime(start)) push(issues, [...path, i, 0], TIME_RULE, start);
    if (!isTime(end)) push(issues, [...path, i, 1], TIME_RULE, end);
    if (isTime(start) && isTime(end)) out.push(Object.freeze([start, end]) as [string, string]);
    else ok = false;
  }
  return ok ? out : undefined;
}

function readHolidays(list: unknown, path: IssuePath, issues: Issue[]): string[] | undefined {
  if (!Array.isArray(list)) {
    push(issues, path, HOLIDAYS_RULE, list);
    return undefined;
  }
  const out: string[] = [];
  let ok = true;
  for (let j = 0; j < list.length; j += 1) {
    const day: unknown = list[j];
    const problem = dateKeyProblem(day);
    if (problem !== undefined) {
      push(issues, [...path, j], problem, day);
      ok = false;
    } else {
      out.push(day as string);
    }
  }
  return ok ? out : undefined;
}

/**
 * Reads `workingDates` at `path` (the rules that join its fields are
 * {@link workingDatesProblems}'): an object, each own key reported when it
 * is not a date (a symbol as zod names it, `__proto__` as an unknown key),
 * each value read as a weekday's list is, even under a bad key.
 */
function readWorkingDates(value: unknown, path: IssuePath, issues: Issue[]): Record<string, [string, string][]> | undefined {
  if (!isObject(value)) {
    push(issues, path, WORKING_DATES_RULE, value);
    return undefined;
  }
  const out: Record<string, [string, string][]> = {};
  let ok = true;
  for (const key of Reflect.ownKeys(value)) {
    if (!Object.prototype.propertyIsEnumerable.call(value, key)) continue;
    if (typeof key === 'symbol') {
      push(issues, [...path, String(key)], HOLIDAY_RULE, key);
      ok = false;
    } else if (key === PROTO_KEY) {
      issues.push({ path: [...path, key], code: 'INVALID_INPUT', message: unknownKeyMessage(key, []) });
      ok = false;
    } else {
      const read = readDay(value[key], [...path, key], issues);
      if (read === undefined) ok = false;
      else out[key] = Object.freeze(read) as [string, string][];
    }
  }
  return ok ? out : undefined;
}

/**
 * Reads a working calendar at `path`: every problem becomes an issue (the
 * same as {@link CalendarSchema} gives), and a valid calendar comes back as a
 * frozen copy, keys in the schema's order. May throw on a hostile value (a
 * getter that throws): callers catch that as they do for any record.
 */
export function readCalendar(value: unknown, path: IssuePath, issues: Issue[]): Calendar | undefined {
  if (!isObject(value)) {
    push(issues, path, OBJECT_RULE, value);
    return undefined;
  }
  const before = issues.length;
  unknownKeys(value, CALENDAR_KEYS, path, issues);
  const timeZone = value.timeZone;
  if (!isTimeZone(timeZone)) required(issues, [...path, 'timeZone'], timeZoneRule(timeZone), timeZone, value, 'timeZone');
  const hours = value.workingHours;
  const workingHours: Partial<Record<(typeof WEEKDAY_KEYS)[number], [string, string][]>> = {};
  if (!isObject(hours)) {
    required(issues, [...path, 'workingHours'], OBJECT_RULE, hours, value, 'workingHours');
  } else {
    unknownKeys(hours, WEEKDAY_KEYS, [...path, 'workingHours'], issues);
    for (const day of WEEKDAY_KEYS) {
      const list = hours[day];
      if (list === undefined) continue;
      const read = readDay(list, [...path, 'workingHours', day], issues);
      if (read !== undefined) workingHours[day] = Object.freeze(read) as [string, string][];
    }
    for (const problem of workingHoursProblems(hours)) push(issues, [...path, ...problem.path], problem.rule, problem.value);
  }
  const holidaysRaw = value.holidays;
  const holidays = holidaysRaw === undefined ? undefined : readHolidays(holidaysRaw, [...path, 'holidays'], issues);
  const datesRaw = value.workingDates;
  const workingDates = datesRaw === undefined ? undefined : readWorkingDates(datesRaw, [...path, 'workingDates'], issues);
  if (datesRaw !== undefined) {
    for (const problem of workingDatesProblems(datesRaw, holidaysRaw)) push(issues, [...path, ...problem.path], problem.rule, problem.value);
  }
  if (issues.length > before) return undefined;
  const calendar: Record<string, unknown> = { timeZone, workingHours: Object.freeze(workingHours) };
  if (holidays !== undefined) calendar.holidays = Object.freeze(holidays);
  if (workingDates !== undefined) calendar.workingDates = Object.freeze(workingDates);
  return Object.freeze(calendar) as Calendar;
}
