import { ClienteleError, type Issue, type IssuePath } from '../errors.js';
import { safeRun } from '../_internal/zod.js';
import { stateOf } from '../chain/_state.js';
import type { ServiceChain } from '../chain/serviceChain.js';
import { eachItem, throwIssues } from '../scoring/_internal/read.js';
import { assemble } from './assemble.js';
import { Folder } from './fold.js';
import { fingerprintDifference, layoutOf, type Layout } from './layout.js';
import { mergeStates } from './merge.js';
import { readReportOptions, type ReportSettings, type ScoreOrganizationOptions } from './options.js';
import { emptyState, PAIR_WIDTH, ReportStateShape, type PairSlots, type ReportState } from './state.js';
import type { OrganizationReport } from './types.js';

/**
 * The accumulator behind {@link scoreOrganization}: `{ empty, add, addAll,
 * merge, result }` like the scores' accumulators, over a plain-JSON
 * {@link ReportState}.
 *
 * @category Report
 */
export interface ReportAccumulator {
  /** A new state holding no observations. */
  readonly empty: () => ReportState;
  /** A new state holding `state`'s observations and this one (validated; issues at `['observation', field]`). Costs a copy of the state: prefer `addAll` for many. */
  readonly add: (state: ReportState, observation: unknown) => ReportState;
  /** A new state holding `state`'s observations and these (validated together; issues at `['observations', index, field]`). */
  readonly addAll: (state: ReportState, observations: readonly unknown[]) => ReportState;
  /** A new state holding the observations of both. */
  readonly merge: (a: ReportState, b: ReportState) => ReportState;
  /** The report of the observations a state holds. */
  readonly result: (state: ReportState) => OrganizationReport;
}

function sorted(list: readonly number[], below: number): boolean {
  for (let i = 0; i < list.length; i += 1) {
    if (list[i]! >= below || (i > 0 && list[i]! <= list[i - 1]!)) return false;
  }
  return true;
}

/** Whether `value` is a count: a whole number from 0 to the largest safe integer. */
function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * Checks the pair columns with a loop (a million pairs are too many for a
 * schema per number): pair indices increasing and below `size`, and
 * {@link PAIR_WIDTH} counts for each; every bad number is listed. Each
 * respondent list names a listed pair, in increasing order, then 1 to
 * `cap` distinct customer indices below `customers`, ascending.
 */
function checkPairs(pairs: PairSlots, size: number, customers: number, cap: number, at: (...path: (string | number)[]) => IssuePath, issues: Issue[]): void {
  const { slots, counts, respondents } = pairs;
  for (let i = 0; i < slots.length; i += 1) {
    const slot = slots[i];
    if (!isCount(slot) || (slot as number) >= size || (i > 0 && (slot as number) <= (slots[i - 1] as number))) {
      issues.push({ path: at('pairs', 'slots', i), code: 'INVALID_INPUT', message: `must be a pair index below ${size}, above the one before it, not ${JSON.stringify(slot)}` });
    }
  }
  if (counts.length !== slots.length * PAIR_WIDTH) {
    issues.push({ path: at('pairs', 'counts'), code: 'INVALID_INPUT', message: `must hold ${PAIR_WIDTH} counts for each of the ${slots.length} pairs listed, not ${counts.length} numbers` });
  } else {
    for (let i = 0; i < counts.length; i += 1) {
      if (!isCount(counts[i])) {
        issues.push({ path: at('pairs', 'counts', i), code: 'INVALID_INPUT', message: `must be a count (a whole number ≥ 0), not ${JSON.stringify(counts[i])}` });
      }
    }
  }
  const listed = new Set<unknown>(slots);
  respondents.forEach((item, i) => {
    const previous = i > 0 && Array.isArray(respondents[i - 1]) ? (respondents[i - 1]![0] as number) : -1;
    const ok =
      Array.isArray(item) &&
      item.length >= 2 &&
      item.length <= cap + 1 &&
      isCount(item[0]) &&
      listed.has(item[0]) &&
      item[0]! > previous &&
      item.every((id, k) => k === 0 || (isCount(id) && id < customers && (k === 1 || id > item[k - 1]!)));
    if (!ok) {
      issues.push({
        path: at('pairs', 'respondents', i),
        code: 'INVALID_INPUT',
        message: `must be [pair, …respondents]: a listed pair above the one before it, then 1 to ${cap} distinct customer indices below ${customers} in increasing order, not ${JSON.stringify(item)?.slice(0, 60)}`,
      });
    }
  });
}

/** Checks a state that comes from outside: its shape, its fingerprint and its slots' sizes. */
function checkState(value: unknown, param: string, layout: Layout, settings: ReportSettings): ReportState {
  const parsed = safeRun(ReportStateShape, value, [param]);
  if (!parsed.success) throw new ClienteleError('INVALID_INPUT', parsed.issues);
  const state = parsed.data as ReportState;
  const issues: Issue[] = [];
  const at = (...path: (string | number)[]): IssuePath => [param, ...path];
  if (state.fingerprint !== layout.fingerprint) {
    issues.push({
      path: at('fingerprint'),
      code: 'INVALID_INPUT',
      message: `must be ${JSON.stringify(layout.fingerprint)}: ${fingerprintDifference(state.fingerprint, layout.fingerprint)}, and states of differently set accumulators cannot be combined`,
    });
    throw new ClienteleError('INVALID_INPUT', issues);
  }
  const n = layout.customers.length;
  if (state.units.length !== n) issues.push({ path: at('units'), code: 'INVALID_INPUT', message: `must hold ${n} slots, one per customer, not ${state.units.length}` });
  if (state.customers.length !== n) issues.push({ path: at('customers'), code: 'INVALID_INPUT', message: `must hold ${n} slots, one per customer, not ${state.customers.length}` });
  checkPairs(state.pairs, layout.pairTo.length, n, settings.minRespondents, at, issues);
  const lists: [IssuePath, readonly number[], number][] = [
    [at('organization', 'enps', 'respondents'), state.organization.enps.respondents, settings.minRespondents],
    [at('organization', 'enpsRest'), state.organization.enpsRest, settings.minRespondents],
  ];
  state.units.forEach((unit, i) => {
    if (unit === null) return;
    lists.push([at('units', i, 'satisfaction', 'respondents'), unit.satisfaction.respondents, settings.minRespondents]);
    lists.push([at('units', i, 'satisfactionRest'), unit.satisfactionRest, settings.minRespondents]);
    lists.push([at('units', i, 'enps', 'respondents'), unit.enps.respondents, settings.minRespondents]);
    lists.push([at('units', i, 'collaboration', 'reached'), unit.collaboration.reached, n]);
  });
  for (const [path, list, cap] of lists) {
    if (list.length > cap || !sorted(list, n)) {
      issues.push({ path, code: 'INVALID_INPUT', message: `must be at most ${cap} distinct customer indices below ${n}, in increasing order` });
    }
  }
  throwIssues(issues);
  return state;
}

/**
 * A mergeable accumulator for the whole report: {@link scoreOrganization}
 * is `result(addAll(empty(), observations))`, and the observations may be
 * split into any partitions — workers, days, warehouse shards — added
 * separately, sent through JSON and merged in any order and grouping, with
 * exactly the same report. Every figure is the public score's (counts,
 * exact sums), so nothing drifts.
 *
 * The state's size follows the chain (a slot per customer, of counts, exact
 * partial sums and capped id lists, and eleven counts per linked pair that
 * holds something), never the number of observations. Options are read once, when the accumulator is
 * made, and recorded in the state's `fingerprint` with the chain's, so
 * states of another chain or other options are refused.
 *
 * @param chain - the organisation, made by `createServiceChain`
 * @param options - as for {@link scoreOrganization}
 * @returns `{ empty, add, addAll, merge, result }`
 * @throws {ClienteleError} INVALID_INPUT at `['options', key, …]` for bad or unknown options (the nearest known key suggested); from `add` / `addAll` at `['observation', field]` / `['observations', index, field]` for a bad observation, an id not in the chain (`UNKNOWN_REFERENCE`), a task from an external provider (`WRONG_KIND`) or a second currency; from `merge` / `result` at `['a', …]`, `['b', …]`, `['state', …]` for a state that is not one of this accumulator's
 *
 * @example
 * ```ts
 * import { createServiceChain, reportAccumulator, scoreOrganization } from 'clientele';
 *
 * const chain = createServiceChain({
 *   customers: [
 *     { kind: 'department', id: 'kitchen', name: 'Kitchen' },
 *     { kind: 'department', id: 'floor', name: 'Floor staff' },
 *     { kind: 'user', id: 'g1', name: 'Guest 1' },
 *     { kind: 'user', id: 'g2', name: 'Guest 2' },
 *   ],
 *   links: [
 *     { from: 'kitchen', to: 'floor', service: 'dishes', deliverable: 'product', slaHours: 1 },
 *     { from: 'floor', to: 'g1', service: 'table service', deliverable: 'service' },
 *     { from: 'floor', to: 'g2', service: 'table service', deliverable: 'service' },
 *   ],
 * });
 * const monday = [
 *   { type: 'task', providerId: 'kitchen', consumerId: 'floor', requestedAt: '2025-03-03T19:00:00Z', completedAt: '2025-03-03T19:40:00Z' },
 *   { type: 'survey', respondentId: 'g1', subjectId: 'floor', instrument: 'nps', value: 10, at: '2025-03-03' },
 * ];
 * const tuesday = [
 *   { type: 'survey', respondentId: 'g2', instrument: 'nps', value: 6, at: '2025-03-04' },
 * ];
 * const options = { asOf: '2025-03-31' };
 * const acc = reportAccumulator(chain, options);
 * const a = acc.addAll(acc.empty(), monday);
 * const b = JSON.parse(JSON.stringify(acc.addAll(acc.empty(), tuesday)));
 * const report = acc.result(acc.merge(b, a));
 * report.external.overall.nps.score
 * //=> 0
 * JSON.stringify(report) === JSON.stringify(scoreOrganization(chain, [...monday, ...tuesday], options))
 * //=> true
 * ```
 *
 * @category Report
 */
export function reportAccumulator(chain: ServiceChain, options: ScoreOrganizationOptions): ReportAccumulator {
  return makeAccumulator(chain, options).accumulator;
}

/**
 * The accumulator and, for {@link scoreOrganization}, its one pass without
 * the checks a state from elsewhere needs: `result(addAll(empty(), list))`
 * through the same fold, on a state that never left this call.
 */
export function makeAccumulator(chain: ServiceChain, options: ScoreOrganizationOptions): { accumulator: ReportAccumulator; onePass: (observations: readonly unknown[]) => OrganizationReport } {
  stateOf(chain);
  const settings = readReportOptions(options);
  const layout = layoutOf(chain, settings);
  const fresh = (): ReportState => emptyState(layout.fingerprint, layout.customers.length);
  const onePass = (observations: readonly unknown[]): OrganizationReport => {
    const folder = Folder.start(layout, settings, fresh());
    const issues: Issue[] = [];
    eachItem(observations, ['observations'], issues, (item, index) => folder.add(item, ['observations', index], issues));
    throwIssues(issues);
    // the pair counters go to the assembly as the folder holds them: a million-link state is never copied into JSON columns
    const { state, pairs } = folder.finishForReport();
    return assemble(layout, settings, state, pairs);
  };
  const addAll = (state: ReportState, observations: readonly unknown[], param = 'observations'): ReportState => {
    const current = checkState(state, 'state', layout, settings);
    const folder = Folder.start(layout, settings, current);
    const issues: Issue[] = [];
    eachItem(observations, [param], issues, (item, index) => folder.add(item, [param, index], issues));
    throwIssues(issues);
    return folder.finish();
  };
  const accumulator: ReportAccumulator = Object.freeze({
    empty: fresh,
    add(state: ReportState, observation: unknown): ReportState {
      const current = checkState(state, 'state', layout, settings);
      const folder = Folder.start(layout, settings, current);
      const issues: Issue[] = [];
      folder.add(observation, ['observation'], issues);
      throwIssues(issues);
      return folder.finish();
    },
    addAll: (state: ReportState, observations: readonly unknown[]) => addAll(state, observations),
    merge(a: ReportState, b: ReportState): ReportState {
      const left = checkState(a, 'a', layout, settings);
      const right = checkState(b, 'b', layout, settings);
      const issues: Issue[] = [];
      const merged = mergeStates(left, right, settings.minRespondents, issues);
      throwIssues(issues);
      return merged;
    },
    result(state: ReportState): OrganizationReport {
      return assemble(layout, settings, checkState(state, 'state', layout, settings));
    },
  });
  return { accumulator, onePass };
}
