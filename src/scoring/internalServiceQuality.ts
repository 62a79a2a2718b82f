import type { Issue } from '../errors.js';
import { checkNumber, throwIssues } from './_internal/read.js';
import { readNamed } from './_internal/options.js';
import { weightedMean } from './_internal/weightedMean.js';

/**
 * The four components of internal service quality, in order.
 *
 * @example
 * ```ts
 * import { INTERNAL_QUALITY_COMPONENTS } from 'clientele';
 *
 * INTERNAL_QUALITY_COMPONENTS
 * //=> ['satisfaction', 'timeliness', 'accuracy', 'collaboration']
 * ```
 *
 * @category Scoring
 */
export const INTERNAL_QUALITY_COMPONENTS = /*@__PURE__*/ Object.freeze(['satisfaction', 'timeliness', 'accuracy', 'collaboration'] as const);

/**
 * One of {@link INTERNAL_QUALITY_COMPONENTS}.
 *
 * @category Scoring
 */
export type InternalQualityComponent = (typeof INTERNAL_QUALITY_COMPONENTS)[number];

/**
 * The components {@link internalServiceQuality} combines, each 0..100;
 * `null` or absent when not measured.
 *
 * @category Scoring
 */
export interface InternalQualityComponents {
  /** How satisfied the internal customers are (a CSAT, say), 0..100. */
  readonly satisfaction?: number | null | undefined;
  /** How much work arrives on time (SLA attainment), 0..100. */
  readonly timeliness?: number | null | undefined;
  /** How much work is right the first time (first-pass yield), 0..100. */
  readonly accuracy?: number | null | undefined;
  /** How well the units work together (a survey or rating), 0..100. */
  readonly collaboration?: number | null | undefined;
}

/**
 * Importance weights for {@link internalServiceQuality}: each > 0; a
 * component left out keeps weight 1.
 *
 * @category Scoring
 */
export interface InternalQualityWeights {
  /** Weight of `satisfaction`. */
  readonly satisfaction?: number;
  /** Weight of `timeliness`. */
  readonly timeliness?: number;
  /** Weight of `accuracy`. */
  readonly accuracy?: number;
  /** Weight of `collaboration`. */
  readonly collaboration?: number;
}

/**
 * The result of {@link internalServiceQuality}.
 *
 * @category Scoring
 */
export interface InternalQualityResult {
  /** The weighted mean of the present components, 0..100; `null` when none is present. */
  readonly score: number | null;
  /** The four components as used: `null` where missing. */
  readonly components: {
    /** Satisfaction, or `null`. */
    readonly satisfaction: number | null;
    /** Timeliness, or `null`. */
    readonly timeliness: number | null;
    /** Accuracy, or `null`. */
    readonly accuracy: number | null;
    /** Collaboration, or `null`. */
    readonly collaboration: number | null;
  };
  /** How many components were present. */
  readonly present: number;
}

/**
 * Internal service quality of a provider: the weighted mean of four
 * components measured on 0..100 — the satisfaction of its internal
 * customers, timeliness, accuracy and collaboration (the measures of
 * internal service in the service-profit chain: Heskett et al., "Putting the
 * Service-Profit Chain to Work", Harvard Business Review, 1994). Weights are
 * equal by default. A missing component (`null` or absent) is left out and
 * the weights of the others are renormalised.
 *
 * Full precision: nothing is rounded; round for display.
 *
 * @param components - the four components, each 0..100, `null` or absent
 * @param weights - optional weight per component (> 0; default 1 each)
 * @returns the score (`null` when no component is present), the components used and how many were present
 * @throws {ClienteleError} INVALID_INPUT at `['components', key]` for a value outside 0..100, at `['weights', key]` for a weight that is not > 0, at `['components', key]` / `['weights', key]` for an unknown key
 *
 * @example
 * ```ts
 * import { internalServiceQuality } from 'clientele';
 *
 * internalServiceQuality({ satisfaction: 80, timeliness: 90, accuracy: 70, collaboration: null }).score
 * //=> 80
 * internalServiceQuality({ satisfaction: 80, timeliness: 90 }, { satisfaction: 3 }).score
 * //=> 82.5
 * internalServiceQuality({}).score
 * //=> null
 * internalServiceQuality({ satisfaction: 120 })
 * //=> throws INVALID_INPUT
 * ```
 *
 * @category Scoring
 */
export function internalServiceQuality(
  components: InternalQualityComponents,
  weights?: InternalQualityWeights,
): InternalQualityResult {
  const issues: Issue[] = [];
  const given = readNamed(components, INTERNAL_QUALITY_COMPONENTS, issues, 'components', ['components']);
  const givenWeights = readNamed(weights, INTERNAL_QUALITY_COMPONENTS, issues, 'weights', ['weights'], true);
  const values: number[] = [];
  const factors: number[] = [];
  const used: Record<InternalQualityComponent, number | null> = {
    satisfaction: null,
    timeliness: null,
    accuracy: null,
    collaboration: null,
  };
  for (const key of INTERNAL_QUALITY_COMPONENTS) {
    let weight = 1;
    if (givenWeights !== undefined && givenWeights[key] !== undefined) {
      if (checkNumber(givenWeights[key], ['weights', key], issues, 0, Infinity, false, true)) weight = givenWeights[key];
    }
    if (given === undefined) continue;
    const value = given[key];
    if (value === undefined || value === null) continue;
    if (checkNumber(value, ['components', key], issues, 0, 100)) {
      used[key] = value;
      values.push(value);
      factors.push(weight);
    }
  }
  throwIssues(issues);
  return { score: weightedMean(values, factors), components: used, present: values.length };
}
