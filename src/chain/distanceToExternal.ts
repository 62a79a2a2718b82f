import { distances } from './_distance.js';
import { nodeOf, stateOf } from './_state.js';
import type { ServiceChain } from './serviceChain.js';

/**
 * The fewest links from `id` to any external customer: `0` for an external
 * customer itself, `null` when `id` reaches none. The distances of the whole
 * chain are computed together on the first call (one breadth-first search),
 * so later calls are immediate.
 *
 * @param chain - a chain made by `createServiceChain`
 * @param id - a customer of the chain
 * @returns the number of links, or `null`
 * @throws {ClienteleError} `UNKNOWN_REFERENCE` at `['id']` for an id not in the chain; `INVALID_INPUT` for a value that is not a chain or not a string
 *
 * @example
 * ```ts
 * import { createServiceChain, distanceToExternal } from 'clientele';
 *
 * const chain = createServiceChain({
 *   customers: [
 *     { kind: 'department', id: 'it', name: 'IT' },
 *     { kind: 'department', id: 'sales', name: 'Sales' },
 *     { kind: 'department', id: 'audit', name: 'Internal audit' },
 *     { kind: 'user', id: 'lan', name: 'Lan' },
 *   ],
 *   links: [
 *     { from: 'it', to: 'sales', service: 'CRM', deliverable: 'tool' },
 *     { from: 'sales', to: 'lan', service: 'onboarding', deliverable: 'service' },
 *   ],
 * });
 * distanceToExternal(chain, 'it')
 * //=> 2
 * distanceToExternal(chain, 'lan')
 * //=> 0
 * distanceToExternal(chain, 'audit')
 * //=> null
 * ```
 *
 * @category Chain
 */
export function distanceToExternal(chain: ServiceChain, id: string): number | null {
  const state = stateOf(chain);
  const node = nodeOf(state, id);
  const distance = distances(state)[node] as number;
  return distance < 0 ? null : distance;
}
