import type { Issue } from '../errors.js';
import { SERVQUAL_DIMENSIONS, type ServqualRatings } from '../observations/kinds.js';
import { addExact, roundExact } from './_internal/exactSum.js';
import { checkNumber, isRecord, issue, readKey, rejectUnknownKeys, throwIssues } from './_internal/read.js';

/**
 * What {@link servqual} takes: expectations and perceptions on the five
 * dimensions (each 1..7), and optional importance weights.
 *
 * @category Scoring
 */
export interface ServqualInput {
  /** What the customer expected, per dimension, 1..7. */
  readonly expectations: ServqualRatings;
  /** What the customer perceived, per dimension, 1..7. */
  readonly perceptions: ServqualRatings;
  /** Importance of each dimension, all five, each ≥ 0, summing to 1 or to 100 (points out of 100). */
  readonly weights?: ServqualRatings;
}

/**
 * The result of {@link servqual}.
 *
 * @category Scoring
 */
export interface ServqualResult {
  /** Perception − expectation per dimension, from −6 to 6; negative means service fell short. */
  readonly gaps: ServqualRatings;
  /** The mean of the five gaps. */
  readonly unweighted: number;
  /** The gaps averaged with the normalised weights; `null` without weights. */
  readonly weighted: number | null;
}

/** Reads a record of the five dimensions, each checked against [lo, hi]. */
export function readDimensions(
  value: unknown,
  path: readonly (string | number)[],
  issues: Issue[],
  lo: number,
  hi: number,
): number[] | undefined {
  if (!isRecord(value, path, issues, 'an object with the five SERVQUAL dimensions')) return undefined;
  const before = issues.length;
  rejectUnknownKeys(value, SERVQUAL_DIMENSIONS, path, issues);
  const out: number[] = [];
  for (const dimension of SERVQUAL_DIMENSIONS) {
    const read = readKey(value, dimension, path, issues);
    if (!read.ok) continue;
    if (read.value === undefined) {
      issues.push(issue([...path, dimension], 'is required'));
      continue;
    }
    if (checkNumber(read.value, [...path, dimension], issues, lo, hi)) out.push(read.value);
  }
  return issues.length > before ? undefined : out;
}

function toRecord(values: readonly number[]): ServqualRatings {
  const [tangibles, reliability, responsiveness, assurance, empathy] = values as [number, number, number, number, number];
  return { tangibles, reliability, responsiveness, assurance, empathy };
}

const WEIGHT_TOLERANCE = 1e-9;

/** Reads SERVQUAL weights (five, ≥ 0, summing to 1 or 100) and returns them with their exact sum. */
export function readWeights(value: unknown, issues: Issue[]): { weights: number[]; sum: number } | undefined {
  const weights = readDimensions(value, ['weights'], issues, 0, Infinity);
  if (weights === undefined) return undefined;
  const partials: number[] = [];
  for (const weight of weights) addExact(partials, weight);
  const sum = roundExact(partials);
  if (Math.abs(sum - 1) > WEIGHT_TOLERANCE && Math.abs(sum - 100) > 100 * WEIGHT_TOLERANCE) {
    issues.push(issue(['weights'], `must sum to 1 or to 100, not ${sum}`));
    return undefined;
  }
  return { weights, sum };
}

/** The SERVQUAL figures from expectation and perception means; shared with the survey summary. */
export function servqualFrom(
  expectations: readonly number[],
  perceptions: readonly number[],
  weights: { weights: number[]; sum: number } | undefined,
): ServqualResult {
  const gaps = expectations.map((expected, i) => perceptions[i]! - expected + 0);
  const gapSum: number[] = [];
  for (const gap of gaps) addExact(gapSum, gap);
  const unweighted = clampTo(roundExact(gapSum) / gaps.length, gaps);
  let weighted: number | null = null;
  if (weights !== undefined) {
    const products: number[] = [];
    for (let i = 0; i < gaps.length; i += 1) addExact(products, gaps[i]! * weights.weights[i]!);
    weighted = clampTo(roundExact(products) / weights.sum, gaps);
  }
  return { gaps: toRecord(gaps), unweighted, weighted };
}

/** A mean lies between the smallest and largest value; this keeps float rounding from pushing it out. */
function clampTo(mean: number, values: readonly number[]): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (const value of values) {
    if (value < lo) lo = value;
    if (value > hi) hi = value;
  }
  return Math.min(hi, Math.max(lo, mean)) + 0;
}

/**
 * SERVQUAL gap scores (Parasuraman, Zeithaml and Berry, "SERVQUAL: A
 * Multiple-Item Scale for Measuring Consumer Perceptions of Service
 * Quality", Journal of Retailing 64(1), 1988): for each of the five
 * dimensions, perception minus expectation; the unweighted score is the mean
 * of the five gaps; the weighted score averages them with importance weights
 * (points summing to 1 or to 100, within 1e-9 relative so that decimal
 * fractions such as 0.1 + 0.2 + … pass; normalised). Negative gaps say where
 * service falls short of what customers expect.
 *
 * Full precision: nothing is rounded; round for display.
 *
 * @param input - `expectations` and `perceptions` (each dimension 1..7) and optional `weights`
 * @returns the five gaps, their mean, and their weighted mean (`null` without weights)
 * @throws {ClienteleError} INVALID_INPUT at `['expectations', dimension]` / `['perceptions', dimension]` for a missing or out-of-range value, at `['weights', dimension]` for a negative weight, at `['weights']` when the weights do not sum to 1 or 100, at `[key]` for an unknown key
 *
 * @example
 * ```ts
 * import { servqual } from 'clientele';
 *
 * const result = servqual({
 *   expectations: { tangibles: 5, reliability: 7, responsiveness: 6, assurance: 6, empathy: 5 },
 *   perceptions: { tangibles: 6, reliability: 5, responsiveness: 5, assurance: 6, empathy: 4 },
 *   weights: { tangibles: 10, reliability: 40, responsiveness: 20, assurance: 20, empathy: 10 },
 * });
 * result.gaps
 * //=> { tangibles: 1, reliability: -2, responsiveness: -1, assurance: 0, empathy: -1 }
 * result.unweighted
 * //=> -0.6
 * result.weighted
 * //=> -1
 * ```
 *
 * @category Scoring
 */
export function servqual(input: ServqualInput): ServqualResult {
  const issues: Issue[] = [];
  let expectations: number[] | undefined;
  let perceptions: number[] | undefined;
  let weights: { weights: number[]; sum: number } | undefined;
  let weightsOk = true;
  if (isRecord(input, ['input'], issues, 'an object with expectations and perceptions')) {
    rejectUnknownKeys(input, ['expectations', 'perceptions', 'weights'], [], issues);
    expectations = readDimensions(readKey(input, 'expectations', [], issues).value, ['expectations'], issues, 1, 7);
    perceptions = readDimensions(readKey(input, 'perceptions', [], issues).value, ['perceptions'], issues, 1, 7);
    const rawWeights = readKey(input, 'weights', [], issues).value;
    if (rawWeights !== undefined) {
      weights = readWeights(rawWeights, issues);
      weightsOk = weights !== undefined;
    }
  }
  throwIssues(issues);
  if (expectations === undefined || perceptions === undefined || !weightsOk) throwIssues([issue(['input'], 'could not be read')]);
  return servqualFrom(expectations!, perceptions!, weights);
}
