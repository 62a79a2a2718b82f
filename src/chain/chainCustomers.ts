import { stateOf } from './_state.js';
import type { Customer } from '../customers/schemas.js';
import type { ServiceChain } from './serviceChain.js';

/**
 * The chain's customers, as parsed (defaults applied), in input order. The
 * array and every customer in it are frozen.
 *
 * @param chain - a chain made by `createServiceChain`
 * @returns the customers
 * @throws {ClienteleError} `INVALID_INPUT` when `chain` is not a chain
 *
 * @example
 * ```ts
 * import { chainCustomers, createServiceChain } from 'clientele';
 *
 * const chain = createServiceChain({
 *   customers: [{ kind: 'user', id: 'lan', name: 'Lan' }],
 *   links: [],
 * });
 * chainCustomers(chain)
 * //=> [{ kind: 'user', id: 'lan', name: 'Lan', party: 'person' }]
 * ```
 *
 * @category Chain
 */
export function chainCustomers(chain: ServiceChain): readonly Customer[] {
  return stateOf(chain).customers;
}
