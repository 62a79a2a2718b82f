import { linkObjects } from './_links.js';
import { stateOf } from './_state.js';
import type { ServiceChain } from './serviceChain.js';
import type { ServiceLink } from './serviceLink.js';

/**
 * The links that name no `owner`: work for which no one employee is
 * accountable (in RACI terms, a step without its "A"). Ask this before a
 * review, so that every link someone acts on has a person to act.
 *
 * @param chain - a chain made by `createServiceChain`
 * @returns the links without an owner, as frozen link objects in the chain's link order (`[]` when every link has one)
 * @throws {ClienteleError} `INVALID_INPUT` when `chain` is not a chain
 *
 * @example
 * ```ts
 * import { createServiceChain, unownedLinks } from 'clientele';
 *
 * const chain = createServiceChain({
 *   customers: [
 *     { kind: 'department', id: 'it', name: 'IT' },
 *     { kind: 'employee', id: 'minh', name: 'Minh', departmentId: 'it' },
 *     { kind: 'department', id: 'sales', name: 'Sales' },
 *     { kind: 'user', id: 'lan', name: 'Lan' },
 *   ],
 *   links: [
 *     { from: 'it', to: 'sales', service: 'CRM', deliverable: 'tool', owner: 'minh' },
 *     { from: 'sales', to: 'lan', service: 'onboarding', deliverable: 'service' },
 *   ],
 * });
 * unownedLinks(chain)
 * //=> [{ from: 'sales', to: 'lan', service: 'onboarding', deliverable: 'service', weight: 1 }]
 * ```
 *
 * @category Chain
 */
export function unownedLinks(chain: ServiceChain): ServiceLink[] {
  const state = stateOf(chain);
  const all = linkObjects(state);
  const owner = state.links.owner;
  if (owner === null) return [...all];
  const out: ServiceLink[] = [];
  for (let l = 0; l < state.m; l += 1) if ((owner[l] as number) < 0) out.push(all[l] as ServiceLink);
  return out;
}
