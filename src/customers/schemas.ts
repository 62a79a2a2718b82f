import * as z from 'zod';
import { dateProblem, isIsoDateString } from '../_internal/dates.js';
import { PARTY_TYPES } from './kinds.js';

/**
 * A non-empty string naming a customer. Any text is an ordinary id,
 * `__proto__` and `constructor` included.
 *
 * @example
 * ```ts
 * import { IdSchema } from 'clientele';
 *
 * IdSchema.safeParse('__proto__').success
 * //=> true
 * IdSchema.safeParse('').success
 * //=> false
 * ```
 *
 * @category Customers
 */
export const IdSchema = /*@__PURE__*/ z.string().min(1, 'must be a non-empty string');

/**
 * An ISO 8601 calendar date (`2024-03-01`) or date-time with `Z` or an offset
 * (`2024-03-01T09:30:00+07:00`). A date-time without a zone is ambiguous and
 * rejected, and so is a day that does not exist (`2024-02-30`).
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from 'clientele';
 *
 * IsoDateSchema.safeParse('2024-02-29').success
 * //=> true
 * IsoDateSchema.safeParse('2023-02-29').success
 * //=> false
 * IsoDateSchema.safeParse('2024-03-01T09:30:00').success
 * //=> false
 * ```
 *
 * @category Customers
 */
export const IsoDateSchema = /*@__PURE__*/ z
  .string()
  .refine(isIsoDateString, { error: (issue) => dateProblem(issue.input) });

/**
 * One value an app may attach to a customer in `attributes`.
 *
 * @category Customers
 */
export type AttributeValue = string | number | boolean | null;

/**
 * App-defined metadata: a record of strings, finite numbers, booleans or
 * `null`, preserved verbatim by parsing and by the chain's JSON round trip.
 *
 * @example
 * ```ts
 * import { AttributesSchema } from 'clientele';
 *
 * AttributesSchema.safeParse({ tier: 'gold', seats: 12, vip: true, note: null }).success
 * //=> true
 * AttributesSchema.safeParse({ nested: { a: 1 } }).success
 * //=> false
 * ```
 *
 * @category Customers
 */
export const AttributesSchema = /*@__PURE__*/ z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.null()]),
);

/** The shape of `attributes`. @category Customers */
export type Attributes = Record<string, AttributeValue>;

const PartyTypeSchema = /*@__PURE__*/ z.enum(PARTY_TYPES);

const common = {
  id: IdSchema,
  name: z.string().min(1, 'must be a non-empty string'),
  partyId: IdSchema.optional(),
  since: IsoDateSchema.optional(),
  tags: z.array(z.string()).optional(),
  attributes: AttributesSchema.optional(),
};

/**
 * A department or other organisational unit, optionally inside a parent unit.
 *
 * @example
 * ```ts
 * import { DepartmentSchema } from 'clientele';
 *
 * DepartmentSchema.parse({ kind: 'department', id: 'it', name: 'IT', parentId: 'ops' }).parentId
 * //=> 'ops'
 * ```
 *
 * @category Customers
 */
export const DepartmentSchema = /*@__PURE__*/ z.strictObject({
  kind: z.literal('department'),
  ...common,
  parentId: IdSchema.optional(),
  headId: IdSchema.optional(),
  function: z.string().min(1, 'must be a non-empty string').optional(),
});

/**
 * An employee, who belongs to a department.
 *
 * @example
 * ```ts
 * import { EmployeeSchema } from 'clientele';
 *
 * EmployeeSchema.safeParse({ kind: 'employee', id: 'e1', name: 'An', departmentId: 'it' }).success
 * //=> true
 * ```
 *
 * @category Customers
 */
export const EmployeeSchema = /*@__PURE__*/ z.strictObject({
  kind: z.literal('employee'),
  ...common,
  departmentId: IdSchema,
  managerId: IdSchema.optional(),
  title: z.string().min(1, 'must be a non-empty string').optional(),
  hiredAt: IsoDateSchema.optional(),
});

/**
 * A shareholder: a person (the default) or an organisation holding shares.
 *
 * @example
 * ```ts
 * import { ShareholderSchema } from 'clientele';
 *
 * ShareholderSchema.parse({ kind: 'shareholder', id: 's1', name: 'Fund', ownership: 0.2 }).holder
 * //=> 'person'
 * ```
 *
 * @category Customers
 */
export const ShareholderSchema = /*@__PURE__*/ z.strictObject({
  kind: z.literal('shareholder'),
  ...common,
  shares: z.number().min(0, 'must be at least 0').optional(),
  ownership: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1').optional(),
  holder: PartyTypeSchema.default('person'),
});

const externalCommon = {
  ...common,
  party: PartyTypeSchema.default('person'),
  segment: z.string().min(1, 'must be a non-empty string').optional(),
};

/**
 * A user: someone who uses the product.
 *
 * @example
 * ```ts
 * import { UserSchema } from 'clientele';
 *
 * UserSchema.parse({ kind: 'user', id: 'u1', name: 'Minh' }).party
 * //=> 'person'
 * ```
 *
 * @category Customers
 */
export const UserSchema = /*@__PURE__*/ z.strictObject({ kind: z.literal('user'), ...externalCommon });

/**
 * A buyer: someone who looks for information and decides the purchase, and
 * may never use the product (`usesProduct: false`).
 *
 * @example
 * ```ts
 * import { BuyerSchema } from 'clientele';
 *
 * BuyerSchema.parse({ kind: 'buyer', id: 'b1', name: 'City school', party: 'organization', usesProduct: false }).usesProduct
 * //=> false
 * ```
 *
 * @category Customers
 */
export const BuyerSchema = /*@__PURE__*/ z.strictObject({
  kind: z.literal('buyer'),
  ...externalCommon,
  usesProduct: z.boolean().optional(),
});

/**
 * A beneficiary: someone affected by the product's use without buying or
 * using it, optionally `via` the user or buyer through whom it benefits.
 *
 * @example
 * ```ts
 * import { BeneficiarySchema } from 'clientele';
 *
 * BeneficiarySchema.parse({ kind: 'beneficiary', id: 'p1', name: 'Pupil', via: 'b1' }).via
 * //=> 'b1'
 * ```
 *
 * @category Customers
 */
export const BeneficiarySchema = /*@__PURE__*/ z.strictObject({
  kind: z.literal('beneficiary'),
  ...externalCommon,
  via: IdSchema.optional(),
});

/**
 * Any customer: a union discriminated on `kind`.
 *
 * @example
 * ```ts
 * import { CustomerSchema } from 'clientele';
 *
 * CustomerSchema.safeParse({ kind: 'supplier', id: 'x', name: 'X' }).success
 * //=> false
 * ```
 *
 * @category Customers
 */
export const CustomerSchema = /*@__PURE__*/ z.discriminatedUnion('kind', [
  DepartmentSchema,
  EmployeeSchema,
  ShareholderSchema,
  UserSchema,
  BuyerSchema,
  BeneficiarySchema,
]);

/** A department as parsed. @category Customers */
export type Department = z.output<typeof DepartmentSchema>;
/** An employee as parsed. @category Customers */
export type Employee = z.output<typeof EmployeeSchema>;
/** A shareholder as parsed (`holder` always set). @category Customers */
export type Shareholder = z.output<typeof ShareholderSchema>;
/** A user as parsed (`party` always set). @category Customers */
export type User = z.output<typeof UserSchema>;
/** A buyer as parsed (`party` always set). @category Customers */
export type Buyer = z.output<typeof BuyerSchema>;
/** A beneficiary as parsed (`party` always set). @category Customers */
export type Beneficiary = z.output<typeof BeneficiarySchema>;
/** Any customer as parsed. @category Customers */
export type Customer = z.output<typeof CustomerSchema>;
/** A department, employee or shareholder. @category Customers */
export type InternalCustomer = Department | Employee | Shareholder;
/** A user, buyer or beneficiary. @category Customers */
export type ExternalCustomer = User | Buyer | Beneficiary;

/** What `parseCustomer` accepts for a shareholder (`holder` may be left out). @category Customers */
export type ShareholderInput = z.input<typeof ShareholderSchema>;
/** What `parseCustomer` accepts for a user (`party` may be left out). @category Customers */
export type UserInput = z.input<typeof UserSchema>;
/** What `parseCustomer` accepts for a buyer (`party` may be left out). @category Customers */
export type BuyerInput = z.input<typeof BuyerSchema>;
/** What `parseCustomer` accepts for a beneficiary (`party` may be left out). @category Customers */
export type BeneficiaryInput = z.input<typeof BeneficiarySchema>;
/** What `parseCustomer` accepts: any customer before defaults are applied. @category Customers */
export type CustomerInput = z.input<typeof CustomerSchema>;
