import type { Issue } from '../errors.js';
import { issue, throwIssues } from './_internal/read.js';
import { studentTwoSided } from './_internal/distributions.js';
import { comparison, readConfidenceOptions, studentCritical, withoutSpread } from './_internal/confidence.js';
import { readMeanSummary, type MeanSummary } from './meanInterval.js';
import type { Comparison, ConfidenceOptions } from './interval.js';

/**
 * Whether a mean changed: Welch's t test (Welch, "The generalization of
 * 'Student's' problem when several different population variances are
 * involved", Biometrika 34, 1947), which does not assume the two groups
 * share a variance. With vᵢ = sdᵢ² / nᵢ, t = (score₂ − score₁) / √(v₁ + v₂)
 * on the Welch–Satterthwaite degrees of freedom
 * (v₁ + v₂)² / (v₁²/(n₁ − 1) + v₂²/(n₂ − 1)); the interval is
 * difference ∓ t* · √(v₁ + v₂), in the scale's own points. When both sds
 * are 0 (every value alike on each side) there is no test, whether or not
 * the means differ: the statistic and the p-value are `null`,
 * `significant` is `false` and the interval is the point `difference`, as
 * in {@link compareNps} and {@link compareProportions}.
 *
 * Full precision: nothing is rounded; round for display.
 *
 * @param before - the earlier `{ score, sd, total }`, e.g. a {@link MeanResult} or {@link CesResult}
 * @param after - the later one
 * @param options - `confidence`, strictly between 0 and 1 (default 0.95)
 * @returns the difference after − before, its interval, Welch's t, the two-sided p-value and whether p < 1 − confidence (t and p `null` when both sds are 0); `null` when either side has fewer than two values
 * @throws {ClienteleError} INVALID_INPUT at `['before']` or `['after']` for a value that is not a summary object (an array of values: pass `mean(values)` or `ces(answers)`); at `['before', 'sd']`, `['after', 'total']` and so on for a figure that is not valid (as for {@link meanInterval}); at `['options', 'confidence']` for a bad level
 *
 * @example
 * ```ts
 * import { ces, compareMeans } from 'clientele';
 *
 * const before = ces([4, 5, 5, 6, 4, 5]); // mean 29/6, sd √((143 − 29²/6) / 5) = 0.7528
 * const after = ces([6, 7, 6, 5, 7, 7, 6]); // mean 44/7, sd √((280 − 44²/7) / 6) = 0.7559
 * const change = compareMeans(before, after)!;
 * // t = 1.4524 / √(0.7528²/6 + 0.7559²/7) = 3.4612 on 10.71 degrees of freedom
 * [change.difference.toFixed(4), change.statistic!.toFixed(4), change.pValue!.toFixed(4)]
 * //=> ['1.4524', '3.4612', '0.0055']
 *
 * // every rating alike on each side: no spread, so no test
 * const flat = compareMeans(ces([5, 5]), ces([6, 6]))!;
 * [flat.difference, flat.statistic, flat.pValue, flat.significant]
 * //=> [1, null, null, false]
 * ```
 *
 * @category Scoring
 */
export function compareMeans(before: MeanSummary, after: MeanSummary, options?: ConfidenceOptions): Comparison | null {
  const issues: Issue[] = [];
  const first = readMeanSummary(before, 'before', ['before'], issues);
  const second = readMeanSummary(after, 'after', ['after'], issues);
  const settings = readConfidenceOptions(options, issues);
  throwIssues(issues);
  if (first === null || second === null) return null;
  const confidence = settings!.confidence;
  const difference = second!.score - first!.score;
  if (!Number.isFinite(difference)) throwIssues([issue(['after', 'score'], 'makes the difference exceed the largest finite number')]);
  // standard errors, combined with hypot so that sds near the largest double do not overflow when squared
  const e1 = first!.sd / Math.sqrt(first!.total);
  const e2 = second!.sd / Math.sqrt(second!.total);
  const se = Math.hypot(e1, e2);
  if (se === 0) return withoutSpread(difference, confidence);
  // Welch–Satterthwaite with shares wᵢ = vᵢ/(v₁ + v₂): 1/df = w₁²/(n₁ − 1) + w₂²/(n₂ − 1); no overflow or underflow
  const w1 = (e1 / se) ** 2;
  const w2 = (e2 / se) ** 2;
  const df = 1 / ((w1 * w1) / (first!.total - 1) + (w2 * w2) / (second!.total - 1));
  const t = difference / se;
  return comparison(difference, studentCritical(confidence, df) * se, t, studentTwoSided(t, df), confidence);
}
