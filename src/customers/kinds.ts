/**
 * The internal customer kinds: units and people inside the organisation who
 * receive tools, information and work support from other units.
 *
 * @example
 * ```ts
 * import { INTERNAL_KINDS } from 'clientele';
 *
 * INTERNAL_KINDS
 * //=> ['department', 'employee', 'shareholder']
 * ```
 *
 * @category Customers
 */
export const INTERNAL_KINDS = /*@__PURE__*/ Object.freeze(['department', 'employee', 'shareholder'] as const);

/**
 * The external customer kinds: those outside the organisation who use, buy or
 * benefit from its products and services.
 *
 * @example
 * ```ts
 * import { EXTERNAL_KINDS } from 'clientele';
 *
 * EXTERNAL_KINDS
 * //=> ['user', 'buyer', 'beneficiary']
 * ```
 *
 * @category Customers
 */
export const EXTERNAL_KINDS = /*@__PURE__*/ Object.freeze(['user', 'buyer', 'beneficiary'] as const);

/**
 * All six customer kinds, internal first.
 *
 * @example
 * ```ts
 * import { CUSTOMER_KINDS } from 'clientele';
 *
 * CUSTOMER_KINDS.length
 * //=> 6
 * ```
 *
 * @category Customers
 */
export const CUSTOMER_KINDS = /*@__PURE__*/ Object.freeze([...INTERNAL_KINDS, ...EXTERNAL_KINDS] as const);

/**
 * The two sides of an organisation's customers.
 *
 * @example
 * ```ts
 * import { SIDES } from 'clientele';
 *
 * SIDES
 * //=> ['internal', 'external']
 * ```
 *
 * @category Customers
 */
export const SIDES = /*@__PURE__*/ Object.freeze(['internal', 'external'] as const);

/** @category Customers */
export type InternalKind = (typeof INTERNAL_KINDS)[number];
/** @category Customers */
export type ExternalKind = (typeof EXTERNAL_KINDS)[number];
/** One of the six customer kinds. @category Customers */
export type CustomerKind = InternalKind | ExternalKind;
/** `'internal'` or `'external'`. @category Customers */
export type Side = (typeof SIDES)[number];

/**
 * How a party stands in the world: a natural person or an organisation.
 *
 * @example
 * ```ts
 * import { PARTY_TYPES } from 'clientele';
 *
 * PARTY_TYPES
 * //=> ['person', 'organization']
 * ```
 *
 * @category Customers
 */
export const PARTY_TYPES = /*@__PURE__*/ Object.freeze(['person', 'organization'] as const);
/** `'person'` or `'organization'`. @category Customers */
export type PartyType = (typeof PARTY_TYPES)[number];
