import type { Issue } from '../errors.js';
import { describe } from '../_internal/fail.js';
import { isRecord, issue, readKey, rejectUnknownKeys } from './_internal/read.js';
import { addExact } from './_internal/exactSum.js';

/**
 * A mergeable accumulator: the shape of a warehouse's JavaScript
 * user-defined aggregate function. Each partition starts from `empty()`,
 * `add`s its values, and the partitions' states are `merge`d in any order
 * and grouping (merge is associative and commutative) before `result`. A
 * state is plain JSON, so it can be sent between workers with
 * `JSON.stringify`/`JSON.parse`; the result is exactly what the one-pass
 * score gives for all the values together. `add` and `merge` return new
 * states and never change their inputs; a state that does not belong to this
 * accumulator (other options, a bad count) is an error.
 *
 * Every accumulator is made by a factory (`npsAccumulator()`,
 * `csatAccumulator({ scale, threshold })`, `cesAccumulator({ scale })`,
 * `meanAccumulator()`, `slaAccumulator({ asOf, slaHours })`): options are
 * fixed when it is made and recorded in its states, so states of
 * differently set accumulators cannot be merged by mistake.
 *
 * Issue paths: `['state', key]` for the state given to `add` or `result`,
 * `['a', key]` / `['b', key]` for the states given to `merge`, and
 * `['answer']` (or `['task', field]`) for the value given to `add`.
 *
 * @typeParam State - the plain-JSON state
 * @typeParam Input - what `add` takes
 * @typeParam Result - what `result` returns
 *
 * @category Scoring
 */
export interface Accumulator<State, Input, Result> {
  /** A new state holding no values. */
  readonly empty: () => State;
  /** A new state holding the values of `state` and `value`. */
  readonly add: (state: State, value: Input) => State;
  /** A new state holding the values of both states. */
  readonly merge: (a: State, b: State) => State;
  /** The score of the values a state holds. */
  readonly result: (state: State) => Result;
}

/** Reads a state object's fields: unknown keys rejected, every listed key present. */
export function readStateFields(
  state: unknown,
  param: string,
  keys: readonly string[],
  issues: Issue[],
): Record<string, unknown> | undefined {
  if (!isRecord(state, [param], issues, 'an accumulator state object')) return undefined;
  const before = issues.length;
  rejectUnknownKeys(state, keys, [param], issues);
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of keys) out[key] = readKey(state, key, [param], issues).value;
  return issues.length > before ? undefined : out;
}

/** Checks that `value` is a count (a safe integer ≥ 0). */
export function checkCount(value: unknown, path: readonly (string | number)[], issues: Issue[]): value is number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return true;
  issues.push(issue(path, `must be a count (an integer ≥ 0), not ${describe(value)}`));
  return false;
}

/** Checks that a state's option field equals the accumulator's; `show` words the values (by default `describe`). */
export function checkSetting(
  value: unknown,
  expected: unknown,
  path: readonly (string | number)[],
  issues: Issue[],
  show: (value: unknown) => string = describe,
): boolean {
  if (Object.is(value, expected)) return true;
  issues.push(
    issue(path, `must be ${show(expected)}, as this accumulator was made with, not ${show(value)}: states of differently set accumulators cannot be combined`),
  );
  return false;
}

/** An instant kept as epoch milliseconds, shown with its ISO form so that a person can read it. */
export function describeInstant(value: unknown): string {
  // a Date past its range is invalid: then the number alone
  const date = typeof value === 'number' ? new Date(value) : undefined;
  return date !== undefined && !Number.isNaN(date.getTime()) ? `${value as number} (${date.toISOString()})` : describe(value);
}

/**
 * Reads a state's partial sums entry by entry into a fresh expansion, so a
 * hand-made list (overlapping sums, a proxy, a throwing getter) is either
 * reported at its entry or made a valid expansion, never trusted as one.
 * The mean and purchase accumulators read their sums with it.
 */
export function readPartials(raw: unknown, path: readonly (string | number)[], issues: Issue[]): number[] {
  const partials: number[] = [];
  let isArray = false;
  try {
    isArray = Array.isArray(raw);
  } catch {
    // a revoked proxy
  }
  if (!isArray) {
    issues.push(issue(path, `must be an array of finite numbers, not ${describe(raw)}`));
    return partials;
  }
  try {
    const list = raw as readonly unknown[];
    for (let i = 0; i < list.length; i += 1) {
      const value = list[i];
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        issues.push(issue([...path, i], `must be a finite number, not ${describe(value)}`));
      } else if (!addExact(partials, value)) {
        issues.push(issue([...path, i], 'makes the total exceed the largest finite number'));
      }
    }
  } catch {
    issues.push(issue(path, 'could not be read'));
  }
  return partials;
}
