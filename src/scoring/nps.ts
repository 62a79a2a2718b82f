import type { Issue } from '../errors.js';
import { columnOf, tallyIntegers, throwIssues, type IntegerTally } from './_internal/read.js';

/**
 * A column of numeric answers: a plain array, or a typed array such as a
 * `Uint8Array` or `Float64Array` (the BigInt arrays are not accepted). Typed
 * arrays are read in place, in one pass.
 *
 * @category Scoring
 */
export type NumericColumn =
  | readonly number[]
  | Uint8Array
  | Uint8ClampedArray
  | Uint16Array
  | Uint32Array
  | Int8Array
  | Int16Array
  | Int32Array
  | Float32Array
  | Float64Array;

/**
 * The result of {@link nps} and {@link enps}.
 *
 * @category Scoring
 */
export interface NpsResult {
  /** % promoters − % detractors, from −100 to 100; `null` when there are no answers. */
  readonly score: number | null;
  /** Answers of 9 or 10. */
  readonly promoters: number;
  /** Answers of 7 or 8. */
  readonly passives: number;
  /** Answers from 0 to 6. */
  readonly detractors: number;
  /** All answers. */
  readonly total: number;
}

/** The lowest answers of a promoter and of a passive (Reichheld, 2003): 9–10 promote, 7–8 are passive, 0–6 detract. */
export const PROMOTER_FROM = 9;
export const PASSIVE_FROM = 7;

/** Which group one answer from 0 to 10 falls in: the one rule behind every NPS count. */
export function npsGroup(answer: number): 'promoters' | 'passives' | 'detractors' {
  return answer >= PROMOTER_FROM ? 'promoters' : answer >= PASSIVE_FROM ? 'passives' : 'detractors';
}

/** The NPS figure from counts; shared with the accumulator so both give the same double. */
export function npsFromCounts(promoters: number, passives: number, detractors: number): NpsResult {
  const total = promoters + passives + detractors;
  const score = total === 0 ? null : ((promoters - detractors) / total) * 100 + 0;
  return { score, promoters, passives, detractors, total };
}

function npsOf(scores: unknown, param: string): NpsResult {
  const issues: Issue[] = [];
  const column = columnOf(scores, [param], issues);
  let tally: IntegerTally | undefined;
  if (column !== undefined) tally = tallyIntegers(column, 0, 10, PROMOTER_FROM, PASSIVE_FROM, [param], issues);
  throwIssues(issues);
  const { total, atLeastA: promoters, atLeastB: sevenUp } = tally!;
  return npsFromCounts(promoters, sevenUp - promoters, total - sevenUp);
}

/**
 * Net Promoter Score (Reichheld, "The One Number You Need to Grow", Harvard
 * Business Review, 2003): the percentage of promoters (answers 9–10) minus
 * the percentage of detractors (0–6) among answers to "how likely are you to
 * recommend us?" on a 0–10 scale. Passives (7–8) count only in the total.
 *
 * Answers may be a plain array or a typed array (a `Uint8Array` column is
 * counted with a histogram, validation included). Full precision: nothing
 * is rounded; round for display.
 *
 * @param scores - the answers, each an integer from 0 to 10
 * @returns the score (−100..100, `null` for no answers) and the counts behind it
 * @throws {ClienteleError} INVALID_INPUT at `['scores', i]` for every answer that is not an integer from 0 to 10 (NaN, 11, 7.5, '9', a hole), or at `['scores']` when `scores` is not an array or typed array
 *
 * @example
 * ```ts
 * import { nps } from 'clientele';
 *
 * nps([10, 9, 8, 3])
 * //=> { score: 25, promoters: 2, passives: 1, detractors: 1, total: 4 }
 * nps(new Uint8Array([10, 10, 6]))
 * //=> { score: 33.33333333333333, promoters: 2, passives: 0, detractors: 1, total: 3 }
 * nps([]).score
 * //=> null
 * nps([9, 11])
 * //=> throws INVALID_INPUT
 * ```
 *
 * @category Scoring
 */
export function nps(scores: NumericColumn): NpsResult {
  return npsOf(scores, 'scores');
}

/**
 * Employee Net Promoter Score: {@link nps} computed on employees' answers to
 * "how likely are you to recommend this organisation as a place to work?".
 * The internal customers' counterpart of NPS; same scale, same bands.
 *
 * @param scores - the employees' answers, each an integer from 0 to 10
 * @returns the score (−100..100, `null` for no answers) and the counts behind it
 * @throws {ClienteleError} INVALID_INPUT at `['scores', i]` for every answer that is not an integer from 0 to 10
 *
 * @example
 * ```ts
 * import { enps } from 'clientele';
 *
 * enps([9, 9, 7, 5, 2])
 * //=> { score: 0, promoters: 2, passives: 1, detractors: 2, total: 5 }
 * ```
 *
 * @category Scoring
 */
export function enps(scores: NumericColumn): NpsResult {
  return npsOf(scores, 'scores');
}
