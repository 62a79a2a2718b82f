import { ClienteleError, type Issue, type IssuePath } from '../errors.js';
import { safeRun } from '../_internal/zod.js';
import { describe } from '../_internal/fail.js';
import { CustomerSchema, type Attributes, type Customer } from './schemas.js';
import { quickCustomer } from './readCustomer.js';

/**
 * The result of a `safeParse…` function: the parsed value, or the error that
 * `parse…` would have thrown.
 *
 * @category Errors
 */
export type SafeParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: ClienteleError };

const PROTO = '__proto__';

/**
 * zod's record parser skips an own `__proto__` key (a guard against prototype
 * pollution). Attributes are preserved verbatim, so that one key is checked
 * and copied here as an ordinary own property.
 */
function restoreProtoAttribute(input: unknown, parsed: { attributes?: Attributes }, path: IssuePath, issues: Issue[]): void {
  if (typeof input !== 'object' || input === null) return;
  const attributes = (input as { attributes?: unknown }).attributes;
  if (typeof attributes !== 'object' || attributes === null) return;
  if (!Object.prototype.hasOwnProperty.call(attributes, PROTO)) return;
  const value = Object.getOwnPropertyDescriptor(attributes, PROTO)?.value as unknown;
  const ok =
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value));
  if (!ok) {
    issues.push({
      path: [...path, 'attributes', PROTO],
      code: 'INVALID_INPUT',
      message: `must be a string, a finite number, a boolean or null, not ${describe(value)}`,
    });
    return;
  }
  if (parsed.attributes) {
    Object.defineProperty(parsed.attributes, PROTO, { value, enumerable: true, writable: true, configurable: true });
  }
}

/**
 * Parses one customer, collecting issues under `path`; used by the chain too.
 * A plain, plainly valid customer takes the quick road (readCustomer.ts);
 * anything else goes to the schema, which words every issue.
 */
export function collectCustomer(input: unknown, path: IssuePath, issues: Issue[]): Customer | undefined {
  return quickCustomer(input) ?? collectCustomerBySchema(input, path, issues);
}

/**
 * collectCustomer through the schema alone. The `__proto__` attribute is
 * checked even when the schema already failed, so that every problem is
 * reported at once; reading the input a second time may throw (a hostile
 * getter or proxy), which becomes an issue too.
 */
export function collectCustomerBySchema(input: unknown, path: IssuePath, issues: Issue[]): Customer | undefined {
  const result = safeRun(CustomerSchema, input, path);
  const before = issues.length;
  // one by one: push(...list) overflows the stack when an object has a few hundred thousand unknown keys
  if (!result.success) for (const issue of result.issues) issues.push(issue);
  try {
    restoreProtoAttribute(input, result.success ? result.data : {}, path, issues);
  } catch {
    if (issues.length === before) {
      issues.push({ path: [...path, 'attributes'], code: 'INVALID_INPUT', message: 'could not be read a second time' });
    }
  }
  return result.success && issues.length === before ? result.data : undefined;
}

/**
 * Validates an unknown value as a customer of one of the six kinds and
 * returns a fresh object with defaults applied (`holder` and `party` default
 * to `'person'`). The input is never changed.
 *
 * Unknown keys are rejected, except inside `attributes`, whose content is
 * kept verbatim.
 *
 * @param input - the value to check, typically parsed JSON
 * @returns the customer, typed by its `kind`
 * @throws {ClienteleError} with code `INVALID_INPUT` and one issue per problem, each with its path
 *
 * @example
 * ```ts
 * import { parseCustomer } from 'clientele';
 *
 * const buyer = parseCustomer({ kind: 'buyer', id: 'b1', name: 'Lan', usesProduct: false });
 * buyer
 * //=> { kind: 'buyer', id: 'b1', name: 'Lan', usesProduct: false, party: 'person' }
 * ```
 *
 * @category Customers
 */
export function parseCustomer(input: unknown): Customer {
  const issues: Issue[] = [];
  const customer = collectCustomer(input, [], issues);
  if (customer === undefined) throw new ClienteleError('INVALID_INPUT', issues);
  return customer;
}

/**
 * Like {@link parseCustomer}, but returns a result object instead of throwing.
 *
 * @param input - the value to check
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @throws {ClienteleError} never: every problem is returned in `error`
 *
 * @example
 * ```ts
 * import { safeParseCustomer } from 'clientele';
 *
 * const result = safeParseCustomer({ kind: 'employee', id: 'e1', name: 'An' });
 * result.success
 * //=> false
 *
 * // `error` is there when `success` is false
 * !result.success && result.error.issues.map((issue) => [issue.path.join('.'), issue.code])
 * //=> [['departmentId', 'INVALID_INPUT']]
 * ```
 *
 * @category Customers
 */
export function safeParseCustomer(input: unknown): SafeParseResult<Customer> {
  const issues: Issue[] = [];
  const customer = collectCustomer(input, [], issues);
  if (customer === undefined) return { success: false, error: new ClienteleError('INVALID_INPUT', issues) };
  return { success: true, data: customer };
}
