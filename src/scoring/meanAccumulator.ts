import type { Issue } from '../errors.js';
import { describe } from '../_internal/fail.js';
import { addExact, roundExact } from './_internal/exactSum.js';
import { issue, throwIssues } from './_internal/read.js';
import { checkCount, readPartials, readStateFields } from './accumulator.js';
import type { ColumnAccumulator, SqlOptions } from './sqlAggregate.js';
import { meanSql } from './_sql/mean.js';
import { meanFrom, SQUARE_TOO_LARGE, type MeanResult } from './mean.js';
import { addSquare } from './_internal/spread.js';

/**
 * The plain-JSON state of {@link meanAccumulator}. The running total, and
 * the running total of squares, are short lists of partial sums whose exact
 * sum is the exact sum of the values (of their squares), so merging loses
 * nothing and the order never matters.
 *
 * @category Scoring
 */
export interface MeanState {
  /** Values so far. */
  readonly total: number;
  /** Non-overlapping partial sums, smallest first; their exact sum is the values' exact sum. */
  readonly partials: readonly number[];
  /** Partial sums whose exact sum is the exact sum of the values' squares (each square split exactly in two doubles); ≥ 0. */
  readonly squares: readonly number[];
  /** The smallest value so far; `null` when empty. */
  readonly min: number | null;
  /** The largest value so far; `null` when empty. */
  readonly max: number | null;
}

const KEYS = ['total', 'partials', 'squares', 'min', 'max'] as const;

interface Parsed {
  total: number;
  partials: number[];
  squares: number[];
  min: number;
  max: number;
}

function readState(state: unknown, param: string, issues: Issue[]): Parsed | undefined {
  const fields = readStateFields(state, param, KEYS, issues);
  if (fields === undefined) return undefined;
  const before = issues.length;
  checkCount(fields.total, [param, 'total'], issues);
  const partials = readPartials(fields.partials, [param, 'partials'], issues);
  const squares = readPartials(fields.squares, [param, 'squares'], issues);
  const empty = fields.total === 0;
  for (const key of ['min', 'max'] as const) {
    const value = fields[key];
    const ok = empty ? value === null : typeof value === 'number' && Number.isFinite(value);
    if (!ok) issues.push(issue([param, key], `must be ${empty ? 'null for an empty state' : 'a finite number'}, not ${describe(value)}`));
  }
  if (issues.length === before && !empty && (fields.min as number) > (fields.max as number)) {
    issues.push(issue([param, 'min'], 'must be at most max'));
  }
  if (issues.length === before && empty && roundExact(partials) !== 0) {
    issues.push(issue([param, 'partials'], 'must sum to 0 in an empty state'));
  }
  if (issues.length === before && (empty ? roundExact(squares) !== 0 : roundExact(squares) < 0)) {
    issues.push(issue([param, 'squares'], `must sum to ${empty ? '0 in an empty state' : 'at least 0: it is a sum of squares'}`));
  }
  if (issues.length > before) return undefined;
  return {
    total: fields.total as number,
    partials,
    squares,
    min: empty ? Infinity : (fields.min as number),
    max: empty ? -Infinity : (fields.max as number),
  };
}

function toState(parsed: Parsed): MeanState {
  const empty = parsed.total === 0;
  return {
    total: parsed.total,
    partials: parsed.partials.map((value) => value + 0),
    squares: parsed.squares.map((value) => value + 0),
    min: empty ? null : parsed.min + 0,
    max: empty ? null : parsed.max + 0,
  };
}

/**
 * A mergeable accumulator for {@link mean}: counts, exact partial sums of
 * the values and of their squares, and extremes, so the merged result (mean
 * and sd) is exactly the one-pass result for all values. See {@link Accumulator}.
 *
 * @returns `{ empty, add, merge, result }`; `add` takes one finite number
 * @throws {ClienteleError} INVALID_INPUT from `add` at `['answer']` for a value that is not a finite number or whose square is not; at `['state', key]`, `['a', key]` or `['b', key]` for a state that is not valid
 *
 * @example
 * ```ts
 * import { meanAccumulator, mean } from 'clientele';
 *
 * const acc = meanAccumulator();
 * const a = [0.1, 0.7].reduce(acc.add, acc.empty());
 * const b = [0.2, 1e-17].reduce(acc.add, acc.empty());
 * acc.result(acc.merge(JSON.parse(JSON.stringify(a)), b))
 * //=> mean([0.1, 0.2, 1e-17, 0.7])
 * ```
 *
 * @category Scoring
 */
export function meanAccumulator(): ColumnAccumulator<MeanState, MeanResult> {
  return Object.freeze({
    empty: (): MeanState => ({ total: 0, partials: [], squares: [], min: null, max: null }),
    add(state: MeanState, answer: number): MeanState {
      const issues: Issue[] = [];
      const current = readState(state, 'state', issues);
      if (typeof answer !== 'number' || !Number.isFinite(answer)) {
        issues.push(issue(['answer'], `must be a finite number, not ${describe(answer)}`));
      }
      throwIssues(issues);
      const next = current!;
      if (!addExact(next.partials, answer)) throwIssues([issue(['answer'], 'makes the total exceed the largest finite number')]);
      if (!addSquare(next.squares, answer)) throwIssues([issue(['answer'], SQUARE_TOO_LARGE)]);
      next.total += 1;
      next.min = Math.min(next.min, answer);
      next.max = Math.max(next.max, answer);
      return toState(next);
    },
    merge(a: MeanState, b: MeanState): MeanState {
      const issues: Issue[] = [];
      const left = readState(a, 'a', issues);
      const right = readState(b, 'b', issues);
      throwIssues(issues);
      const next = left!;
      for (const value of right!.partials) {
        if (!addExact(next.partials, value)) throwIssues([issue(['b', 'partials'], 'makes the total exceed the largest finite number')]);
      }
      for (const value of right!.squares) {
        if (!addExact(next.squares, value)) throwIssues([issue(['b', 'squares'], 'makes the total exceed the largest finite number')]);
      }
      next.total += right!.total;
      next.min = Math.min(next.min, right!.min);
      next.max = Math.max(next.max, right!.max);
      return toState(next);
    },
    result(state: MeanState): MeanResult {
      const issues: Issue[] = [];
      const current = readState(state, 'state', issues);
      throwIssues(issues);
      return meanFrom(current!.partials, current!.squares, current!.total, current!.min, current!.max);
    },
    sql: (column: string, options?: SqlOptions) => meanSql(column, options),
  });
}
