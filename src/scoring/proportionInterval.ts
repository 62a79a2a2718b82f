import type { Issue } from '../errors.js';
import { issue, throwIssues } from './_internal/read.js';
import { checkCountAt, normalCritical, readConfidenceOptions } from './_internal/confidence.js';
import type { ConfidenceOptions, Interval } from './interval.js';

/** Checks a successes/total pair at the given paths; true when both are counts and successes ≤ total. */
export function checkProportion(
  successes: unknown,
  total: unknown,
  successesPath: readonly (string | number)[],
  totalPath: readonly (string | number)[],
  issues: Issue[],
): boolean {
  const okS = checkCountAt(successes, successesPath, issues);
  const okT = checkCountAt(total, totalPath, issues);
  if (!(okS && okT)) return false;
  if ((successes as number) > (total as number)) {
    issues.push(issue(successesPath, `must be at most total (${total as number}) — got ${successes as number}`));
    return false;
  }
  return true;
}

/**
 * How sure a percentage is: the Wilson score interval (Wilson, "Probable
 * inference, the law of succession, and statistical inference", JASA 22,
 * 1927) for the share of successes in the population, in percent. It is the
 * interval Newcombe ("Two-sided confidence intervals for the single
 * proportion", Statistics in Medicine 17, 1998) recommends over the plain
 * Wald interval: it never leaves 0..100 and keeps its coverage near 0 % and
 * 100 % and in small samples. Use it for CSAT, SLA attainment, first-pass
 * yield, retention: any score that counts successes out of a total.
 *
 * With p = successes / total, n = total and z = Φ⁻¹((1 + confidence) / 2),
 * the interval is centred on (p + z²/2n) / (1 + z²/n), not on p, with
 * half-width `margin` = z / (1 + z²/n) · √(p(1 − p)/n + z²/4n²), both times 100:
 * `margin` is measured around that centre, so the percentage ± margin is
 * not the interval (0 of 4 gives 0 to 48.99 %, margin 24.5).
 *
 * Full precision: nothing is rounded; round for display.
 *
 * @param successes - how many succeeded (satisfied answers, tasks on time, …): an integer from 0 to `total`
 * @param total - how many in all: an integer ≥ 0
 * @param options - `confidence`, strictly between 0 and 1 (default 0.95)
 * @returns `{ low, high, margin, confidence }` in percent; `null` when `total` is 0
 * @throws {ClienteleError} INVALID_INPUT at `['successes']` or `['total']` for a value that is not an integer ≥ 0, or more successes than the total; at `['options', 'confidence']` for a bad level
 *
 * @example
 * ```ts
 * import { proportionInterval } from 'clientele';
 *
 * // Newcombe (1998), example (c): 81 of 263, Wilson 95 % interval 0.2553 to 0.3662
 * const interval = proportionInterval(81, 263)!;
 * [interval.low.toFixed(2), interval.high.toFixed(2)]
 * //=> ['25.53', '36.62']
 * proportionInterval(0, 0)
 * //=> null
 * proportionInterval(5, 4)
 * //=> throws INVALID_INPUT
 * ```
 *
 * @category Scoring
 */
export function proportionInterval(successes: number, total: number, options?: ConfidenceOptions): Interval | null {
  const issues: Issue[] = [];
  checkProportion(successes, total, ['successes'], ['total'], issues);
  const settings = readConfidenceOptions(options, issues);
  throwIssues(issues);
  return wilsonInterval(successes, total, settings!.confidence);
}

/**
 * The Wilson score interval in percent for counts already checked (the
 * report calls it for every figure, so it does not re-read options).
 */
export function wilsonInterval(successes: number, total: number, confidence: number): Interval | null {
  if (total === 0) return null;
  const z = normalCritical(confidence);
  const p = successes / total;
  const z2n = (z * z) / total;
  const shrink = 1 + z2n;
  const centre = (p + z2n / 2) / shrink;
  const half = (z / shrink) * Math.sqrt((p * (1 - p)) / total + z2n / (4 * total));
  // the ends lie in [0, 1] exactly; min/max only absorb the last bit of rounding at p = 0 or 1
  return {
    low: Math.max(0, centre - half) * 100,
    high: Math.min(1, centre + half) * 100,
    margin: half * 100,
    confidence,
  };
}
