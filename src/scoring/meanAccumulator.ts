import type { Issue } from '../errors.js';
import { describe } from '../_internal/fail.js';
import { addExact, roundExact } from './_internal/exactSum.js';
import { issue, throwIssues } from './_internal/read.js';
import { checkCount, readStateFields, type Accumulator } from './accumulator.js';
import { meanFrom, type MeanResult } from './mean.js';

/**
 * The plain-JSON state of {@link meanAccumulator}. The running total is a
 * short list of partial sums whose exact sum is the exact sum of the values
 * (so merging loses nothing and the order never matters).
 *
 * @category Scoring
 */
export interface MeanState {
  /** Values so far. */
  readonly total: number;
  /** Non-overlapping partial sums, smallest first; their exact sum is the values' exact sum. */
  readonly partials: readonly number[];
  /** The smallest value so far; `null` when empty. */
  readonly min: number | null;
  /** The largest value so far; `null` when empty. */
  readonly max: number | null;
}

const KEYS = ['total', 'partials', 'min', 'max'] as const;

interface Parsed {
  total: number;
  partials: number[];
  min: number;
  max: number;
}

function readState(state: unknown, param: string, issues: Issue[]): Parsed | undefined {
  const fields = readStateFields(state, param, KEYS, issues);
  if (fields === undefined) return undefined;
  const before = issues.length;
  checkCount(fields.total, [param, 'total'], issues);
  const partials: number[] = [];
  const raw = fields.partials;
  let isArray = false;
  try {
    isArray = Array.isArray(raw);
  } catch {
    // a revoked proxy
  }
  if (!isArray) issues.push(issue([param, 'partials'], `must be an array of finite numbers, not ${describe(raw)}`));
  else {
    try {
      const list = raw as readonly unknown[];
      for (let i = 0; i < list.length; i += 1) {
        const value = list[i];
        if (typeof value !== 'number' || !Number.isFinite(value)) {
          issues.push(issue([param, 'partials', i], `must be a finite number, not ${describe(value)}`));
        } else if (!addExact(partials, value)) {
          issues.push(issue([param, 'partials', i], 'makes the total exceed the largest finite number'));
        }
      }
    } catch {
      issues.push(issue([param, 'partials'], 'could not be read'));
    }
  }
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
  if (issues.length > before) return undefined;
  return {
    total: fields.total as number,
    partials,
    min: empty ? Infinity : (fields.min as number),
    max: empty ? -Infinity : (fields.max as number),
  };
}

function toState(parsed: Parsed): MeanState {
  const empty = parsed.total === 0;
  return {
    total: parsed.total,
    partials: parsed.partials.map((value) => value + 0),
    min: empty ? null : parsed.min + 0,
    max: empty ? null : parsed.max + 0,
  };
}

/**
 * A mergeable accumulator for {@link mean}: counts, exact partial sums and
 * extremes, so the merged result is exactly the one-pass mean of all values.
 * See {@link Accumulator}.
 *
 * @returns `{ empty, add, merge, result }`; `add` takes one finite number
 * @throws {ClienteleError} INVALID_INPUT from `add` at `['answer']` for a value that is not a finite number; at `['state', key]`, `['a', key]` or `['b', key]` for a state that is not valid
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
export function meanAccumulator(): Accumulator<MeanState, number, MeanResult> {
  return Object.freeze({
    empty: (): MeanState => ({ total: 0, partials: [], min: null, max: null }),
    add(state: MeanState, answer: number): MeanState {
      const issues: Issue[] = [];
      const current = readState(state, 'state', issues);
      if (typeof answer !== 'number' || !Number.isFinite(answer)) {
        issues.push(issue(['answer'], `must be a finite number, not ${describe(answer)}`));
      }
      throwIssues(issues);
      const next = current!;
      if (!addExact(next.partials, answer)) throwIssues([issue(['answer'], 'makes the total exceed the largest finite number')]);
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
      next.total += right!.total;
      next.min = Math.min(next.min, right!.min);
      next.max = Math.max(next.max, right!.max);
      return toState(next);
    },
    result(state: MeanState): MeanResult {
      const issues: Issue[] = [];
      const current = readState(state, 'state', issues);
      throwIssues(issues);
      return meanFrom(current!.partials, current!.total, current!.min, current!.max);
    },
  });
}
