/**
 * What every interval and comparison of §9 shares: reading `confidence`,
 * the critical values, and checks on the counts and figures they take.
 */
import type { Issue, IssuePath } from '../../errors.js';
import { got } from '../../_internal/fail.js';
import { issue } from './read.js';
import { optionPath, readNamed } from './options.js';
import { normalUpperQuantile, studentUpperQuantile } from './distributions.js';
import type { Comparison } from '../interval.js';

/** The confidence level used when none is given. */
export const DEFAULT_CONFIDENCE = 0.95;

/** Reads an options object holding `confidence` (and `extra` keys), recording issues. */
export function readConfidenceOptions(
  options: unknown,
  issues: Issue[],
  extra: readonly string[] = [],
): { confidence: number; named: Record<string, unknown> } | undefined {
  const named = readNamed(options, ['confidence', ...extra], issues);
  if (named === undefined) return undefined;
  const value = named.confidence;
  if (value === undefined) return { confidence: DEFAULT_CONFIDENCE, named };
  if (typeof value === 'number' && value > 0 && value < 1) return { confidence: value, named };
  issues.push(issue(optionPath('confidence'), got('must be a number strictly between 0 and 1, such as 0.95', value)));
  return undefined;
}

/**
 * The half of 1 − confidence left in each tail. For confidence ≥ ½ the
 * subtraction is exact (Sterbenz), so a level such as 0.999999 keeps all its
 * digits, which (1 + confidence) / 2 would not.
 */
function tailOf(confidence: number): number {
  return (1 - confidence) / 2;
}

/** z = Φ⁻¹((1 + confidence) / 2), the normal critical value of a two-sided interval. */
export function normalCritical(confidence: number): number {
  return normalUpperQuantile(tailOf(confidence));
}

/** The Student t critical value of a two-sided interval with `df` degrees of freedom. */
export function studentCritical(confidence: number, df: number): number {
  return studentUpperQuantile(tailOf(confidence), df);
}

/**
 * True when the argument at `path` is an object (counts or a summary, read
 * key by key next); otherwise records `rule — got value`, with `arrayHint`
 * after an array, which is most often the raw answers passed where their
 * score belongs. Checked here rather than left to the options reader,
 * whose "must be an options object" would send a user looking for options.
 */
export function checkArgumentObject(value: unknown, path: IssuePath, issues: Issue[], rule: string, arrayHint?: string): boolean {
  let array: boolean;
  try {
    array = Array.isArray(value);
  } catch {
    // a revoked proxy
    issues.push(issue(path, 'could not be read'));
    return false;
  }
  if (typeof value === 'object' && value !== null && !array) return true;
  const hint = array && arrayHint !== undefined ? ` (${arrayHint})` : '';
  issues.push(issue(path, got(rule, value) + hint));
  return false;
}

/** True when `value` is a count (a safe integer ≥ 0); otherwise records an issue. */
export function checkCountAt(value: unknown, path: IssuePath, issues: Issue[]): value is number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return true;
  issues.push(issue(path, got('must be a count (an integer ≥ 0)', value)));
  return false;
}


/**
 * The comparison of two measurements whose standard error is 0. difference ÷ 0
 * is no statistic, so there is no p-value either, and nothing to call
 * significant (a p-value of 0 would call one promoter against one detractor
 * a significant change). The same whether or not the difference is 0, so
 * `pValue === null` always means "no test", never "no change". The interval
 * is the Wald interval at se 0: the point itself.
 */
export function withoutSpread(difference: number, confidence: number): Comparison {
  return { difference, low: difference, high: difference, statistic: null, pValue: null, significant: false, confidence };
}

/** Assembles a comparison, the interval clipped to the range the difference can take. */
export function comparison(
  difference: number,
  margin: number,
  statistic: number,
  pValue: number,
  confidence: number,
  lowest = -Infinity,
  highest = Infinity,
): Comparison {
  return {
    difference,
    low: Math.max(lowest, difference - margin),
    high: Math.min(highest, difference + margin),
    statistic,
    pValue,
    significant: pValue < 1 - confidence,
    confidence,
  };
}
