import type { Issue } from '../errors.js';
import { checkNumber, issue, throwIssues } from './_internal/read.js';
import { readNamed } from './_internal/options.js';

/**
 * What {@link dpmo} takes.
 *
 * @category Scoring
 */
export interface DpmoInput {
  /** Defects found: an integer ≥ 0, at most `units × opportunities`. */
  readonly defects: number;
  /** Units inspected: an integer ≥ 1. */
  readonly units: number;
  /** Opportunities for a defect in each unit: an integer ≥ 1. */
  readonly opportunities: number;
}

/**
 * Defects per million opportunities, the Six Sigma defect rate:
 * defects ÷ (units × opportunities per unit) × 1,000,000.
 *
 * Full precision: nothing is rounded; round for display.
 *
 * @param input - `defects`, `units` and `opportunities` per unit
 * @returns the rate, from 0 to 1,000,000
 * @throws {ClienteleError} INVALID_INPUT at `['defects']`, `['units']` or `['opportunities']` for a value that is not an integer in range, or when there are more defects than opportunities
 *
 * @example
 * ```ts
 * import { dpmo } from 'clientele';
 *
 * dpmo({ defects: 5, units: 100, opportunities: 10 })
 * //=> 5000
 * dpmo({ defects: 5, units: 0, opportunities: 10 })
 * //=> throws INVALID_INPUT
 * ```
 *
 * @category Scoring
 */
export function dpmo(input: DpmoInput): number {
  const issues: Issue[] = [];
  const named = readNamed(input, ['defects', 'units', 'opportunities'], issues, 'input');
  if (named !== undefined) {
    const okDefects = checkNumber(named.defects, ['defects'], issues, 0, Infinity, true);
    const okUnits = checkNumber(named.units, ['units'], issues, 1, Infinity, true);
    const okOpportunities = checkNumber(named.opportunities, ['opportunities'], issues, 1, Infinity, true);
    if (okDefects && okUnits && okOpportunities) {
      const chances = (named.units as number) * (named.opportunities as number);
      if ((named.defects as number) > chances) {
        issues.push(issue(['defects'], `must be at most units × opportunities (${chances})`));
      }
    }
  }
  throwIssues(issues);
  const { defects, units, opportunities } = named as { defects: number; units: number; opportunities: number };
  return (defects / (units * opportunities)) * 1_000_000;
}
