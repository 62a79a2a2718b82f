import { fail, describe } from '../_internal/fail.js';
import { EXTERNAL_KINDS, INTERNAL_KINDS, type CustomerKind, type Side } from './kinds.js';
import type { Customer, ExternalCustomer, InternalCustomer } from './schemas.js';

const INTERNAL: ReadonlySet<string> = new Set(INTERNAL_KINDS);
const EXTERNAL: ReadonlySet<string> = new Set(EXTERNAL_KINDS);

/**
 * The side a kind, or a customer of that kind, belongs to.
 *
 * @param kindOrCustomer - a customer kind, or any object with a `kind`
 * @returns `'internal'` for department, employee and shareholder; `'external'` for user, buyer and beneficiary
 * @throws {ClienteleError} with code `INVALID_INPUT` when the kind is not one of the six
 *
 * @example
 * ```ts
 * import { sideOf } from 'clientele';
 *
 * sideOf('shareholder')
 * //=> 'internal'
 * sideOf({ kind: 'beneficiary' })
 * //=> 'external'
 * ```
 *
 * @category Customers
 */
export function sideOf(kindOrCustomer: CustomerKind | { readonly kind: CustomerKind }): Side {
  let kind: unknown = kindOrCustomer;
  let path: (string | number)[] = [];
  if (typeof kindOrCustomer === 'object' && kindOrCustomer !== null) {
    try {
      kind = (kindOrCustomer as { kind?: unknown }).kind;
    } catch {
      kind = undefined;
    }
    path = ['kind'];
  }
  if (typeof kind === 'string') {
    if (INTERNAL.has(kind)) return 'internal';
    if (EXTERNAL.has(kind)) return 'external';
  }
  return fail(path, `must be one of the six customer kinds, not ${describe(kind)}`);
}

/**
 * True when the customer is a department, employee or shareholder; narrows
 * the type to {@link InternalCustomer}.
 *
 * @param customer - a parsed customer
 * @returns whether it is on the internal side
 * @throws {ClienteleError} never: anything without an internal kind gives `false`
 *
 * @example
 * ```ts
 * import { isInternal, parseCustomer } from 'clientele';
 *
 * isInternal(parseCustomer({ kind: 'department', id: 'it', name: 'IT' }))
 * //=> true
 * ```
 *
 * @category Customers
 */
export function isInternal(customer: Customer): customer is InternalCustomer {
  return kindOf(customer) !== undefined && INTERNAL.has(kindOf(customer) as string);
}

/**
 * True when the customer is a user, buyer or beneficiary; narrows the type to
 * {@link ExternalCustomer}.
 *
 * @param customer - a parsed customer
 * @returns whether it is on the external side
 * @throws {ClienteleError} never: anything without an external kind gives `false`
 *
 * @example
 * ```ts
 * import { isExternal, parseCustomer } from 'clientele';
 *
 * isExternal(parseCustomer({ kind: 'user', id: 'u1', name: 'Minh' }))
 * //=> true
 * ```
 *
 * @category Customers
 */
export function isExternal(customer: Customer): customer is ExternalCustomer {
  return kindOf(customer) !== undefined && EXTERNAL.has(kindOf(customer) as string);
}

function kindOf(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    return (value as { kind?: unknown }).kind;
  } catch {
    return undefined;
  }
}
