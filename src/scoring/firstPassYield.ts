import type { Issue } from '../errors.js';
import { readRecordOf } from '../observations/readObservation.js';
import type { Task } from '../observations/schemas.js';
import { eachItem, throwIssues } from './_internal/read.js';

/**
 * The result of {@link firstPassYield}.
 *
 * @category Scoring
 */
export interface FirstPassYieldResult {
  /** passed ÷ total × 100, 0..100; `null` when no task is completed. */
  readonly score: number | null;
  /** Completed tasks with no defects and no rework. */
  readonly passed: number;
  /** Completed tasks: the base of the yield. */
  readonly total: number;
  /** Tasks not completed yet: they have neither passed nor failed, and are left out. */
  readonly open: number;
}

/**
 * Whether a completed task came through right the first time: no defects
 * (absent counts as none) and no rework. The one rule behind every
 * first-pass figure: {@link firstPassYield}, {@link firstPassAccumulator}
 * and the report's accuracy.
 */
export function passedFirstTime(task: Pick<Task, 'defects' | 'reworked'>): boolean {
  return (task.defects ?? 0) === 0 && task.reworked !== true;
}

/** The first-pass figure from counts; shared with the accumulator and the report. */
export function firstPassFromCounts(passed: number, total: number, open: number): FirstPassYieldResult {
  return { score: total === 0 ? null : (passed / total) * 100, passed, total, open };
}

/**
 * First-pass yield: the percentage of units (here, completed tasks) that come
 * through a process right the first time, with no defect and no rework (the
 * Six Sigma definition: units passing without rework ÷ units entering). A
 * task still open has not passed or failed yet, so it is counted in `open`
 * and left out of the yield.
 *
 * Each task is a task observation, validated by its schema (`TaskSchema`).
 * Full precision: nothing is rounded; round for display.
 *
 * @param tasks - task observations
 * @returns the score (0..100, `null` for no completed task) and the counts behind it
 * @throws {ClienteleError} INVALID_INPUT at `['tasks', i, field]` for every bad field of a task (as `parseObservation` words it), at `['tasks', i, 'type']` for an observation that is not a task, at `['tasks']` for a non-array
 *
 * @example
 * ```ts
 * import { firstPassYield } from 'clientele';
 *
 * const task = { type: 'task', providerId: 'it', consumerId: 'sales', requestedAt: '2024-05-01T09:00:00Z' } as const;
 * firstPassYield([
 *   { ...task, completedAt: '2024-05-01T12:00:00Z', defects: 0 },
 *   { ...task, completedAt: '2024-05-01T12:00:00Z', defects: 2 },
 *   { ...task, completedAt: '2024-05-02T12:00:00Z', reworked: true },
 *   { ...task, completedAt: '2024-05-02T12:00:00Z' },
 *   task,
 * ])
 * //=> { score: 50, passed: 2, total: 4, open: 1 }
 * firstPassYield([{ ...task, completedAt: '2024-05-01T12:00:00Z', defects: -1 }])
 * //=> throws INVALID_INPUT
 * ```
 *
 * @category Scoring
 */
export function firstPassYield(tasks: readonly Task[]): FirstPassYieldResult {
  const issues: Issue[] = [];
  let passed = 0;
  let total = 0;
  let open = 0;
  eachItem(tasks, ['tasks'], issues, (item, index) => {
    const task = readRecordOf('task', item, ['tasks', index], issues);
    if (task === undefined) return;
    if (task.completedAt === undefined) open += 1;
    else {
      total += 1;
      if (passedFirstTime(task)) passed += 1;
    }
  });
  throwIssues(issues);
  return firstPassFromCounts(passed, total, open);
}
