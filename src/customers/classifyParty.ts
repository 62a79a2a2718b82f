import { ClienteleError, type Issue } from '../errors.js';
import { describe } from '../_internal/fail.js';
import { CUSTOMER_KINDS, INTERNAL_KINDS, type CustomerKind, type Side } from './kinds.js';

/**
 * What is known of one party's ties to one organisation. Every fact is
 * optional; a missing fact, `undefined` and `false` mean the same.
 *
 * @category Customers
 */
export interface PartyFacts {
  /** The party is a unit (department, team) of the organisation → `department`. */
  readonly unitOf?: boolean;
  /** The party works for the organisation → `employee`. */
  readonly employeeOf?: boolean;
  /** The party holds shares in the organisation → `shareholder`. */
  readonly holdsSharesIn?: boolean;
  /** The party uses the organisation's product → `user`. */
  readonly usesProductOf?: boolean;
  /** The party decides or pays for a purchase → `buyer`. */
  readonly buysFrom?: boolean;
  /** The party is affected by the product's use without buying or using it → `beneficiary`. */
  readonly benefitsFrom?: boolean;
  /** The party supplies the organisation → relation `supplier`. */
  readonly suppliesTo?: boolean;
  /** The party distributes the organisation's products → relation `distributor`. */
  readonly distributesFor?: boolean;
  /** The party works with the organisation towards a shared goal → relation `partner`. */
  readonly partnerOf?: boolean;
}

/**
 * How {@link classifyParty} settles the question on which sources disagree.
 *
 * @category Customers
 */
export interface ClassificationPolicy {
  /**
   * The side on which suppliers, distributors and partners stand. Default
   * `'external'`: they sit outside the organisation's boundary. Choose
   * `'internal'` to follow the extended-enterprise view that counts them as
   * part of the internal chain.
   */
  readonly partners?: Side;
}

/** A business tie that is not a customer kind. @category Customers */
export type PartyRelation = 'supplier' | 'distributor' | 'partner';

/** What {@link classifyParty} concludes. @category Customers */
export interface PartyClassification {
  /** The primary side: internal when the facts imply both (the closer tie); `null` when none. */
  readonly side: Side | null;
  /** Every side the facts imply, internal first. */
  readonly sides: readonly Side[];
  /** Every customer kind the facts imply, in the order of `CUSTOMER_KINDS`. */
  readonly kinds: readonly CustomerKind[];
  /** The supplier, distributor and partner ties, in that order. */
  readonly relations: readonly PartyRelation[];
}

const KIND_FACTS: Readonly<Record<string, CustomerKind>> = {
  unitOf: 'department',
  employeeOf: 'employee',
  holdsSharesIn: 'shareholder',
  usesProductOf: 'user',
  buysFrom: 'buyer',
  benefitsFrom: 'beneficiary',
};
const RELATION_FACTS: Readonly<Record<string, PartyRelation>> = {
  suppliesTo: 'supplier',
  distributesFor: 'distributor',
  partnerOf: 'partner',
};
const RELATION_ORDER: readonly PartyRelation[] = ['supplier', 'distributor', 'partner'];
const INTERNAL_KIND: ReadonlySet<CustomerKind> = new Set(INTERNAL_KINDS);

/**
 * Decides on which side of an organisation a party stands, and in which
 * customer roles, from facts about its ties to that organisation.
 *
 * A party can hold several kinds at once: an employee who also buys the
 * product is `['employee', 'buyer']` and stands on both sides, with internal
 * as the primary side. Suppliers, distributors and partners are not customer
 * kinds; the `partners` policy says which side they fall on.
 *
 * @param facts - the party's ties, each `true` or `false`
 * @param policy - `{ partners: 'internal' | 'external' }`, default `'external'`
 * @returns the primary side, every side, every kind and every relation implied
 * @throws {ClienteleError} with code `INVALID_INPUT` for a fact name it does not know, a value that is not a boolean, or an unknown policy
 *
 * @example
 * ```ts
 * import { classifyParty } from 'clientele';
 *
 * classifyParty({ employeeOf: true, buysFrom: true })
 * //=> { side: 'internal', sides: ['internal', 'external'], kinds: ['employee', 'buyer'], relations: [] }
 * classifyParty({ suppliesTo: true }, { partners: 'internal' })
 * //=> { side: 'internal', sides: ['internal'], kinds: [], relations: ['supplier'] }
 * ```
 *
 * @category Customers
 */
export function classifyParty(facts: PartyFacts, policy: ClassificationPolicy = {}): PartyClassification {
  const issues: Issue[] = [];
  const kinds = new Set<CustomerKind>();
  const relations = new Set<PartyRelation>();

  const factKeys = keysOf(facts);
  if (factKeys === NOT_AN_OBJECT) {
    issues.push({ path: ['facts'], code: 'INVALID_INPUT', message: `must be an object of facts, not ${describe(facts)}` });
  } else if (factKeys === UNREADABLE) {
    issues.push({ path: ['facts'], code: 'INVALID_INPUT', message: 'could not be read' });
  } else {
    for (const key of factKeys) {
      const value = readOwn(facts, key);
      const kind = Object.prototype.hasOwnProperty.call(KIND_FACTS, key) ? KIND_FACTS[key] : undefined;
      const relation = Object.prototype.hasOwnProperty.call(RELATION_FACTS, key) ? RELATION_FACTS[key] : undefined;
      if (kind === undefined && relation === undefined) {
        issues.push({ path: ['facts', key], code: 'INVALID_INPUT', message: `unknown fact ${JSON.stringify(key)}` });
        continue;
      }
      if (value === UNREADABLE) {
        issues.push({ path: ['facts', key], code: 'INVALID_INPUT', message: 'could not be read' });
        continue;
      }
      if (value === undefined) continue;
      if (typeof value !== 'boolean') {
        issues.push({ path: ['facts', key], code: 'INVALID_INPUT', message: `must be true or false, not ${describe(value)}` });
        continue;
      }
      if (!value) continue;
      if (kind !== undefined) kinds.add(kind);
      if (relation !== undefined) relations.add(relation);
    }
  }

  let partnersSide: Side = 'external';
  const policyKeys = keysOf(policy);
  if (policyKeys === NOT_AN_OBJECT) {
    issues.push({ path: ['policy'], code: 'INVALID_INPUT', message: `must be an object, not ${describe(policy)}` });
  } else if (policyKeys === UNREADABLE) {
    issues.push({ path: ['policy'], code: 'INVALID_INPUT', message: 'could not be read' });
  } else {
    for (const key of policyKeys) {
      const value = readOwn(policy, key);
      if (key !== 'partners') {
        issues.push({ path: ['policy', key], code: 'INVALID_INPUT', message: `unknown policy ${JSON.stringify(key)}` });
      } else if (value === UNREADABLE) {
        issues.push({ path: ['policy', 'partners'], code: 'INVALID_INPUT', message: 'could not be read' });
      } else if (value === 'internal' || value === 'external') {
        partnersSide = value;
      } else if (value !== undefined) {
        issues.push({ path: ['policy', 'partners'], code: 'INVALID_INPUT', message: `must be 'internal' or 'external', not ${describe(value)}` });
      }
    }
  }
  if (issues.length > 0) throw new ClienteleError('INVALID_INPUT', issues);

  const orderedKinds = CUSTOMER_KINDS.filter((kind) => kinds.has(kind));
  const orderedRelations = RELATION_ORDER.filter((relation) => relations.has(relation));
  const hasInternal = orderedKinds.some((kind) => INTERNAL_KIND.has(kind)) || (orderedRelations.length > 0 && partnersSide === 'internal');
  const hasExternal = orderedKinds.some((kind) => !INTERNAL_KIND.has(kind)) || (orderedRelations.length > 0 && partnersSide === 'external');
  const sides: Side[] = [];
  if (hasInternal) sides.push('internal');
  if (hasExternal) sides.push('external');
  return { side: sides[0] ?? null, sides, kinds: orderedKinds, relations: orderedRelations };
}

const UNREADABLE: unique symbol = Symbol('unreadable');
const NOT_AN_OBJECT: unique symbol = Symbol('not an object');

/** The own enumerable keys of a plain object; a marker for anything else, or when a proxy or getter throws. */
function keysOf(value: unknown): string[] | typeof NOT_AN_OBJECT | typeof UNREADABLE {
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return NOT_AN_OBJECT;
    return Object.keys(value);
  } catch {
    return UNREADABLE;
  }
}

function readOwn(object: object, key: string): unknown {
  try {
    return (object as Record<string, unknown>)[key];
  } catch {
    return UNREADABLE;
  }
}
