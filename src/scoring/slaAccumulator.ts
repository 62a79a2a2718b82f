import type { Issue } from '../errors.js';
import { throwIssues } from './_internal/read.js';
import { checkCount, checkSetting, readStateFields, type Accumulator } from './accumulator.js';
import {
  classifyTask,
  slaFromCounts,
  slaSettings,
  type SlaOptions,
  type SlaResult,
  type SlaSettings,
  type SlaTask,
} from './slaAttainment.js';

/**
 * The plain-JSON state of {@link slaAccumulator}; it records the settings
 * (`asOf` as epoch milliseconds) so that states of differently set
 * accumulators are never mixed.
 *
 * @category Scoring
 */
export interface SlaState {
  /** The accumulator's `asOf` in epoch milliseconds, or `null`. */
  readonly asOf: number | null;
  /** The accumulator's default `slaHours`, or `null`. */
  readonly slaHours: number | null;
  /** Tasks on time so far. */
  readonly onTime: number;
  /** Tasks late so far. */
  readonly late: number;
  /** Tasks open so far. */
  readonly open: number;
}

const KEYS = ['asOf', 'slaHours', 'onTime', 'late', 'open'] as const;

function readState(state: unknown, param: string, settings: SlaSettings, issues: Issue[]): SlaState | undefined {
  const fields = readStateFields(state, param, KEYS, issues);
  if (fields === undefined) return undefined;
  let ok = checkSetting(fields.asOf, settings.asOf, [param, 'asOf'], issues);
  ok = checkSetting(fields.slaHours, settings.slaHours, [param, 'slaHours'], issues) && ok;
  for (const key of ['onTime', 'late', 'open'] as const) ok = checkCount(fields[key], [param, key], issues) && ok;
  return ok ? (fields as unknown as SlaState) : undefined;
}

/**
 * A mergeable accumulator for {@link slaAttainment}, made for one `asOf`
 * and default `slaHours`: counts of on-time, late and open tasks that merge
 * by addition. See {@link Accumulator}.
 *
 * @param options - `asOf` and `slaHours`, as for {@link slaAttainment}
 * @returns `{ empty, add, merge, result }`; `add` takes one task
 * @throws {ClienteleError} INVALID_INPUT at `['options', 'asOf']` / `['options', 'slaHours']` for bad options; from `add` at `['task', field]` for a bad task; at `['state', key]`, `['a', key]` or `['b', key]` for a state that is not valid or was made with other options
 *
 * @example
 * ```ts
 * import { slaAccumulator, slaAttainment } from 'clientele';
 *
 * const tasks = [
 *   { requestedAt: '2024-05-01T09:00:00Z', completedAt: '2024-05-01T12:00:00Z' },
 *   { requestedAt: '2024-05-01T09:00:00Z', completedAt: '2024-05-01T19:00:00Z' },
 *   { requestedAt: '2024-05-02T09:00:00Z' },
 * ];
 * const acc = slaAccumulator({ slaHours: 8, asOf: '2024-05-02T20:00:00Z' });
 * const a = tasks.slice(0, 1).reduce(acc.add, acc.empty());
 * const b = tasks.slice(1).reduce(acc.add, acc.empty());
 * acc.result(acc.merge(a, b))
 * //=> slaAttainment(tasks, { slaHours: 8, asOf: '2024-05-02T20:00:00Z' })
 * ```
 *
 * @category Scoring
 */
export function slaAccumulator(options?: SlaOptions): Accumulator<SlaState, SlaTask, SlaResult> {
  const issues: Issue[] = [];
  const settings = slaSettings(options, issues);
  throwIssues(issues);
  const { asOf, slaHours } = settings!;
  const fresh = (onTime: number, late: number, open: number): SlaState => ({ asOf, slaHours, onTime, late, open });
  return Object.freeze({
    empty: () => fresh(0, 0, 0),
    add(state: SlaState, task: SlaTask): SlaState {
      const found: Issue[] = [];
      const current = readState(state, 'state', settings!, found);
      const outcome = classifyTask(task, ['task'], settings!, found);
      throwIssues(found);
      const { onTime, late, open } = current!;
      if (outcome === 'onTime') return fresh(onTime + 1, late, open);
      if (outcome === 'late') return fresh(onTime, late + 1, open);
      return fresh(onTime, late, open + 1);
    },
    merge(a: SlaState, b: SlaState): SlaState {
      const found: Issue[] = [];
      const left = readState(a, 'a', settings!, found);
      const right = readState(b, 'b', settings!, found);
      throwIssues(found);
      return fresh(left!.onTime + right!.onTime, left!.late + right!.late, left!.open + right!.open);
    },
    result(state: SlaState): SlaResult {
      const found: Issue[] = [];
      const current = readState(state, 'state', settings!, found);
      throwIssues(found);
      return slaFromCounts(current!.onTime, current!.late, current!.open);
    },
  });
}
