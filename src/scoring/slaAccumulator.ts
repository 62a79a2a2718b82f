import type { Issue } from '../errors.js';
import type { Calendar } from '../chain/calendar.js';
import { sameCalendar } from './_internal/sameCalendar.js';
import { issue, throwIssues } from './_internal/read.js';
import { checkCount, checkSetting, describeInstant, readStateFields } from './accumulator.js';
import type { SlaAccumulator, SlaSqlColumns, SlaSqlOptions } from './sqlAggregate.js';
import { slaSql } from './_sql/sla.js';
import {
  classifyTask,
  slaFromCounts,
  slaSettings,
  type SlaOptions,
  type SlaResult,
  type SlaSettings,
  type SlaTask,
  type CalendarMemo,
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
  /** The accumulator's default working calendar, or `null`. */
  readonly calendar: Calendar | null;
  /** Tasks on time so far. */
  readonly onTime: number;
  /** Tasks late so far. */
  readonly late: number;
  /** Tasks open so far. */
  readonly open: number;
}

const KEYS = ['asOf', 'slaHours', 'calendar', 'onTime', 'late', 'open'] as const;

function readState(state: unknown, param: string, settings: SlaSettings, issues: Issue[]): SlaState | undefined {
  const fields = readStateFields(state, param, KEYS, issues);
  if (fields === undefined) return undefined;
  let ok = checkSetting(fields.asOf, settings.asOf, [param, 'asOf'], issues, describeInstant);
  ok = checkSetting(fields.slaHours, settings.slaHours, [param, 'slaHours'], issues) && ok;
  if (!sameCalendar(fields.calendar, settings.calendar)) {
    issues.push(
      issue(
        [param, 'calendar'],
        'must be the calendar this accumulator was made with: states of differently set accumulators cannot be combined',
      ),
    );
    ok = false;
  }
  for (const key of ['onTime', 'late', 'open'] as const) ok = checkCount(fields[key], [param, key], issues) && ok;
  return ok ? (fields as unknown as SlaState) : undefined;
}

/**
 * A mergeable accumulator for {@link slaAttainment}, made for one `asOf`,
 * default `slaHours` and default `calendar`: counts of on-time, late and open
 * tasks that merge by addition. The state records the three settings (the
 * calendar as plain JSON), so states of accumulators set differently (say,
 * two offices' calendars) cannot be merged by mistake. See {@link Accumulator}.
 *
 * @param options - `asOf`, `slaHours` and `calendar`, as for {@link slaAttainment}
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
export function slaAccumulator(options?: SlaOptions): SlaAccumulator {
  const issues: Issue[] = [];
  const settings = slaSettings(options, issues);
  throwIssues(issues);
  const { asOf, slaHours, calendar } = settings!;
  const fresh = (onTime: number, late: number, open: number): SlaState => ({ asOf, slaHours, calendar, onTime, late, open });
  const memo: CalendarMemo = new Map();
  return Object.freeze({
    empty: () => fresh(0, 0, 0),
    add(state: SlaState, task: SlaTask): SlaState {
      const found: Issue[] = [];
      const current = readState(state, 'state', settings!, found);
      const outcome = classifyTask(task, ['task'], settings!, found, memo);
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
    sql: (columns: SlaSqlColumns, sqlOptions: SlaSqlOptions) => slaSql(columns, sqlOptions, settings!),
  });
}
