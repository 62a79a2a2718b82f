import type { Issue } from '../errors.js';
import { readRecordOf } from '../observations/readObservation.js';
import type { Task } from '../observations/schemas.js';
import { throwIssues } from './_internal/read.js';
import { checkCount, readStateFields } from './accumulator.js';
import { firstPassFromCounts, passedFirstTime, type FirstPassYieldResult } from './firstPassYield.js';
import type { FirstPassAccumulator, FirstPassSqlColumns, SqlOptions } from './sqlAggregate.js';
import { firstPassSql } from './_sql/firstPass.js';

/**
 * The plain-JSON state of {@link firstPassAccumulator}.
 *
 * @category Scoring
 */
export interface FirstPassState {
  /** Completed tasks with no defects and no rework so far. */
  readonly passed: number;
  /** Completed tasks so far. */
  readonly total: number;
  /** Open tasks so far. */
  readonly open: number;
}

const KEYS = ['passed', 'total', 'open'] as const;

function readState(state: unknown, param: string, issues: Issue[]): FirstPassState | undefined {
  const fields = readStateFields(state, param, KEYS, issues);
  if (fields === undefined) return undefined;
  let ok = true;
  for (const key of KEYS) ok = checkCount(fields[key], [param, key], issues) && ok;
  if (ok && (fields.passed as number) > (fields.total as number)) {
    issues.push({ path: [param, 'passed'], code: 'INVALID_INPUT', message: `must not exceed total (${String(fields.total)}), not ${String(fields.passed)}` });
    ok = false;
  }
  return ok ? (fields as unknown as FirstPassState) : undefined;
}

/** Counts one validated task into mutable first-pass counts, in place: the report's fold works on its own copy. */
export function countFirstPass(counts: { passed: number; total: number; open: number }, task: Task): void {
  if (task.completedAt === undefined) counts.open += 1;
  else {
    counts.total += 1;
    if (passedFirstTime(task)) counts.passed += 1;
  }
}

/** Adds one validated task to first-pass counts, as a new state. */
export function addFirstPass(state: FirstPassState, task: Task): FirstPassState {
  const next = { passed: state.passed, total: state.total, open: state.open };
  countFirstPass(next, task);
  return next;
}

/** Adds two first-pass states. */
export function mergeFirstPass(a: FirstPassState, b: FirstPassState): FirstPassState {
  return { passed: a.passed + b.passed, total: a.total + b.total, open: a.open + b.open };
}

/**
 * A mergeable accumulator for {@link firstPassYield}: counts of passed,
 * completed and open tasks that merge by addition. See {@link Accumulator};
 * `sql` writes the same counting for a warehouse (see
 * {@link FirstPassAccumulator}).
 *
 * @returns `{ empty, add, merge, result, sql }`; `add` takes one task observation
 * @throws {ClienteleError} INVALID_INPUT from `add` at `['task', field]` for a bad task; at `['state', key]`, `['a', key]` or `['b', key]` for a state that is not valid
 *
 * @example
 * ```ts
 * import { firstPassAccumulator, firstPassYield } from 'clientele';
 *
 * const task = { type: 'task', providerId: 'it', consumerId: 'sales', requestedAt: '2024-05-01T09:00:00Z' } as const;
 * const tasks = [
 *   { ...task, completedAt: '2024-05-01T12:00:00Z' },
 *   { ...task, completedAt: '2024-05-01T15:00:00Z', defects: 1 },
 *   task,
 * ];
 * const acc = firstPassAccumulator();
 * const a = tasks.slice(0, 1).reduce(acc.add, acc.empty());
 * const b = tasks.slice(1).reduce(acc.add, acc.empty());
 * acc.result(acc.merge(JSON.parse(JSON.stringify(a)), b))
 * //=> firstPassYield(tasks)
 * ```
 *
 * @category Scoring
 */
export function firstPassAccumulator(): FirstPassAccumulator {
  return Object.freeze({
    empty: (): FirstPassState => ({ passed: 0, total: 0, open: 0 }),
    add(state: FirstPassState, task: Task): FirstPassState {
      const issues: Issue[] = [];
      const current = readState(state, 'state', issues);
      const record = readRecordOf('task', task, ['task'], issues);
      throwIssues(issues);
      return addFirstPass(current!, record!);
    },
    merge(a: FirstPassState, b: FirstPassState): FirstPassState {
      const issues: Issue[] = [];
      const left = readState(a, 'a', issues);
      const right = readState(b, 'b', issues);
      throwIssues(issues);
      return mergeFirstPass(left!, right!);
    },
    result(state: FirstPassState): FirstPassYieldResult {
      const issues: Issue[] = [];
      const current = readState(state, 'state', issues);
      throwIssues(issues);
      return firstPassFromCounts(current!.passed, current!.total, current!.open);
    },
    sql: (columns: FirstPassSqlColumns, options?: SqlOptions) => firstPassSql(columns, options),
  });
}
