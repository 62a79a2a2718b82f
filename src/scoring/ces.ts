import type { Issue } from '../errors.js';
import { columnOf, tallyIntegers, throwIssues } from './_internal/read.js';
import { readNamed, readScale } from './_internal/options.js';
import { sampleSd } from './_internal/spread.js';
import type { NumericColumn } from './nps.js';

/**
 * Options of {@link ces} and {@link cesAccumulator}.
 *
 * @category Scoring
 */
export interface CesOptions {
  /** The top of the rating scale: an integer from 2 to 100; default 7 (ratings run 1..scale). */
  readonly scale?: number;
}

/**
 * The result of {@link ces}.
 *
 * @category Scoring
 */
export interface CesResult {
  /** The mean rating, from 1 to `scale`; `null` when there are no ratings. */
  readonly score: number | null;
  /** All ratings. */
  readonly total: number;
  /** The sum of the ratings (the mean is `sum / total`). */
  readonly sum: number;
  /** The scale used. */
  readonly scale: number;
  /** The sample standard deviation of the ratings (n − 1 in the denominator), from exact integer sums; `null` below two ratings. */
  readonly sd: number | null;
}

/** Reads and checks CES options, recording issues. */
export function cesScale(options: unknown, issues: Issue[]): number | undefined {
  const named = readNamed(options, ['scale'], issues);
  if (named === undefined) return undefined;
  return readScale(named.scale, 7, issues);
}

/**
 * One effort answer put on the 7-point scale: 1 + (value − 1) × 6 / (scale − 1),
 * so that 1 stays 1, the top of any scale becomes 7, and answers on
 * different scales can be averaged. The report and survey trends use it.
 */
export function cesOnSevenPoints(value: number, scale: number): number {
  return scale === 7 ? value : 1 + ((value - 1) * 6) / (scale - 1);
}

/** The CES figure from the sum, sum of squares and count; shared with the accumulator. */
export function cesFromSum(sum: number, sumSquares: number, total: number, scale: number): CesResult {
  return { score: total === 0 ? null : sum / total, total, sum, scale, sd: sampleSd(total, [sum], [sumSquares], scale) };
}

/**
 * Customer effort score: the mean of the answers to an effort question on a
 * 1..scale scale, by default the 7-point "the company made it easy for me to
 * handle my issue" agreement scale (Dixon, Freeman and Toman, "Stop Trying to
 * Delight Your Customers", Harvard Business Review, 2010; CES 2.0). Higher
 * means less effort on that wording; the library does not flip scales.
 *
 * Full precision: nothing is rounded; round for display.
 *
 * @param ratings - the answers, each an integer from 1 to `scale`; a plain array or a typed array
 * @param options - `scale` (default 7)
 * @returns the mean (`null` for no ratings), the count and sum behind it, the scale, and the sample sd (`null` below two ratings)
 * @throws {ClienteleError} INVALID_INPUT at `['ratings', i]` for every rating that is not an integer from 1 to `scale`; at `['options', 'scale']` for a bad scale
 *
 * @example
 * ```ts
 * import { ces } from 'clientele';
 *
 * ces([7, 6, 5, 6])
 * //=> { score: 6, total: 4, sum: 24, scale: 7, sd: 0.816496580927726 }
 * ces([1, 5], { scale: 5 }).score
 * //=> 3
 * ces([8])
 * //=> throws INVALID_INPUT
 * ```
 *
 * @category Scoring
 */
export function ces(ratings: NumericColumn, options?: CesOptions): CesResult {
  const issues: Issue[] = [];
  const scale = cesScale(options, issues);
  const column = columnOf(ratings, ['ratings'], issues);
  throwIssues(issues);
  const tally = tallyIntegers(column!, 1, scale!, 1, 1, ['ratings'], issues);
  throwIssues(issues);
  // one pass gave the count, the sum and the squares: the column is read once
  return cesFromSum(tally!.sum, tally!.squares, tally!.total, scale!);
}
