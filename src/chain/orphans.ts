import { distances } from './_distance.js';
import { sortedIds } from './_order.js';
import { FIRST_EXTERNAL, stateOf } from './_state.js';
import type { ServiceChain } from './serviceChain.js';

/**
 * The orphans of the chain: internal customers that provide at least one link
 * and yet reach no external customer, however many links their work passes
 * through. Their work leads nowhere outside: they serve only units that never
 * reach an outsider (an internal audit whose reports go only to the
 * shareholders, a pair of teams that serve only each other).
 *
 * A unit that provides no link at all only receives, and is not an orphan: an
 * employee whose work is carried by the department, or a shareholder who reads
 * the reports. Changed in 0.x round 2: such units used to be listed too.
 * Linear in the size of the chain (one backward search from the external
 * customers, shared with `distanceToExternal`).
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
 * //=> ['audit']
 * ```
 *
 * @category Chain
 */
export function orphans(chain: ServiceChain): string[] {
  const state = stateOf(chain);
  const distance = distances(state);
  const { n, kinds, outStart } = state;
  const nodes = new Int32Array(n);
  const marked = new Uint8Array(n);
  let count = 0;
  for (let v = 0; v < n; v += 1) {
    // a unit that provides nothing only receives: it is not an orphan, whatever it reaches
    if (distance[v] === -1 && (kinds[v] as number) < FIRST_EXTERNAL && (outStart[v + 1] as number) > (outStart[v] as number)) {
      nodes[count++] = v;
      marked[v] = 1;
    }
  }
  return sortedIds(state, nodes, count, marked);
}
