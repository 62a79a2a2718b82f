import type { Issue } from '../errors.js';
import { checkNumber, throwIssues } from './_internal/read.js';
import { optionPath, readNamed } from './_internal/options.js';

/**
 * What {@link balance} compares: one score per side, each 0..100.
 *
 * @category Scoring
 */
export interface BalanceInput {
  /** The internal side's score (internal service quality, say), 0..100. */
  readonly internal: number;
  /** The external side's score (a CSAT or health score, say), 0..100. */
  readonly external: number;
}

/**
 * Options of {@link balance}.
 *
 * @category Scoring
 */
export interface BalanceOptions {
  /** How far apart the sides may be and still count as balanced, ≥ 0; default 10. */
  readonly tolerance?: number;
  /** Below this on both sides, the internal side comes first; 0..100, default 50. */
  readonly floor?: number;
}

/**
 * Which side needs attention first.
 *
 * @category Scoring
 */
export type BalanceFocus = 'internal' | 'external' | 'balanced';

/**
 * Why {@link balance} chose its focus: both sides below the floor; one side
 * lower by more than the tolerance; or within the tolerance.
 *
 * @category Scoring
 */
export type BalanceReason = 'both-below-floor' | 'internal-lower' | 'external-lower' | 'within-tolerance';

/**
 * The result of {@link balance}.
 *
 * @category Scoring
 */
export interface BalanceResult {
  /** internal − external, from −100 to 100. */
  readonly gap: number;
  /** The side to work on first, or `balanced`. */
  readonly focus: BalanceFocus;
  /** Why. */
  readonly reason: BalanceReason;
  /** The internal score, as given. */
  readonly internal: number;
  /** The external score, as given. */
  readonly external: number;
}

/**
 * Says which side of the service-profit chain needs attention first. When
 * both sides are below `floor`, the internal side comes first: it is the
 * foundation the external side stands on. Otherwise the side lower by more
 * than `tolerance` needs the focus; else the sides are balanced. A gap of
 * exactly the tolerance is balanced however the scores' decimals round in
 * binary (54.4 against 64.4 gives a gap of −10.000000000000007, read as −10).
 *
 * @param input - `internal` and `external` scores, each 0..100
 * @param options - `tolerance` (≥ 0, default 10) and `floor` (0..100, default 50)
 * @returns the gap (internal − external), the focus and the reason
 * @throws {ClienteleError} INVALID_INPUT at `['internal']`, `['external']`, `['options', 'tolerance']` or `['options', 'floor']` for a value out of range
 *
 * @example
 * ```ts
 * import { balance } from 'clientele';
 *
 * balance({ internal: 62, external: 85 })
 * //=> { gap: -23, focus: 'internal', reason: 'internal-lower', internal: 62, external: 85 }
 * balance({ internal: 80, external: 74 }).focus
 * //=> 'balanced'
 * balance({ internal: 45, external: 30 }).focus
 * //=> 'internal'
 * balance({ internal: 90, external: 70 }).focus
 * //=> 'external'
 * ```
 *
 * @category Scoring
 */
export function balance(input: BalanceInput, options?: BalanceOptions): BalanceResult {
  const issues: Issue[] = [];
  const sides = readNamed(input, ['internal', 'external'], issues, 'input');
  const named = readNamed(options, ['tolerance', 'floor'], issues);
  let tolerance = 10;
  let floor = 50;
  if (named !== undefined) {
    if (named.tolerance !== undefined && checkNumber(named.tolerance, optionPath('tolerance'), issues, 0)) tolerance = named.tolerance;
    if (named.floor !== undefined && checkNumber(named.floor, optionPath('floor'), issues, 0, 100)) floor = named.floor;
  }
  if (sides !== undefined) {
    checkNumber(sides.internal, ['internal'], issues, 0, 100);
    checkNumber(sides.external, ['external'], issues, 0, 100);
  }
  throwIssues(issues);
  const internal = sides!.internal as number;
  const external = sides!.external as number;
  const gap = internal - external + 0;
  // scores written in decimals are stored in binary: 64.4 − 54.4 is 10.000000000000007. A gap past the tolerance by
  // no more than that rounding (two units in the last place of the larger score) is the tolerance itself
  const beyond = tolerance + 2 * Number.EPSILON * Math.max(Math.abs(internal), Math.abs(external));
  let focus: BalanceFocus;
  let reason: BalanceReason;
  if (internal < floor && external < floor) {
    focus = 'internal';
    reason = 'both-below-floor';
  } else if (-gap > beyond) {
    focus = 'internal';
    reason = 'internal-lower';
  } else if (gap > beyond) {
    focus = 'external';
    reason = 'external-lower';
  } else {
    focus = 'balanced';
    reason = 'within-tolerance';
  }
  return { gap, focus, reason, internal, external };
}
