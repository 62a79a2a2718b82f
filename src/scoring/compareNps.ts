import type { Issue } from '../errors.js';
import { got } from '../_internal/fail.js';
import { issue, throwIssues } from './_internal/read.js';
import { normalTwoSided } from './_internal/distributions.js';
import { comparison, normalCritical, readConfidenceOptions, withoutSpread } from './_internal/confidence.js';
import { npsSpread, readNpsCounts, type NpsCounts, type NpsSpread } from './npsInterval.js';
import type { Comparison, ConfidenceOptions } from './interval.js';

/**
 * Whether an NPS changed: the z test of the difference of two independent
 * NPS samples, with the Wald standard error of each NPS
 * (100 √((p + d − (p − d)²) / n), p and d the promoter and detractor shares)
 * and se = √(se₁² + se₂²). `before` may instead be a number: a benchmark or
 * target NPS taken as exact, so only `after` varies. The interval of the
 * difference is difference ∓ z·se, clipped to the range a difference can
 * take ([−200, 200], or [−100 − benchmark, 100 − benchmark]). When neither
 * sample has any spread (every answer in one group, say all promoters) the
 * statistic is `null` and the p-value 1 if the scores agree, 0 if not.
 *
 * Full precision: nothing is rounded; round for display.
 *
 * @param before - the earlier counts (e.g. an {@link NpsResult}), or a benchmark NPS from −100 to 100
 * @param after - the later counts
 * @param options - `confidence`, strictly between 0 and 1 (default 0.95)
 * @returns the difference after − before in NPS points, its interval, z, the two-sided p-value and whether p < 1 − confidence; `null` when either sample has no answers
 * @throws {ClienteleError} INVALID_INPUT at `['before', 'promoters']`, `['after', 'detractors']` and so on for a count that is not an integer ≥ 0 (or an NpsResult whose score or total does not match its counts); at `['before']` for a benchmark outside −100..100; at `['options', 'confidence']` for a bad level
 *
 * @example
 * ```ts
 * import { compareNps } from 'clientele';
 *
 * const spring = { promoters: 120, passives: 50, detractors: 30 }; // NPS 45, n = 200
 * const autumn = { promoters: 150, passives: 60, detractors: 40 }; // NPS 44, n = 250
 * const change = compareNps(spring, autumn)!;
 * [change.difference, change.significant]
 * //=> [-1, false]
 *
 * // against a benchmark of 30: se = 100 √((0.6 + 0.16 − 0.44²) / 250) = 4.7598, z = 14 / 4.7598
 * compareNps(30, autumn)!.statistic!.toFixed(3)
 * //=> '2.941'
 * ```
 *
 * @category Scoring
 */
export function compareNps(before: NpsCounts | number, after: NpsCounts, options?: ConfidenceOptions): Comparison | null {
  const issues: Issue[] = [];
  let first: NpsSpread | null | undefined;
  const benchmark = typeof before === 'number';
  if (benchmark) {
    if (before >= -100 && before <= 100) first = { centre: before + 0, se: 0 };
    else issues.push(issue(['before'], got('must be NPS counts or a benchmark NPS from -100 to 100', before)));
  } else {
    const counts = readNpsCounts(before, 'before', ['before'], issues);
    if (counts !== undefined) first = npsSpread(counts.promoters, counts.passives, counts.detractors, 'wald');
  }
  const counts = readNpsCounts(after, 'after', ['after'], issues);
  const settings = readConfidenceOptions(options, issues);
  throwIssues(issues);
  const second = npsSpread(counts!.promoters, counts!.passives, counts!.detractors, 'wald');
  if (first === null || second === null) return null;
  const confidence = settings!.confidence;
  const difference = second.centre - first!.centre;
  const se = Math.hypot(first!.se, second.se);
  if (se === 0) return withoutSpread(difference, confidence);
  const z = difference / se;
  const lowest = benchmark ? -100 - first!.centre : -200;
  const highest = benchmark ? 100 - first!.centre : 200;
  return comparison(difference, normalCritical(confidence) * se, z, normalTwoSided(z), confidence, lowest, highest);
}
