import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ClienteleError,
  CUSTOMER_KINDS,
  ISSUE_CODES,
  parseCustomer,
  safeParseCustomer,
  type SafeParseResult,
  type Customer,
} from '../../src/index.js';
import { validInputArb, validInputArbs, withDefaults } from './arbitraries.js';
import { deepFreeze } from './helpers.js';

const HUGE = 'x'.repeat(2_000_000);

const ANY: fc.ObjectConstraints = {
  key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'kind', 'id', 'name', 'attributes', 'tags')),
  maxDepth: 3,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withObjectString: true,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
};

const FIELD_NAMES = [
  'kind',
  'id',
  'name',
  'partyId',
  'since',
  'tags',
  'attributes',
  'parentId',
  'headId',
  'function',
  'departmentId',
  'managerId',
  'title',
  'hiredAt',
  'shares',
  'ownership',
  'holder',
  'party',
  'segment',
  'usesProduct',
  'via',
  'foo',
  '__proto__',
  'constructor',
] as const;

type Mutation =
  | { readonly op: 'delete'; readonly key: string }
  | { readonly op: 'set'; readonly key: string; readonly value: unknown }
  | { readonly op: 'setAttribute'; readonly key: string; readonly value: unknown }
  | { readonly op: 'huge' | 'freeze' | 'nullPrototype' | 'json' };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), key: fc.constantFrom(...FIELD_NAMES) }),
  fc.record({ op: fc.constant('set' as const), key: fc.constantFrom(...FIELD_NAMES), value: fc.anything(ANY) }),
  fc.record({
    op: fc.constant('setAttribute' as const),
    key: fc.oneof(fc.string(), fc.constant('__proto__')),
    value: fc.oneof(fc.anything(ANY), fc.string(), fc.constant(null)),
  }),
  fc.constantFrom<Mutation>({ op: 'huge' }, { op: 'freeze' }, { op: 'nullPrototype' }, { op: 'json' }),
);

function defineOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Applies mutations to a copy of a valid input; own keys are defined, never assigned, so `__proto__` stays a key. */
function mutate(input: Record<string, unknown>, mutations: readonly Mutation[]): unknown {
  let value: Record<string, unknown> = { ...input };
  if (typeof input.attributes === 'object' && input.attributes !== null) value.attributes = { ...input.attributes };
  for (const mutation of mutations) {
    if (Object.isFrozen(value)) value = { ...value };
    switch (mutation.op) {
      case 'delete':
        delete value[mutation.key];
        break;
      case 'set':
        defineOwn(value, mutation.key, mutation.value);
        break;
      case 'setAttribute': {
        const attributes = typeof value.attributes === 'object' && value.attributes !== null ? { ...value.attributes } : {};
        defineOwn(attributes, mutation.key, mutation.value);
        value.attributes = attributes;
        break;
      }
      case 'huge':
        value.name = HUGE;
        value.id = HUGE;
        value.attributes = { ...(value.attributes as object | undefined), note: HUGE };
        break;
      case 'freeze':
        deepFreeze(value);
        break;
      case 'nullPrototype':
        value = Object.assign(Object.create(null) as Record<string, unknown>, value);
        break;
      case 'json':
        try {
          value = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
        } catch {
          // bigint and cycles cannot go through JSON: keep the value as it is
        }
        break;
    }
  }
  return value;
}

const nearValidArb: fc.Arbitrary<unknown> = fc
  .tuple(validInputArb, fc.array(mutationArb, { maxLength: 3 }))
  .map(([input, mutations]) => mutate(input, mutations));

type Trap = 'get' | 'ownKeys' | 'getOwnPropertyDescriptor' | 'has' | 'getPrototypeOf';

/** Wraps an object in a proxy whose `trap` throws from its `after`-th call on. */
function hostile<T extends object>(target: T, trap: Trap, after: number): T {
  let calls = 0;
  const handler: ProxyHandler<T> = {
    [trap]: (...args: unknown[]) => {
      calls += 1;
      if (calls > after) throw new Error(`hostile ${trap}`);
      return (Reflect[trap] as (...a: unknown[]) => unknown)(...args);
    },
  };
  return new Proxy(target, handler);
}

interface HostileSpec {
  readonly input: Record<string, unknown>;
  readonly trap: Trap;
  readonly after: number;
  readonly where: 'root' | 'attributes' | 'tags';
}

/**
 * A test input: plain data, or the recipe for a hostile proxy. Proxies are
 * built inside the property, because fast-check itself inspects generated
 * values and would trip their traps.
 */
type Case = { readonly plain: unknown } | { readonly hostile: HostileSpec };

function materialize(testCase: Case): unknown {
  if ('plain' in testCase) return testCase.plain;
  const { input, trap, after, where } = testCase.hostile;
  const copy: Record<string, unknown> = { ...input };
  if (where === 'root') return hostile(copy, trap, after);
  if (where === 'attributes') copy.attributes = hostile({ ...(input.attributes as object | undefined), a: 1 }, trap, after);
  else copy.tags = hostile(['a', 'b'], trap, after);
  return copy;
}

const hostileArb: fc.Arbitrary<Case> = fc
  .record({
    input: validInputArb,
    trap: fc.constantFrom<Trap>('get', 'ownKeys', 'getOwnPropertyDescriptor', 'has', 'getPrototypeOf'),
    after: fc.nat(40),
    where: fc.constantFrom('root' as const, 'attributes' as const, 'tags' as const),
  })
  .map((hostile) => ({ hostile }));

const plain = (value: unknown): Case => ({ plain: value });

const anyCaseArb: fc.Arbitrary<Case> = fc.oneof(
  { weight: 3, arbitrary: fc.anything(ANY).map(plain) },
  { weight: 1, arbitrary: fc.anything(ANY).map((value) => plain(deepFreeze(value))) },
  { weight: 4, arbitrary: nearValidArb.map(plain) },
  { weight: 2, arbitrary: hostileArb },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(HUGE, [HUGE], { kind: HUGE }, { kind: 'user', id: HUGE, name: HUGE }).map(plain),
  },
);

function expectWellFormed(result: SafeParseResult<Customer>): void {
  if (result.success) {
    expect(CUSTOMER_KINDS).toContain(result.data.kind);
    const again = safeParseCustomer(result.data);
    expect(again.success).toBe(true);
    if (again.success) expect(again.data).toStrictEqual(result.data);
    return;
  }
  expect(result.error).toBeInstanceOf(ClienteleError);
  expect(result.error.code).toBe('INVALID_INPUT');
  expect(result.error.issues.length).toBeGreaterThan(0);
  for (const issue of result.error.issues) {
    expect(ISSUE_CODES).toContain(issue.code);
    expect(Array.isArray(issue.path)).toBe(true);
    for (const step of issue.path) expect(['string', 'number']).toContain(typeof step);
    expect(typeof issue.message).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
  }
}

describe('safeParseCustomer on anything', () => {
  it('never throws, and returns a customer that re-parses to itself or a well-formed error', () => {
    fc.assert(
      fc.property(anyCaseArb, (testCase) => {
        const input = materialize(testCase);
        let result: SafeParseResult<Customer> | undefined;
        expect(() => {
          result = safeParseCustomer(input);
        }).not.toThrow();
        expectWellFormed(result!);
      }),
      { numRuns: 600 },
    );
  });

  it('accepts near-valid inputs often enough for the success branch to be exercised', () => {
    const outcomes = fc.sample(nearValidArb, { numRuns: 300, seed: 7 }).map((input) => safeParseCustomer(input).success);
    expect(outcomes.filter(Boolean).length).toBeGreaterThan(30);
    expect(outcomes.filter((ok) => !ok).length).toBeGreaterThan(30);
  });
});

describe('parseCustomer on anything', () => {
  it('throws nothing but a ClienteleError with code INVALID_INPUT and at least one issue', () => {
    fc.assert(
      fc.property(anyCaseArb, (testCase) => {
        const input = materialize(testCase);
        let thrown: unknown;
        let parsed: Customer | undefined;
        try {
          parsed = parseCustomer(input);
        } catch (error) {
          thrown = error;
        }
        if (thrown === undefined) {
          expect(parsed).toBeDefined();
          return;
        }
        expect(thrown).toBeInstanceOf(ClienteleError);
        const error = thrown as ClienteleError;
        expect(error.code).toBe('INVALID_INPUT');
        expect(error.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 600 },
    );
  });

  it('agrees with safeParseCustomer on inputs that read the same every time', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(ANY), nearValidArb), (input) => {
        const result = safeParseCustomer(input);
        if (result.success) {
          expect(parseCustomer(input)).toStrictEqual(result.data);
        } else {
          let thrown: unknown;
          try {
            parseCustomer(input);
          } catch (error) {
            thrown = error;
          }
          expect(thrown).toBeInstanceOf(ClienteleError);
          expect((thrown as ClienteleError).issues).toStrictEqual(result.error.issues);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('valid customers', () => {
  it.each(CUSTOMER_KINDS)('every generated %s parses to itself plus the defaults, without touching the input', (kind) => {
    fc.assert(
      fc.property(validInputArbs[kind], (input) => {
        const before = structuredClone(input);
        const parsed = parseCustomer(input);
        expect(parsed).toStrictEqual(withDefaults(input));
        expect(input).toStrictEqual(before);
      }),
      { numRuns: 150 },
    );
  });

  it('parse deeply frozen copies the same way', () => {
    fc.assert(
      fc.property(validInputArb, (input) => {
        const frozen = deepFreeze(structuredClone(input));
        expect(parseCustomer(frozen)).toStrictEqual(parseCustomer(input));
      }),
      { numRuns: 200 },
    );
  });

  it('round-trip through JSON.stringify and JSON.parse unchanged', () => {
    fc.assert(
      fc.property(validInputArb, (input) => {
        const parsed = parseCustomer(input);
        const revived = JSON.parse(JSON.stringify(parsed)) as unknown;
        expect(revived).toStrictEqual(parsed);
        expect(parseCustomer(revived)).toStrictEqual(parsed);
      }),
      { numRuns: 300 },
    );
  });

  it('keep an own __proto__ attribute through parsing and JSON', () => {
    fc.assert(
      fc.property(validInputArb, fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)), (input, value) => {
        const attributes = { ...(input.attributes as object | undefined) };
        Object.defineProperty(attributes, '__proto__', { value, enumerable: true, writable: true, configurable: true });
        const parsed = parseCustomer({ ...input, attributes });
        const kept = parsed.attributes!;
        expect(Object.prototype.hasOwnProperty.call(kept, '__proto__')).toBe(true);
        expect(Object.getOwnPropertyDescriptor(kept, '__proto__')?.value).toBe(value);
        expect(Object.getPrototypeOf(kept)).toBe(Object.prototype);
        expect(parseCustomer(JSON.parse(JSON.stringify(parsed)))).toStrictEqual(parsed);
      }),
      { numRuns: 150 },
    );
  });
});
