import { fail } from '../_internal/fail.js';
import type { Customer } from '../customers/schemas.js';
import { stateOf } from './_state.js';
import type { ServiceChain } from './serviceChain.js';

/**
 * The customer with this id, or `undefined` when the chain has none (any
 * string is an ordinary id, `__proto__` included).
 *
 * @param chain - a chain made by `createServiceChain`
 * @param id - the id to look up
 * @returns the frozen customer, or `undefined`
 * @throws {ClienteleError} `INVALID_INPUT` when `chain` is not a chain or `id` is not a string (`['id']`)
 *
 * @example
 * ```ts
 * import { createServiceChain, findCustomer } from 'clientele';
 *
 * const chain = createServiceChain({
 *   customers: [{ kind: 'department', id: 'it', name: 'IT' }],
 *   links: [],
 * });
 * findCustomer(chain, 'it')
 * //=> { kind: 'department', id: 'it', name: 'IT' }
 * findCustomer(chain, 'constructor')
 * //=> undefined
 * ```
 *
 * @category Chain
 */
export function findCustomer(chain: ServiceChain, id: string): Customer | undefined {
  const state = stateOf(chain);
  if (typeof id !== 'string') fail(['id'], 'must be a customer id (a string)');
  const node = state.index.get(id);
  return node === undefined ? undefined : state.customers[node];
}
