import type { Issue } from '../errors.js';
import { checkNumber, columnOf, tallyIntegers, throwIssues } from './_internal/read.js';
import { optionPath, readNamed, readScale } from './_internal/options.js';
import type { NumericColumn } from './nps.js';

/**
 * Options of {@link csat} and {@link csatAccumulator}.
 *
 * @category Scoring
 */
export interface CsatOptions {
  /** The top of the rating scale: an integer from 2 to 100; default 5 (ratings run 1..scale). */
  readonly scale?: number;
  /** The lowest rating that counts as satisfied: an integer from 1 to `scale`; default `scale − 1` (the "top two boxes") for scales of 4 points or more, `scale` (the top box) below that. */
  readonly threshold?: number;
}

/**
 * The result of {@link csat}.
 *
 * @category Scoring
 */
export interface CsatResult {
  /** Percentage of ratings at or above the threshold, 0..100; `null` when there are no ratings. */
  readonly score: number | null;
  /** Ratings at or above the threshold. */
  readonly satisfied: number;
  /** All ratings. */
  readonly total: number;
  /** The scale used. */
  readonly scale: number;
  /** The threshold used. */
  readonly threshold: number;
}

/**
 * The lowest rating that counts as satisfied on a 1..scale scale when no
 * threshold is given: the top two boxes from 4 points up (4 and 5 of 5), the
 * top box below that, so that a 2- or 3-point scale's lower answers are not
 * counted as satisfied.
 */
export function defaultCsatThreshold(scale: number): number {
  return scale >= 4 ? scale - 1 : scale;
}

/** Whether one answer on its own scale counts as satisfied at the default threshold; the one rule the report and survey trends use. */
export function isSatisfied(value: number, scale: number): boolean {
  return value >= defaultCsatThreshold(scale);
}

/** Validated CSAT options. */
export interface CsatSettings {
  readonly scale: number;
  readonly threshold: number;
}

/** Reads and checks CSAT options, recording issues. */
export function csatSettings(options: unknown, issues: Issue[]): CsatSettings | undefined {
  const named = readNamed(options, ['scale', 'threshold'], issues);
  if (named === undefined) return undefined;
  const scale = readScale(named.scale, 5, issues);
  if (scale === undefined) return undefined;
  const threshold = named.threshold === undefined ? defaultCsatThreshold(scale) : named.threshold;
  if (!checkNumber(threshold, optionPath('threshold'), issues, 1, scale, true)) return undefined;
  return { scale, threshold };
}

/** The CSAT figure from counts; shared with the accumulator. */
export function csatFromCounts(satisfied: number, total: number, settings: CsatSettings): CsatResult {
  const score = total === 0 ? null : (satisfied / total) * 100;
  return { score, satisfied, total, scale: settings.scale, threshold: settings.threshold };
}

/**
 * Customer satisfaction score: the percentage of ratings at or above a
 * threshold on a 1..scale scale, by default the top two boxes of a 5-point
 * scale (4 and 5). (The common definition, e.g. Qualtrics, "What is CSAT and
 * how do you measure it?": satisfied responses ÷ all responses × 100.)
 *
 * Full precision: nothing is rounded; round for display.
 *
 * @param ratings - the answers, each an integer from 1 to `scale`; a plain array or a typed array
 * @param options - `scale` (default 5) and `threshold` (default `scale − 1` from 4 points up, `scale` on a 2- or 3-point scale)
 * @returns the score (0..100, `null` for no ratings), the counts and the settings used
 * @throws {ClienteleError} INVALID_INPUT at `['ratings', i]` for every rating that is not an integer from 1 to `scale`; at `['options', 'scale']` or `['options', 'threshold']` for a bad option; at `['options', key]` for an unknown option
 *
 * @example
 * ```ts
 * import { csat } from 'clientele';
 *
 * csat([5, 4, 3, 5])
 * //=> { score: 75, satisfied: 3, total: 4, scale: 5, threshold: 4 }
 * csat([7, 6, 5, 2], { scale: 7, threshold: 6 }).score
 * //=> 50
 * csat([1, 1, 2], { scale: 2 }).score
 * //=> 33.33333333333333
 * csat([]).score
 * //=> null
 * csat([0, 5])
 * //=> throws INVALID_INPUT
 * ```
 *
 * @category Scoring
 */
export function csat(ratings: NumericColumn, options?: CsatOptions): CsatResult {
  const issues: Issue[] = [];
  const settings = csatSettings(options, issues);
  const column = columnOf(ratings, ['ratings'], issues);
  throwIssues(issues);
  const tally = tallyIntegers(column!, 1, settings!.scale, settings!.threshold, 1, ['ratings'], issues);
  throwIssues(issues);
  return csatFromCounts(tally!.atLeastA, tally!.total, settings!);
}
