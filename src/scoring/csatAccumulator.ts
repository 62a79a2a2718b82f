import type { Issue } from '../errors.js';
import { describe } from '../_internal/fail.js';
import { issue, throwIssues } from './_internal/read.js';
import { checkCount, checkSetting, readStateFields } from './accumulator.js';
import type { ColumnAccumulator, SqlOptions } from './sqlAggregate.js';
import { csatSql } from './_sql/csat.js';
import { csatFromCounts, csatSettings, type CsatOptions, type CsatResult, type CsatSettings } from './csat.js';

/**
 * The plain-JSON state of {@link csatAccumulator}; it records the scale and
 * threshold so that states of differently set accumulators are never mixed.
 *
 * @category Scoring
 */
export interface CsatState {
  /** The accumulator's scale. */
  readonly scale: number;
  /** The accumulator's threshold. */
  readonly threshold: number;
  /** Ratings at or above the threshold so far. */
  readonly satisfied: number;
  /** Ratings so far. */
  readonly total: number;
}

const KEYS = ['scale', 'threshold', 'satisfied', 'total'] as const;

function readState(state: unknown, param: string, settings: CsatSettings, issues: Issue[]): CsatState | undefined {
  const fields = readStateFields(state, param, KEYS, issues);
  if (fields === undefined) return undefined;
  let ok = checkSetting(fields.scale, settings.scale, [param, 'scale'], issues);
  ok = checkSetting(fields.threshold, settings.threshold, [param, 'threshold'], issues) && ok;
  const okSatisfied = checkCount(fields.satisfied, [param, 'satisfied'], issues);
  const okTotal = checkCount(fields.total, [param, 'total'], issues);
  if (okSatisfied && okTotal && (fields.satisfied as number) > (fields.total as number)) {
    issues.push(issue([param, 'satisfied'], 'must be at most total'));
    ok = false;
  }
  return ok && okSatisfied && okTotal ? (fields as unknown as CsatState) : undefined;
}

/**
 * A mergeable accumulator for {@link csat}, made for one scale and
 * threshold: counts of satisfied and all ratings that merge by addition. See
 * {@link Accumulator}.
 *
 * @param options - `scale` (default 5) and `threshold` (default `scale − 1`), as for {@link csat}
 * @returns `{ empty, add, merge, result }`; `add` takes one rating, an integer from 1 to `scale`
 * @throws {ClienteleError} INVALID_INPUT at `['options', 'scale']` / `['options', 'threshold']` for bad options; from `add` at `['answer']` for a bad rating; at `['state', key]`, `['a', key]` or `['b', key]` for a state that is not valid or was made with other options
 *
 * @example
 * ```ts
 * import { csatAccumulator, csat } from 'clientele';
 *
 * const acc = csatAccumulator({ scale: 7 });
 * const a = [7, 6, 2].reduce(acc.add, acc.empty());
 * const b = [5].reduce(acc.add, acc.empty());
 * acc.result(acc.merge(a, b))
 * //=> csat([7, 6, 2, 5], { scale: 7 })
 * acc.merge(a, csatAccumulator().empty())
 * //=> throws INVALID_INPUT
 * ```
 *
 * @category Scoring
 */
export function csatAccumulator(options?: CsatOptions): ColumnAccumulator<CsatState, CsatResult> {
  const issues: Issue[] = [];
  const settings = csatSettings(options, issues);
  throwIssues(issues);
  const { scale, threshold } = settings!;
  const fresh = (satisfied: number, total: number): CsatState => ({ scale, threshold, satisfied, total });
  return Object.freeze({
    empty: () => fresh(0, 0),
    add(state: CsatState, answer: number): CsatState {
      const found: Issue[] = [];
      const current = readState(state, 'state', settings!, found);
      const ok = typeof answer === 'number' && answer >= 1 && answer <= scale && Number.isInteger(answer);
      if (!ok) found.push(issue(['answer'], `must be an integer from 1 to ${scale}, not ${describe(answer)}`));
      throwIssues(found);
      return fresh(current!.satisfied + (answer >= threshold ? 1 : 0), current!.total + 1);
    },
    merge(a: CsatState, b: CsatState): CsatState {
      const found: Issue[] = [];
      const left = readState(a, 'a', settings!, found);
      const right = readState(b, 'b', settings!, found);
      throwIssues(found);
      return fresh(left!.satisfied + right!.satisfied, left!.total + right!.total);
    },
    result(state: CsatState): CsatResult {
      const found: Issue[] = [];
      const current = readState(state, 'state', settings!, found);
      throwIssues(found);
      return csatFromCounts(current!.satisfied, current!.total, settings!);
    },
    sql: (column: string, options?: SqlOptions) => csatSql(column, options, scale, threshold),
  });
}
