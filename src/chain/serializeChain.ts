import type { Attributes, Customer } from '../customers/schemas.js';
import { linkObject } from './_links.js';
import { stateOf } from './_state.js';
import type { ServiceChain } from './serviceChain.js';
import type { ServiceLink } from './serviceLink.js';

/**
 * A chain as plain JSON data: what `serializeChain` returns and
 * `parseServiceChain` reads back.
 *
 * @category Chain
 */
export interface SerializedChain {
  /** The format's version; always 1 for now. */
  version: 1;
  /** The customers as parsed (defaults applied), in input order. */
  customers: Customer[];
  /** The links as parsed (`weight` set), in input order. */
  links: ServiceLink[];
}

function copyCustomer(customer: Customer): Customer {
  const copy = { ...customer } as Customer;
  if (customer.tags !== undefined) copy.tags = [...customer.tags];
  // fromEntries defines an own `__proto__` key as ordinary data, as JSON.parse does
  if (customer.attributes !== undefined) copy.attributes = Object.fromEntries(Object.entries(customer.attributes)) as Attributes;
  return copy;
}

/**
 * The chain as plain JSON data, `{ version: 1, customers, links }`, exactly
 * as parsed: defaults applied, `attributes` kept verbatim. The result is a
 * fresh copy that the caller owns; `JSON.stringify` it to store it and
 * `parseServiceChain` to rebuild the chain. The round trip loses nothing.
 *
 * @param chain - a chain made by `createServiceChain`
 * @returns plain data, safe to `JSON.stringify`
 * @throws {ClienteleError} `INVALID_INPUT` when `chain` is not a chain
 *
 * @example
 * ```ts
 * import { createServiceChain, serializeChain } from 'clientele';
 *
 * const chain = createServiceChain({
 *   customers: [
 *     { kind: 'department', id: 'it', name: 'IT', attributes: { floor: 3 } },
 *     { kind: 'user', id: 'lan', name: 'Lan' },
 *   ],
 *   links: [{ from: 'it', to: 'lan', service: 'helpdesk', deliverable: 'support' }],
 * });
 * serializeChain(chain)
 * //=> {
 * //   version: 1,
 * //   customers: [
 * //     { kind: 'department', id: 'it', name: 'IT', attributes: { floor: 3 } },
 * //     { kind: 'user', id: 'lan', name: 'Lan', party: 'person' },
 * //   ],
 * //   links: [{ from: 'it', to: 'lan', service: 'helpdesk', deliverable: 'support', weight: 1 }],
 * // }
 * ```
 *
 * @category Chain
 */
export function serializeChain(chain: ServiceChain): SerializedChain {
  const state = stateOf(chain);
  const links: ServiceLink[] = [];
  for (let l = 0; l < state.m; l += 1) {
    const link = linkObject(state, l);
    // the chain's calendars are frozen and shared: the caller gets its own (plain data, so a structured clone is a deep copy)
    if (link.calendar !== undefined) link.calendar = structuredClone(link.calendar);
    links.push(link);
  }
  return { version: 1, customers: state.customers.map(copyCustomer), links };
}
