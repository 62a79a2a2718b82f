import type { Issue } from '../errors.js';
import { describe } from '../_internal/fail.js';
import { issue, throwIssues } from './_internal/read.js';
import { checkCount, readStateFields } from './accumulator.js';
import type { ColumnAccumulator, SqlOptions } from './sqlAggregate.js';
import { npsSql } from './_sql/nps.js';
import { npsFromCounts, npsGroup, type NpsResult } from './nps.js';

/**
 * The plain-JSON state of {@link npsAccumulator}.
 *
 * @category Scoring
 */
export interface NpsState {
  /** Answers of 9 or 10 so far. */
  readonly promoters: number;
  /** Answers of 7 or 8 so far. */
  readonly passives: number;
  /** Answers from 0 to 6 so far. */
  readonly detractors: number;
}

const KEYS = ['promoters', 'passives', 'detractors'] as const;

function readState(state: unknown, param: string, issues: Issue[]): NpsState | undefined {
  const fields = readStateFields(state, param, KEYS, issues);
  if (fields === undefined) return undefined;
  let ok = true;
  for (const key of KEYS) ok = checkCount(fields[key], [param, key], issues) && ok;
  return ok ? (fields as unknown as NpsState) : undefined;
}

function fresh(promoters: number, passives: number, detractors: number): NpsState {
  return { promoters, passives, detractors };
}

/**
 * A mergeable accumulator for {@link nps} (and {@link enps}): per-partition
 * counts of promoters, passives and detractors that merge by addition. See
 * {@link Accumulator}.
 *
 * @returns `{ empty, add, merge, result }`; `add` takes one answer, an integer from 0 to 10
 * @throws {ClienteleError} INVALID_INPUT from `add` at `['answer']` for a bad answer; from any function at `['state', key]`, `['a', key]` or `['b', key]` for a state that is not a valid NPS state
 *
 * @example
 * ```ts
 * import { npsAccumulator, nps } from 'clientele';
 *
 * const acc = npsAccumulator();
 * const east = [10, 9, 3].reduce(acc.add, acc.empty());
 * const west = [8, 10].reduce(acc.add, acc.empty());
 * const shipped = JSON.parse(JSON.stringify(west));
 * acc.result(acc.merge(east, shipped))
 * //=> nps([10, 9, 3, 8, 10])
 * acc.add(acc.empty(), 11)
 * //=> throws INVALID_INPUT
 * ```
 *
 * @category Scoring
 */
export function npsAccumulator(): ColumnAccumulator<NpsState, NpsResult> {
  return Object.freeze({
    empty: () => fresh(0, 0, 0),
    add(state: NpsState, answer: number): NpsState {
      const issues: Issue[] = [];
      const current = readState(state, 'state', issues);
      const ok = typeof answer === 'number' && answer >= 0 && answer <= 10 && Number.isInteger(answer);
      if (!ok) issues.push(issue(['answer'], `must be an integer from 0 to 10, not ${describe(answer)}`));
      throwIssues(issues);
      const { promoters, passives, detractors } = current!;
      const group = npsGroup(answer);
      if (group === 'promoters') return fresh(promoters + 1, passives, detractors);
      if (group === 'passives') return fresh(promoters, passives + 1, detractors);
      return fresh(promoters, passives, detractors + 1);
    },
    merge(a: NpsState, b: NpsState): NpsState {
      const issues: Issue[] = [];
      const left = readState(a, 'a', issues);
      const right = readState(b, 'b', issues);
      throwIssues(issues);
      return fresh(left!.promoters + right!.promoters, left!.passives + right!.passives, left!.detractors + right!.detractors);
    },
    result(state: NpsState): NpsResult {
      const issues: Issue[] = [];
      const current = readState(state, 'state', issues);
      throwIssues(issues);
      return npsFromCounts(current!.promoters, current!.passives, current!.detractors);
    },
    sql: (column: string, options?: SqlOptions) => npsSql(column, options),
  });
}
