import { linkObjects } from './_links.js';
import { stateOf } from './_state.js';
import type { ServiceChain } from './serviceChain.js';
import type { ServiceLink } from './serviceLink.js';

/**
 * The chain's links, as parsed (`weight` defaults to 1), in input order. The
 * array and every link in it are frozen. The chain stores its links in
 * compact columns; the objects are built on the first call and kept.
 *
 * @param chain - a chain made by `createServiceChain`
 * @returns the links
 * @throws {ClienteleError} `INVALID_INPUT` when `chain` is not a chain
 *
 * @example
 * ```ts
 * import { chainLinks, createServiceChain } from 'clientele';
 *
 * const chain = createServiceChain({
 *   customers: [
 *     { kind: 'department', id: 'it', name: 'IT' },
 *     { kind: 'department', id: 'sales', name: 'Sales' },
 *   ],
 *   links: [{ from: 'it', to: 'sales', service: 'CRM', deliverable: 'tool', slaHours: 8 }],
 * });
 * chainLinks(chain)
 * //=> [{ from: 'it', to: 'sales', service: 'CRM', deliverable: 'tool', slaHours: 8, weight: 1 }]
 * ```
 *
 * @category Chain
 */
export function chainLinks(chain: ServiceChain): readonly ServiceLink[] {
  return linkObjects(stateOf(chain));
}
