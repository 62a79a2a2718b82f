// The quick road of collectCustomer against the schema it stands in for.
// Two laws over arbitrary input:
//   1. whenever quickCustomer(x) returns a customer, CustomerSchema accepts x
//      and returns an equal customer with its keys in the same order (so the
//      two print the same JSON);
//   2. collectCustomer gives exactly the issues (paths, codes, messages) and
//      the customer that the schema gives: safeRun(CustomerSchema) directly,
//      and the schema road collectCustomerBySchema (which adds the
//      `__proto__` attribute zod skips).
// The input is valid customers of every kind, optional fields given as
// undefined, and near-valid ones: one field replaced, added or removed, the
// kind changed, and the customer (or its tags or attributes) dressed as a
// getter, a class instance, a null-prototype object, a proxy, or with a
// `__proto__` or symbol key.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue, IssuePath } from '../../src/errors.js';
import { safeRun } from '../../src/_internal/zod.js';
import { collectCustomer, collectCustomerBySchema } from '../../src/customers/parseCustomer.js';
import { quickCustomer } from '../../src/customers/readCustomer.js';
import { CustomerSchema } from '../../src/customers/schemas.js';
import { validInputArb } from './arbitraries.js';
import { Box, fieldDressArb, Hostile, made, quickRoadInputArb, removeKey, revokedProxy, type Dress, type Mutation, type Rec } from '../_shared/quickRoad.js';

// ---------------------------------------------------------------------------
// valid input

/** Every field of every kind, with the kinds that declare it (SPEC §2). */
const FIELDS_OF_KIND: Readonly<Record<string, readonly string[]>> = {
  department: ['parentId', 'headId', 'function'],
  employee: ['departmentId', 'managerId', 'title', 'hiredAt'],
  shareholder: ['shares', 'ownership', 'holder'],
  user: ['party', 'segment'],
  buyer: ['party', 'segment', 'usesProduct'],
  beneficiary: ['party', 'segment', 'via'],
};
const COMMON = ['partyId', 'since', 'tags', 'attributes'];
const ALL_FIELDS = ['kind', 'id', 'name', ...COMMON, ...new Set(Object.values(FIELDS_OF_KIND).flat())];

/** A valid customer with some of its own optional fields given as undefined (zod keeps them, or fills the default). */
const withUndefinedArb = fc.tuple(validInputArb, fc.nat(), fc.nat(2)).map(([record, pick, count]) => {
  const optional = [...COMMON, ...FIELDS_OF_KIND[record.kind as string]!].filter((key) => key !== 'departmentId' && !(key in record));
  const copy = { ...record };
  for (let i = 0; i < count && optional.length > 0; i += 1) copy[optional[(pick + i) % optional.length]!] = undefined;
  return copy;
});

/** The customers of realistic bulk data: kind, id, name and the references and labels of the kind. */
const bulkArb = fc.oneof(
  fc.record({ kind: fc.constant('department'), id: fc.string({ minLength: 1, maxLength: 4 }), name: fc.string({ minLength: 1, maxLength: 4 }) }),
  fc.record({ kind: fc.constant('employee'), id: fc.string({ minLength: 1 }), name: fc.string({ minLength: 1 }), departmentId: fc.string({ minLength: 1 }) }),
  fc.record(
    { kind: fc.constantFrom('user', 'buyer', 'beneficiary'), id: fc.string({ minLength: 1 }), name: fc.string({ minLength: 1 }), party: fc.constantFrom('person', 'organization') },
    { requiredKeys: ['kind', 'id', 'name'] },
  ),
);

const validArb: fc.Arbitrary<Rec> = fc.oneof(validInputArb, withUndefinedArb, bulkArb);

// ---------------------------------------------------------------------------
// near-valid input

/** Values a field might wrongly hold: wrong types, out of range, empty, NaN, undefined, almost-dates, odd arrays and records. */
const wrongValueArb: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.constantFrom<unknown>(
      undefined,
      null,
      Number.NaN,
      Infinity,
      -Infinity,
      -0,
      -1,
      -0.01,
      0,
      0.5,
      1,
      1.0000001,
      2,
      Number.MAX_VALUE,
      5n,
      '',
      ' ',
      'x',
      'person',
      'organization',
      'Person',
      'department',
      'employee',
      'buyer',
      '2024-02-29',
      '2023-02-29',
      '2024-02-30',
      '2024-03-01T09:30:00',
      '2024-03-01T09:30:00+07:00',
      true,
      false,
      [],
      ['a'],
      [1],
      ['a', undefined],
      // a hole reads as undefined
      // eslint-disable-next-line no-sparse-arrays
      [, 'a'],
      {},
      { a: 1 },
      { a: Infinity },
      { a: { b: 1 } },
      { a: undefined },
      new Date(0),
      new Box(),
      new String('a'),
      new Number(1),
      Symbol('s'),
      () => 1,
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 1 }) },
);

const replaceField: fc.Arbitrary<Mutation> = fc.tuple(fc.nat(), wrongValueArb).map(([pick, value]) => (record) => {
  const keys = Object.keys(record);
  return { ...record, [keys[pick % keys.length]!]: value };
});

const NUMERIC_FIELDS = ['shares', 'ownership'];
const boundaryArb = fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, -Number.MIN_VALUE, 0, Number.MIN_VALUE, 0.5, 1, 1 + Number.EPSILON, 2, Number.MAX_VALUE);

const replaceNumber: fc.Arbitrary<Mutation> = fc
  .tuple(fc.constantFrom(...NUMERIC_FIELDS), boundaryArb)
  .map(([key, value]) => (record) => ({ ...record, kind: 'shareholder', [key]: value }));

const addKey: fc.Arbitrary<Mutation> = fc
  .tuple(
    fc.constantFrom(...ALL_FIELDS, 'extra', 'constructor', 'toString', 'hasOwnProperty', '__proto__', '0'),
    // undefined often: a strict schema rejects an unknown key whatever its value
    fc.oneof(fc.constant(undefined), fc.constantFrom('x', 'person', 'organization', '2024-05-01', true, 0.5, [], {}), wrongValueArb),
  )
  .map(([key, value]) => (record) => {
    const copy = { ...record };
    // defineProperty: an assignment to __proto__ would set the prototype instead
    Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
    return copy;
  });

/** Another kind: the fields of one kind on another, or a kind that does not exist. */
const changeKind: fc.Arbitrary<Mutation> = fc
  .constantFrom('department', 'employee', 'shareholder', 'user', 'buyer', 'beneficiary', 'supplier', '', 'toString', '__proto__')
  .map((kind) => (record) => ({ ...record, kind }));

/** `attributes` that zod reads differently from a plain record: a `__proto__` key, a symbol, a hidden key, another prototype, a getter. */
const oddAttributesArb: fc.Arbitrary<unknown> = fc.constantFrom<() => unknown>(
  () => JSON.parse('{"__proto__":"x","a":1}'),
  () => JSON.parse('{"__proto__":{"b":1}}'),
  () => Object.assign(Object.create(null) as Rec, { a: 1, b: 'x' }),
  () => Object.assign({ a: 1 }, { [Symbol('s')]: 1 }),
  () => Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false }),
  () => Object.defineProperty({ a: 1 }, 'hidden', { value: { bad: 1 }, enumerable: false }),
  () => Object.defineProperty({ a: 1 }, 'g', { get: () => 'x', enumerable: true }),
  () => Object.assign(new Box(), { a: 1 }),
  () => Object.assign(Object.create({ inherited: 1 }) as Rec, { a: 1 }),
  () => ({ 2: 'b', 1: 'a', z: null, constructor: 'c', toString: true }),
  () => new Proxy({ a: 1 }, {}),
  () => [1, 2],
).map((make) => make());

/** `tags` that are not a plain string array: extra fields, a getter, a proxy, a hole. */
const oddTagsArb: fc.Arbitrary<unknown> = fc.constantFrom<() => unknown>(
  () => Object.assign(['a'], { extra: 1 }),
  () => Object.defineProperty(['a', 'b'], 0, { get: () => 'g', enumerable: true }),
  () => new Proxy(['a'], {}),
  () => Object.assign(Object.create(null) as Rec, { 0: 'a', length: 1 }),
  // eslint-disable-next-line no-sparse-arrays
  () => ['a', , 'b'],
  () => new Array(3),
).map((make) => make());

const oddNestedArb: fc.Arbitrary<Mutation> = fc
  .oneof(fc.tuple(fc.constant('attributes'), oddAttributesArb), fc.tuple(fc.constant('tags'), oddTagsArb))
  .map(([key, value]) => (record) => ({ ...record, [key]: value }));

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: replaceField },
  { weight: 1, arbitrary: replaceNumber },
  { weight: 3, arbitrary: addKey },
  { weight: 1, arbitrary: removeKey },
  { weight: 1, arbitrary: changeKind },
  { weight: 2, arbitrary: oddNestedArb },
);

/** JSON text of a generated record (a bigint, which JSON cannot write, as its digits). */
function toJson(record: Rec): string {
  return JSON.stringify(record, (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value));
}

const dressArb: fc.Arbitrary<Dress> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<Dress>((record) => record) },
  {
    weight: 6,
    arbitrary: fc.constantFrom<Dress>(
      (record) => Object.freeze(record),
      (record) => Object.assign(Object.create(null) as Rec, record),
      (record) => Object.assign(new Box() as unknown as Rec, record),
      (record) => Object.assign(Object.create({ extra: 1 }) as Rec, record),
      (record) => Object.assign(Object.create({ name: 'inherited' }) as Rec, record),
      (record) => new Proxy(record, {}),
      (record) => JSON.parse(toJson(record).replace(/^\{/, '{"__proto__":{"name":"x"},')) as unknown,
      (record) => Object.defineProperty({ ...record }, '__proto__', { value: null, enumerable: true, writable: true, configurable: true }),
      (record) => Object.assign({ ...record }, { [Symbol('tag')]: 1 }),
      (record) => Object.defineProperty({ ...record }, 'hidden', { value: 1, enumerable: false }),
      (record) => Object.setPrototypeOf([record], null) as unknown,
      (record) => [record],
      (record) => toJson(record),
      () => null,
      () => undefined,
      () => new Hostile('a revoked proxy', revokedProxy),
      (record) => new Hostile('a proxy whose ownKeys throws', () => new Proxy(record, { ownKeys: () => { throw new Error('boom'); } })),
      (record) => new Hostile('a proxy whose get throws', () => new Proxy(record, { get: () => { throw new Error('boom'); } })),
    ),
  },
  { weight: 4, arbitrary: fieldDressArb },
);

const inputArb = quickRoadInputArb(validArb, mutationArb, dressArb, 3);

// ---------------------------------------------------------------------------

const PATH: IssuePath = ['customers', 3];

/** Whether `input.attributes` has an own `__proto__` key: the one place collectCustomer adds to what zod says. */
function hasProtoAttribute(input: unknown): boolean {
  try {
    const attributes = (input as { attributes?: unknown } | null | undefined)?.attributes;
    return typeof attributes === 'object' && attributes !== null && Object.hasOwn(attributes, '__proto__');
  } catch {
    return true;
  }
}

/** Equal values with equal key order, so both print the same JSON. */
function expectSameCustomer(actual: unknown, expected: unknown): void {
  expect(actual).toStrictEqual(expected);
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
  expect(Object.keys(actual as object)).toStrictEqual(Object.keys(expected as object));
}

function lawsHold(input: unknown): boolean {
  const quick = quickCustomer(input);
  if (quick !== undefined) {
    const parsed = CustomerSchema.safeParse(input);
    expect(parsed.success).toBe(true);
    expectSameCustomer(quick, parsed.data);
    // a fresh customer, nothing of it shared with the input
    expect(quick).not.toBe(input);
    const record = input as Rec;
    if (quick.tags !== undefined) expect(quick.tags).not.toBe(record.tags);
    if (quick.attributes !== undefined) expect(quick.attributes).not.toBe(record.attributes);
  }
  const issues: Issue[] = [];
  const customer = collectCustomer(input, PATH, issues);
  const bySchemaIssues: Issue[] = [];
  const bySchema = collectCustomerBySchema(input, PATH, bySchemaIssues);
  expect(issues).toStrictEqual(bySchemaIssues);
  if (bySchema === undefined) expect(customer).toBeUndefined();
  else expectSameCustomer(customer, bySchema);
  if (!hasProtoAttribute(input)) {
    const direct = safeRun(CustomerSchema, input, PATH);
    if (direct.success) {
      expect(issues).toStrictEqual([]);
      expectSameCustomer(customer, direct.data);
    } else {
      expect(customer).toBeUndefined();
      expect(issues).toStrictEqual(direct.issues);
    }
  }
  return quick !== undefined;
}

describe('quickCustomer: the quick road agrees with the schema', () => {
  it('accepts only what the schema accepts, as the customer the schema returns; collectCustomer says what the schema says', () => {
    let accepted = 0;
    fc.assert(
      fc.property(inputArb, (generated) => {
        const input = made(generated);
        if (lawsHold(input)) accepted += 1;
      }),
      { numRuns: 3000 },
    );
    // the law is not vacuous: a good share of the input took the quick road
    expect(accepted).toBeGreaterThan(400);
  });

  it('takes the quick road for every plain valid customer whose attributes hold no __proto__ key', () => {
    fc.assert(
      fc.property(validArb, (record) => {
        const quick = quickCustomer(record);
        if (hasProtoAttribute(record)) {
          expect(quick).toBeUndefined();
          return;
        }
        expect(quick).toBeDefined();
        expectSameCustomer(quick, CustomerSchema.parse(record));
      }),
      { numRuns: 1500 },
    );
  });

  it('fills the defaults where zod puts them and keeps optional keys given as undefined', () => {
    // zod writes its output in shape order: kind, id, name, partyId, since, tags, attributes, then the kind's own fields
    const buyer = quickCustomer({ usesProduct: false, name: 'Lan', id: 'b1', kind: 'buyer' });
    expect(JSON.stringify(buyer)).toBe('{"kind":"buyer","id":"b1","name":"Lan","party":"person","usesProduct":false}');
    const user = quickCustomer({ kind: 'user', id: 'u1', name: 'Minh', party: undefined, segment: undefined });
    expect(user).toStrictEqual({ kind: 'user', id: 'u1', name: 'Minh', party: 'person', segment: undefined });
    expect(Object.keys(user!)).toStrictEqual(['kind', 'id', 'name', 'party', 'segment']);
    const holder = quickCustomer({ holder: undefined, kind: 'shareholder', id: 's1', name: 'Fund' });
    expect(holder).toStrictEqual({ kind: 'shareholder', id: 's1', name: 'Fund', holder: 'person' });
    // not frozen, as zod's output is not
    expect(Object.isFrozen(buyer)).toBe(false);
    // a frozen input is read all the same
    const employee = Object.freeze({ kind: 'employee', id: 'e1', name: 'An', departmentId: 'it', tags: Object.freeze(['a']) });
    expect(quickCustomer(employee)).toStrictEqual({ kind: 'employee', id: 'e1', name: 'An', tags: ['a'], departmentId: 'it' });
  });

  it('hand-picked near misses go to the schema', () => {
    const employee = { kind: 'employee', id: 'e1', name: 'An', departmentId: 'it' };
    const rejected: unknown[] = [
      { ...employee, name: '' },
      { ...employee, id: '' },
      { ...employee, departmentId: undefined },
      { kind: 'employee', id: 'e1', name: 'An' },
      { ...employee, extra: undefined },
      { ...employee, party: 'person' },
      { ...employee, hiredAt: '2023-02-29' },
      { ...employee, since: '2024-03-01T09:30:00' },
      { ...employee, tags: ['a', 1] },
      { ...employee, attributes: { a: Infinity } },
      { ...employee, attributes: { a: undefined } },
      { kind: 'shareholder', id: 's1', name: 'Fund', ownership: 1.5 },
      { kind: 'shareholder', id: 's1', name: 'Fund', shares: -1 },
      { kind: 'shareholder', id: 's1', name: 'Fund', holder: 'Person' },
      { kind: 'buyer', id: 'b1', name: 'Lan', usesProduct: 'no' },
      { kind: 'beneficiary', id: 'p1', name: 'Pupil', via: '' },
      { kind: 'supplier', id: 'x', name: 'X' },
    ];
    for (const input of rejected) {
      expect(quickCustomer(input)).toBeUndefined();
      expect(CustomerSchema.safeParse(input).success).toBe(false);
    }
    // the __proto__ attribute zod skips: the schema road restores it
    const proto = { ...employee, attributes: JSON.parse('{"__proto__":"x"}') as Rec };
    expect(quickCustomer(proto)).toBeUndefined();
    const issues: Issue[] = [];
    expect(Object.getOwnPropertyDescriptor(collectCustomer(proto, PATH, issues)?.attributes, '__proto__')?.value).toBe('x');
    // a revoked proxy and a proxy whose traps throw are the schema's to report, not an exception
    for (const input of [revokedProxy(), new Proxy({ ...employee }, { ownKeys: () => { throw new Error('boom'); } })]) {
      expect(quickCustomer(input)).toBeUndefined();
      lawsHold(input);
    }
    // getters are the schema's to run: a kind that answers differently the second time, attributes that throw when read again
    let reads = 0;
    const fickle = Object.defineProperty({ id: 'd1', name: 'IT' }, 'kind', { get: () => (reads++ === 0 ? 'department' : 'employee'), enumerable: true });
    expect(quickCustomer(fickle)).toBeUndefined();
    let attributeReads = 0;
    const readOnce = Object.defineProperty({ ...employee }, 'attributes', {
      get: () => {
        attributeReads += 1;
        if (attributeReads > 1) throw new Error('read twice');
        return { tier: 'gold' };
      },
      enumerable: true,
    });
    expect(quickCustomer(readOnce)).toBeUndefined();
    expect(attributeReads).toBe(0);
    // hidden or computed values inside tags and attributes too
    expect(quickCustomer({ ...employee, tags: Object.defineProperty(['a'], 0, { get: () => 'a', enumerable: true }) })).toBeUndefined();
    expect(quickCustomer({ ...employee, attributes: Object.defineProperty({}, 'a', { get: () => 1, enumerable: true }) })).toBeUndefined();
    expect(quickCustomer({ ...employee, attributes: Object.defineProperty({}, 'a', { value: 1, enumerable: false }) })).toBeUndefined();
  });
});
