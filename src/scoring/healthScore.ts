import type { Issue } from '../errors.js';
import { checkNumber, eachItem, isRecord, issue, readKey, rejectUnknownKeys, throwIssues } from './_internal/read.js';
import { readNamed } from './_internal/options.js';
import { weightedMean } from './_internal/weightedMean.js';

/**
 * One input of {@link healthScore}: a value on 0..100 and how much it counts.
 *
 * @category Scoring
 */
export interface HealthIndicator {
  /** The indicator's value, 0..100 (a CSAT, an SLA attainment, a usage score…). */
  readonly value: number;
  /** Its weight, > 0; default 1. */
  readonly weight?: number;
}

/**
 * Options of {@link healthScore}.
 *
 * @category Scoring
 */
export interface HealthOptions {
  /** Scores below this are red; default 40. */
  readonly red?: number;
  /** Scores at or above this are green; default 70. Must be ≥ `red`. */
  readonly green?: number;
}

/**
 * A traffic-light band.
 *
 * @category Scoring
 */
export type HealthBand = 'red' | 'amber' | 'green';

/**
 * The result of {@link healthScore}.
 *
 * @category Scoring
 */
export interface HealthResult {
  /** The weighted mean of the indicators, 0..100; `null` with no indicators. */
  readonly score: number | null;
  /** `red` below `red`, `green` at or above `green`, `amber` between; `null` with no indicators. */
  readonly band: HealthBand | null;
  /** How many indicators were combined. */
  readonly total: number;
}

/** The band of a score given the thresholds. */
export function bandOf(score: number, red: number, green: number): HealthBand {
  if (score < red) return 'red';
  if (score >= green) return 'green';
  return 'amber';
}

/**
 * A customer (or account) health score: the weighted mean of indicator
 * values on 0..100, with a traffic-light band — red below `red` (default
 * 40), green at or above `green` (default 70), amber between.
 *
 * Full precision: nothing is rounded; round for display.
 *
 * @param indicators - `{ value, weight? }` objects: value 0..100, weight > 0 (default 1)
 * @param options - the `red` and `green` thresholds, 0..100, `red ≤ green`
 * @returns the score and band (both `null` with no indicators) and the count
 * @throws {ClienteleError} INVALID_INPUT at `['indicators', i, 'value']` / `['indicators', i, 'weight']` for a value out of range, at `['indicators', i, key]` for a key other than `value` and `weight`, at `['red']` / `['green']` for bad thresholds
 *
 * @example
 * ```ts
 * import { healthScore } from 'clientele';
 *
 * healthScore([{ value: 90 }, { value: 60, weight: 2 }])
 * //=> { score: 70, band: 'green', total: 2 }
 * healthScore([{ value: 50 }]).band
 * //=> 'amber'
 * healthScore([])
 * //=> { score: null, band: null, total: 0 }
 * healthScore([{ value: 101 }])
 * //=> throws INVALID_INPUT
 * ```
 *
 * @category Scoring
 */
export function healthScore(indicators: readonly HealthIndicator[], options?: HealthOptions): HealthResult {
  const issues: Issue[] = [];
  const named = readNamed(options, ['red', 'green'], issues);
  let red = 40;
  let green = 70;
  if (named !== undefined) {
    const okRed = named.red === undefined || checkNumber(named.red, ['red'], issues, 0, 100);
    const okGreen = named.green === undefined || checkNumber(named.green, ['green'], issues, 0, 100);
    if (okRed && named.red !== undefined) red = named.red as number;
    if (okGreen && named.green !== undefined) green = named.green as number;
    if (okRed && okGreen && red > green) issues.push(issue(['red'], `must be at most green (${green})`));
  }
  const values: number[] = [];
  const weights: number[] = [];
  eachItem(indicators, ['indicators'], issues, (item, index) => {
    const path = ['indicators', index];
    if (!isRecord(item, path, issues, 'an indicator object { value, weight? }')) return;
    rejectUnknownKeys(item, ['value', 'weight'], path, issues);
    const value = readKey(item, 'value', path, issues);
    const weight = readKey(item, 'weight', path, issues);
    const okValue = value.ok && checkNumber(value.value, [...path, 'value'], issues, 0, 100);
    const okWeight =
      weight.ok && (weight.value === undefined || checkNumber(weight.value, [...path, 'weight'], issues, 0, Infinity, false, true));
    if (okValue && okWeight) {
      values.push(value.value as number);
      weights.push((weight.value as number | undefined) ?? 1);
    }
  });
  throwIssues(issues);
  const score = weightedMean(values, weights);
  return { score, band: score === null ? null : bandOf(score, red, green), total: values.length };
}
