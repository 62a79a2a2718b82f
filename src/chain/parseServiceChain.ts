import { ClienteleError, type Issue } from '../errors.js';
import { constructChain } from './_construct.js';
import { readFields } from './_fields.js';
import { publish } from './_state.js';
import type { ServiceChain } from './serviceChain.js';

/**
 * Rebuilds a chain from what `serializeChain` produced: the object itself,
 * or its JSON text. Everything is validated again, as by
 * `createServiceChain`, and every problem is reported at once with paths
 * from the root of the data (`['links', 3, 'to']`).
 *
 * @param json - `{ version: 1, customers, links }`, or a string holding it as JSON
 * @returns the chain
 * @throws {ClienteleError} `INVALID_INPUT` when the text is not JSON (path `[]`), `version` is not 1, a key is unknown, or any problem `createServiceChain` reports
 *
 * @example
 * ```ts
 * import { createServiceChain, downstream, parseServiceChain, serializeChain } from 'clientele';
 *
 * const chain = createServiceChain({
 *   customers: [
 *     { kind: 'department', id: 'it', name: 'IT' },
 *     { kind: 'user', id: 'lan', name: 'Lan' },
 *   ],
 *   links: [{ from: 'it', to: 'lan', service: 'helpdesk', deliverable: 'support' }],
 * });
 * const text = JSON.stringify(serializeChain(chain));
 * downstream(parseServiceChain(text), 'it')
 * //=> ['lan']
 * parseServiceChain('{"version": 2, "customers": [], "links": []}')
 * //=> throws INVALID_INPUT
 * ```
 *
 * @category Chain
 */
export function parseServiceChain(json: unknown): ServiceChain {
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json) as unknown;
    } catch {
      throw new ClienteleError('INVALID_INPUT', [{ path: [], code: 'INVALID_INPUT', message: 'is not valid JSON text' }]);
    }
  }
  const issues: Issue[] = [];
  const fields = readFields(data, ['version', 'customers', 'links'], 'a serialized chain { version: 1, customers, links }', issues);
  if (fields.version !== 1) issues.push({ path: ['version'], code: 'INVALID_INPUT', message: 'must be 1' });
  const state = constructChain(fields.customers, fields.links, issues);
  if (state === undefined || issues.length > 0) throw new ClienteleError('INVALID_INPUT', issues);
  return publish(state);
}
