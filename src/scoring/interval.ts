/**
 * The shapes shared by the intervals ({@link npsInterval},
 * {@link proportionInterval}, {@link meanInterval}) and the comparisons
 * ({@link compareNps}, {@link compareProportions}, {@link compareMeans}).
 */

/**
 * Options of every interval and comparison.
 *
 * @category Scoring
 */
export interface ConfidenceOptions {
  /** The two-sided confidence level, strictly between 0 and 1; default 0.95. */
  readonly confidence?: number;
}

/**
 * A two-sided confidence interval, in the score's own unit (NPS points,
 * percent, scale points). Full precision: nothing is rounded.
 *
 * @category Scoring
 */
export interface Interval {
  /** The lower end. */
  readonly low: number;
  /** The upper end. */
  readonly high: number;
  /**
   * Half the width of the interval before any clipping to the score's range:
   * z·se (t·se for a mean), measured around the interval's own centre. That
   * centre is the score for the Wald and Student t intervals, but the
   * adjusted-Wald NPS and the Wilson intervals are centred elsewhere, so
   * there score ± margin is not the interval: one promoter has NPS 100,
   * margin 73.5 and the interval [−48.5, 98.5] around the adjusted centre 25.
   */
  readonly margin: number;
  /** The confidence level the interval was made at. */
  readonly confidence: number;
}

/**
 * What changed between two measurements, and whether the change is larger
 * than chance would explain. Full precision: nothing is rounded.
 *
 * With a standard error of 0 (every answer alike on both sides, or a
 * benchmark against answers all alike) no test exists: `statistic` and
 * `pValue` are `null`, `significant` is `false`, and the interval collapses
 * to the point `difference`, which says nothing about how sure it is.
 *
 * @category Scoring
 */
export interface Comparison {
  /** after − before, in the score's own unit (NPS points, percentage points, scale points). */
  readonly difference: number;
  /** The lower end of the confidence interval of the difference. */
  readonly low: number;
  /** The upper end of the confidence interval of the difference. */
  readonly high: number;
  /**
   * The test statistic (z, or Welch's t for means); `null` when its standard
   * error is 0 (no spread on either side, such as all promoters against all
   * detractors), where difference ÷ se is undefined.
   */
  readonly statistic: number | null;
  /**
   * The two-sided p-value; `null` exactly when `statistic` is: with no
   * spread there is nothing to test against, whatever the difference.
   */
  readonly pValue: number | null;
  /** `pValue < 1 − confidence`; `false` when `pValue` is `null`, for no spread is no evidence of a change. */
  readonly significant: boolean;
  /** The confidence level of the interval and of the test. */
  readonly confidence: number;
}
