import { sampleCustomers } from './customers.js';
import { sampleLinks } from './links.js';
import { sampleObservations } from './observations.js';
import type { SampleOrganization } from './types.js';

/**
 * A complete, realistic organisation to try the library on: Sao Mai
 * Electronics, a fictional consumer-electronics retailer in Việt Nam, with its
 * customers inside and out, its internal service chain and a year (2025) of
 * observations.
 *
 * Every call returns a fresh copy of the same plain JSON data (ISO date
 * strings, no `Date` objects), so a caller may change its copy freely. The
 * data is deterministic: it is drawn from a seeded generator, never from
 * `Math.random` or the clock.
 *
 * What it holds:
 * - 9 departments under an Executive Office, 40 employees, 3 shareholders
 *   (a capital fund and two persons);
 * - 30 external customers in the segments `retail`, `business` and
 *   `education`: users, buyers (some never use what they buy) and
 *   beneficiaries (each `via` the user or buyer through whom they benefit);
 * - parties with two roles: the CEO is also a shareholder, a store manager
 *   also buys from her stores, and a shareholder also uses the products;
 * - service links with a marketing ⇄ sales cycle, IT serving every
 *   department but internal audit, Warehouse & Logistics (`'logistics'`) as
 *   the only provider of the whole education segment, Internal Audit
 *   (`'audit'`) whose work reaches only the shareholders and so no external
 *   customer, a warehouse system retired on 2025-06-30 and replaced the next
 *   day, and seasonal staffing from 2025-10-01; the links between two
 *   departments carry the Hanoi office's working calendar
 *   (`HANOI_OFFICE`), so their SLAs count working hours;
 * - surveys of every instrument (NPS from customers and from employees, CSAT
 *   between departments, CES after repairs and deliveries, SERVQUAL from
 *   business and school buyers), tasks along the links (some late, some
 *   open, some with defects or rework, and the three credit approvals asked
 *   for on a Monday paused while sales fetched the documents), purchases in VND, referrals (one by
 *   an employee) and interactions.
 *
 * @returns `{ customers, links, observations }`, built anew on every call.
 * @throws {ClienteleError} never: the function takes no input.
 *
 * @example
 * ```ts
 * import { sampleOrganization, parseCustomer } from 'clientele';
 *
 * const org = sampleOrganization();
 * org.customers.length
 * //=> 82
 * org.customers.filter((c) => c.kind === 'department').length
 * //=> 9
 * org.links.length
 * //=> 95
 * org.links.filter((link) => link.to.startsWith('edu-')).every((link) => link.from === 'logistics')
 * //=> true
 * org.observations.length
 * //=> 993
 * parseCustomer(org.customers[0]).kind
 * //=> 'department'
 * sampleOrganization() === sampleOrganization()
 * //=> false
 * ```
 *
 * @category Sample
 */
export function sampleOrganization(): SampleOrganization {
  const customers = sampleCustomers();
  const links = sampleLinks();
  const observations = sampleObservations(customers, links);
  return { customers, links, observations };
}
