import { sortedIds } from './_order.js';
import { nodeOf, stateOf } from './_state.js';
import { reach } from './_traverse.js';
import type { ServiceChain } from './serviceChain.js';

/**
 * Every customer that serves `id`, directly or through others: the
 * customers from which `id` can be reached along the links, `id` itself
 * excluded.
 *
 * @param chain - a chain made by `createServiceChain`
 * @param id - a customer of the chain
 * @returns the ids, sorted (plain `<` on strings)
 * @throws {ClienteleError} `UNKNOWN_REFERENCE` at `['id']` for an id not in the chain; `INVALID_INPUT` for a value that is not a chain or not a string
 *
 * @example
 * ```ts
 * import { createServiceChain, upstream } from 'clientele';
 *
 * const chain = createServiceChain({
 *   customers: [
 *     { kind: 'department', id: 'it', name: 'IT' },
 *     { kind: 'department', id: 'sales', name: 'Sales' },
 *     { kind: 'user', id: 'lan', name: 'Lan' },
 *   ],
 *   links: [
 *     { from: 'it', to: 'sales', service: 'CRM', deliverable: 'tool' },
 *     { from: 'sales', to: 'lan', service: 'onboarding', deliverable: 'service' },
 *   ],
 * });
 * upstream(chain, 'lan')
 * //=> ['it', 'sales']
 * ```
 *
 * @category Chain
 */
export function upstream(chain: ServiceChain, id: string): string[] {
  const state = stateOf(chain);
  const found = reach(state, nodeOf(state, id), false);
  return sortedIds(state, found.nodes, found.count, found.marked);
}
