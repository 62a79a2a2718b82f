import type { Issue } from '../errors.js';
import { stateOf } from '../chain/_state.js';
import type { ServiceChain } from '../chain/serviceChain.js';
import { effectiveQuality, readMode, readOptionsObject, readOwnQuality, throwAll } from './_internal/propagation.js';

/**
 * How quality travels down the chain: `'mean'` averages what a unit's
 * providers deliver, `'yield'` multiplies every own quality upstream,
 * `'weakest'` keeps the lowest one.
 *
 * @category Scoring
 */
export type PropagationMode = 'mean' | 'yield' | 'weakest';

/**
 * Options of `propagateQuality`.
 *
 * @category Scoring
 */
export interface PropagateQualityOptions {
  /** How providers' qualities combine; `'mean'` by default. */
  readonly mode?: PropagationMode;
}

/**
 * Every customer's effective quality in [0, 1]: its own quality combined
 * with what reaches it through the chain.
 *
 * Write U(v) for v's closed upstream set: v, the other members of its
 * strongly connected group G, and every customer from which a path of links
 * leads to v.
 *
 * - `'mean'` (default): effective(v) = own(v) × inputs(G), inputs(G) being
 *   the mean of the effective qualities of the distinct providers outside G
 *   that link into G, each weighted by the sum of its links' weights into G
 *   (1 when there are none). Members of a cycle share their group's inputs
 *   and do not feed back. Linear time: the quality of the work that
 *   typically reaches v.
 * - `'yield'`: the product of own quality over U(v), each customer counted
 *   once however many paths lead from it to v (rolled throughput yield:
 *   0.98 → 0.95 → 0.92 gives 0.85652 at the end; a diamond A→B, A→C, B→D,
 *   C→D at 0.9 each gives D 0.9⁴, not 0.9⁵). Exact: linear on lines and
 *   trees; where paths merge, a transitive closure over the units below 1
 *   as bit sets, O(E · k / 32) word operations for k such units in the
 *   worst case, in bounded memory.
 * - `'weakest'`: the smallest own quality over U(v), the weakest link
 *   upstream. Linear time.
 *
 * A customer missing from `quality` has own quality 1. The chain's
 * condensation is computed once per chain.
 *
 * @param chain - a chain made by `createServiceChain`
 * @param quality - each unit's own quality in [0, 1], as a Map or a plain record keyed by customer id
 * @param options - `{ mode }`: `'mean'`, `'yield'` or `'weakest'`
 * @returns a new Map from every customer id, in the chain's customer order, to its effective quality
 * @throws {ClienteleError} `UNKNOWN_REFERENCE` at `['quality', id]` for an id not in the chain; `INVALID_INPUT` at `['quality', id]` for a value outside [0, 1] or `NaN`, at `['options', 'mode']` for an unknown mode and at `['options', key]` for an unknown option
 *
 * @example
 * ```ts
 * import { createServiceChain, propagateQuality } from 'clientele';
 *
 * const chain = createServiceChain({
 *   customers: [
 *     { kind: 'department', id: 'purchasing', name: 'Purchasing' },
 *     { kind: 'department', id: 'assembly', name: 'Assembly' },
 *     { kind: 'department', id: 'testing', name: 'Testing' },
 *   ],
 *   links: [
 *     { from: 'purchasing', to: 'assembly', service: 'parts', deliverable: 'product' },
 *     { from: 'assembly', to: 'testing', service: 'units', deliverable: 'product' },
 *   ],
 * });
 * const quality = { purchasing: 0.98, assembly: 0.95, testing: 0.92 };
 * propagateQuality(chain, quality, { mode: 'yield' })
 * //=> new Map([['purchasing', 0.98], ['assembly', 0.9309999999999999], ['testing', 0.85652]])
 * propagateQuality(chain, quality, { mode: 'weakest' }).get('testing')
 * //=> 0.92
 * propagateQuality(chain, { testing: 1.2 })
 * //=> throws INVALID_INPUT
 * propagateQuality(chain, { finance: 0.9 })
 * //=> throws UNKNOWN_REFERENCE
 * ```
 *
 * @category Scoring
 */
export function propagateQuality(
  chain: ServiceChain,
  quality: ReadonlyMap<string, number> | Readonly<Record<string, number>>,
  options: PropagateQualityOptions = {},
): Map<string, number> {
  const state = stateOf(chain);
  const issues: Issue[] = [];
  const named = readOptionsObject(options, ['mode'], issues);
  const mode = readMode(named?.mode, issues);
  const own = readOwnQuality(state, quality, issues);
  throwAll(issues);
  const effective = effectiveQuality(state, own!, mode);
  const result = new Map<string, number>();
  for (let v = 0; v < state.n; v += 1) result.set(state.ids[v] as string, effective[v] as number);
  return result;
}
