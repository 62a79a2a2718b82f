import { describe, fail, throwIfAny } from '../_internal/fail.js';
import type { Issue } from '../errors.js';
import { condensation } from '../chain/_condensation.js';
import { isArrayOrUnreadable } from '../chain/_fields.js';
import { readQuality } from '../chain/_quality.js';
import { stateOf } from '../chain/_state.js';
import type { ServiceChain } from '../chain/serviceChain.js';

/**
 * How the qualities of a unit's providers combine: `'yield'` multiplies them
 * (rolled throughput yield), `'mean'` averages them weighted by the links'
 * weights.
 *
 * @category Scoring
 */
export type PropagationMode = 'yield' | 'mean';

/**
 * Options of `propagateQuality`.
 *
 * @category Scoring
 */
export interface PropagateQualityOptions {
  /** How providers' qualities combine; `'yield'` by default. */
  readonly mode?: PropagationMode;
}

/**
 * Every customer's effective quality in [0, 1]: its own quality times what
 * reaches it through the chain.
 *
 * effective(v) = own(v) × inputs(G), where G is v's strongly connected group
 * (members of a cycle share the group's inputs) and inputs(G) combines the
 * effective qualities of the distinct providers outside G that link into any
 * member of G:
 *
 * - `'yield'` (default): their product, as rolled throughput yield
 *   (0.98 → 0.95 → 0.92 gives 0.98 × 0.95 × 0.92 = 0.85652 at the end);
 * - `'mean'`: their mean, each provider weighted by the sum of the weights
 *   of its links into G.
 *
 * A group with no such provider gets inputs 1, and a customer missing from
 * `quality` has own quality 1. A provider counts once however many services
 * it gives. Links inside a cycle do not feed back, so the answer is defined
 * and computed in one pass over the groups in topological order (the
 * chain's condensation, computed once per chain).
 *
 * @param chain - a chain made by `createServiceChain`
 * @param quality - each unit's own quality in [0, 1], as a Map or a plain record keyed by customer id
 * @param options - `{ mode }`
 * @returns a new Map from every customer id, in the chain's customer order, to its effective quality
 * @throws {ClienteleError} `UNKNOWN_REFERENCE` at `['quality', id]` for an id not in the chain; `INVALID_INPUT` at `['quality', id]` for a value outside [0, 1] or `NaN`, and at `['options', 'mode']` for an unknown mode
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
 * propagateQuality(chain, quality)
 * //=> new Map([['purchasing', 0.98], ['assembly', 0.9309999999999999], ['testing', 0.85652]])
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
  const mode = readMode(options);
  const own = readQuality(state, quality, ['quality'], 1);
  const { n, ids, inStart, inSource, inLink } = state;
  const weight = state.links.weight;
  const { group, count, memberStart, members } = condensation(state);
  const effective = new Float64Array(n);
  const seenIn = new Int32Array(n).fill(-1); // the group for which a provider was last counted
  const providerWeight = new Float64Array(n);
  const touched = new Int32Array(n);

  // Groups come in reverse topological order: providers' groups have higher ids.
  for (let g = count - 1; g >= 0; g -= 1) {
    const first = memberStart[g] as number;
    const last = memberStart[g + 1] as number;
    let inputs = 1;
    if (mode === 'yield') {
      for (let j = first; j < last; j += 1) {
        const v = members[j] as number;
        for (let k = inStart[v] as number; k < (inStart[v + 1] as number); k += 1) {
          const u = inSource[k] as number;
          if (group[u] === g || seenIn[u] === g) continue;
          seenIn[u] = g;
          inputs *= effective[u] as number;
        }
      }
    } else {
      // weights are scaled by the largest weight entering the group, so sums neither overflow nor vanish
      let largest = 0;
      for (let j = first; j < last; j += 1) {
        const v = members[j] as number;
        for (let k = inStart[v] as number; k < (inStart[v + 1] as number); k += 1) {
          if (group[inSource[k] as number] === g) continue;
          const w = weight === null ? 1 : (weight[inLink[k] as number] as number);
          if (w > largest) largest = w;
        }
      }
      let providers = 0;
      for (let j = first; j < last; j += 1) {
        const v = members[j] as number;
        for (let k = inStart[v] as number; k < (inStart[v + 1] as number); k += 1) {
          const u = inSource[k] as number;
          if (group[u] === g) continue;
          const w = (weight === null ? 1 : (weight[inLink[k] as number] as number)) / largest;
          if (seenIn[u] !== g) {
            seenIn[u] = g;
            providerWeight[u] = 0;
            touched[providers++] = u;
          }
          (providerWeight[u] as number) += w;
        }
      }
      if (providers > 0) {
        let sum = 0;
        let total = 0;
        for (let t = 0; t < providers; t += 1) {
          const u = touched[t] as number;
          sum += (providerWeight[u] as number) * (effective[u] as number);
          total += providerWeight[u] as number;
        }
        inputs = sum / total;
      }
    }
    for (let j = first; j < last; j += 1) {
      const v = members[j] as number;
      effective[v] = (own[v] as number) * inputs;
    }
  }

  const result = new Map<string, number>();
  for (let v = 0; v < n; v += 1) result.set(ids[v] as string, effective[v] as number);
  return result;
}

function readMode(options: unknown): PropagationMode {
  if (typeof options !== 'object' || options === null || isArrayOrUnreadable(options)) {
    fail(['options'], `must be an object such as { mode: 'yield' }, not ${describe(options)}`);
  }
  const issues: Issue[] = [];
  let mode: unknown;
  try {
    for (const key of Object.keys(options)) {
      if (key !== 'mode') issues.push({ path: ['options', key], code: 'INVALID_INPUT', message: `unknown option ${JSON.stringify(key)}` });
    }
    mode = (options as { mode?: unknown }).mode;
  } catch {
    fail(['options'], 'could not be read');
  }
  if (mode !== undefined && mode !== 'yield' && mode !== 'mean') {
    issues.push({ path: ['options', 'mode'], code: 'INVALID_INPUT', message: `must be 'yield' or 'mean', not ${describe(mode)}` });
  }
  throwIfAny(issues);
  return mode === 'mean' ? 'mean' : 'yield';
}
