import type { Issue, IssuePath } from '../errors.js';
import { got } from '../_internal/fail.js';
import { issue, throwIssues } from './_internal/read.js';
import { readNamed } from './_internal/options.js';
import { checkArgumentObject, checkCountAt, readConfidenceOptions, studentCritical } from './_internal/confidence.js';
import type { ConfidenceOptions, Interval } from './interval.js';

/**
 * A mean with its spread: what {@link mean} and {@link ces} return (their
 * extra `sum` and `scale` are accepted), or figures from elsewhere.
 *
 * @category Scoring
 */
export interface MeanSummary {
  /** The mean: a finite number; `null` only when `total` is 0. */
  readonly score: number | null;
  /** The sample standard deviation (n − 1): a finite number ≥ 0, `null` exactly when `total` is below 2. */
  readonly sd: number | null;
  /** How many values: an integer ≥ 0. */
  readonly total: number;
  /** If given (as in a MeanResult), score × total: checked against them (to 1e-9 relative, the rounding of the division), not used. */
  readonly sum?: number;
  /** If given (as in a CesResult), an integer from 2 to 100; not used. */
  readonly scale?: number;
}

/** A mean summary with at least two values. */
export interface Spread {
  readonly score: number;
  readonly sd: number;
  readonly total: number;
}

/**
 * How far a summary's `sum / total` may stray from its `score`, relative to
 * the larger: {@link mean} and {@link ces} divide a sum rounded once, so
 * they agree to a few units in the last place; figures from elsewhere may
 * have rounded too, but not by a billionth.
 */
const SUM_TOLERANCE = 1e-9;

/**
 * The rule `sum` breaks when it contradicts `score` and `total` (both already
 * valid), or undefined when it agrees. Compared as means, sum / total against
 * score, so score × total cannot overflow; Number.MIN_VALUE is the rounding
 * of a subnormal mean.
 */
function sumProblem(score: number | null, total: number, sum: number): string | undefined {
  if (total === 0) return sum === 0 ? undefined : 'must be 0 with no values';
  const expected = sum / total;
  const gap = Math.abs(score! - expected);
  if (gap <= SUM_TOLERANCE * Math.max(Math.abs(score!), Math.abs(expected)) + Number.MIN_VALUE) return undefined;
  return `must equal score × total (${String(score)} × ${total} = ${String(score! * total)})`;
}

/** What an argument holding a mean summary must be, when it is not an object at all. */
const SUMMARY_RULE = 'must be a mean summary { score, sd, total }';

/** Said after the rule when an array came instead: most likely the values themselves. */
const VALUES_HINT = 'for raw values, pass mean(values), or ces(answers) for effort ratings';

/**
 * Reads a MeanSummary, reporting a value that is not an object at `[param]`
 * and its keys at `[...prefix, key]`; `null` for one with fewer than two values.
 */
export function readMeanSummary(value: unknown, param: string, prefix: IssuePath, issues: Issue[]): Spread | null | undefined {
  if (!checkArgumentObject(value, [param], issues, SUMMARY_RULE, VALUES_HINT)) return undefined;
  const named = readNamed(value, ['score', 'sd', 'total', 'sum', 'scale'], issues, param, prefix, false);
  if (named === undefined) return undefined;
  const before = issues.length;
  const okTotal = checkCountAt(named.total, [...prefix, 'total'], issues);
  const total = okTotal ? (named.total as number) : undefined;
  const { score, sd, sum, scale } = named;
  const okScore = total === 0 ? score === null : typeof score === 'number' && Number.isFinite(score);
  if (!okScore) {
    issues.push(issue([...prefix, 'score'], got(total === 0 ? 'must be null with no values' : 'must be a finite number', score)));
  }
  if (total !== undefined && total < 2) {
    if (sd !== null) issues.push(issue([...prefix, 'sd'], got(`must be null below two values (total is ${total})`, sd)));
  } else if (!(typeof sd === 'number' && Number.isFinite(sd) && sd >= 0)) {
    issues.push(issue([...prefix, 'sd'], got('must be a finite number ≥ 0', sd)));
  }
  if (sum !== undefined && !(typeof sum === 'number' && Number.isFinite(sum))) {
    issues.push(issue([...prefix, 'sum'], got('must be a finite number', sum)));
  } else if (sum !== undefined && okTotal && okScore) {
    // only against a valid score and total: a contradiction with a bad figure says nothing new
    const problem = sumProblem(score as number | null, total!, sum);
    if (problem !== undefined) issues.push(issue([...prefix, 'sum'], got(problem, sum)));
  }
  if (scale !== undefined && !(typeof scale === 'number' && Number.isInteger(scale) && scale >= 2 && scale <= 100)) {
    issues.push(issue([...prefix, 'scale'], got('must be an integer from 2 to 100', scale)));
  } else if (scale !== undefined && okScore && typeof score === 'number' && !(score >= 1 && score <= scale)) {
    // a CesResult's mean rating: ratings run from 1 to the scale's top
    issues.push(issue([...prefix, 'score'], got(`must be from 1 to ${scale}, the ratings' range on a ${scale}-point scale`, score)));
  }
  if (issues.length > before) return undefined;
  if (total! < 2) return null;
  return { score: score as number, sd: (sd as number) + 0, total: total! };
}

/**
 * How sure a mean is: the two-sided Student t confidence interval
 * score ∓ t·sd/√n, with n − 1 degrees of freedom, in the scale's own points.
 * It takes what {@link mean} or {@link ces} returns. The t interval assumes
 * the mean is close to normally distributed, which holds for ratings on a
 * bounded scale from a few dozen answers on. It is not bounded by the
 * scale, by design: with few answers near an end it can pass it
 * (`ces([7, 6, 5, 6])` gives 4.701 to 7.299 on a 7-point scale), and
 * clipping would hide how uncertain such a mean is. `margin` is t·sd/√n,
 * half the width, centred on the score.
 *
 * Full precision: nothing is rounded; round for display.
 *
 * @param summary - `score`, `sd` and `total`, e.g. a {@link MeanResult} or {@link CesResult}
 * @param options - `confidence`, strictly between 0 and 1 (default 0.95)
 * @returns `{ low, high, margin, confidence }`; `null` below two values
 * @throws {ClienteleError} INVALID_INPUT at `['summary']` for a value that is not a summary object (an array of values: pass `mean(values)` or `ces(answers)`); at `['score']`, `['sd']` or `['total']` for a figure that is not valid (a negative or missing sd, an sd with fewer than two values, NaN); at `['sum']` when a given sum is not score × total (beyond 1e-9 relative) or not a finite number; at `['scale']` for a scale that is not an integer from 2 to 100, and at `['score']` for a score outside 1..scale when a scale is given; at the key of any unknown key; at `['options', 'confidence']` for a bad level
 *
 * @example
 * ```ts
 * import { ces, meanInterval } from 'clientele';
 *
 * // mean 26/5 = 5.2, sd √((138 − 26²/5) / 4) = √0.7, t(0.975, 4) = 2.7764:
 * // margin 2.7764 × √0.7 / √5 = 1.0389
 * const effort = ces([5, 6, 4, 6, 5]);
 * effort.score
 * //=> 5.2
 * const interval = meanInterval(effort)!;
 * [interval.low.toFixed(3), interval.high.toFixed(3)]
 * //=> ['4.161', '6.239']
 * meanInterval({ score: 6, sd: null, total: 1 })
 * //=> null
 * meanInterval({ score: 6, sd: -1, total: 4 })
 * //=> throws INVALID_INPUT
 * meanInterval({ score: 5, sd: 1, total: 3, sum: 99 })
 * //=> throws INVALID_INPUT
 * ```
 *
 * @category Scoring
 */
export function meanInterval(summary: MeanSummary, options?: ConfidenceOptions): Interval | null {
  const issues: Issue[] = [];
  const spread = readMeanSummary(summary, 'summary', [], issues);
  const settings = readConfidenceOptions(options, issues);
  throwIssues(issues);
  if (spread === null) return null;
  return studentInterval(spread!.score, spread!.sd, spread!.total, settings!.confidence);
}

/** {@link meanInterval} for a summary already checked, with at least two answers. */
export function studentInterval(score: number, sd: number, total: number, confidence: number): Interval {
  const margin = studentCritical(confidence, total - 1) * (sd / Math.sqrt(total));
  return { low: score - margin, high: score + margin, margin, confidence };
}
