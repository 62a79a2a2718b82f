import { ClienteleError, type Issue } from '../errors.js';
import { describe, got } from '../_internal/fail.js';
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
 * @throws {ClienteleError} `INVALID_INPUT` when the text is not JSON (path `[]`; the message gives the line and column the runtime's parser stopped at), `version` is missing or not 1, a key is unknown, or any problem `createServiceChain` reports
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
    } catch (error) {
      throw new ClienteleError('INVALID_INPUT', [{ path: [], code: 'INVALID_INPUT', message: jsonProblem(json, error) }]);
    }
  }
  const issues: Issue[] = [];
  const fields = readFields(data, ['version', 'customers', 'links'], 'a serialized chain { version: 1, customers, links }', issues);
  if (fields.version === undefined) {
    issues.push({ path: ['version'], code: 'INVALID_INPUT', message: 'is required: `{ version: 1, customers, links }`, as serializeChain writes' });
  } else if (fields.version !== 1) {
    issues.push({ path: ['version'], code: 'INVALID_INPUT', message: got('must be 1', fields.version) });
  }
  const state = constructChain(fields.customers, fields.links, issues);
  if (state === undefined || issues.length > 0) throw new ClienteleError('INVALID_INPUT', issues);
  return publish(state);
}

/**
 * Where JSON text broke, in words that do not depend on the runtime: the
 * position is read from the SyntaxError's message (V8 writes `at position
 * 7`, or `Unexpected end of JSON input`; SpiderMonkey `at line 1 column 8`),
 * and the line, column and character are then taken from the text itself.
 * Without a position (V8's `Unexpected token`), the token it names is
 * quoted when there is one.
 */
function jsonProblem(text: string, error: unknown): string {
  const rule = 'is not valid JSON text';
  if (text.trim() === '') return `${rule}: it is empty`;
  const reason = error instanceof Error ? error.message : '';
  const position = positionOf(text, reason);
  if (position === undefined) {
    const token = /^Unexpected token '(.)'/su.exec(reason);
    return token === null ? rule : `${rule}: unexpected ${describe(token[1])}`;
  }
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  const where = `line ${line}, column ${column} (position ${position})`;
  if (position >= text.length) return `${rule}: it ends too early, at ${where}`;
  return `${rule}: unexpected ${describe(String.fromCodePoint(text.codePointAt(position)!))} at ${where}`;
}

/** The index in `text` where the parser stopped, as its message `reason` gives it; `undefined` when it gives none that fits the text. */
function positionOf(text: string, reason: string): number | undefined {
  let position: number | undefined;
  const index = /at position (\d+)/.exec(reason);
  const lineColumn = /line (\d+) column (\d+)/.exec(reason);
  if (index !== null) {
    position = Number(index[1]);
  } else if (lineColumn !== null) {
    const lines = text.split('\n');
    const line = Number(lineColumn[1]);
    if (line < 1 || line > lines.length) return undefined;
    position = lines.slice(0, line - 1).reduce((sum, each) => sum + each.length + 1, 0) + Number(lineColumn[2]) - 1;
  } else if (/unexpected end/i.test(reason)) {
    position = text.length;
  }
  return position !== undefined && position >= 0 && position <= text.length ? position : undefined;
}
