/**
 * The fuzz driver. A target is one public function with a generator of valid
 * argument lists; each run takes such a list, corrupts some positions (a
 * hostile value somewhere deep inside, a key removed or added, a getter that
 * throws or lies, a proxy that gives way after a few reads), sometimes drops
 * or adds arguments, sometimes deep-freezes everything, then calls the
 * function and checks the contract of SPEC §7:
 *
 * - it returns, or throws a ClienteleError whose code and issue codes are in
 *   ISSUE_CODES and whose issue paths are arrays of keys and indices;
 * - it accepts every valid argument list (a rejection of one is a defect,
 *   in the function or in its generator of valid arguments);
 * - when only its options argument was corrupted, every issue sits under
 *   `['options', …]` (the path convention of src/_internal/fail.ts), or under
 *   another parameter whose meaning the options changed (a smaller `scale`
 *   makes some ratings out of range);
 * - with valid arguments, frozen or not gives the same outcome;
 * - it leaves its arguments exactly as they were (a snapshot of every own
 *   property descriptor, prototype and extensibility, taken without running
 *   any getter or trap);
 * - a result holds no NaN anywhere;
 * - it answers quickly (inputs are bounded, so a slow call means a hang).
 *
 * Runs per target: `quick` (default 80) in `npm test`; `FUZZ_RUNS` (an integer) per target
 * when that environment variable is set.
 */
import fc from 'fast-check';
import { ClienteleError, createServiceChain, cycles, ISSUE_CODES, orphans, serializeChain } from '../../src/index.js';
import type { ServiceChain } from '../../src/index.js';
import { EDGE_NUMBERS, EDGE_STRINGS, FIRED, fire, HOSTILE, isRegisteredProxy, proxyTargets, revokedProxy, THROWN, throwingProxy, timeBomb } from './_hostile.js';

// ---------------------------------------------------------------------------
// profiles

const fromEnv = process.env.FUZZ_RUNS;
/** Runs per target in the long profile, or undefined in the quick one. */
export const LONG_RUNS: number | undefined =
  fromEnv !== undefined && /^\d+$/.test(fromEnv) && Number(fromEnv) > 0 ? Number(fromEnv) : undefined;
const seedFromEnv = process.env.FUZZ_SEED;
/**
 * FUZZ_SEED when given; under CI a fixed seed (one that 15 seeds of local
 * runs found clean), so that a landing is decided by the code and can be
 * replayed; elsewhere a new seed every run, to keep finding new inputs.
 */
const SEED = seedFromEnv !== undefined && /^-?\d+$/.test(seedFromEnv) ? Number(seedFromEnv) : process.env.CI ? 3333 : undefined;

/** A single call slower than this counts as a hang. */
const HANG_MS = LONG_RUNS === undefined ? 10_000 : 30_000;

/** The vitest timeout of one target's test. */
export const TEST_TIMEOUT = LONG_RUNS === undefined ? 60_000 : 6 * 60 * 60_000;

// ---------------------------------------------------------------------------
// placeholders resolved when arguments are built

/** Stands for an id of the run's chain: any id, an internal one or an external one. */
export class Ref {
  constructor(
    readonly pick: number,
    readonly among: 'any' | 'internal' | 'external' = 'any',
    /** another Ref whose id this one should differ from, when the chain has another */
    readonly unlike?: Ref,
  ) {}
  [fc.toStringMethod](): string {
    return `Ref(${this.pick}, ${this.among}${this.unlike === undefined ? '' : `, unlike ${this.unlike[fc.toStringMethod]()}`})`;
  }
}

/** Stands for a plain record built from pairs whose keys may be Refs (own keys, `__proto__` included). */
export class Entries {
  constructor(readonly pairs: readonly (readonly [unknown, unknown])[]) {}
  [fc.toStringMethod](): string {
    return `Entries(${fc.stringify(this.pairs)})`;
  }
}

/** Stands for the run's chain. */
export const CHAIN: unique symbol = Symbol('the chain');

export interface Env {
  readonly chain: ServiceChain | undefined;
  readonly ids: readonly string[];
  readonly internal: readonly string[];
  readonly external: readonly string[];
}

const DEFAULT_IDS = ['a', 'b', 'c', 'd', '__proto__', 'constructor', 'toString'];

export const NO_CHAIN: Env = { chain: undefined, ids: DEFAULT_IDS, internal: DEFAULT_IDS, external: DEFAULT_IDS };

function resolveRef(ref: Ref, env: Env): string {
  const pool = ref.among === 'internal' ? env.internal : ref.among === 'external' ? env.external : env.ids;
  let list = pool.length > 0 ? pool : env.ids.length > 0 ? env.ids : DEFAULT_IDS;
  if (ref.unlike !== undefined) {
    const other = resolveRef(ref.unlike, env);
    const rest = list.filter((id) => id !== other);
    if (rest.length > 0) list = rest;
    else if (ref.among !== 'any') return resolveRef(new Ref(ref.pick, 'any', ref.unlike), env);
  }
  return list[ref.pick % list.length] as string;
}

/** A fresh deep copy of generated data with placeholders resolved; keeps own `__proto__` keys. */
export function build(data: unknown, env: Env): unknown {
  if (data instanceof Ref) return resolveRef(data, env);
  if (data === CHAIN) return env.chain;
  if (data instanceof Entries) {
    const out: Record<string, unknown> = {};
    for (const [key, value] of data.pairs) {
      Object.defineProperty(out, String(build(key, env)), { value: build(value, env), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  if (typeof data !== 'object' || data === null) return data;
  if (data instanceof Date) return new Date(data.getTime());
  if (ArrayBuffer.isView(data) && !(data instanceof DataView)) return (data as unknown as { slice(): unknown }).slice();
  if (data instanceof Map) return new Map([...data].map(([k, v]) => [build(k, env), build(v, env)]));
  if (Array.isArray(data)) return data.map((item) => build(item, env));
  const out: Record<string, unknown> = Object.getPrototypeOf(data) === null ? (Object.create(null) as Record<string, unknown>) : {};
  for (const key of Object.keys(data)) {
    Object.defineProperty(out, key, {
      value: build((data as Record<string, unknown>)[key], env),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------
// corruption

export interface Plan {
  readonly op: number;
  readonly pick: number;
  readonly hostile: number;
  readonly edge: number;
  readonly fuse: number;
  readonly thrown: number;
}

const OPS = [
  'replace',
  'replace',
  'edge',
  'edge',
  'delete',
  'extra key',
  'proto key',
  'time bomb',
  'throwing getter',
  'lying getter',
  'hostile prototype',
  'null prototype',
  'throwing proxy',
  'sparse',
  'freeze node',
  'replace root',
] as const;

export const planArb: fc.Arbitrary<Plan> = fc.record({
  op: fc.nat(OPS.length - 1),
  pick: fc.nat(),
  hostile: fc.nat(HOSTILE.length - 1),
  edge: fc.nat(),
  fuse: fc.nat(40),
  thrown: fc.nat(THROWN.length - 1),
});

interface Slot {
  readonly parent: object | undefined;
  readonly key: string | number;
  readonly value: unknown;
}

function isPlain(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || isRegisteredProxy(value)) return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Every place inside `root` (plain objects and arrays only), the root first. */
function slots(root: unknown): Slot[] {
  const found: Slot[] = [{ parent: undefined, key: '', value: root }];
  for (let i = 0; i < found.length && found.length < 5_000; i += 1) {
    const value = found[i]!.value;
    if (!isPlain(value)) continue;
    const keys = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
    for (const key of keys) found.push({ parent: value, key, value: (value as Record<string | number, unknown>)[key] });
  }
  return found;
}

function hostileValue(plan: Plan): unknown {
  return HOSTILE[plan.hostile % HOSTILE.length]![1]();
}

export function hostileName(index: number): string {
  return HOSTILE[index % HOSTILE.length]![0];
}

function edgeFor(value: unknown, plan: Plan): unknown {
  if (typeof value === 'number') return EDGE_NUMBERS[plan.edge % EDGE_NUMBERS.length];
  if (typeof value === 'string') return EDGE_STRINGS[plan.edge % EDGE_STRINGS.length];
  if (typeof value === 'boolean') return plan.edge % 2 === 0 ? 'true' : 0;
  return plan.edge % 2 === 0 ? EDGE_NUMBERS[plan.edge % EDGE_NUMBERS.length] : EDGE_STRINGS[plan.edge % EDGE_STRINGS.length];
}

function set(slot: Slot, value: unknown): void {
  Object.defineProperty(slot.parent as object, slot.key, { value, enumerable: true, writable: true, configurable: true });
}

/** Applies one corruption to `root` (a freshly built value) and returns the new root. */
export function corrupt(root: unknown, plan: Plan): unknown {
  const op = OPS[plan.op % OPS.length]!;
  if (op === 'replace root') return hostileValue(plan);
  const all = slots(root);
  const slot = all[plan.pick % all.length]!;
  const thrown = THROWN[plan.thrown % THROWN.length]!;
  const replace = (value: unknown): unknown => {
    if (slot.parent === undefined) return value;
    set(slot, value);
    return root;
  };
  try {
    switch (op) {
      case 'replace':
        return replace(hostileValue(plan));
      case 'edge':
        return replace(edgeFor(slot.value, plan));
      case 'delete':
        if (slot.parent === undefined) return undefined;
        delete (slot.parent as Record<string | number, unknown>)[slot.key];
        return root;
      case 'extra key':
      case 'proto key': {
        const target = isPlain(slot.value) ? slot.value : slot.parent;
        if (target === undefined) return replace(hostileValue(plan));
        const keys = ['extra', 'constructor', 'toString', '0', '', 'hasOwnProperty'];
        const key = op === 'proto key' ? '__proto__' : keys[plan.edge % keys.length]!;
        Object.defineProperty(target, key, { value: hostileValue(plan), enumerable: true, writable: true, configurable: true });
        return root;
      }
      case 'time bomb':
        if (typeof slot.value === 'object' && slot.value !== null) return replace(timeBomb(slot.value, plan.fuse, thrown));
        return replace(timeBomb({ value: slot.value }, plan.fuse, thrown));
      case 'throwing getter':
        if (slot.parent === undefined) return replace(hostileValue(plan));
        Object.defineProperty(slot.parent, slot.key, {
          enumerable: true,
          configurable: true,
          get() {
            throw fire(thrown);
          },
        });
        return root;
      case 'lying getter': {
        if (slot.parent === undefined) return replace(hostileValue(plan));
        // the true value on the first read, a hostile one afterwards
        let reads = 0;
        const original = slot.value;
        const other = hostileValue(plan);
        Object.defineProperty(slot.parent, slot.key, {
          enumerable: true,
          configurable: true,
          get() {
            reads += 1;
            return reads === 1 ? original : other;
          },
        });
        return root;
      }
      case 'hostile prototype': {
        const target = isPlain(slot.value) ? slot.value : undefined;
        if (target === undefined) return replace(hostileValue(plan));
        const proto = {};
        for (const key of ['kind', 'id', 'name', 'value', 'at', 'weight', 'slaHours', 'mode', 'scale', 'asOf', 'window', 'bins', 'by', 'type', 'stage', 'validFrom', 'validTo', 'attributes', 'tags']) {
          Object.defineProperty(proto, key, {
            get() {
              throw fire(thrown);
            },
          });
        }
        Object.setPrototypeOf(target, proto);
        return root;
      }
      case 'null prototype': {
        const target = isPlain(slot.value) ? slot.value : undefined;
        if (target === undefined || Array.isArray(target)) return replace(Object.create(null));
        Object.setPrototypeOf(target, null);
        return root;
      }
      case 'throwing proxy':
        if (typeof slot.value === 'object' && slot.value !== null) return replace(throwingProxy(slot.value, thrown));
        return replace(revokedProxy({}));
      case 'sparse':
        if (Array.isArray(slot.value)) {
          const list = slot.value as unknown[];
          if (list.length > 0 && plan.edge % 2 === 0) delete list[plan.edge % list.length];
          else list.length += 1 + (plan.edge % 3);
          return root;
        }
        return replace([, slot.value]); // eslint-disable-line no-sparse-arrays
      case 'freeze node':
        if (typeof slot.value === 'object' && slot.value !== null && !ArrayBuffer.isView(slot.value)) Object.freeze(slot.value);
        return root;
    }
  } catch {
    // a frozen or exotic place: put a hostile value there instead, if possible
    try {
      return replace(hostileValue(plan));
    } catch {
      return hostileValue(plan);
    }
  }
  return root;
}

// ---------------------------------------------------------------------------
// freezing, snapshots and scans (never running a getter or a trap)

function isTypedArray(value: object): boolean {
  return ArrayBuffer.isView(value) && !(value instanceof DataView);
}

/** Freezes every plain object and array reachable through data properties; proxies and typed arrays are left alone. */
export function deepFreeze(root: unknown): void {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null) continue;
    if (seen.has(value) || isRegisteredProxy(value)) continue;
    seen.add(value);
    if (isTypedArray(value) || value instanceof ArrayBuffer || value instanceof DataView) continue;
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
      if (descriptor !== undefined && 'value' in descriptor) stack.push(descriptor.value);
    }
    if (value instanceof Map) for (const [k, v] of Map.prototype.entries.call(value) as Iterable<[unknown, unknown]>) stack.push(k, v);
    if (value instanceof Set) for (const v of Set.prototype.values.call(value) as Iterable<unknown>) stack.push(v);
    Object.freeze(value);
  }
}

const INTRINSICS = new Map<unknown, string>([
  [Object.prototype, 'Object.prototype'],
  [Array.prototype, 'Array.prototype'],
  [Function.prototype, 'Function.prototype'],
  [Date.prototype, 'Date.prototype'],
  [Map.prototype, 'Map.prototype'],
  [Set.prototype, 'Set.prototype'],
  [null, 'null'],
]);

const symbolIds = new Map<symbol, number>();
const functionIds = new WeakMap<object, number>();
let nextFunctionId = 0;

function functionId(value: object): number {
  let id = functionIds.get(value);
  if (id === undefined) {
    id = nextFunctionId++;
    functionIds.set(value, id);
  }
  return id;
}

function primitive(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? 'n:-0' : `n:${value}`;
  if (typeof value === 'string') return `s:${value.length}:${value}`;
  if (typeof value === 'symbol') {
    let id = symbolIds.get(value);
    if (id === undefined) symbolIds.set(value, (id = symbolIds.size));
    return `y:${id}`;
  }
  return `${typeof value}:${String(value)}`;
}

/**
 * A canonical text of everything reachable from `root`: own property
 * descriptors (getters by identity), prototypes, extensibility, typed array
 * bytes, Map and Set entries, Date time values. Proxies are read through their
 * registered targets, so no trap runs.
 */
export function snapshot(root: unknown): string {
  const ids = new Map<object, number>();
  const queue: object[] = [];
  const lines: string[] = [];
  const ref = (value: unknown): string => {
    if (typeof value === 'function' && !isRegisteredProxy(value)) return `f:${functionId(value)}`;
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return primitive(value);
    let id = ids.get(value);
    if (id === undefined) {
      id = ids.size;
      ids.set(value, id);
      queue.push(value);
    }
    return `#${id}`;
  };
  lines.push(ref(root));
  for (let i = 0; i < queue.length; i += 1) {
    const value = queue[i]!;
    const head = `#${i}=`;
    const target = proxyTargets.get(value);
    if (target !== undefined) {
      lines.push(`${head}proxy(${ref(target)})`);
      continue;
    }
    const parts: string[] = [];
    const proto = Object.getPrototypeOf(value) as unknown;
    parts.push(`proto:${INTRINSICS.get(proto) ?? ref(proto)}`, `ext:${Object.isExtensible(value)}`);
    if (value instanceof ArrayBuffer) {
      parts.push(`buffer:${Array.from(new Uint8Array(value)).join(',')}`);
    } else if (ArrayBuffer.isView(value)) {
      const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
      parts.push(`view:${Object.prototype.toString.call(value)}:${Array.from(bytes).join(',')}`);
    }
    if (value instanceof Date) {
      try {
        parts.push(`date:${Date.prototype.getTime.call(value)}`);
      } catch {
        // inherits from Date.prototype without being a Date
      }
    }
    if (value instanceof Map) {
      for (const [k, v] of Map.prototype.entries.call(value) as Iterable<[unknown, unknown]>) parts.push(`entry:${ref(k)}=>${ref(v)}`);
    }
    if (value instanceof Set) {
      for (const v of Set.prototype.values.call(value) as Iterable<unknown>) parts.push(`member:${ref(v)}`);
    }
    const typed = isTypedArray(value);
    for (const key of Reflect.ownKeys(value)) {
      if (typed && typeof key === 'string' && /^\d+$/.test(key)) continue;
      const d = Reflect.getOwnPropertyDescriptor(value, key)!;
      const name = typeof key === 'symbol' ? primitive(key) : JSON.stringify(key);
      const flags = `${d.enumerable ? 'e' : ''}${d.configurable ? 'c' : ''}${d.writable ? 'w' : ''}`;
      parts.push('value' in d ? `${name}:${flags}=${ref(d.value)}` : `${name}:${flags}get=${ref(d.get)}set=${ref(d.set)}`);
    }
    lines.push(head + parts.join('|'));
  }
  return lines.join('\n');
}

/** Paths to every NaN inside a result (plain data, arrays, Maps, Sets, typed arrays). */
export function nanPaths(root: unknown): string[] {
  const found: string[] = [];
  const seen = new Set<object>();
  const stack: [unknown, string][] = [[root, '$']];
  while (stack.length > 0 && found.length < 10) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'number') {
      if (Number.isNaN(value)) found.push(path);
      continue;
    }
    if (typeof value !== 'object' || value === null || seen.has(value) || isRegisteredProxy(value)) continue;
    seen.add(value);
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      const list = value as unknown as ArrayLike<number>;
      for (let i = 0; i < list.length; i += 1) if (Number.isNaN(list[i])) found.push(`${path}[${i}]`);
      continue;
    }
    if (value instanceof Map) {
      for (const [k, v] of value) stack.push([k, `${path}<key>`], [v, `${path}.get(${String(k)})`]);
      continue;
    }
    if (value instanceof Set) {
      for (const v of value) stack.push([v, `${path}<member>`]);
      continue;
    }
    if (value instanceof Date) continue;
    for (const key of Object.keys(value)) {
      const d = Object.getOwnPropertyDescriptor(value, key);
      if (d !== undefined && 'value' in d) stack.push([d.value, `${path}.${key}`]);
    }
  }
  return found;
}

// ---------------------------------------------------------------------------
// checks

/** Throws unless `error` is a well-formed ClienteleError. */
export function checkError(error: unknown, where: string): void {
  if (!(error instanceof ClienteleError)) {
    const text = error instanceof Error ? `${error.constructor.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
    throw new Error(`${where}: something other than a ClienteleError escaped: ${text}`);
  }
  const codes: readonly string[] = ISSUE_CODES;
  if (!codes.includes(error.code)) throw new Error(`${where}: error code ${String(error.code)} is not in ISSUE_CODES`);
  if (typeof error.message !== 'string') throw new Error(`${where}: error message is not a string`);
  if (!Array.isArray(error.issues) || error.issues.length === 0) throw new Error(`${where}: error without issues`);
  for (const issue of error.issues) {
    if (!codes.includes(issue.code)) throw new Error(`${where}: issue code ${String(issue.code)} is not in ISSUE_CODES`);
    if (typeof issue.message !== 'string') throw new Error(`${where}: issue message is not a string`);
    if (!Array.isArray(issue.path)) throw new Error(`${where}: issue path is not an array`);
    for (const key of issue.path) {
      const ok = typeof key === 'string' || (typeof key === 'number' && Number.isSafeInteger(key) && key >= 0);
      if (!ok) throw new Error(`${where}: issue path ${String(issue.path)} holds ${typeof key} ${String(key)}`);
    }
  }
}

/** A text that is the same for equal outcomes: results (Maps, arrays, chains by their JSON) or ClienteleErrors (codes and paths). */
export function canonical(value: unknown, seen: Set<object> = new Set()): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value !== 'object' || value === null) return typeof value === 'function' ? 'function' : String(value);
  if (seen.has(value)) return '<cycle>';
  seen.add(value);
  if (value instanceof ClienteleError) {
    return `error ${value.code} ${JSON.stringify(value.issues.map((issue) => [issue.code, issue.path]))}`;
  }
  if (value instanceof Error) return `thrown ${value.constructor.name}`;
  if (value instanceof Map) return `Map{${[...value].map(([k, v]) => `${canonical(k, seen)}=>${canonical(v, seen)}`).join(',')}}`;
  if (value instanceof Set) return `Set{${[...value].map((v) => canonical(v, seen)).join(',')}}`;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return `[${Array.from(value as unknown as ArrayLike<number>).join(',')}]`;
  if (Array.isArray(value)) return `[${value.map((v) => canonical(v, seen)).join(',')}]`;
  try {
    return `chain ${JSON.stringify(serializeChain(value as ServiceChain))}`;
  } catch {
    // not a chain
  }
  return `{${Object.keys(value)
    .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key], seen)}`)
    .join(',')}}`;
}

/** A chain's answers, to tell whether a call disturbed it. */
export function chainFingerprint(chain: ServiceChain): string {
  return JSON.stringify([serializeChain(chain), orphans(chain), cycles(chain)]);
}

// ---------------------------------------------------------------------------
// targets and the driver

export interface Target {
  /** The export (and method) being called. */
  readonly name: string;
  /** Valid argument lists, as data with placeholders (Ref, CHAIN). */
  readonly valid: fc.Arbitrary<readonly unknown[]>;
  /** Calls the function with built arguments. */
  readonly call: (args: unknown[]) => unknown;
  /** The chain the arguments refer to, when they do. */
  readonly chain?: fc.Arbitrary<unknown>;
  /**
   * What may escape: by default only ClienteleErrors; 'never' for functions
   * documented never to throw (type guards, safeParse); 'input's own' for
   * zod's safeParse, which lets an exception thrown by the input itself (a
   * hostile getter or trap, a revoked proxy) propagate, and nothing else.
   */
  readonly throws?: 'clientele' | 'never' | "input's own";
  /** Extra check of a successful result, e.g. a safeParse result's error. */
  readonly checkResult?: (result: unknown, where: string) => void;
  /** Quick-profile runs (default 150). */
  readonly quick?: number;
  /**
   * The parameters' names by position, as the signature names them. When one
   * is `'options'`, a call whose only corrupted argument is the options must
   * put every issue under `['options', …]` or under another parameter's name.
   */
  readonly params?: readonly string[];
}

/** Throws unless every issue of a call whose only corrupted argument was its options sits under `['options', …]` or another parameter. */
export function checkOptionPaths(error: ClienteleError, params: readonly string[], where: string): void {
  for (const issue of error.issues) {
    const head = issue.path[0];
    if (head === 'options') continue;
    if (typeof head === 'string' && params.includes(head)) continue;
    throw new Error(
      `${where}: corrupted options gave an issue at ${JSON.stringify(issue.path)} (${issue.message}); options' issues belong under ['options', …]`,
    );
  }
}

interface Case {
  readonly chainInput: unknown;
  readonly args: readonly unknown[];
  readonly scenario: number;
  readonly plans: readonly (Plan | null)[];
  readonly arity: number;
  readonly extra: readonly number[];
  readonly freeze: boolean;
}

export interface Tally {
  runs: number;
  valid: number;
  succeeded: number;
  threw: number;
  slowestMs: number;
  ms: number;
}

function caseArb(target: Target): fc.Arbitrary<Case> {
  return fc
    .record({
      chainInput: target.chain ?? fc.constant(undefined),
      args: target.valid,
      scenario: fc.nat(99),
      plans: fc.array(fc.option(planArb, { freq: 2, nil: null }), { minLength: 6, maxLength: 6 }),
      victim: fc.nat(),
      arity: fc.nat(99),
      extra: fc.array(fc.nat(HOSTILE.length - 1), { minLength: 1, maxLength: 2 }),
      freeze: fc.boolean(),
    })
    .map(({ chainInput, args, scenario, plans, victim, arity, extra, freeze }) => {
      // 30 %: all valid; 50 %: one position corrupted; 20 %: each position maybe corrupted
      let chosen: (Plan | null)[];
      if (scenario < 30) chosen = plans.map(() => null);
      else if (scenario < 80) {
        const at = args.length === 0 ? 0 : victim % args.length;
        chosen = plans.map((plan, i) => (i === at ? (plan ?? plans.find((p) => p !== null) ?? { op: 0, pick: 0, hostile: victim % HOSTILE.length, edge: victim, fuse: 3, thrown: 0 }) : null));
      } else chosen = plans;
      return { chainInput, args, scenario, plans: chosen, arity, extra, freeze };
    });
}

function envOf(chainInput: unknown): Env {
  if (chainInput === undefined) return NO_CHAIN;
  const input = build(chainInput, NO_CHAIN) as { customers: { id: string; kind: string }[] };
  const chain = createServiceChain(input as never);
  const ids = input.customers.map((c) => c.id);
  const internal = input.customers.filter((c) => ['department', 'employee', 'shareholder'].includes(c.kind)).map((c) => c.id);
  const external = input.customers.filter((c) => !['department', 'employee', 'shareholder'].includes(c.kind)).map((c) => c.id);
  return { chain, ids, internal, external };
}

function argsOf(c: Case, env: Env): unknown[] {
  const args = c.args.map((data, i) => {
    const built = build(data, env);
    const plan = c.plans[i] ?? null;
    return plan === null ? built : corrupt(built, plan);
  });
  // 86 %: as many arguments as generated; 7 %: fewer; 7 %: extra hostile ones
  if (c.arity >= 93) for (const index of c.extra) args.push(HOSTILE[index % HOSTILE.length]![1]());
  else if (c.arity >= 86 && args.length > 0) args.length -= 1 + (c.arity % args.length);
  return args;
}

/** Runs the fuzz property of one target and returns what happened. */
export function fuzz(target: Target): Tally {
  const tally: Tally = { runs: 0, valid: 0, succeeded: 0, threw: 0, slowestMs: 0, ms: 0 };
  const numRuns = LONG_RUNS ?? target.quick ?? 80;
  const started = performance.now();
  fc.assert(
    fc.property(caseArb(target), (c) => {
      const env = envOf(c.chainInput);
      // the chain's answers, from a twin, so the call meets the chain with a cold cache
      const fingerprint = env.chain === undefined ? undefined : chainFingerprint(envOf(c.chainInput).chain as ServiceChain);
      const args = argsOf(c, env);
      if (c.freeze) deepFreeze(args);
      const before = snapshot(args);
      const where = target.name;
      let threw = false;
      let error: unknown;
      let result: unknown;
      const fired = FIRED.count;
      const t0 = performance.now();
      try {
        result = target.call(args);
      } catch (caught) {
        threw = true;
        error = caught;
      }
      const elapsed = performance.now() - t0;
      tally.runs += 1;
      const valid = c.plans.every((plan) => plan === null) && c.arity < 86;
      const optionsAt = target.params?.indexOf('options') ?? -1;
      const onlyOptions =
        optionsAt >= 0 && optionsAt < c.args.length && c.arity < 86 && c.plans.every((plan, i) => (i === optionsAt) === (plan !== null) || i >= c.args.length);
      if (valid) tally.valid += 1;
      if (elapsed > tally.slowestMs) tally.slowestMs = elapsed;
      if (elapsed > HANG_MS) throw new Error(`${where}: one call took ${Math.round(elapsed)} ms`);
      if (snapshot(args) !== before) throw new Error(`${where}: the call changed its arguments`);
      if (env.chain !== undefined && chainFingerprint(env.chain) !== fingerprint) throw new Error(`${where}: the call changed the chain`);
      if (valid && c.freeze) {
        // frozen inputs must work: the same call on an unfrozen copy gives the same outcome
        let again: string;
        try {
          again = canonical(target.call(argsOf(c, env)));
        } catch (caught) {
          again = canonical(caught);
        }
        const first = canonical(threw ? error : result);
        if (again !== first) throw new Error(`${where}: frozen input gave ${first.slice(0, 300)}, unfrozen ${again.slice(0, 300)}`);
      }
      if (threw) {
        tally.threw += 1;
        if (target.throws === 'never') {
          throw new Error(`${where}: documented never to throw, threw ${error instanceof Error ? error.message : String(error)}`);
        }
        if (target.throws === "input's own") {
          const revoked = error instanceof TypeError && /revoked/.test(error.message);
          if (FIRED.count === fired && !revoked) {
            throw new Error(`${where}: threw though the input threw nothing: ${error instanceof Error ? error.stack : String(error)}`);
          }
          return;
        }
        checkError(error, where);
        if (valid) {
          const issues = (error as ClienteleError).issues.slice(0, 3).map((issue) => `${JSON.stringify(issue.path)} ${issue.message}`);
          throw new Error(`${where}: rejected a valid argument list: ${issues.join('; ')}`);
        }
        if (onlyOptions) checkOptionPaths(error as ClienteleError, target.params!, where);
        return;
      }
      tally.succeeded += 1;
      const nan = nanPaths(result);
      if (nan.length > 0) throw new Error(`${where}: NaN in the result at ${nan.join(', ')}`);
      target.checkResult?.(result, where);
    }),
    { numRuns, seed: SEED, endOnFailure: LONG_RUNS === undefined },
  );
  tally.ms = performance.now() - started;
  return tally;
}

/** One line per target, printed after a file's targets ran. */
export function report(file: string, tallies: ReadonlyMap<string, Tally>): void {
  const rows = [...tallies].map(
    ([name, t]) =>
      `${name.padEnd(34)} ${String(t.runs).padStart(7)} ${String(t.valid).padStart(6)} ${String(t.succeeded).padStart(7)} ${String(t.threw).padStart(7)} ${t.slowestMs.toFixed(1).padStart(9)} ${(t.ms / 1000).toFixed(1).padStart(7)}`,
  );
  const total = [...tallies.values()].reduce((sum, t) => sum + t.runs, 0);
  console.log(
    [
      `fuzz ${file}: ${tallies.size} targets, ${total} runs${LONG_RUNS === undefined ? ' (quick profile)' : ` (FUZZ_RUNS=${LONG_RUNS})`}`,
      `${'target'.padEnd(34)} ${'runs'.padStart(7)} ${'valid'.padStart(6)} ${'ok'.padStart(7)} ${'threw'.padStart(7)} ${'slowest'.padStart(9)} ${'s'.padStart(7)}`,
      ...rows,
    ].join('\n'),
  );
}
