import type { Issue } from '../errors.js';
import { describe } from '../_internal/fail.js';
import { issue, throwIssues } from './_internal/read.js';
import { checkCount, checkSetting, readStateFields } from './accumulator.js';
import type { ColumnAccumulator, SqlOptions } from './sqlAggregate.js';
import { cesSql } from './_sql/ces.js';
import { spreadOf } from './_internal/spread.js';
import { cesFromSum, cesScale, type CesOptions, type CesResult } from './ces.js';

/**
 * The plain-JSON state of {@link cesAccumulator}; it records the scale so
 * that states of differently set accumulators are never mixed.
 *
 * @category Scoring
 */
export interface CesState {
  /** The accumulator's scale. */
  readonly scale: number;
  /** The sum of the ratings so far (an integer). */
  readonly sum: number;
  /** The sum of the squares of the ratings so far (an integer, for the sd). */
  readonly sumSquares: number;
  /** Ratings so far. */
  readonly total: number;
}

const KEYS = ['scale', 'sum', 'sumSquares', 'total'] as const;

/** True when n·Σr² − (Σr)² is ≥ 0 (Cauchy–Schwarz), and 0 for a single rating; exact. */
function sumsAgree(total: number, sum: number, squares: number): boolean {
  const spread = spreadOf(total, [sum], [squares]);
  return total === 1 ? spread === 0 : spread >= 0;
}

function readState(state: unknown, param: string, scale: number, issues: Issue[]): CesState | undefined {
  const fields = readStateFields(state, param, KEYS, issues);
  if (fields === undefined) return undefined;
  const okScale = checkSetting(fields.scale, scale, [param, 'scale'], issues);
  const okSum = checkCount(fields.sum, [param, 'sum'], issues);
  const okSquares = checkCount(fields.sumSquares, [param, 'sumSquares'], issues);
  const okTotal = checkCount(fields.total, [param, 'total'], issues);
  if (!(okScale && okSum && okSquares && okTotal)) return undefined;
  const sum = fields.sum as number;
  const total = fields.total as number;
  if (sum < total || sum > total * scale) {
    issues.push(issue([param, 'sum'], `must be from total to total × scale (${total} to ${total * scale})`));
    return undefined;
  }
  // each rating r in 1..scale has r ≤ r² ≤ scale·r, and (Σr)² ≤ n·Σr² (Cauchy–Schwarz)
  const squares = fields.sumSquares as number;
  if (squares < sum || squares > sum * scale || !sumsAgree(total, sum, squares)) {
    issues.push(issue([param, 'sumSquares'], `must be a possible sum of squares of ${total} ratings summing to ${sum} on 1..${scale}`));
    return undefined;
  }
  return fields as unknown as CesState;
}

/**
 * A mergeable accumulator for {@link ces}, made for one scale: the count,
 * sum and sum of squares of the ratings, merged by addition (ratings are
 * integers, so the sums are exact and so is the sd). See {@link Accumulator}.
 *
 * @param options - `scale` (default 7), as for {@link ces}
 * @returns `{ empty, add, merge, result }`; `add` takes one rating, an integer from 1 to `scale`
 * @throws {ClienteleError} INVALID_INPUT at `['options', 'scale']` for a bad scale; from `add` at `['answer']` for a bad rating; at `['state', key]`, `['a', key]` or `['b', key]` for a state that is not valid or was made with another scale; at `['answer']` or `['b', 'sumSquares']` when the sum of squares would pass 2^53 (about 9e11 ratings)
 *
 * @example
 * ```ts
 * import { cesAccumulator, ces } from 'clientele';
 *
 * const acc = cesAccumulator();
 * const a = [7, 5].reduce(acc.add, acc.empty());
 * const b = [6, 2, 4].reduce(acc.add, acc.empty());
 * acc.result(acc.merge(b, a))
 * //=> ces([7, 5, 6, 2, 4])
 * ```
 *
 * @category Scoring
 */
export function cesAccumulator(options?: CesOptions): ColumnAccumulator<CesState, CesResult> {
  const issues: Issue[] = [];
  const scale = cesScale(options, issues);
  throwIssues(issues);
  const top = scale!;
  const fresh = (sum: number, sumSquares: number, total: number, path: readonly (string | number)[]): CesState => {
    if (!Number.isSafeInteger(sumSquares)) throwIssues([issue(path, 'makes the sum of squares exceed the largest safe integer')]);
    return { scale: top, sum, sumSquares, total };
  };
  return Object.freeze({
    empty: () => fresh(0, 0, 0, []),
    add(state: CesState, answer: number): CesState {
      const found: Issue[] = [];
      const current = readState(state, 'state', top, found);
      const ok = typeof answer === 'number' && answer >= 1 && answer <= top && Number.isInteger(answer);
      if (!ok) found.push(issue(['answer'], `must be an integer from 1 to ${top}, not ${describe(answer)}`));
      throwIssues(found);
      return fresh(current!.sum + answer, current!.sumSquares + answer * answer, current!.total + 1, ['answer']);
    },
    merge(a: CesState, b: CesState): CesState {
      const found: Issue[] = [];
      const left = readState(a, 'a', top, found);
      const right = readState(b, 'b', top, found);
      throwIssues(found);
      return fresh(left!.sum + right!.sum, left!.sumSquares + right!.sumSquares, left!.total + right!.total, ['b', 'sumSquares']);
    },
    result(state: CesState): CesResult {
      const found: Issue[] = [];
      const current = readState(state, 'state', top, found);
      throwIssues(found);
      return cesFromSum(current!.sum, current!.sumSquares, current!.total, top);
    },
    sql: (column: string, options?: SqlOptions) => cesSql(column, options, top),
  });
}
