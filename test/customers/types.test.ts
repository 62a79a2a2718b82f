import { describe, expectTypeOf, it } from 'vitest';
import {
  classifyParty,
  isExternal,
  isInternal,
  parseCustomer,
  safeParseCustomer,
  sideOf,
  type Beneficiary,
  type Buyer,
  type BuyerInput,
  type Customer,
  type CustomerInput,
  type CustomerKind,
  type Department,
  type Employee,
  type ExternalCustomer,
  type InternalCustomer,
  type PartyClassification,
  type PartyType,
  type SafeParseResult,
  type Shareholder,
  type ShareholderInput,
  type Side,
  type User,
  type UserInput,
} from '../../src/index.js';

describe('customer types', () => {
  it('parseCustomer returns a Customer and safeParseCustomer a result of one', () => {
    expectTypeOf(parseCustomer).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parseCustomer).returns.toEqualTypeOf<Customer>();
    expectTypeOf(safeParseCustomer).returns.toEqualTypeOf<SafeParseResult<Customer>>();
    const result = safeParseCustomer({});
    if (result.success) {
      expectTypeOf(result.data).toEqualTypeOf<Customer>();
    } else {
      expectTypeOf(result.error.code).toEqualTypeOf<'INVALID_INPUT' | 'DUPLICATE_ID' | 'UNKNOWN_REFERENCE' | 'WRONG_KIND' | 'SELF_LINK' | 'EXTERNAL_PROVIDER' | 'DUPLICATE_LINK' | 'HIERARCHY_CYCLE'>();
    }
  });

  it('Customer is the union of the six kinds, and kind is CustomerKind', () => {
    expectTypeOf<Customer>().toEqualTypeOf<Department | Employee | Shareholder | User | Buyer | Beneficiary>();
    expectTypeOf<Customer['kind']>().toEqualTypeOf<CustomerKind>();
    expectTypeOf<CustomerKind>().toEqualTypeOf<'department' | 'employee' | 'shareholder' | 'user' | 'buyer' | 'beneficiary'>();
    expectTypeOf<InternalCustomer['kind']>().toEqualTypeOf<'department' | 'employee' | 'shareholder'>();
    expectTypeOf<ExternalCustomer['kind']>().toEqualTypeOf<'user' | 'buyer' | 'beneficiary'>();
  });

  it('defaults make holder and party required on output and optional on input', () => {
    expectTypeOf<Shareholder['holder']>().toEqualTypeOf<'person' | 'organization'>();
    expectTypeOf<Shareholder['holder']>().toEqualTypeOf<PartyType>();
    expectTypeOf<User['party']>().toEqualTypeOf<'person' | 'organization'>();
    expectTypeOf<ShareholderInput['holder']>().toEqualTypeOf<'person' | 'organization' | undefined>();
    expectTypeOf<UserInput['party']>().toEqualTypeOf<'person' | 'organization' | undefined>();
    expectTypeOf<BuyerInput['party']>().toEqualTypeOf<'person' | 'organization' | undefined>();
    // Optional, not merely undefined-able: an input without holder or party is accepted.
    expectTypeOf<{ kind: 'shareholder'; id: string; name: string }>().toExtend<ShareholderInput>();
    expectTypeOf<{ kind: 'user'; id: string; name: string }>().toExtend<UserInput>();
    expectTypeOf<{ kind: 'user'; id: string; name: string }>().toExtend<CustomerInput>();
    // …while a parsed shareholder must carry holder.
    expectTypeOf<{ kind: 'shareholder'; id: string; name: string }>().not.toExtend<Shareholder>();
  });

  it('types the fields as documented', () => {
    expectTypeOf<Employee['departmentId']>().toEqualTypeOf<string>();
    expectTypeOf<Employee['managerId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Shareholder['shares']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Buyer['usesProduct']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<Beneficiary['via']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Customer['tags']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<NonNullable<Customer['attributes']>>().toEqualTypeOf<Record<string, string | number | boolean | null>>();
  });

  it('isInternal narrows to InternalCustomer and its else branch to ExternalCustomer', () => {
    const customer = parseCustomer({ kind: 'buyer', id: 'b', name: 'B' });
    if (isInternal(customer)) {
      expectTypeOf(customer).toEqualTypeOf<InternalCustomer>();
      expectTypeOf(customer.kind).toEqualTypeOf<'department' | 'employee' | 'shareholder'>();
    } else {
      expectTypeOf(customer).toEqualTypeOf<ExternalCustomer>();
      expectTypeOf(customer.party).toEqualTypeOf<PartyType>();
    }
    if (isExternal(customer)) {
      expectTypeOf(customer).toEqualTypeOf<ExternalCustomer>();
    } else {
      expectTypeOf(customer).toEqualTypeOf<InternalCustomer>();
    }
    const internals = [customer].filter(isInternal);
    expectTypeOf(internals).toEqualTypeOf<InternalCustomer[]>();
  });

  it('sideOf returns a Side and takes only kinds or objects with a kind', () => {
    expectTypeOf(sideOf('employee')).toEqualTypeOf<Side>();
    expectTypeOf(sideOf({ kind: 'user' })).toEqualTypeOf<'internal' | 'external'>();
    const misuse = () => {
      // @ts-expect-error: a supplier is a relation, not a customer kind
      sideOf('supplier');
      // @ts-expect-error: the object must carry a kind
      sideOf({ id: 'x' });
      // @ts-expect-error: a number is no kind
      sideOf(3);
      // @ts-expect-error: the guards take a customer, not a kind name
      isInternal('employee');
    };
    expectTypeOf(misuse).toBeFunction();
  });

  it('classifyParty takes known facts and a side policy only', () => {
    expectTypeOf(classifyParty({ employeeOf: true })).toEqualTypeOf<PartyClassification>();
    expectTypeOf<PartyClassification['side']>().toEqualTypeOf<Side | null>();
    expectTypeOf<PartyClassification['kinds']>().toEqualTypeOf<readonly CustomerKind[]>();
    const misuse = () => {
      // @ts-expect-error: unknown fact
      classifyParty({ worksFor: true });
      // @ts-expect-error: facts are booleans
      classifyParty({ employeeOf: 'yes' });
      // @ts-expect-error: the policy side must be internal or external
      classifyParty({}, { partners: 'both' });
    };
    expectTypeOf(misuse).toBeFunction();
  });
});
