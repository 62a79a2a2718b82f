import { describe, expect, it } from 'vitest';
import {
  CUSTOMER_KINDS,
  EXTERNAL_KINDS,
  INTERNAL_KINDS,
  SIDES,
  isExternal,
  isInternal,
  parseCustomer,
  sideOf,
  type Customer,
  type CustomerKind,
} from '../../src/index.js';
import { caught, summary } from './helpers.js';

const EXPECTED: Record<CustomerKind, 'internal' | 'external'> = {
  department: 'internal',
  employee: 'internal',
  shareholder: 'internal',
  user: 'external',
  buyer: 'external',
  beneficiary: 'external',
};

const SAMPLE: Record<CustomerKind, Customer> = {
  department: parseCustomer({ kind: 'department', id: 'it', name: 'IT' }),
  employee: parseCustomer({ kind: 'employee', id: 'e1', name: 'An', departmentId: 'it' }),
  shareholder: parseCustomer({ kind: 'shareholder', id: 's1', name: 'Fund' }),
  user: parseCustomer({ kind: 'user', id: 'u1', name: 'Minh' }),
  buyer: parseCustomer({ kind: 'buyer', id: 'b1', name: 'School' }),
  beneficiary: parseCustomer({ kind: 'beneficiary', id: 'p1', name: 'Pupil' }),
};

describe('kind tuples', () => {
  it('split the six kinds into three internal and three external', () => {
    expect(INTERNAL_KINDS).toEqual(['department', 'employee', 'shareholder']);
    expect(EXTERNAL_KINDS).toEqual(['user', 'buyer', 'beneficiary']);
    expect(CUSTOMER_KINDS).toEqual([...INTERNAL_KINDS, ...EXTERNAL_KINDS]);
    expect(SIDES).toEqual(['internal', 'external']);
  });
});

describe('sideOf', () => {
  it.each(CUSTOMER_KINDS)('puts %s on its side, from the kind and from a customer', (kind) => {
    expect(sideOf(kind)).toBe(EXPECTED[kind]);
    expect(sideOf(SAMPLE[kind])).toBe(EXPECTED[kind]);
    expect(sideOf({ kind })).toBe(EXPECTED[kind]);
    expect(sideOf(Object.freeze({ kind }))).toBe(EXPECTED[kind]);
  });

  it('rejects anything that is not one of the six kinds, at the root', () => {
    for (const value of ['nonsense', 'supplier', 'Department', '', '__proto__', 'constructor', 'toString', 'internal', 1, null, undefined, Symbol('x')]) {
      const error = caught(() => sideOf(value as never));
      expect(error.code).toBe('INVALID_INPUT');
      expect(summary(error)).toEqual([['INVALID_INPUT', []]]);
    }
  });

  it('rejects an object with a bad kind at path kind', () => {
    for (const value of [{}, { kind: 'nonsense' }, { kind: '__proto__' }, Object.create({ kind: 42 }) as object, { kind: ['user'] }]) {
      expect(summary(caught(() => sideOf(value as never)))).toEqual([['INVALID_INPUT', ['kind']]]);
    }
  });

  it('turns an unreadable kind into an issue', () => {
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    const throwing = {
      get kind(): CustomerKind {
        throw new Error('trap');
      },
    };
    for (const value of [revocable.proxy, throwing]) {
      expect(summary(caught(() => sideOf(value as never)))).toEqual([['INVALID_INPUT', ['kind']]]);
    }
  });
});

describe('isInternal and isExternal', () => {
  it.each(CUSTOMER_KINDS)('agree with sideOf for %s', (kind) => {
    const customer = SAMPLE[kind];
    expect(isInternal(customer)).toBe(EXPECTED[kind] === 'internal');
    expect(isExternal(customer)).toBe(EXPECTED[kind] === 'external');
    expect(isInternal(customer)).not.toBe(isExternal(customer));
  });

  it('say false for values that are not customers, without throwing', () => {
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    const throwing = {
      get kind(): string {
        throw new Error('trap');
      },
    };
    for (const value of [null, undefined, 'employee', 42, {}, { kind: 'supplier' }, { kind: '__proto__' }, revocable.proxy, throwing]) {
      expect(isInternal(value as never)).toBe(false);
      expect(isExternal(value as never)).toBe(false);
    }
  });

  it('split a mixed list into the two sides', () => {
    const all = CUSTOMER_KINDS.map((kind) => SAMPLE[kind]);
    expect(all.filter(isInternal).map((customer) => customer.kind)).toEqual([...INTERNAL_KINDS]);
    expect(all.filter(isExternal).map((customer) => customer.kind)).toEqual([...EXTERNAL_KINDS]);
  });
});
