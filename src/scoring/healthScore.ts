import type { Issue } from '../errors.js';
import { checkNumber, eachItem, isRecord, issue, readKey, rejectUnknownKeys, throwIssues } from './_internal/read.js';
import { optionPath, readNamed } from './_internal/options.js';
import { weightedMean } from './_internal/weightedMean.js';
import { addExact, roundExact } from './_internal/exactSum.js';
import { describe } from '../_internal/fail.js';

/**
 * One input of {@link healthScore}: a value on 0..100, how much it counts,
 * and optionally its name.
 *
 * @category Scoring
 */
export interface HealthIndicator {
  /** What the indicator measures ("csat", "usage"), shown in `contributions`; distinct within one call. */
  readonly name?: string;
  /** The indicator's value, 0..100 (a CSAT, an SLA attainment, a usage score…); `null` when it was not measured. */
  readonly value: number | null;
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
 * What one measured indicator adds to a {@link healthScore}.
 *
 * @category Scoring
 */
export interface HealthContribution {
  /** The indicator's name; `null` when it was given none. */
  readonly name: string | null;
  /** Its value, 0..100. */
  readonly value: number;
  /** Its weight divided by the total weight of the measured indicators, so these weights sum to 1. */
  readonly weight: number;
  /** `value × weight`: its share of the score; the contributions sum to the score up to float rounding (a few units in the last place: the score is Σ wᵢvᵢ ÷ Σ wᵢ from exact sums, each contribution rounded on its own). */
  readonly contribution: number;
}

/**
 * The result of {@link healthScore}.
 *
 * @category Scoring
 */
export interface HealthResult {
  /** The weighted mean of the measured indicators, 0..100; `null` when none was measured. */
  readonly score: number | null;
  /** `red` below `red`, `green` at or above `green`, `amber` between; `null` when none was measured. */
  readonly band: HealthBand | null;
  /** How many indicators were measured and combined. */
  readonly total: number;
  /** The measured indicators' share of all the weight, 0..100 (0 with no indicators). */
  readonly coverage: number;
  /** One row per measured indicator, in the order given. */
  readonly contributions: readonly HealthContribution[];
}

/** The band of a score given the thresholds. */
export function bandOf(score: number, red: number, green: number): HealthBand {
  if (score < red) return 'red';
  if (score >= green) return 'green';
  return 'amber';
}

interface Indicator {
  readonly name: string | null;
  readonly value: number | null;
  readonly weight: number;
}

/** Reads one indicator at `['indicators', index]`, or records its issues. */
function readIndicator(item: unknown, index: number, names: Map<string, number>, issues: Issue[]): Indicator | undefined {
  const path = ['indicators', index];
  if (!isRecord(item, path, issues, 'an indicator object { name?, value, weight? }')) return undefined;
  rejectUnknownKeys(item, ['name', 'value', 'weight'], path, issues);
  const name = readKey(item, 'name', path, issues);
  const value = readKey(item, 'value', path, issues);
  const weight = readKey(item, 'weight', path, issues);
  let okName = name.ok;
  if (okName && name.value !== undefined) {
    if (typeof name.value !== 'string' || name.value.length === 0) {
      issues.push(issue([...path, 'name'], `must be a non-empty string — got ${describe(name.value)}`));
      okName = false;
    } else {
      const first = names.get(name.value);
      if (first !== undefined) {
        issues.push(issue([...path, 'name'], `must differ from the other names: indicator ${first} is also called ${describe(name.value)}`));
        okName = false;
      } else {
        names.set(name.value, index);
      }
    }
  }
  const okValue = value.ok && (value.value === null || checkNumber(value.value, [...path, 'value'], issues, 0, 100));
  const okWeight =
    weight.ok && (weight.value === undefined || checkNumber(weight.value, [...path, 'weight'], issues, 0, Infinity, false, true));
  if (!okName || !okValue || !okWeight) return undefined;
  return {
    name: (name.value as string | undefined) ?? null,
    value: value.value as number | null,
    weight: (weight.value as number | undefined) ?? 1,
  };
}

/** `part ÷ whole` of exact sums, both scaled by the same power of two so neither overflows. */
function ratio(part: readonly number[], whole: readonly number[]): number {
  return roundExact(part) / roundExact(whole);
}

/**
 * A customer (or account) health score that explains itself: the weighted
 * mean of indicator values on 0..100, with a traffic-light band — red below
 * `red` (default 40), green at or above `green` (default 70), amber between —
 * and what each indicator contributed.
 *
 * An indicator whose `value` is `null` was not measured: it is left out and
 * the weights of the others are renormalised, and `coverage` says how much of
 * the weight was measured (measured weight ÷ all weight × 100). Each row of
 * `contributions` holds a measured indicator's normalised weight (its weight
 * ÷ the measured weight) and its contribution (value × normalised weight);
 * the contributions sum to the score (up to float rounding), which is what a
 * person asks when a score moves: which indicator moved it.
 *
 * Full precision: nothing is rounded; round for display.
 *
 * @param indicators - `{ name?, value, weight? }` objects: value 0..100 or `null` (not measured), weight > 0 (default 1), names distinct
 * @param options - the `red` and `green` thresholds, 0..100, `red ≤ green`
 * @returns the score and band (both `null` when nothing was measured), the count measured, `coverage` and `contributions`
 * @throws {ClienteleError} INVALID_INPUT at `['indicators', i, 'value']` / `['indicators', i, 'weight']` for a value out of range, at `['indicators', i, 'name']` for an empty or repeated name, at `['indicators', i, key]` for a key other than `name`, `value` and `weight`, at `['options', 'red']` / `['options', 'green']` for bad thresholds
 *
 * @example
 * ```ts
 * import { healthScore } from 'clientele';
 *
 * healthScore([{ value: 90 }, { value: 60, weight: 2 }]).score
 * //=> 70
 * const health = healthScore([
 *   { name: 'csat', value: 80, weight: 3 },
 *   { name: 'usage', value: 40 },
 *   { name: 'nps', value: null },
 * ]);
 * [health.score, health.band, health.coverage]
 * //=> [70, 'green', 80]
 * health.contributions
 * //=> [{ name: 'csat', value: 80, weight: 0.75, contribution: 60 }, { name: 'usage', value: 40, weight: 0.25, contribution: 10 }]
 * healthScore([{ value: null }])
 * //=> { score: null, band: null, total: 0, coverage: 0, contributions: [] }
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
    const okRed = named.red === undefined || checkNumber(named.red, optionPath('red'), issues, 0, 100);
    const okGreen = named.green === undefined || checkNumber(named.green, optionPath('green'), issues, 0, 100);
    if (okRed && named.red !== undefined) red = named.red as number;
    if (okGreen && named.green !== undefined) green = named.green as number;
    if (okRed && okGreen && red > green) issues.push(issue(optionPath('red'), `must be at most green (${green}) — got ${red}`));
  }
  const read: Indicator[] = [];
  const names = new Map<string, number>();
  eachItem(indicators, ['indicators'], issues, (item, index) => {
    const indicator = readIndicator(item, index, names, issues);
    if (indicator !== undefined) read.push(indicator);
  });
  throwIssues(issues);
  return explain(read, red, green);
}

function explain(indicators: readonly Indicator[], red: number, green: number): HealthResult {
  // Huge weights are scaled down and tiny ones up by a power of two (exact), so the sums neither overflow nor lose digits.
  let largest = 0;
  for (const { weight } of indicators) if (weight > largest) largest = weight;
  const scale = largest > 2 ** 500 ? 2 ** -600 : largest < 2 ** -500 ? 2 ** 600 : 1;
  const all: number[] = [];
  const measured: number[] = [];
  const values: number[] = [];
  const weights: number[] = [];
  for (const { value, weight } of indicators) {
    addExact(all, weight * scale);
    if (value === null) continue;
    addExact(measured, weight * scale);
    values.push(value);
    weights.push(weight);
  }
  const score = weightedMean(values, weights);
  const contributions: HealthContribution[] = [];
  for (const { name, value, weight } of indicators) {
    if (value === null) continue;
    const share = ratio([weight * scale], measured);
    contributions.push({ name, value, weight: share, contribution: value * share });
  }
  return {
    score,
    band: score === null ? null : bandOf(score, red, green),
    total: values.length,
    coverage: indicators.length === 0 ? 0 : Math.min(100, ratio(measured, all) * 100),
    contributions,
  };
}
