import { nodeOf, stateOf } from './_state.js';
import type { ServiceChain } from './serviceChain.js';

/**
 * A unit's SIPOC view (suppliers, inputs, process, outputs, customers), read
 * off the chain.
 *
 * @category Chain
 */
export interface Sipoc {
  /** The ids of the customers that provide links to the unit, sorted. */
  readonly suppliers: readonly string[];
  /** The services the unit receives, distinct and sorted. */
  readonly inputs: readonly string[];
  /** The unit's own id. */
  readonly process: string;
  /** The services the unit provides, distinct and sorted. */
  readonly outputs: readonly string[];
  /** The ids of the customers the unit serves, sorted. */
  readonly customers: readonly string[];
}

/**
 * The SIPOC view of one customer: who supplies it, which services it
 * receives, which services it provides and to whom. Ids and service names
 * are distinct and sorted (plain `<` on strings). An external customer has
 * suppliers and inputs but no outputs or customers.
 *
 * @param chain - a chain made by `createServiceChain`
 * @param id - a customer of the chain
 * @returns `{ suppliers, inputs, process, outputs, customers }`
 * @throws {ClienteleError} `UNKNOWN_REFERENCE` at `['id']` for an id not in the chain; `INVALID_INPUT` for a value that is not a chain or not a string
 *
 * @example
 * ```ts
 * import { createServiceChain, sipoc } from 'clientele';
 *
 * const chain = createServiceChain({
 *   customers: [
 *     { kind: 'department', id: 'it', name: 'IT' },
 *     { kind: 'department', id: 'sales', name: 'Sales' },
 *     { kind: 'buyer', id: 'acme', name: 'Acme Ltd' },
 *   ],
 *   links: [
 *     { from: 'it', to: 'sales', service: 'CRM', deliverable: 'tool' },
 *     { from: 'it', to: 'sales', service: 'laptops', deliverable: 'tool' },
 *     { from: 'sales', to: 'acme', service: 'quotes', deliverable: 'information' },
 *   ],
 * });
 * sipoc(chain, 'sales')
 * //=> { suppliers: ['it'], inputs: ['CRM', 'laptops'], process: 'sales', outputs: ['quotes'], customers: ['acme'] }
 * ```
 *
 * @category Chain
 */
export function sipoc(chain: ServiceChain, id: string): Sipoc {
  const state = stateOf(chain);
  const node = nodeOf(state, id);
  const { ids, inStart, inSource, inLink, outStart, outTarget, outLink, links } = state;
  const suppliers = new Set<string>();
  const inputs = new Set<string>();
  for (let k = inStart[node] as number; k < (inStart[node + 1] as number); k += 1) {
    suppliers.add(ids[inSource[k] as number] as string);
    inputs.add(links.service[inLink[k] as number] as string);
  }
  const outputs = new Set<string>();
  const customers = new Set<string>();
  for (let k = outStart[node] as number; k < (outStart[node + 1] as number); k += 1) {
    customers.add(ids[outTarget[k] as number] as string);
    outputs.add(links.service[outLink[k] as number] as string);
  }
  return {
    suppliers: [...suppliers].sort(),
    inputs: [...inputs].sort(),
    process: ids[node] as string,
    outputs: [...outputs].sort(),
    customers: [...customers].sort(),
  };
}
