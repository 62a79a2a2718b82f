/**
 * Hostile values for the fuzz tests: wrong types, edge numbers, awkward
 * strings, odd objects, proxies whose traps throw, revoked proxies, typed
 * arrays, invalid Dates. Every factory builds a fresh value on each call, so
 * a value frozen or poked by one run never leaks into the next.
 *
 * Proxies made here are registered in `proxyTargets`, so the harness can
 * snapshot, freeze and scan inputs without ever running a trap itself.
 */
import { ClienteleError } from '../../src/index.js';

/** proxy → the object it stands for (read by the harness instead of the proxy). */
export const proxyTargets = new WeakMap<object, object>();

export function isRegisteredProxy(value: unknown): boolean {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && proxyTargets.has(value);
}

function register<T extends object>(proxy: T, target: object): T {
  proxyTargets.set(proxy, target);
  return proxy;
}

const TRAPS = [
  'get',
  'set',
  'has',
  'deleteProperty',
  'ownKeys',
  'getOwnPropertyDescriptor',
  'defineProperty',
  'getPrototypeOf',
  'setPrototypeOf',
  'isExtensible',
  'preventExtensions',
  'apply',
  'construct',
] as const;

/** What a hostile trap or getter throws: not always an Error. */
export const THROWN: readonly (() => unknown)[] = [
  () => new Error('hostile'),
  () => new TypeError('hostile'),
  () => 42,
  () => undefined,
  () => null,
  () => ({ code: 'INVALID_INPUT', issues: 'not an array' }),
  () => Symbol('thrown'),
  () => new RangeError('Maximum call stack size exceeded'),
];

/** How many times a hostile trap or getter has thrown, so far. */
export const FIRED = { count: 0 };

/** Counts a hostile throw and makes the value to throw. */
export function fire(thrown: () => unknown): unknown {
  FIRED.count += 1;
  return thrown();
}

/** A proxy whose every trap throws `thrown()`. */
export function throwingProxy<T extends object>(target: T, thrown: () => unknown = THROWN[0]!): T {
  const handler: ProxyHandler<T> = {};
  for (const trap of TRAPS) {
    (handler as Record<string, unknown>)[trap] = () => {
      throw fire(thrown);
    };
  }
  return register(new Proxy(target, handler), target);
}

/** A proxy whose traps throw only for one kind of operation. */
export function oneTrapProxy<T extends object>(target: T, trap: (typeof TRAPS)[number], thrown: () => unknown = THROWN[0]!): T {
  const handler: ProxyHandler<T> = {
    [trap]: () => {
      throw fire(thrown);
    },
  };
  return register(new Proxy(target, handler), target);
}

export function revokedProxy<T extends object>(target: T): T {
  const { proxy, revoke } = Proxy.revocable(target, {});
  register(proxy, target);
  revoke();
  return proxy;
}

/**
 * A membrane over `target`: every trap (on the object and on every object
 * read through it) behaves normally for the first `fuse` trap calls, then
 * throws. It lets a call get deep into the code before the floor gives way.
 */
export function timeBomb<T extends object>(target: T, fuse: number, thrown: () => unknown = THROWN[0]!): T {
  let calls = 0;
  const wrapped = new WeakMap<object, object>();
  const tick = (): void => {
    calls += 1;
    if (calls > fuse) throw fire(thrown);
  };
  const wrap = (value: unknown): unknown => {
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return value;
    const known = wrapped.get(value);
    if (known !== undefined) return known;
    const handler: ProxyHandler<object> = {};
    for (const trap of TRAPS) {
      (handler as Record<string, unknown>)[trap] = (...args: unknown[]) => {
        tick();
        const result = (Reflect as unknown as Record<string, (...a: unknown[]) => unknown>)[trap]!(...args);
        if (trap !== 'get') return result;
        // a frozen property must be reported as it is (proxy invariant)
        const descriptor = Reflect.getOwnPropertyDescriptor(args[0] as object, args[1] as PropertyKey);
        if (descriptor !== undefined && descriptor.configurable === false && descriptor.writable === false) return result;
        return wrap(result);
      };
    }
    const proxy = register(new Proxy(value, handler), value);
    wrapped.set(value, proxy);
    return proxy;
  };
  return wrap(target) as T;
}

/** A deeply nested object `{ a: { a: … } }`, built without recursion. */
export function deepObject(depth: number): object {
  let value: object = { leaf: 1 };
  for (let i = 0; i < depth; i += 1) value = { a: value };
  return value;
}

export function deepArray(depth: number): unknown[] {
  let value: unknown[] = [1];
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

function withProto(key: string): object {
  // an own "__proto__" data key, as JSON.parse makes it
  return JSON.parse(`{"${key}": {"polluted": true}, "x": 1}`) as object;
}

function throwingGetters(keys: readonly string[], thrown: () => unknown = THROWN[0]!): object {
  const value = {};
  for (const key of keys) {
    Object.defineProperty(value, key, {
      enumerable: true,
      configurable: true,
      get() {
        throw fire(thrown);
      },
    });
  }
  return value;
}

function sparse(): unknown[] {
  const list: unknown[] = [];
  list[3] = 1;
  list[7] = 9;
  return list;
}

function arrayWithThrowingIndex(): unknown[] {
  const list: unknown[] = [1, 2, 3];
  Object.defineProperty(list, 1, {
    enumerable: true,
    configurable: true,
    get() {
      throw fire(() => new Error('hostile index'));
    },
  });
  return list;
}

function arrayWithExtras(): unknown[] {
  const list: unknown[] = [5, 6];
  (list as unknown as Record<string, unknown>).extra = 'x';
  Object.defineProperty(list, '__proto__', { value: 1, enumerable: true, configurable: true, writable: true });
  return list;
}

function cyclicObject(): object {
  const value: Record<string, unknown> = { id: 'a', name: 'A' };
  value.self = value;
  value.attributes = value;
  return value;
}

function cyclicArray(): unknown[] {
  const list: unknown[] = [1];
  list.push(list);
  return list;
}

function protoDate(): object {
  return Object.create(Date.prototype) as object;
}

function dateWithOwnGetTime(): Date {
  const date = new Date(0);
  Object.defineProperty(date, 'getTime', {
    value: () => {
      throw fire(() => new Error('hostile getTime'));
    },
  });
  return date;
}

class SubDate extends Date {
  override getTime(): number {
    return Number.NaN;
  }
}

function hostileToPrimitive(): object {
  return {
    [Symbol.toPrimitive]() {
      throw fire(() => new Error('hostile toPrimitive'));
    },
    toString() {
      throw fire(() => new Error('hostile toString'));
    },
    valueOf() {
      throw fire(() => new Error('hostile valueOf'));
    },
    toJSON() {
      throw fire(() => new Error('hostile toJSON'));
    },
  };
}

function throwingIterable(): object {
  return {
    [Symbol.iterator]() {
      throw fire(() => new Error('hostile iterator'));
    },
  };
}

function iteratorThrowingLater(): object {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() {
          i += 1;
          if (i > 2) throw fire(() => new Error('hostile next'));
          return { done: false, value: { type: 'survey' } };
        },
      };
    },
  };
}

function badIterator(): object {
  return {
    [Symbol.iterator]() {
      return 7;
    },
  };
}

function lyingLength(): unknown[] {
  return register(
    new Proxy([1, 2, 3], {
      get(target, key, receiver) {
        if (key === 'length') return 100_000;
        return Reflect.get(target, key, receiver) as unknown;
      },
    }),
    [1, 2, 3],
  );
}

function negativeLength(): unknown[] {
  const target = [1, 2];
  return register(
    new Proxy(target, {
      get(t, key, receiver) {
        if (key === 'length') return -5;
        return Reflect.get(t, key, receiver) as unknown;
      },
    }),
    target,
  );
}

function flipFlop(): object {
  // a getter that answers differently each time it is read
  let n = 0;
  return {
    get value() {
      n += 1;
      return n % 2 === 1 ? 5 : 'five';
    },
    get kind() {
      n += 1;
      return n % 2 === 1 ? 'department' : 'buyer';
    },
  };
}

function hostileProtoObject(): object {
  // missing keys are looked up on a prototype whose getters throw
  const proto = throwingGetters(['kind', 'id', 'value', 'at', 'slaHours', 'weight', 'mode', 'scale', 'asOf', 'from', 'to']);
  return Object.create(proto) as object;
}

const HUGE = 200_000;

/** The long profile (FUZZ_RUNS set) also throws in values that are slow to build and to snapshot. */
const LONG = process.env.FUZZ_RUNS !== undefined;

function manyKeys(): object {
  // past the ~125,000 arguments at which push(...list) overflows the stack
  const value: Record<string, unknown> = { kind: 'user', id: 'x', name: 'X', type: 'purchase', value: 1 };
  for (let i = 0; i < 140_000; i += 1) value[`k${i}`] = i;
  return value;
}

/** Named factories of hostile values. Each call builds a fresh value. */
export const HOSTILE: readonly (readonly [string, () => unknown])[] = [
  ['undefined', () => undefined],
  ['null', () => null],
  ['true', () => true],
  ['false', () => false],
  ['0', () => 0],
  ['-0', () => -0],
  ['1', () => 1],
  ['-1', () => -1],
  ['0.5', () => 0.5],
  ['NaN', () => Number.NaN],
  ['Infinity', () => Number.POSITIVE_INFINITY],
  ['-Infinity', () => Number.NEGATIVE_INFINITY],
  ['MAX_VALUE', () => Number.MAX_VALUE],
  ['-MAX_VALUE', () => -Number.MAX_VALUE],
  ['MIN_VALUE', () => Number.MIN_VALUE],
  ['2^53+2', () => 2 ** 53 + 2],
  ['1e21', () => 1e21],
  ['bigint', () => 10n],
  ['symbol', () => Symbol('hostile')],
  ['empty string', () => ''],
  ['space', () => ' '],
  ['__proto__', () => '__proto__'],
  ['constructor', () => 'constructor'],
  ['hasOwnProperty', () => 'hasOwnProperty'],
  ['toString', () => 'toString'],
  ['NUL', () => '\u0000'],
  ['lone surrogate', () => '\ud800'],
  ['emoji', () => '😀'],
  ['line separator', () => 'a\u2028b'],
  ['huge string', () => 'x'.repeat(HUGE)],
  ['huge digits', () => '9'.repeat(HUGE)],
  ['impossible date', () => '2024-02-30'],
  ['date without zone', () => '2024-01-01T10:00:00'],
  ['date', () => '2024-03-01'],
  ['date-time', () => '2024-03-01T10:00:00+07:00'],
  ['expanded year', () => '+002024-01-01'],
  ['JSON text', () => '{"version":1,"customers":[],"links":[]}'],
  ['deep JSON text', () => `${'['.repeat(HUGE / 4)}${']'.repeat(HUGE / 4)}`],
  ['bad JSON text', () => '{"a":'],
  ['function', () => () => 1],
  ['class', () => class Hostile {}],
  ['empty object', () => ({})],
  ['null-prototype object', () => Object.create(null) as object],
  ['own __proto__ key', () => withProto('__proto__')],
  ['constructor key', () => ({ constructor: 'x', hasOwnProperty: 1, toString: null })],
  ['frozen object', () => Object.freeze({ a: 1 })],
  ['cyclic object', cyclicObject],
  ['cyclic array', cyclicArray],
  ['deep object', () => deepObject(20_000)],
  ['deep array', () => deepArray(20_000)],
  ['empty array', () => []],
  ['array of numbers', () => [1, 2, 3]],
  ['sparse array', sparse],
  ['holey array', () => new Array<unknown>(1000)],
  ['array with throwing index', arrayWithThrowingIndex],
  ['array with extras', arrayWithExtras],
  ['long array', () => Array.from({ length: 20_000 }, (_, i) => i % 11)],
  ['array of hostiles', () => [Number.NaN, null, undefined, {}, [], '']],
  ['Uint8Array', () => new Uint8Array([0, 9, 10, 11, 255])],
  ['odd-offset Uint8Array', () => new Uint8Array(new ArrayBuffer(67)).fill(7).subarray(3, 66)],
  ['Uint8ClampedArray', () => new Uint8ClampedArray([1, 2, 3])],
  ['Int8Array', () => new Int8Array([-1, 0, 1])],
  ['Uint16Array', () => new Uint16Array([1, 700])],
  ['Int32Array', () => new Int32Array([5, -5])],
  ['Float32Array', () => new Float32Array([Number.NaN, 1.5])],
  ['Float64Array', () => new Float64Array([Number.POSITIVE_INFINITY, -0, 0.5])],
  ['BigInt64Array', () => new BigInt64Array([1n])],
  ['DataView', () => new DataView(new ArrayBuffer(8))],
  ['ArrayBuffer', () => new ArrayBuffer(8)],
  ['Map', () => new Map<unknown, unknown>([['a', 1], [{}, 2]])],
  ['Set', () => new Set([1, 'a'])],
  ['WeakMap', () => new WeakMap()],
  ['Date', () => new Date(Date.UTC(2024, 0, 15))],
  ['invalid Date', () => new Date(Number.NaN)],
  ['Date.prototype object', protoDate],
  ['proxy of Date', () => register(new Proxy(new Date(0), {}), new Date(0))],
  ['Date with own getTime', dateWithOwnGetTime],
  ['Date subclass', () => new SubDate(0)],
  ['RegExp', () => /x/g],
  ['Error', () => new Error('x')],
  ['ClienteleError', () => new ClienteleError('INVALID_INPUT', [])],
  ['boxed number', () => new Number(5)],
  ['boxed string', () => new String('department')],
  ['boxed boolean', () => new Boolean(false)],
  ['promise', () => Promise.resolve(1)],
  ['hostile toPrimitive', hostileToPrimitive],
  ['throwing iterable', throwingIterable],
  ['iterator throwing later', iteratorThrowingLater],
  ['bad iterator', badIterator],
  ['lying length', lyingLength],
  ['negative length', negativeLength],
  ['flip-flop getters', flipFlop],
  ['hostile prototype', hostileProtoObject],
  ['throwing getters', () => throwingGetters(['kind', 'id', 'name', 'value', 'at', 'customers', 'links', 'asOf', 'mode', 'scale', 'type', 'length'])],
  ['getter throwing 42', () => throwingGetters(['kind', 'value', 'customers', 'asOf', 'expectations', 'start'], () => 42)],
  ['throwing proxy', () => throwingProxy({})],
  ['throwing array proxy', () => throwingProxy([1, 2])],
  ['proxy throwing undefined', () => throwingProxy({}, () => undefined)],
  ['ownKeys-throwing proxy', () => oneTrapProxy({ a: 1 }, 'ownKeys')],
  ['get-throwing proxy', () => oneTrapProxy({ a: 1 }, 'get')],
  ['getPrototypeOf-throwing proxy', () => oneTrapProxy({}, 'getPrototypeOf')],
  ['has-throwing proxy', () => oneTrapProxy({}, 'has')],
  ['descriptor-throwing array proxy', () => oneTrapProxy([1], 'getOwnPropertyDescriptor')],
  ['revoked proxy', () => revokedProxy({})],
  ['revoked array proxy', () => revokedProxy([])],
  ['revoked function proxy', () => revokedProxy(() => 1)],
  ...(LONG
    ? ([
        ['140,000 keys', manyKeys],
        ['140,000 hostile items', () => Array.from({ length: 140_000 }, () => Number.NaN)],
      ] as const)
    : []),
];

/** Edge numbers, for corrupting a number in place. */
export const EDGE_NUMBERS: readonly number[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  -1,
  1,
  0.1,
  0.5,
  0.9999999999999999,
  1.0000000000000002,
  2,
  7,
  9,
  10,
  11,
  99.99999999999999,
  100,
  100.00000000000001,
  101,
  1e-300,
  Number.MIN_VALUE,
  Number.EPSILON,
  2 ** 31,
  2 ** 32,
  Number.MAX_SAFE_INTEGER,
  2 ** 53,
  1e300,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
];

/** Edge strings, for corrupting a string in place. */
export const EDGE_STRINGS: readonly string[] = [
  '',
  ' ',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'prototype',
  'toString',
  '\u0000',
  '\ud800',
  'x'.repeat(10_000),
  '2024-02-29',
  '2023-02-29',
  '2024-01-01T24:00:00Z',
  '2024-01-01T10:00:00',
  '2024-01-01T10:00:00.123456789Z',
  '9999-12-31T23:59:59.999-23:59',
  '0000-01-01',
  '2024-1-1',
  'NaN',
  'Infinity',
  '1',
  'department',
  'buyer',
  'survey',
  'nps',
  'yield',
  'mean',
  'week',
  'en',
  'EUR',
  'eur',
];
