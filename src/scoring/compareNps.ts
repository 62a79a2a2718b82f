import type { Issue } from '../errors.js';
import { got } from '../_internal/fail.js';
import { issue, throwIssues } from './_internal/read.js';
import { normalTwoSided } from './_internal/distributions.js';
import { comparison, normalCritical, readConfidenceOptions, withoutSpread } from './_internal/confidence.js';
import { NPS_COUNTS_RULE, npsSpread, readNpsCounts, type NpsCounts, type NpsSpread } from './npsInterval.js';
import type { Comparison, ConfidenceOptions } from './interval.js';

/** What `before` must be: counts, or a number for a benchmark. */
const BEFORE_RULE = `${NPS_COUNTS_RULE} or a benchmark NPS from -100 to 100`;

/**
 * Whether an NPS changed: the z test of the difference of two independent
 * NPS samples, with the Wald standard error of each NPS
 * (100 √((p + d − (p − d)²) / n), p and d the promoter and detractor shares)
 * and se = √(se₁² + se₂²). `before` may instead be a number: a benchmark or
 * target NPS taken as exact, so only `after` varies. The interval of the
 * difference is difference ∓ z·se, clipped to the range a difference can
 * take ([−200, 200], or [−100 − benchmark, 100 − benchmark]).
 *
 * When se is 0 (neither sample has any spread: every answer in one group,
 * say one promoter against one detractor, or a benchmark against answers
 * all alike) there is no test: the statistic and the p-value are `null`,
 * `significant` is `false`, and the interval is the point `difference`,
 * whether or not the difference is 0.
 *
 * Small samples: the Wald z test is anti-conservative below about 30
 * answers a side: when nothing changed it calls a change significant more
 * often than 1 − confidence, because with few answers the estimated
 * standard error is often too small and z far from normal. Agresti & Caffo
 * ("Simple and effective confidence intervals for proportions and
 * differences of proportions result from adding two successes and two
 * failures", The American Statistician 54, 2000) show the Wald interval of
 * a difference of proportions, which excludes 0 exactly when this test is
 * significant, covering well below its nominal level in small samples; an
 * NPS is a difference of two shares and behaves alike. On steady answers
 * (half promoters, a fifth detractors; 4,000 simulated pairs each) at
 * 95 % it flags about 19 % of comparisons at 3 answers a side, 11 % at 5,
 * 8 % at 10, 6 % at 30 and 5 % at 100. With fewer answers, read each
 * side's adjusted-Wald {@link npsInterval} rather than `significant`.
 *
 * Full precision: nothing is rounded; round for display.
 *
 * @param before - the earlier counts (e.g. an {@link NpsResult}), or a benchmark NPS from −100 to 100
 * @param after - the later counts
 * @param options - `confidence`, strictly between 0 and 1 (default 0.95)
 * @returns the difference after − before in NPS points, its interval, z, the two-sided p-value and whether p < 1 − confidence (z and p `null` when se is 0); `null` when either sample has no answers
 * @throws {ClienteleError} INVALID_INPUT at `['before', 'promoters']`, `['after', 'detractors']` and so on for a count that is not an integer ≥ 0 (or an NpsResult whose score or total does not match its counts); at `['before']` for a benchmark outside −100..100 or a value that is neither counts nor a number (an array of answers: pass `nps(answers)`), at `['after']` for one that is not counts; at `['options', 'confidence']` for a bad level
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
 *
 * // one promoter against one detractor: no spread, so no test
 * compareNps({ promoters: 1, passives: 0, detractors: 0 }, { promoters: 0, passives: 0, detractors: 1 })
 * //=> { difference: -200, low: -200, high: -200, statistic: null, pValue: null, significant: false, confidence: 0.95 }
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
    else issues.push(issue(['before'], got(BEFORE_RULE, before)));
  } else {
    const counts = readNpsCounts(before, 'before', ['before'], issues, BEFORE_RULE);
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
