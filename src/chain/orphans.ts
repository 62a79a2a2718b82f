import { distances } from './_distance.js';
import { sortedIds } from './_order.js';
import { FIRST_EXTERNAL, stateOf } from './_state.js';
import type { ServiceChain } from './serviceChain.js';

/**
 * The internal customers whose work reaches no external customer, however
 * many links it passes through: units that serve nobody, or serve only units
 * that never reach an outsider.
 *
 * @param chain - a chain made by `createServiceChain`
 * @returns their ids, sorted (plain `<` on strings)
 * @throws {ClienteleError} `INVALID_INPUT` when `chain` is not a chain
 *
 * @example
 * ```ts
 * import { createServiceChain, orphans } from 'clientele';
 *
 * const chain = createServiceChain({
 *   customers: [
 *     { kind: 'department', id: 'it', name: 'IT' },
 *     { kind: 'department', id: 'sales', name: 'Sales' },
 *     { kind: 'department', id: 'audit', name: 'Internal audit' },
 *     { kind: 'department', id: 'archive', name: 'Archive' },
 *     { kind: 'user', id: 'lan', name: 'Lan' },
 *   ],
 *   links: [
 *     { from: 'it', to: 'sales', service: 'CRM', deliverable: 'tool' },
 *     { from: 'sales', to: 'lan', service: 'onboarding', deliverable: 'service' },
 *     { from: 'audit', to: 'archive', service: 'reports', deliverable: 'information' },
 *   ],
 * });
 * orphans(chain)
 * //=> ['archive', 'audit']
 * ```
 *
 * @category Chain
 */
export function orphans(chain: ServiceChain): string[] {
  const state = stateOf(chain);
  const distance = distances(state);
  const { n, kinds } = state;
  const nodes = new Int32Array(n);
  const marked = new Uint8Array(n);
  let count = 0;
  for (let v = 0; v < n; v += 1) {
    if (distance[v] === -1 && (kinds[v] as number) < FIRST_EXTERNAL) {
      nodes[count++] = v;
      marked[v] = 1;
    }
  }
  return sortedIds(state, nodes, count, marked);
}
