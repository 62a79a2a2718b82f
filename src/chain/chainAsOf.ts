import { toInstant } from '../_internal/dates.js';
import { buildState } from './_build.js';
import { publish, stateOf, type LinkColumns } from './_state.js';
import type { ServiceChain } from './serviceChain.js';

/**
 * The chain as it stood at one moment: every customer, and the links whose
 * validity covers that moment (`validFrom` and `validTo` both inclusive; a
 * date-only `validFrom` starts at UTC midnight and a date-only `validTo`
 * covers its whole UTC day; a link without bounds is always valid). The
 * given chain is left as it is. When no link has a bound the chain itself is
 * returned at once (it is immutable, so nothing can tell the difference);
 * otherwise a new one is returned.
 *
 * @param chain - a chain made by `createServiceChain`
 * @param date - the moment, a `Date` or an ISO 8601 date or date-time with `Z` or an offset
 * @returns the chain at `date`: `chain` itself when no link has `validFrom` or `validTo`, else a new chain
 * @throws {ClienteleError} `INVALID_INPUT` when `chain` is not a chain or `date` is not a valid date (`['date']`)
 *
 * @example
 * ```ts
 * import { chainAsOf, chainLinks, createServiceChain } from 'clientele';
 *
 * const chain = createServiceChain({
 *   customers: [
 *     { kind: 'department', id: 'it', name: 'IT' },
 *     { kind: 'department', id: 'sales', name: 'Sales' },
 *   ],
 *   links: [
 *     { from: 'it', to: 'sales', service: 'old CRM', deliverable: 'tool', validTo: '2024-06-30' },
 *     { from: 'it', to: 'sales', service: 'new CRM', deliverable: 'tool', validFrom: '2024-07-01' },
 *   ],
 * });
 * chainLinks(chainAsOf(chain, '2024-06-30T23:59:59Z')).map((link) => link.service)
 * //=> ['old CRM']
 * chainLinks(chainAsOf(chain, new Date('2024-07-01T00:00:00Z'))).map((link) => link.service)
 * //=> ['new CRM']
 * chainAsOf(chain, '2024-13-01')
 * //=> throws INVALID_INPUT
 *
 * // no link carries a date: the chain itself comes back at once
 * const undated = createServiceChain({
 *   customers: [{ kind: 'department', id: 'it', name: 'IT' }, { kind: 'user', id: 'lan', name: 'Lan' }],
 *   links: [{ from: 'it', to: 'lan', service: 'helpdesk', deliverable: 'support' }],
 * });
 * chainAsOf(undated, '2024-06-30') === undated
 * //=> true
 * ```
 *
 * @category Chain
 */
export function chainAsOf(chain: ServiceChain, date: Date | string): ServiceChain {
  const state = stateOf(chain);
  const at = toInstant(date, ['date']);
  const { links, m } = state;
  const { start, end } = links;
  // no link has a bound: every link is valid at every moment, and a chain never changes
  if (start === null || end === null) return chain;
  const kept: number[] = [];
  for (let l = 0; l < m; l += 1) {
    if ((start[l] as number) <= at && at <= (end[l] as number)) kept.push(l);
  }
  const pickInt = (column: Int32Array): Int32Array => Int32Array.from(kept, (l) => column[l] as number);
  const pickFloat = (column: Float64Array | null): Float64Array | null =>
    column === null ? null : Float64Array.from(kept, (l) => column[l] as number);
  const pickText = (column: (string | undefined)[] | null): (string | undefined)[] | null =>
    column === null ? null : kept.map((l) => column[l]);
  const columns: LinkColumns = {
    from: pickInt(links.from),
    to: pickInt(links.to),
    service: kept.map((l) => links.service[l] as string),
    deliverable: Uint8Array.from(kept, (l) => links.deliverable[l] as number),
    weight: pickFloat(links.weight),
    sla: pickFloat(links.sla),
    validFrom: pickText(links.validFrom),
    validTo: pickText(links.validTo),
    start: pickFloat(links.start),
    end: pickFloat(links.end),
    owner: links.owner === null ? null : pickInt(links.owner),
    calendar: links.calendar === null ? null : kept.map((l) => links.calendar![l]),
  };
  return publish(buildState(state, columns));
}
