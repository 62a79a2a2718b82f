import { ClienteleError, type Issue } from '../errors.js';
import { constructChain } from './_construct.js';
import { readFields } from './_fields.js';
import { publish } from './_state.js';
import type { ServiceChain, ServiceChainInput } from './serviceChain.js';

/**
 * Validates an organisation's customers and service links and returns the
 * immutable chain that the other Chain functions query.
 *
 * Every problem is reported at once, in one error whose issues carry their
 * own codes and paths:
 *
 * - `INVALID_INPUT`: a customer or link of the wrong shape (`['links', 3, 'weight']`),
 *   or a top-level key other than `customers` and `links`;
 * - `DUPLICATE_ID`: a customer id already used by an earlier customer (`['customers', 7, 'id']`);
 * - `UNKNOWN_REFERENCE`: a link end, a link's `owner` or a `departmentId`,
 *   `managerId`, `parentId`, `headId` or `via` naming no customer (`['links', 3, 'to']`);
 * - `WRONG_KIND`: such a reference naming the wrong kind: `departmentId` and
 *   `parentId` must name departments, `managerId`, `headId` and a link's
 *   `owner` employees, `via` a user or a buyer (`['customers', 7, 'departmentId']`,
 *   `['links', 3, 'owner']`);
 * - `SELF_LINK`: a link whose `from` and `to` are the same (`['links', 3]`);
 * - `EXTERNAL_PROVIDER`: a link `from` an external customer (`['links', 3, 'from']`);
 * - `DUPLICATE_LINK`: a link with the same `from`, `to` and `service` as an
 *   earlier one and overlapping validity; the later one is reported (`['links', 3]`);
 * - `HIERARCHY_CYCLE`: a department whose `parentId`s lead back to itself,
 *   reported at the `parentId` of every department on the loop, and likewise
 *   an employee whose `managerId`s do (an employee managing itself too), at
 *   each `managerId` on the loop.
 *
 * Cycles of service are legal (marketing and sales serve each other). The
 * inputs are never changed (frozen inputs work); the chain keeps its own
 * frozen copies, with defaults applied.
 *
 * @param input - `{ customers, links }`
 * @returns the chain, a frozen value
 * @throws {ClienteleError} with code `INVALID_INPUT` and one issue per problem, as listed above
 *
 * @example
 * ```ts
 * import { ClienteleError, createServiceChain } from 'clientele';
 *
 * const chain = createServiceChain({
 *   customers: [
 *     { kind: 'department', id: 'it', name: 'IT' },
 *     { kind: 'department', id: 'sales', name: 'Sales' },
 *     { kind: 'buyer', id: 'acme', name: 'Acme Ltd', party: 'organization' },
 *   ],
 *   links: [
 *     { from: 'it', to: 'sales', service: 'CRM', deliverable: 'tool' },
 *     { from: 'sales', to: 'acme', service: 'quotes', deliverable: 'information' },
 *   ],
 * });
 * chain
 * //=> { customerCount: 3, linkCount: 2 }
 *
 * let caught: unknown;
 * try {
 *   createServiceChain({
 *     customers: [{ kind: 'buyer', id: 'acme', name: 'Acme Ltd' }],
 *     links: [{ from: 'acme', to: 'nobody', service: 'orders', deliverable: 'information' }],
 *   });
 * } catch (error) {
 *   caught = error;
 * }
 * const { issues } = caught as ClienteleError;
 * issues.map((issue) => [issue.code, issue.path.join('.')])
 * //=> [['EXTERNAL_PROVIDER', 'links.0.from'], ['UNKNOWN_REFERENCE', 'links.0.to']]
 * ```
 *
 * @category Chain
 */
export function createServiceChain(input: ServiceChainInput): ServiceChain {
  const issues: Issue[] = [];
  // `version` marks a saved chain (serializeChain's output), which has a reader of its own
  const fields = readFields(input, ['customers', 'links'], 'an object with customers and links', issues, {
    version: 'a saved chain (the output of serializeChain) is read with parseServiceChain',
  });
  const state = constructChain(fields.customers, fields.links, issues);
  if (state === undefined || issues.length > 0) throw new ClienteleError('INVALID_INPUT', issues);
  return publish(state);
}
