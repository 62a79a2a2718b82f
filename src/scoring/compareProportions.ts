import type { Issue } from '../errors.js';
import { throwIssues } from './_internal/read.js';
import { readNamed } from './_internal/options.js';
import { normalTwoSided } from './_internal/distributions.js';
import { checkArgumentObject, comparison, normalCritical, readConfidenceOptions, withoutSpread } from './_internal/confidence.js';
import { checkProportion } from './proportionInterval.js';
import type { Comparison, ConfidenceOptions } from './interval.js';

/**
 * Successes out of a total: satisfied answers, tasks on time, tasks right
 * the first time, customers kept.
 *
 * @category Scoring
 */
export interface ProportionCounts {
  /** How many succeeded: an integer from 0 to `total`. */
  readonly successes: number;
  /** How many in all: an integer ≥ 0. */
  readonly total: number;
}

/** What a side must be, when it is not an object at all. */
const COUNTS_RULE = 'must be counts { successes, total }';

/** Said after the rule when an array came instead: most likely the answers themselves. */
const ANSWERS_HINT = 'for CSAT answers, pass { successes: r.satisfied, total: r.total } with r = csat(answers)';

/** Results of the library's proportion scores, by a key only they have, and how each becomes counts. */
const RESULT_HINTS: readonly (readonly [string, string])[] = [
  ['satisfied', 'a csat result r: pass { successes: r.satisfied, total: r.total }'],
  ['passed', 'a firstPassYield result r: pass { successes: r.passed, total: r.total }'],
  ['onTime', 'an slaAttainment result r: pass { successes: r.onTime, total: r.onTime + r.late }'],
];

/** The hint for a score's result given where its counts belong, or undefined. */
function resultHint(value: object): string | undefined {
  try {
    const has = (key: string): boolean => Object.prototype.hasOwnProperty.call(value, key);
    if (has('successes')) return undefined;
    return RESULT_HINTS.find(([key]) => has(key))?.[1];
  } catch {
    return undefined; // a hostile object: readNamed reports what it can
  }
}

function readCounts(value: unknown, param: string, issues: Issue[]): ProportionCounts | undefined {
  if (!checkArgumentObject(value, [param], issues, COUNTS_RULE, ANSWERS_HINT)) return undefined;
  const hint = resultHint(value as object);
  if (hint !== undefined) {
    issues.push({ path: [param], code: 'INVALID_INPUT', message: `${COUNTS_RULE}, not ${hint}` });
    return undefined;
  }
  const named = readNamed(value, ['successes', 'total'], issues, param, [param], false);
  if (named === undefined) return undefined;
  const ok = checkProportion(named.successes, named.total, [param, 'successes'], [param, 'total'], issues);
  return ok ? { successes: named.successes as number, total: named.total as number } : undefined;
}

/**
 * Whether a percentage changed: the two-proportion z test. The statistic
 * uses the pooled proportion (the standard error if nothing changed); the
 * interval of the difference uses the unpooled (Wald) standard error
 * √(p₁(1 − p₁)/n₁ + p₂(1 − p₂)/n₂), both in percentage points, the interval
 * clipped to [−100, 100]. When every case on both sides succeeded (or none
 * did) the pooled standard error is 0 and there is no test: the statistic
 * and the p-value are `null` and `significant` is `false`, as in
 * {@link compareNps} and {@link compareMeans}.
 *
 * Wald intervals collapse when a side is 0 % or 100 %: 0 of 5 against 5 of
 * 5 gives the interval [100, 100], and any side at 0 % or 100 % adds
 * nothing to the width. With few answers, prefer each side's Wilson
 * {@link proportionInterval}, or the Agresti–Caffo interval: this
 * function's `low` and `high` after adding one success and one failure to
 * each side (Agresti & Caffo, The American Statistician 54, 2000).
 *
 * Full precision: nothing is rounded; round for display.
 *
 * @param before - the earlier (or baseline) `{ successes, total }`
 * @param after - the later `{ successes, total }`
 * @param options - `confidence`, strictly between 0 and 1 (default 0.95)
 * @returns the difference after − before in percentage points, its interval, z, the two-sided p-value and whether p < 1 − confidence (z and p `null` when the pooled standard error is 0); `null` when either total is 0
 * @throws {ClienteleError} INVALID_INPUT at `['before']` or `['after']` for a value that is not an object of counts (a `csat`, `firstPassYield` or `slaAttainment` result is told how to make its counts); at `['before', 'successes']`, `['after', 'total']` and so on for a count that is not an integer ≥ 0 or successes above the total; at `['options', 'confidence']` for a bad level
 *
 * @example
 * ```ts
 * import { compareProportions } from 'clientele';
 *
 * // CSAT 80 % of 200 last quarter, 86 % of 250 this quarter
 * const change = compareProportions({ successes: 160, total: 200 }, { successes: 215, total: 250 })!;
 * change.difference
 * //=> 6
 *
 * // pooled 375/450: se = √(0.8333 × 0.1667 × (1/200 + 1/250)) = 3.5355 points, z = 6 / 3.5355
 * const test = [change.statistic!.toFixed(3), change.pValue!.toFixed(4), change.significant];
 * test
 * //=> ['1.697', '0.0897', false]
 *
 * // Agresti–Caffo: 0 of 5 against 5 of 5 as 1 of 7 against 6 of 7, whose interval
 * // is 71.43 ∓ 1.96 × 100 √(2 × (1/7)(6/7) / 7) = 71.43 ∓ 36.66, clipped at 100
 * const few = compareProportions({ successes: 1, total: 7 }, { successes: 6, total: 7 })!;
 * const interval = [few.low.toFixed(2), few.high];
 * interval
 * //=> ['34.77', 100]
 * compareProportions({ successes: 0, total: 0 }, { successes: 3, total: 4 })
 * //=> null
 * ```
 *
 * @category Scoring
 */
export function compareProportions(before: ProportionCounts, after: ProportionCounts, options?: ConfidenceOptions): Comparison | null {
  const issues: Issue[] = [];
  const first = readCounts(before, 'before', issues);
  const second = readCounts(after, 'after', issues);
  const settings = readConfidenceOptions(options, issues);
  throwIssues(issues);
  const { successes: s1, total: n1 } = first!;
  const { successes: s2, total: n2 } = second!;
  if (n1 === 0 || n2 === 0) return null;
  const confidence = settings!.confidence;
  const p1 = s1 / n1;
  const p2 = s2 / n2;
  // (s₂n₁ − s₁n₂)/(n₁n₂) is exact in integers up to 2^53, so 86 % − 80 % is 6, not 5.999999999999995
  const cross = s2 * n1 - s1 * n2;
  const exact = Number.isSafeInteger(s2 * n1) && Number.isSafeInteger(s1 * n2) && Number.isSafeInteger(n1 * n2);
  const difference = (exact ? cross / (n1 * n2) : p2 - p1) * 100;
  const pooled = (s1 + s2) / (n1 + n2);
  const pooledSe = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2)) * 100;
  if (pooledSe === 0) return withoutSpread(difference, confidence);
  const z = difference / pooledSe;
  const se = Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2) * 100;
  return comparison(difference, normalCritical(confidence) * se, z, normalTwoSided(z), confidence, -100, 100);
}
