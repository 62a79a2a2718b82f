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
  /** The half-width before any clipping to the score's range: the "± margin" of a report. */
  readonly margin: number;
  /** The confidence level the interval was made at. */
  readonly confidence: number;
}

/**
 * What changed between two measurements, and whether the change is larger
 * than chance would explain. Full precision: nothing is rounded.
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
   * The test statistic (z, or Welch's t for means); `null` when neither
   * measurement has any spread (every answer alike), where no statistic exists.
   */
  readonly statistic: number | null;
  /** The two-sided p-value: 1 for no spread and no difference, 0 for no spread and a difference. */
  readonly pValue: number;
  /** `pValue < 1 − confidence`. */
  readonly significant: boolean;
  /** The confidence level of the interval and of the test. */
  readonly confidence: number;
}
