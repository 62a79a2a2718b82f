import { condensation } from './_condensation.js';
import { stateOf } from './_state.js';
import type { ServiceChain } from './serviceChain.js';

/**
 * The groups of two or more internal customers that serve each other, each
 * directly or through the others (the chain's strongly connected groups).
 * Cycles are legal: marketing and sales often serve each other. They are
 * found once per chain by an iterative Tarjan search, so a chain of a million
 * links cannot overflow the stack.
 *
 * @param chain - a chain made by `createServiceChain`
 * @returns the groups, each sorted, ordered by their first id (plain `<` on strings)
 * @throws {ClienteleError} `INVALID_INPUT` when `chain` is not a chain
 *
 * @example
 * ```ts
 * import { createServiceChain, cycles } from 'clientele';
 *
 * const chain = createServiceChain({
 *   customers: [
 *     { kind: 'department', id: 'marketing', name: 'Marketing' },
 *     { kind: 'department', id: 'sales', name: 'Sales' },
 *     { kind: 'department', id: 'it', name: 'IT' },
 *   ],
 *   links: [
 *     { from: 'marketing', to: 'sales', service: 'leads', deliverable: 'information' },
 *     { from: 'sales', to: 'marketing', service: 'market feedback', deliverable: 'information' },
 *     { from: 'it', to: 'sales', service: 'CRM', deliverable: 'tool' },
 *   ],
 * });
 * cycles(chain)
 * //=> [['marketing', 'sales']]
 * ```
 *
 * @category Chain
 */
export function cycles(chain: ServiceChain): string[][] {
  const state = stateOf(chain);
  const { count, memberStart, members } = condensation(state);
  const ids = state.ids;
  const groups: string[][] = [];
  for (let g = 0; g < count; g += 1) {
    const first = memberStart[g] as number;
    const last = memberStart[g + 1] as number;
    if (last - first < 2) continue;
    const names: string[] = [];
    for (let k = first; k < last; k += 1) names.push(ids[members[k] as number] as string);
    groups.push(names.sort());
  }
  return groups.sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1));
}
