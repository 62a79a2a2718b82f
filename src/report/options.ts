import type { Issue } from '../errors.js';
import { ClienteleError } from '../errors.js';
import { describe } from '../_internal/fail.js';
import { inclusiveEnd, isDateOnly, toInstant } from '../_internal/dates.js';
import { readNamed } from '../scoring/_internal/options.js';
import { balance, type BalanceOptions } from '../scoring/balance.js';
import type { PropagationMode } from '../scoring/propagateQuality.js';

/**
 * Options of {@link scoreOrganization} and {@link reportAccumulator}. Every
 * key is checked, at any depth: a misspelt key is an error that names the
 * key it most likely meant, never a silently wider report.
 *
 * @category Report
 */
export interface ScoreOrganizationOptions {
  /** The moment the report speaks for: observations after it are ignored; open tasks past their SLA at this moment count as late; the chain is read as it stood then. */
  readonly asOf: Date | string;
  /**
   * The period whose observations count: `from` (inclusive, default: no lower
   * bound) to `to` (inclusive, default: `asOf`). A date-only `to` covers its
   * whole UTC day, up to `asOf` when `asOf` falls inside that day after its
   * start. A window that ends after `asOf` otherwise is an error, as the
   * report reads nothing after `asOf` (a date-only `asOf` is the start of its
   * day: `{ asOf: '2025-03-31', window: { to: '2025-03-31' } }` is refused,
   * with the `asOf` that covers the whole day suggested). Retention compares this window with the
   * period of the same length just before it, so it needs `from`.
   */
  readonly window?: { readonly from?: Date | string; readonly to?: Date | string };
  /** `balance` thresholds (`tolerance`, `floor`), passed through, plus `minAnswers`: the fewest answers each index must rest on before the report names a side (default 30). */
  readonly balance?: { readonly tolerance?: number; readonly floor?: number; readonly minAnswers?: number };
  /** How internal quality travels down the chain (see `propagateQuality`). Default `'mean'`. */
  readonly propagation?: PropagationMode;
  /** The fewest distinct internal respondents a figure made from their answers may rest on (default 5; 1 turns privacy off). Below it the figure is suppressed, and so is the smallest figure whose subtraction from a total would reveal it (see {@link scoreOrganization}). */
  readonly minRespondents?: number;
  /** The confidence of every interval in the report, strictly between 0 and 1 (default 0.95). */
  readonly confidence?: number;
}

/** The options, read and checked once. */
export interface ReportSettings {
  readonly asOf: number;
  readonly from: number | null;
  readonly to: number;
  readonly balance: BalanceOptions;
  readonly minAnswers: number;
  readonly mode: PropagationMode;
  readonly minRespondents: number;
  readonly confidence: number;
}

const KEYS = ['asOf', 'window', 'balance', 'propagation', 'minRespondents', 'confidence'] as const;
const MODES: readonly PropagationMode[] = ['mean', 'yield', 'weakest'];

function instant(value: unknown, path: (string | number)[], issues: Issue[]): number | undefined {
  try {
    return toInstant(value, path);
  } catch (error) {
    if (!(error instanceof ClienteleError)) throw error;
    for (const one of error.issues) issues.push(one);
    return undefined;
  }
}

function readWindow(value: unknown, asOf: number | undefined, issues: Issue[]): { from: number | null; to: number | undefined } {
  if (value === undefined) return { from: null, to: asOf };
  const named = readNamed(value, ['from', 'to'], issues, 'window', ['options', 'window'], false);
  if (named === undefined) {
    // readNamed reported the window itself at ['window']; the report's options live under 'options'
    const last = issues[issues.length - 1];
    if (last !== undefined && last.path.length === 1 && last.path[0] === 'window') {
      issues[issues.length - 1] = { ...last, path: ['options', 'window'] };
    }
    return { from: null, to: undefined };
  }
  const from = named.from === undefined ? null : (instant(named.from, ['options', 'window', 'from'], issues) ?? null);
  let to = asOf;
  if (named.to !== undefined) {
    const end = instant(named.to, ['options', 'window', 'to'], issues);
    if (end !== undefined && asOf !== undefined) {
      const dateOnly = typeof named.to === 'string' && isDateOnly(named.to);
      const last = dateOnly ? inclusiveEnd(named.to as string) : end;
      // a date-only `to` whose day asOf falls in runs to asOf; otherwise ending after asOf would be cut short without a word
      if (last <= asOf || (dateOnly && end < asOf)) to = Math.min(last, asOf);
      else {
        const hint = dateOnly && end === asOf ? ` (a date-only asOf is the start of its day: for all of ${named.to as string} use asOf ${JSON.stringify(new Date(last).toISOString())})` : '';
        issues.push({ path: ['options', 'window', 'to'], code: 'INVALID_INPUT', message: `must not end after asOf (${new Date(asOf).toISOString()}), not ${new Date(last).toISOString()}: the report reads nothing after asOf${hint}` });
      }
    }
  }
  if (from !== null && to !== undefined && from > to) {
    issues.push({ path: ['options', 'window', 'from'], code: 'INVALID_INPUT', message: `must not be after the end of the window (${new Date(to).toISOString()}), not ${new Date(from).toISOString()}` });
  }
  return { from, to };
}

function readBalance(value: unknown, issues: Issue[]): { options: BalanceOptions; minAnswers: number } {
  const fallback = { options: {}, minAnswers: 30 };
  if (value === undefined) return fallback;
  const named = readNamed(value, ['tolerance', 'floor', 'minAnswers'], issues, 'balance', ['options', 'balance'], false);
  if (named === undefined) {
    const last = issues[issues.length - 1];
    if (last !== undefined && last.path.length === 1 && last.path[0] === 'balance') {
      issues[issues.length - 1] = { ...last, path: ['options', 'balance'] };
    }
    return fallback;
  }
  const options: BalanceOptions = {
    ...(named.tolerance === undefined ? {} : { tolerance: named.tolerance as number }),
    ...(named.floor === undefined ? {} : { floor: named.floor as number }),
  };
  // balance checks its own thresholds; its issues are moved under ['options', 'balance']
  try {
    balance({ internal: 50, external: 50 }, options);
  } catch (error) {
    if (!(error instanceof ClienteleError)) throw error;
    for (const one of error.issues) {
      const rest = one.path[0] === 'options' ? one.path.slice(1) : one.path;
      issues.push({ ...one, path: ['options', 'balance', ...rest] });
    }
  }
  let minAnswers = 30;
  if (named.minAnswers !== undefined) {
    const given = named.minAnswers;
    if (typeof given === 'number' && Number.isSafeInteger(given) && given >= 1) minAnswers = given;
    else issues.push({ path: ['options', 'balance', 'minAnswers'], code: 'INVALID_INPUT', message: `must be a whole number ≥ 1, not ${describe(given)}` });
  }
  return { options, minAnswers };
}

/**
 * Reads every option of the report once (a getter may throw, or answer
 * differently the next time) and checks them all, reporting every problem
 * at `['options', key, …]`.
 */
export function readReportOptions(options: unknown): ReportSettings {
  const issues: Issue[] = [];
  const named = readNamed(options, KEYS, issues, 'options', ['options'], false);
  if (named === undefined) throw new ClienteleError('INVALID_INPUT', issues);
  let asOf: number | undefined;
  // a key whose getter threw is reported already, and not again as missing or malformed
  const unreadable = (key: string): boolean => issues.some((one) => one.path.length === 2 && one.path[0] === 'options' && one.path[1] === key);
  if (!unreadable('asOf')) {
    if (named.asOf === undefined) issues.push({ path: ['options', 'asOf'], code: 'INVALID_INPUT', message: 'is required: the moment the report speaks for' });
    else asOf = instant(named.asOf, ['options', 'asOf'], issues);
  }
  const window = readWindow(named.window, asOf, issues);
  const { options: balanceOptions, minAnswers } = readBalance(named.balance, issues);
  let mode: PropagationMode = 'mean';
  if (named.propagation !== undefined) {
    if (MODES.includes(named.propagation as PropagationMode)) mode = named.propagation as PropagationMode;
    else issues.push({ path: ['options', 'propagation'], code: 'INVALID_INPUT', message: `must be one of 'mean', 'yield', 'weakest', not ${describe(named.propagation)}` });
  }
  let minRespondents = 5;
  if (named.minRespondents !== undefined) {
    const given = named.minRespondents;
    if (typeof given === 'number' && Number.isSafeInteger(given) && given >= 1) minRespondents = given;
    else issues.push({ path: ['options', 'minRespondents'], code: 'INVALID_INPUT', message: `must be a whole number ≥ 1 (1 turns privacy off), not ${describe(given)}` });
  }
  let confidence = 0.95;
  if (named.confidence !== undefined) {
    const given = named.confidence;
    if (typeof given === 'number' && given > 0 && given < 1) confidence = given;
    else issues.push({ path: ['options', 'confidence'], code: 'INVALID_INPUT', message: `must be a number strictly between 0 and 1, not ${describe(given)}` });
  }
  if (issues.length > 0) throw new ClienteleError('INVALID_INPUT', issues);
  return {
    asOf: asOf!,
    from: window.from,
    to: window.to!,
    balance: balanceOptions,
    minAnswers,
    mode,
    minRespondents,
    confidence,
  };
}
