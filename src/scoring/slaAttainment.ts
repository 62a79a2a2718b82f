import type { Issue, IssuePath } from '../errors.js';
import { toInstant } from '../_internal/dates.js';
import { ClienteleError } from '../errors.js';
import { TASK_KEYS, checkNumber, eachItem, isRecord, issue, readInstant, readKey, rejectUnknownKeys, throwIssues } from './_internal/read.js';
import { readNamed } from './_internal/options.js';

/**
 * What {@link slaAttainment} reads from each task. A parsed `Task`
 * observation fits: its other fields are accepted and ignored; any key that
 * is not a task field is an error (a misspelt `slaHours` must not pass
 * silently).
 *
 * @category Scoring
 */
export interface SlaTask {
  /** `'task'` on a task observation; accepted and ignored. */
  readonly type?: 'task';
  /** The observation's id; accepted and ignored. */
  readonly id?: string;
  /** Who did the work; accepted and ignored. */
  readonly providerId?: string;
  /** Who it was for; accepted and ignored. */
  readonly consumerId?: string;
  /** Defects found; accepted and ignored here. */
  readonly defects?: number | undefined;
  /** Whether it was reworked; accepted and ignored here. */
  readonly reworked?: boolean | undefined;
  /** When the work was requested: an ISO 8601 date or date-time. */
  readonly requestedAt: string;
  /** When it was completed; absent while the task is open. Not before `requestedAt`. */
  readonly completedAt?: string | undefined;
  /** The service-level target in hours (> 0, fractions allowed); overrides the default. */
  readonly slaHours?: number | undefined;
}

/**
 * Options of {@link slaAttainment} and {@link slaAccumulator}.
 *
 * @category Scoring
 */
export interface SlaOptions {
  /** The moment to judge open tasks at: an open task past its deadline at `asOf` counts as late. Without it, open tasks stay open. */
  readonly asOf?: Date | string;
  /** The target in hours for tasks that carry no `slaHours` of their own (> 0). */
  readonly slaHours?: number;
}

/**
 * The result of {@link slaAttainment}.
 *
 * @category Scoring
 */
export interface SlaResult {
  /** onTime ÷ (onTime + late) × 100; `null` when no task is on time or late yet. */
  readonly score: number | null;
  /** Tasks completed at or before their deadline. */
  readonly onTime: number;
  /** Tasks completed after their deadline, and open tasks already past it at `asOf`. */
  readonly late: number;
  /** Open tasks not (yet) late. */
  readonly open: number;
  /** All tasks. */
  readonly total: number;
}

/** Validated SLA settings: `asOf` in epoch ms and the default target, each null when absent. */
export interface SlaSettings {
  readonly asOf: number | null;
  readonly slaHours: number | null;
}

/** How one task stands. */
export type SlaOutcome = 'onTime' | 'late' | 'open';

const HOUR_MS = 3_600_000;

/** Reads and checks SLA options, recording issues. */
export function slaSettings(options: unknown, issues: Issue[]): SlaSettings | undefined {
  const named = readNamed(options, ['asOf', 'slaHours'], issues);
  if (named === undefined) return undefined;
  let asOf: number | null = null;
  let ok = true;
  if (named.asOf !== undefined) {
    try {
      asOf = toInstant(named.asOf, ['asOf']);
    } catch (error) {
      if (!(error instanceof ClienteleError)) throw error;
      issues.push(...error.issues);
      ok = false;
    }
  }
  let slaHours: number | null = null;
  if (named.slaHours !== undefined) {
    if (checkNumber(named.slaHours, ['slaHours'], issues, 0, Infinity, false, true)) slaHours = named.slaHours;
    else ok = false;
  }
  return ok ? { asOf, slaHours } : undefined;
}

/** Classifies one task, recording issues under `path`. */
export function classifyTask(task: unknown, path: IssuePath, settings: SlaSettings, issues: Issue[]): SlaOutcome | undefined {
  if (!isRecord(task, path, issues, 'a task object')) return undefined;
  const before = issues.length;
  rejectUnknownKeys(task, TASK_KEYS, path, issues);
  const requestedRead = readKey(task, 'requestedAt', path, issues);
  const completedRead = readKey(task, 'completedAt', path, issues);
  const hoursRead = readKey(task, 'slaHours', path, issues);
  if (issues.length > before) return undefined;
  const requested = readInstant(requestedRead.value, [...path, 'requestedAt'], issues);
  const completed =
    completedRead.value === undefined ? null : readInstant(completedRead.value, [...path, 'completedAt'], issues);
  let hours: number | undefined;
  if (hoursRead.value !== undefined) {
    if (checkNumber(hoursRead.value, [...path, 'slaHours'], issues, 0, Infinity, false, true)) hours = hoursRead.value;
  } else if (settings.slaHours !== null) {
    hours = settings.slaHours;
  } else {
    issues.push(issue([...path, 'slaHours'], 'is required: the task has no slaHours and no default slaHours was given'));
  }
  if (requested !== undefined && completed !== undefined && completed !== null && completed < requested) {
    issues.push(issue([...path, 'completedAt'], 'must not be before requestedAt'));
  }
  if (issues.length > before) return undefined;
  const deadline = requested! + hours! * HOUR_MS;
  if (completed !== null) return completed! <= deadline ? 'onTime' : 'late';
  return settings.asOf !== null && settings.asOf > deadline ? 'late' : 'open';
}

/** The SLA figure from counts; shared with the accumulator. */
export function slaFromCounts(onTime: number, late: number, open: number): SlaResult {
  const decided = onTime + late;
  return { score: decided === 0 ? null : (onTime / decided) * 100, onTime, late, open, total: decided + open };
}

/**
 * Service-level attainment: the share of decided tasks that met their
 * deadline. A task's deadline is `requestedAt + slaHours` hours; finishing
 * exactly at the deadline is on time. An open task (no `completedAt`) whose
 * deadline has passed at `asOf` counts as late; otherwise, and always when no
 * `asOf` is given, it stays open and out of the score. `asOf` judges open
 * tasks only: a completed task is judged by its completion. A date-only
 * string is UTC midnight.
 *
 * Full precision: nothing is rounded; round for display.
 *
 * @param tasks - objects with `requestedAt`, optional `completedAt` and `slaHours`
 * @param options - `asOf` (Date or ISO string) and a default `slaHours`
 * @returns the score (0..100, `null` when nothing is decided yet) and the counts behind it
 * @throws {ClienteleError} INVALID_INPUT at `['tasks', i, field]` for a bad date, a non-positive `slaHours`, a `completedAt` before `requestedAt`, or a task with no `slaHours` and no default; at `['tasks', i, key]` for a key that is not a task field; at `['asOf']` / `['slaHours']` for bad options
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
  eachItem(tasks, ['tasks'], issues, (task, index) => {
    const outcome = classifyTask(task, ['tasks', index], settings!, issues);
    if (outcome === 'onTime') onTime += 1;
    else if (outcome === 'late') late += 1;
    else if (outcome === 'open') open += 1;
  });
  throwIssues(issues);
  return slaFromCounts(onTime, late, open);
}
