/**
 * The private side of a ServiceChain: dense integer indices, columnar links
 * and CSR adjacency in typed arrays, plus answers computed once on demand.
 * Nothing here is exported from the package.
 */
import { LIBRARY_VERSION } from '../_internal/version.js';
import { fail } from '../_internal/fail.js';
import type { IssuePath } from '../errors.js';
import type { Customer } from '../customers/schemas.js';
import type { ServiceChain } from './serviceChain.js';
import type { ServiceLink } from './serviceLink.js';
import type { Calendar } from './calendar.js';

/** Kind codes, in the order of CUSTOMER_KINDS; a code ≥ FIRST_EXTERNAL is external. */
export const KIND_CODES = {
  department: 0,
  employee: 1,
  shareholder: 2,
  user: 3,
  buyer: 4,
  beneficiary: 5,
} as const;
export const FIRST_EXTERNAL = 3;
/** Marks an id whose customer failed to parse, so references to it are not reported twice. */
export const UNREADABLE_KIND = 255;

/** The links, one entry per link in input order. */
export interface LinkColumns {
  /** Provider index; -1 marks a link left out (invalid, during construction only). */
  readonly from: Int32Array;
  /** Consumer index. */
  readonly to: Int32Array;
  readonly service: string[];
  /** Index into DELIVERABLES. */
  readonly deliverable: Uint8Array;
  /** null when every weight is the default 1. */
  readonly weight: Float64Array | null;
  /** null when no link has slaHours; NaN where a link has none. */
  readonly sla: Float64Array | null;
  /** null when no link has validFrom / validTo. */
  readonly validFrom: (string | undefined)[] | null;
  readonly validTo: (string | undefined)[] | null;
  /** First and last instant of each link's validity (±Infinity when open); null when no link has any bound. */
  readonly start: Float64Array | null;
  readonly end: Float64Array | null;
  /** Index of each link's owner (an employee), -1 where none; null when no link has an owner. */
  readonly owner: Int32Array | null;
  /** Each link's working calendar (frozen), undefined where none; null when no link has one. */
  readonly calendar: (Calendar | undefined)[] | null;
}

/** The strongly connected groups; group ids are in reverse topological order (providers have higher ids). */
export interface Condensation {
  readonly group: Int32Array;
  readonly count: number;
  /** CSR of members per group. */
  readonly memberStart: Int32Array;
  readonly members: Int32Array;
}

export interface ChainState {
  readonly n: number;
  readonly m: number;
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly customers: readonly Customer[];
  readonly kinds: Uint8Array;
  readonly links: LinkColumns;
  readonly outStart: Int32Array;
  readonly outTarget: Int32Array;
  readonly outLink: Int32Array;
  readonly inStart: Int32Array;
  readonly inSource: Int32Array;
  readonly inLink: Int32Array;
  /** Computed on first use, then kept: the chain itself never changes. */
  readonly cache: {
    byId?: Int32Array;
    condensation?: Condensation;
    distance?: Int32Array;
    idom?: Int32Array;
    linkObjects?: readonly ServiceLink[];
  };
}

/**
 * Where each chain handle's state is kept. One app can load two copies of
 * this library side by side (the CommonJS build through `require` and the
 * ESM build through `import`, the "dual package hazard"); copies of the same
 * version share one registry through the global symbol registry, so a chain
 * made by one is read by the other. Another version keeps its own, since
 * its states may be laid out otherwise.
 */
const STATES: WeakMap<object, ChainState> = /*@__PURE__*/ sharedRegistry();

function sharedRegistry(): WeakMap<object, ChainState> {
  const holder = globalThis as unknown as Record<symbol, WeakMap<object, ChainState> | undefined>;
  const key = Symbol.for(`clientele.chainStates@${LIBRARY_VERSION}`);
  let registry = holder[key];
  if (registry === undefined) {
    registry = new WeakMap<object, ChainState>();
    Object.defineProperty(holder, key, { value: registry });
  }
  return registry;
}

/** On every chain handle (not enumerable): the version of the library that made it, to explain a handle from another version. */
const MADE_BY = Symbol.for('clientele.ServiceChain');

/** Makes the public, frozen handle for a state. */
export function publish(state: ChainState): ServiceChain {
  const chain: ServiceChain = { customerCount: state.n, linkCount: state.m };
  Object.defineProperty(chain, MADE_BY, { value: LIBRARY_VERSION });
  Object.freeze(chain);
  STATES.set(chain, state);
  return chain;
}

/** The state behind a chain, or a ClienteleError when `chain` is not one made by this library. */
export function stateOf(chain: unknown, path: IssuePath = ['chain']): ChainState {
  const state = typeof chain === 'object' && chain !== null ? STATES.get(chain) : undefined;
  if (state === undefined) {
    let madeBy: unknown;
    try {
      madeBy = typeof chain === 'object' && chain !== null ? (chain as Record<symbol, unknown>)[MADE_BY] : undefined;
    } catch {
      // a value whose reading throws (a revoked proxy, a hostile getter) is simply not a chain
    }
    if (typeof madeBy === 'string') {
      const which = madeBy === LIBRARY_VERSION ? `another copy of clientele ${madeBy} that keeps its own chains` : `clientele ${madeBy}, and this is ${LIBRARY_VERSION}`;
      fail(path, `was made by ${which}: a chain is read only where it was made (serializeChain and parseServiceChain carry one across)`);
    }
    fail(path, 'must be a ServiceChain made by createServiceChain');
  }
  return state;
}

/** The index of a customer id, or a ClienteleError: INVALID_INPUT for a non-string, UNKNOWN_REFERENCE for an id not in the chain. */
export function nodeOf(state: ChainState, id: unknown, path: IssuePath = ['id']): number {
  if (typeof id !== 'string') fail(path, 'must be a customer id (a string)');
  const node = state.index.get(id);
  if (node === undefined) fail(path, `no customer ${JSON.stringify(id)} in the chain`, 'UNKNOWN_REFERENCE');
  return node;
}

export function isExternalNode(state: ChainState, node: number): boolean {
  return (state.kinds[node] as number) >= FIRST_EXTERNAL;
}
