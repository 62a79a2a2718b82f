import type { Issue, IssuePath } from '../errors.js';
import { got } from '../_internal/fail.js';
import { issue, throwIssues } from './_internal/read.js';
import { optionPath, readNamed } from './_internal/options.js';
import { checkArgumentObject, checkCountAt, normalCritical, readConfidenceOptions } from './_internal/confidence.js';
import { npsFromCounts } from './nps.js';
import type { ConfidenceOptions, Interval } from './interval.js';

/**
 * The answer counts behind an NPS. An {@link NpsResult} (what {@link nps}
 * returns) is one too: its `score` and `total`, when present, must agree
 * with the counts.
 *
 * @category Scoring
 */
export interface NpsCounts {
  /** Answers of 9 or 10: an integer ≥ 0. */
  readonly promoters: number;
  /** Answers of 7 or 8: an integer ≥ 0. */
  readonly passives: number;
  /** Answers from 0 to 6: an integer ≥ 0. */
  readonly detractors: number;
  /** If given, promoters + passives + detractors. */
  readonly total?: number;
  /** If given, exactly the NPS of the counts, as {@link nps} computes it (`null` for no answers). */
  readonly score?: number | null;
}

/**
 * How {@link npsInterval} estimates the interval: `'adjusted-wald'` adds
 * three answers (¾ promoter, 1½ passive, ¾ detractor) before the Wald
 * formula, which keeps small samples and extreme scores covered; `'wald'` is
 * the plain normal approximation.
 *
 * @category Scoring
 */
export type NpsIntervalMethod = 'adjusted-wald' | 'wald';

/**
 * The methods {@link npsInterval} accepts.
 *
 * @example
 * ```ts
 * import { NPS_INTERVAL_METHODS } from 'clientele';
 *
 * NPS_INTERVAL_METHODS
 * //=> ['adjusted-wald', 'wald']
 * ```
 *
 * @category Scoring
 */
export const NPS_INTERVAL_METHODS = /*@__PURE__*/ Object.freeze(['adjusted-wald', 'wald'] as const);

/**
 * Options of {@link npsInterval}.
 *
 * @category Scoring
 */
export interface NpsIntervalOptions extends ConfidenceOptions {
  /** Default `'adjusted-wald'`. */
  readonly method?: NpsIntervalMethod;
}

/**
 * The result of {@link npsInterval}: an {@link Interval} in NPS points and
 * the method that made it.
 *
 * @category Scoring
 */
export interface NpsInterval extends Interval {
  /** The method used. */
  readonly method: NpsIntervalMethod;
}

/** What an argument holding NPS counts must be, when it is not an object at all. */
export const NPS_COUNTS_RULE = 'must be NPS counts { promoters, passives, detractors }';

/** Said after the rule when an array came instead: most likely the answers themselves. */
export const NPS_ANSWERS_HINT = 'for raw answers, pass nps(answers)';

/**
 * Reads NPS counts (and the optional `score`/`total` of an NpsResult),
 * reporting a value that is not an object at `[param]` with `rule` and
 * its keys at `[...prefix, key]`.
 */
export function readNpsCounts(value: unknown, param: string, prefix: IssuePath, issues: Issue[], rule = NPS_COUNTS_RULE): NpsCounts | undefined {
  if (!checkArgumentObject(value, [param], issues, rule, NPS_ANSWERS_HINT)) return undefined;
  const named = readNamed(value, ['promoters', 'passives', 'detractors', 'total', 'score'], issues, param, prefix, false);
  if (named === undefined) return undefined;
  const okP = checkCountAt(named.promoters, [...prefix, 'promoters'], issues);
  const okPa = checkCountAt(named.passives, [...prefix, 'passives'], issues);
  const okD = checkCountAt(named.detractors, [...prefix, 'detractors'], issues);
  if (!(okP && okPa && okD)) return undefined;
  const counts = npsFromCounts(named.promoters as number, named.passives as number, named.detractors as number);
  if (!Number.isSafeInteger(counts.total)) {
    issues.push(issue([...prefix, 'promoters'], 'makes promoters + passives + detractors exceed the largest safe integer'));
    return undefined;
  }
  const before = issues.length;
  if (named.total !== undefined && named.total !== counts.total) {
    issues.push(issue([...prefix, 'total'], got(`must be promoters + passives + detractors (${counts.total})`, named.total)));
  }
  if (named.score !== undefined && named.score !== counts.score) {
    issues.push(issue([...prefix, 'score'], got(`must be the NPS of the counts (${String(counts.score)})`, named.score)));
  }
  return issues.length > before ? undefined : counts;
}

/** An NPS estimate: its centre and standard error in NPS points. */
export interface NpsSpread {
  readonly centre: number;
  readonly se: number;
}

/**
 * The centre and standard error of an NPS (Wald, or adjusted Wald after
 * Sauro & Lewis, as Rocks 2016 sets it out for NPS), from its counts; `null`
 * with no answers. The NPS is a difference of two shares of one multinomial
 * sample, so Var(p − d) = (p + d − (p − d)²) / n.
 */
export function npsSpread(promoters: number, passives: number, detractors: number, method: NpsIntervalMethod): NpsSpread | null {
  const observed = promoters + passives + detractors;
  if (observed === 0) return null;
  const adjusted = method === 'adjusted-wald';
  const n = adjusted ? observed + 3 : observed;
  const top = adjusted ? promoters + 0.75 : promoters;
  const bottom = adjusted ? detractors + 0.75 : detractors;
  const p = top / n;
  const d = bottom / n;
  // (the Wald centre is computed as nps() computes the score, so the two agree to the last bit)
  const centre = adjusted ? (p - d) * 100 : npsFromCounts(promoters, passives, detractors).score!;
  // p + d − (p − d)² ≥ 0 exactly; the max only guards the last bit of rounding
  const variance = Math.max(0, p + d - (p - d) * (p - d));
  return { centre: centre + 0, se: 100 * Math.sqrt(variance / n) };
}

/**
 * How sure an NPS is: a two-sided confidence interval for the Net Promoter
 * Score of the population the answers were drawn from, in NPS points.
 *
 * The NPS is % promoters − % detractors of one sample, so its variance is
 * (p + d − (p − d)²) / n (p and d the promoter and detractor shares). The
 * default `'adjusted-wald'` method adds three answers (0.75 promoter, 1.5
 * passive, 0.75 detractor) first and centres the interval there, which
 * holds its coverage in small samples and near ±100 (Sauro & Lewis,
 * "Quantifying the User Experience", 2nd ed., 2016; Rocks, "Confidence
 * intervals for the Net Promoter Score", 2016); `'wald'` is the plain normal
 * approximation centred on the observed NPS. low = centre − z·se and
 * high = centre + z·se, clipped to [−100, 100]; `margin` = z·se, with
 * z = Φ⁻¹((1 + confidence) / 2), is half the width around that centre.
 * The adjusted centre is not the score, so score ± margin is not the
 * interval: one promoter has NPS 100, margin 73.5 and the interval
 * [−48.5, 98.5] around the centre 100 × (1.75 − 0.75) / 4 = 25.
 *
 * Full precision: nothing is rounded; round for display.
 *
 * @param counts - the promoter, passive and detractor counts, e.g. what {@link nps} returns
 * @param options - `confidence` (strictly between 0 and 1, default 0.95) and `method` (default `'adjusted-wald'`)
 * @returns the interval, the margin, the confidence and the method; `null` when there are no answers
 * @throws {ClienteleError} INVALID_INPUT at `['counts']` for a value that is not an object of counts (an array of answers: pass `nps(answers)`); at `['promoters']`, `['passives']` or `['detractors']` for a count that is not an integer ≥ 0; at `['total']` or `['score']` when an NpsResult's figures do not match its counts; at `['options', 'confidence']` or `['options', 'method']` for a bad option
 *
 * @example
 * ```ts
 * import { nps, npsInterval } from 'clientele';
 *
 * const result = nps([10, 9, 10, 8, 7, 8, 3, 6]);
 * result.score
 * //=> 12.5
 * const interval = npsInterval(result)!;
 * [Math.round(interval.low), Math.round(interval.high)]
 * //=> [-36, 54]
 * npsInterval({ promoters: 0, passives: 0, detractors: 0 })
 * //=> null
 *
 * // one promoter: centre 25 (not the score, 100), se = 100 √((0.4375 + 0.1875 − 0.25²) / 4) = 37.5
 * const one = npsInterval({ promoters: 1, passives: 0, detractors: 0 })!;
 * [one.low.toFixed(1), one.high.toFixed(1), one.margin.toFixed(1)]
 * //=> ['-48.5', '98.5', '73.5']
 * npsInterval(result, { confidence: 95 })
 * //=> throws INVALID_INPUT
 * ```
 *
 * @category Scoring
 */
export function npsInterval(counts: NpsCounts, options?: NpsIntervalOptions): NpsInterval | null {
  const issues: Issue[] = [];
  const read = readNpsCounts(counts, 'counts', [], issues);
  const settings = readConfidenceOptions(options, issues, ['method']);
  let method: NpsIntervalMethod = 'adjusted-wald';
  if (settings !== undefined && settings.named.method !== undefined) {
    const given = settings.named.method;
    if ((NPS_INTERVAL_METHODS as readonly unknown[]).includes(given)) method = given as NpsIntervalMethod;
    else issues.push(issue(optionPath('method'), got("must be 'adjusted-wald' or 'wald'", given)));
  }
  throwIssues(issues);
  return npsBounds(read!.promoters, read!.passives, read!.detractors, settings!.confidence, method);
}

/** {@link npsInterval} for counts already checked (the report calls it for every NPS figure). */
export function npsBounds(promoters: number, passives: number, detractors: number, confidence: number, method: NpsIntervalMethod = 'adjusted-wald'): NpsInterval | null {
  const spread = npsSpread(promoters, passives, detractors, method);
  if (spread === null) return null;
  const margin = normalCritical(confidence) * spread.se;
  return {
    low: Math.max(-100, spread.centre - margin),
    high: Math.min(100, spread.centre + margin),
    margin,
    confidence,
    method,
  };
}
