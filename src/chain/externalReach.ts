import { sortedIds } from './_order.js';
import { FIRST_EXTERNAL, nodeOf, stateOf } from './_state.js';
import { reach } from './_traverse.js';
import type { ServiceChain } from './serviceChain.js';

/**
 * The external customers that `id` ultimately serves: those reachable from
 * it along the links. An external customer serves nobody, so its own reach
 * is empty.
 *
 * @param chain - a chain made by `createServiceChain`
 * @param id - a customer of the chain
 * @returns the external customers' ids, sorted (plain `<` on strings)
 * @throws {ClienteleError} `UNKNOWN_REFERENCE` at `['id']` for an id not in the chain; `INVALID_INPUT` for a value that is not a chain or not a string
 *
 * @example
 * ```ts
 * import { createServiceChain, externalReach } from 'clientele';
 *
 * const chain = createServiceChain({
 *   customers: [
 *     { kind: 'department', id: 'it', name: 'IT' },
 *     { kind: 'department', id: 'sales', name: 'Sales' },
 *     { kind: 'user', id: 'lan', name: 'Lan' },
 *     { kind: 'buyer', id: 'acme', name: 'Acme Ltd' },
 *   ],
 *   links: [
 *     { from: 'it', to: 'sales', service: 'CRM', deliverable: 'tool' },
 *     { from: 'sales', to: 'lan', service: 'onboarding', deliverable: 'service' },
 *     { from: 'sales', to: 'acme', service: 'quotes', deliverable: 'information' },
 *   ],
 * });
 * externalReach(chain, 'it')
 * //=> ['acme', 'lan']
 * ```
 *
 * @category Chain
 */
export function externalReach(chain: ServiceChain, id: string): string[] {
  const state = stateOf(chain);
  const found = reach(state, nodeOf(state, id), true);
  const { kinds } = state;
  let count = 0;
  const nodes = found.nodes;
  const marked = found.marked;
  for (let k = 0; k < found.count; k += 1) {
    const v = nodes[k] as number;
    if ((kinds[v] as number) >= FIRST_EXTERNAL) nodes[count++] = v;
    else marked[v] = 0;
  }
  return sortedIds(state, nodes, count, marked);
}
