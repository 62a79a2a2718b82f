import { fail } from '../_internal/fail.js';
import { dominators } from './_dominators.js';
import { FIRST_EXTERNAL, nodeOf, stateOf } from './_state.js';
import type { ServiceChain } from './serviceChain.js';

/**
 * The single points of failure of an external customer: the internal
 * customers without which it would be cut off from every starting point of
 * the chain. A starting point is any member of a strongly connected group
 * that no link enters from outside (a unit nobody serves, or a cycle of units
 * nobody else serves).
 *
 * In graph terms these are the customer's dominators in the chain with a
 * virtual root linked to every starting point. They are computed once per
 * chain, for every customer at once, by the Lengauer–Tarjan algorithm in
 * near-linear time; each call then walks up the dominator tree.
 *
 * The answer is empty when the customer is itself a starting point (nobody
 * serves it) or when no single unit lies on every route that reaches it.
 *
 * @param chain - a chain made by `createServiceChain`
 * @param id - an external customer of the chain
 * @returns the internal customers' ids, sorted (plain `<` on strings); the customer itself is not included
 * @throws {ClienteleError} `UNKNOWN_REFERENCE` at `['id']` for an id not in the chain; `WRONG_KIND` at `['id']` for an internal customer; `INVALID_INPUT` for a value that is not a chain or not a string
 *
 * @example
 * ```ts
 * import { createServiceChain, criticalProviders } from 'clientele';
 *
 * const chain = createServiceChain({
 *   customers: [
 *     { kind: 'department', id: 'it', name: 'IT' },
 *     { kind: 'department', id: 'purchasing', name: 'Purchasing' },
 *     { kind: 'department', id: 'warehouse', name: 'Warehouse' },
 *     { kind: 'buyer', id: 'shop', name: 'Corner shop', party: 'organization' },
 *   ],
 *   links: [
 *     { from: 'it', to: 'purchasing', service: 'ERP', deliverable: 'tool' },
 *     { from: 'it', to: 'warehouse', service: 'scanners', deliverable: 'tool' },
 *     { from: 'purchasing', to: 'warehouse', service: 'stock', deliverable: 'product' },
 *     { from: 'warehouse', to: 'shop', service: 'deliveries', deliverable: 'product' },
 *   ],
 * });
 * criticalProviders(chain, 'shop')
 * //=> ['it', 'warehouse']
 * ```
 *
 * @category Chain
 */
export function criticalProviders(chain: ServiceChain, id: string): string[] {
  const state = stateOf(chain);
  const node = nodeOf(state, id);
  if ((state.kinds[node] as number) < FIRST_EXTERNAL) {
    fail(['id'], `${JSON.stringify(id)} is an internal customer; criticalProviders takes an external one`, 'WRONG_KIND');
  }
  const idom = dominators(state);
  const found: string[] = [];
  let v = idom[node] as number;
  while (v >= 0 && v < state.n) {
    found.push(state.ids[v] as string);
    v = idom[v] as number;
  }
  return found.sort();
}
