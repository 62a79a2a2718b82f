import type { Issue } from '../errors.js';
import { TASK_KEYS, checkNumber, eachItem, isRecord, issue, readKey, rejectUnknownKeys, throwIssues } from './_internal/read.js';

/**
 * What {@link firstPassYield} reads from each task. A parsed `Task`
 * observation fits: its other fields are accepted and ignored; any key that
 * is not a task field is an error (a misspelt `reworked` must not pass
 * silently).
 *
 * @category Scoring
 */
export interface YieldTask {
  /** `'task'` on a task observation; accepted and ignored. */
  readonly type?: 'task';
  /** The observation's id; accepted and ignored. */
  readonly id?: string;
  /** Who did the work; accepted and ignored. */
  readonly providerId?: string;
  /** Who it was for; accepted and ignored. */
  readonly consumerId?: string;
  /** When it was requested; accepted and ignored here. */
  readonly requestedAt?: string;
  /** When it was completed; accepted and ignored here. */
  readonly completedAt?: string | undefined;
  /** Its service-level target in hours; accepted and ignored here. */
  readonly slaHours?: number | undefined;
  /** Defects found in the work: an integer ≥ 0; absent means none. */
  readonly defects?: number | undefined;
  /** Whether the work had to be redone; absent means no. */
  readonly reworked?: boolean | undefined;
}

/**
 * The result of {@link firstPassYield}.
 *
 * @category Scoring
 */
export interface FirstPassYieldResult {
  /** Percentage of tasks done right the first time, 0..100; `null` for no tasks. */
  readonly score: number | null;
  /** Tasks with no defects and no rework. */
  readonly passed: number;
  /** All tasks. */
  readonly total: number;
}

/**
 * First-pass yield: the percentage of units (here, tasks) that come through
 * a process right the first time, with no defect and no rework (the Six
 * Sigma definition: units passing without rework ÷ units entering).
 *
 * Full precision: nothing is rounded; round for display.
 *
 * @param tasks - objects with optional `defects` (integer ≥ 0) and `reworked` (boolean)
 * @returns the score (0..100, `null` for no tasks) and the counts behind it
 * @throws {ClienteleError} INVALID_INPUT at `['tasks', i, 'defects']` for a value that is not an integer ≥ 0, at `['tasks', i, 'reworked']` for a non-boolean, at `['tasks', i, key]` for a key that is not a task field, at `['tasks', i]` for a non-object
 *
 * @example
 * ```ts
 * import { firstPassYield } from 'clientele';
 *
 * firstPassYield([{ defects: 0 }, { defects: 2 }, { reworked: true }, {}])
 * //=> { score: 50, passed: 2, total: 4 }
 * firstPassYield([{ defects: -1 }])
 * //=> throws INVALID_INPUT
 * ```
 *
 * @category Scoring
 */
export function firstPassYield(tasks: readonly YieldTask[]): FirstPassYieldResult {
  const issues: Issue[] = [];
  let passed = 0;
  let total = 0;
  eachItem(tasks, ['tasks'], issues, (task, index) => {
    const path = ['tasks', index];
    if (!isRecord(task, path, issues, 'a task object')) return;
    const before = issues.length;
    rejectUnknownKeys(task, TASK_KEYS, path, issues);
    const defects = readKey(task, 'defects', path, issues);
    const reworked = readKey(task, 'reworked', path, issues);
    if (defects.ok && defects.value !== undefined) checkNumber(defects.value, [...path, 'defects'], issues, 0, Infinity, true);
    if (reworked.ok && reworked.value !== undefined && typeof reworked.value !== 'boolean') {
      issues.push(issue([...path, 'reworked'], 'must be a boolean'));
    }
    if (issues.length > before) return;
    total += 1;
    if ((defects.value === undefined || defects.value === 0) && reworked.value !== true) passed += 1;
  });
  throwIssues(issues);
  return { score: total === 0 ? null : (passed / total) * 100, passed, total };
}
