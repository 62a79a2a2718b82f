import type { Issue, IssuePath } from '../errors.js';
import { dateProblem, toInstant } from '../_internal/dates.js';
import { got, gotField } from '../_internal/fail.js';
import { unknownKeyMessage } from '../_internal/keys.js';
import { ClienteleError } from '../errors.js';
import type { Calendar } from '../chain/calendar.js';
import { readCalendar } from '../chain/_readCalendar.js';
import { pauseProblems } from '../observations/_pauses.js';
import type { Task } from '../observations/schemas.js';
import { TASK_KEYS, checkNumber, eachItem, isRecord, issue, readInstant, readKey, rejectUnknownKeys, throwIssues } from './_internal/read.js';
import { optionPath, readNamed } from './_internal/options.js';
import { standingOf, type SlaStanding } from './_internal/slaStanding.js';

// the per-task kernel, for the report: one rule for every SLA figure
export { slaStanding } from './_internal/slaStanding.js';
import { workingClock } from './_internal/workingTime.js';

/**
 * What {@link slaAttainment} reads from each task: a task observation
 * (`Task`), of which only `requestedAt` is required here; its other fields
 * are accepted, and any key that is not a task field is an error (a misspelt
 * `slaHours` must not pass silently).
 *
 * @category Scoring
 */
export type SlaTask = Pick<Task, 'requestedAt'> &
  Partial<Pick<Task, 'type' | 'id' | 'providerId' | 'consumerId' | 'defects' | 'reworked'>> &
  Pick<Task, 'completedAt' | 'slaHours' | 'paused' | 'calendar'>;

/**
 * Options of {@link slaAttainment} and {@link slaAccumulator}.
 *
 * @category Scoring
 */
export interface SlaOptions {
  /** The moment to judge open tasks at: an open task that has used more than its SLA at `asOf` counts as late. Without it, open tasks stay open. */
  readonly asOf?: Date | string;
  /** The target in hours for tasks that carry no `slaHours` of their own (> 0). */
  readonly slaHours?: number;
  /** The working calendar for tasks that carry no `calendar` of their own: their time is then counted in working hours. */
  readonly calendar?: Calendar;
}

/**
 * The result of {@link slaAttainment}.
 *
 * @category Scoring
 */
export interface SlaResult {
  /** onTime ÷ (onTime + late) × 100; `null` when no task is on time or late yet. */
  readonly score: number | null;
  /** Tasks completed within their SLA. */
  readonly onTime: number;
  /** Tasks completed past their SLA, and open tasks already past it at `asOf`. */
  readonly late: number;
  /** Open tasks not (yet) late. */
  readonly open: number;
  /** All tasks. */
  readonly total: number;
}

/** Validated SLA settings: `asOf` in epoch ms, the default target and the default calendar, each null when absent. */
export interface SlaSettings {
  readonly asOf: number | null;
  readonly slaHours: number | null;
  readonly calendar: Calendar | null;
}

/** How one task stands. */
export type SlaOutcome = SlaStanding;

/** Reads and checks SLA options, recording issues. */
export function slaSettings(options: unknown, issues: Issue[]): SlaSettings | undefined {
  const named = readNamed(options, ['asOf', 'slaHours', 'calendar'], issues);
  if (named === undefined) return undefined;
  let asOf: number | null = null;
  let ok = true;
  if (named.asOf !== undefined) {
    try {
      asOf = toInstant(named.asOf, optionPath('asOf'));
    } catch (error) {
      if (!(error instanceof ClienteleError)) throw error;
      issues.push(...error.issues);
      ok = false;
    }
  }
  let slaHours: number | null = null;
  if (named.slaHours !== undefined) {
    if (checkNumber(named.slaHours, optionPath('slaHours'), issues, 0, Infinity, false, true)) slaHours = named.slaHours;
    else ok = false;
  }
  let calendar: Calendar | null = null;
  if (named.calendar !== undefined) {
    try {
      const read = readCalendar(named.calendar, optionPath('calendar'), issues);
      if (read === undefined) ok = false;
      else calendar = read;
    } catch {
      issues.push(issue(optionPath('calendar'), 'could not be read'));
      ok = false;
    }
  }
  return ok ? { asOf, slaHours, calendar } : undefined;
}

/** The calendars already read in one call, by the object given: a million tasks sharing one calendar read it once. */
export type CalendarMemo = Map<object, Calendar>;

function readTaskCalendar(value: unknown, path: IssuePath, memo: CalendarMemo, issues: Issue[]): Calendar | undefined {
  if (typeof value === 'object' && value !== null) {
    const known = memo.get(value);
    if (known !== undefined) return known;
  }
  const read = readCalendar(value, path, issues);
  if (read !== undefined) memo.set(value as object, read);
  return read;
}

const PAUSE_KEYS = ['from', 'to'] as const;

/** Reads a task's `paused` with the words TaskSchema uses; flat `[from, to, …]` instants, or undefined after issues. */
function readPauses(value: unknown, path: IssuePath, issues: Issue[]): number[] | undefined {
  if (!Array.isArray(value)) {
    issues.push(issue(path, got('must be an array', value)));
    return undefined;
  }
  const before = issues.length;
  const out: number[] = [];
  for (let j = 0; j < value.length; j += 1) {
    const pause: unknown = value[j];
    if (typeof pause !== 'object' || pause === null || Array.isArray(pause)) {
      issues.push(issue([...path, j], got('must be an object', pause)));
      continue;
    }
    for (const key of Object.keys(pause)) {
      if (!(PAUSE_KEYS as readonly string[]).includes(key)) issues.push(issue([...path, j, key], unknownKeyMessage(key, PAUSE_KEYS)));
    }
    for (const key of PAUSE_KEYS) {
      const text = (pause as Record<string, unknown>)[key];
      if (typeof text !== 'string') issues.push(issue([...path, j, key], gotField('must be a string', text, pause, key)));
      else {
        const problem = dateProblem(text);
        if (problem !== undefined) issues.push(issue([...path, j, key], got(problem, text)));
        else out.push(toInstant(text, [...path, j, key]));
      }
    }
  }
  return issues.length > before ? undefined : out;
}

/** Reads the date field `key` of `task` (already read as `value`) in TaskSchema's words: a string first (a field left out is told it is required), then a valid ISO date. */
function readTaskInstant(value: unknown, task: object, key: string, path: IssuePath, issues: Issue[]): number | undefined {
  if (typeof value === 'string') return readInstant(value, [...path, key], issues);
  issues.push(issue([...path, key], gotField('must be a string', value, task, key)));
  return undefined;
}

/** Checks a task's own `slaHours` in TaskSchema's words. */
function checkTaskHours(value: unknown, path: IssuePath, issues: Issue[]): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) issues.push(issue(path, got('must be a finite number', value)));
  else if (value <= 0) issues.push(issue(path, got('must be greater than 0', value)));
  else return true;
  return false;
}

/**
 * Classifies one task, recording issues under `path`. On the fields it reads
 * it gives TaskSchema's verdict, paths and messages (test/scoring/taskReader.prop.test.ts);
 * the one rule of its own is that a task needs an SLA, its own or a default one.
 */
export function classifyTask(
  task: unknown,
  path: IssuePath,
  settings: SlaSettings,
  issues: Issue[],
  memo: CalendarMemo = new Map(),
): SlaOutcome | undefined {
  if (!isRecord(task, path, issues, 'a task object')) return undefined;
  const before = issues.length;
  rejectUnknownKeys(task, TASK_KEYS, path, issues);
  const requestedRead = readKey(task, 'requestedAt', path, issues);
  const completedRead = readKey(task, 'completedAt', path, issues);
  const hoursRead = readKey(task, 'slaHours', path, issues);
  const pausedRead = readKey(task, 'paused', path, issues);
  const calendarRead = readKey(task, 'calendar', path, issues);
  // an unknown key does not stop the reading (the schema reports every problem at once); a key that cannot be read does
  if (!requestedRead.ok || !completedRead.ok || !hoursRead.ok || !pausedRead.ok || !calendarRead.ok) return undefined;
  const requested = readTaskInstant(requestedRead.value, task, 'requestedAt', path, issues);
  const completed =
    completedRead.value === undefined ? null : readTaskInstant(completedRead.value, task, 'completedAt', path, issues);
  let hours: number | undefined;
  if (hoursRead.value !== undefined) {
    if (checkTaskHours(hoursRead.value, [...path, 'slaHours'], issues)) hours = hoursRead.value;
  } else if (settings.slaHours !== null) {
    hours = settings.slaHours;
  } else {
    issues.push(issue([...path, 'slaHours'], 'is required: the task has no slaHours and no default slaHours was given'));
  }
  if (requested !== undefined && completed !== undefined && completed !== null && completed < requested) {
    issues.push(issue([...path, 'completedAt'], got('must not be before requestedAt', completedRead.value)));
  }
  let pauses: number[] | undefined = [];
  if (pausedRead.value !== undefined) {
    try {
      pauses = readPauses(pausedRead.value, [...path, 'paused'], issues);
      const view = { requestedAt: requestedRead.value, completedAt: completedRead.value, paused: pausedRead.value };
      for (const problem of pauseProblems(view)) issues.push(issue([...path, ...problem.path], got(problem.rule, problem.value)));
    } catch {
      issues.push(issue([...path, 'paused'], 'could not be read'));
    }
  }
  let calendar: Calendar | null = settings.calendar;
  if (calendarRead.value !== undefined) {
    try {
      calendar = readTaskCalendar(calendarRead.value, [...path, 'calendar'], memo, issues) ?? null;
    } catch {
      issues.push(issue([...path, 'calendar'], 'could not be read'));
    }
  }
  if (issues.length > before) return undefined;
  return standingOf(requested!, completed!, pauses!, hours!, calendar === null ? null : workingClock(calendar), settings.asOf);
}

/** The SLA figure from counts; shared with the accumulator. */
export function slaFromCounts(onTime: number, late: number, open: number): SlaResult {
  const decided = onTime + late;
  return { score: decided === 0 ? null : (onTime / decided) * 100, onTime, late, open, total: decided + open };
}

/**
 * Service-level attainment: the share of decided tasks that met their SLA.
 * A task's time runs from `requestedAt` to `completedAt` (or, while it is
 * open, to `asOf`), less its `paused` stretches; a task meets its SLA when
 * that time is at most `slaHours` hours (finishing exactly at the deadline is
 * on time). An open task that has already used more than its SLA at `asOf`
 * counts as late; otherwise, and always when no `asOf` is given, it stays
 * open and out of the score. `asOf` judges open tasks only: a completed task
 * is judged by its completion. A date-only string is UTC midnight.
 *
 * Working time (SPEC §11): when a calendar applies (the task's own
 * `calendar`, else the `calendar` option) the time is counted in that
 * calendar's working hours, as {@link workingHoursBetween} counts them;
 * otherwise in wall-clock hours. Pauses are subtracted either way (in working
 * time, the working hours inside each pause). A pause after `asOf` has not
 * happened yet at `asOf`: an open task's pauses count up to `asOf` only.
 *
 * In the example, Friday 16:00 to Monday 10:00 is 66 wall-clock hours but 2
 * working hours (Fri 16–17, Mon 9–10); a pause from Friday 16:30 to Monday
 * 09:30 takes 1 working hour off.
 *
 * Full precision: nothing is rounded; round for display.
 *
 * @param tasks - task observations (only `requestedAt` is required here): `completedAt`, `slaHours`, `paused` and `calendar` are read
 * @param options - `asOf` (Date or ISO string), a default `slaHours` and a default `calendar`
 * @returns the score (0..100, `null` when nothing is decided yet) and the counts behind it
 * @throws {ClienteleError} INVALID_INPUT at `['tasks', i, field]` for a bad date, a non-positive `slaHours`, a `completedAt` before `requestedAt`, or a task with no `slaHours` and no default; at `['tasks', i, 'paused', j, 'from' | 'to']` for a pause that is not a valid date, ends before it starts, lies outside the task or overlaps the one before; at `['tasks', i, 'calendar', …]` for a bad calendar; at `['tasks', i, key]` for a key that is not a task field; at `['options', 'asOf']`, `['options', 'slaHours']` or `['options', 'calendar', …]` for bad options
 *
 * @example
 * ```ts
 * import { slaAttainment } from 'clientele';
 *
 * const tasks = [
 *   { requestedAt: '2024-05-01T09:00:00Z', completedAt: '2024-05-01T17:00:00Z' },
 *   { requestedAt: '2024-05-01T09:00:00Z', completedAt: '2024-05-02T09:00:00Z', slaHours: 4 },
 *   { requestedAt: '2024-05-01T09:00:00Z' },
 *   { requestedAt: '2024-05-03T09:00:00Z' },
 * ];
 * slaAttainment(tasks, { slaHours: 8, asOf: '2024-05-03T10:00:00Z' })
 * //=> { score: 33.33333333333333, onTime: 1, late: 2, open: 1, total: 4 }
 * slaAttainment(tasks, { slaHours: 8 })
 * //=> { score: 50, onTime: 1, late: 1, open: 2, total: 4 }
 * slaAttainment(tasks)
 * //=> throws INVALID_INPUT
 *
 * const weekend = [{ requestedAt: '2024-05-03T16:00:00Z', completedAt: '2024-05-06T10:00:00Z', slaHours: 4 }];
 * const nineToFive: [string, string][] = [['09:00', '17:00']];
 * const office = { timeZone: 'UTC', workingHours: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive } };
 * slaAttainment(weekend).score
 * //=> 0
 * slaAttainment(weekend, { calendar: office }).score
 * //=> 100
 * slaAttainment([{ ...weekend[0]!, slaHours: 1, paused: [{ from: '2024-05-03T16:30:00Z', to: '2024-05-06T09:30:00Z' }] }], { calendar: office }).score
 * //=> 100
 * ```
 *
 * @category Scoring
 */
export function slaAttainment(tasks: readonly SlaTask[], options?: SlaOptions): SlaResult {
  const issues: Issue[] = [];
  const settings = slaSettings(options, issues);
  throwIssues(issues);
  let onTime = 0;
  let late = 0;
  let open = 0;
  const memo: CalendarMemo = new Map();
  eachItem(tasks, ['tasks'], issues, (task, index) => {
    const outcome = classifyTask(task, ['tasks', index], settings!, issues, memo);
    if (outcome === 'onTime') onTime += 1;
    else if (outcome === 'late') late += 1;
    else if (outcome === 'open') open += 1;
  });
  throwIssues(issues);
  return slaFromCounts(onTime, late, open);
}
