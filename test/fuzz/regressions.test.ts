// Regression tests for the bugs the fuzz tests found: each call below once let
// a TypeError (or the hostile value's own exception) escape instead of a
// ClienteleError.
import { describe, expect, it } from 'vitest';
import {
  ClienteleError,
  chainAsOf,
  createServiceChain,
  parseObservations,
  parseServiceChain,
  propagateQuality,
  rfm,
  safeParseObservations,
  scoreOrganization,
  slaAccumulator,
  slaAttainment,
  toDot,
  toMermaid,
  trend,
} from '../../src/index.js';

function revoked(target: object = []): never {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy as never;
}

function caught(run: () => unknown): ClienteleError {
  try {
    run();
  } catch (error) {
    if (error instanceof ClienteleError) return error;
    throw new Error(`not a ClienteleError: ${String(error)}`);
  }
  throw new Error('did not throw');
}

const paths = (error: ClienteleError) => error.issues.map((issue) => issue.path);

const chain = createServiceChain({
  customers: [
    { kind: 'department', id: 'it', name: 'IT' },
    { kind: 'user', id: 'u', name: 'U' },
  ],
  links: [{ from: 'it', to: 'u', service: 'helpdesk', deliverable: 'support' }],
});

// Things that look like a Date without being one: Date.prototype.getTime
// throws on all of them (or they throw before it is reached).
const NOT_DATES: readonly [string, () => unknown][] = [
  ['a Proxy of a Date', () => new Proxy(new Date(0), {})],
  ['an object inheriting from Date.prototype', () => Object.create(Date.prototype) as object],
  ['a proxy whose getPrototypeOf throws', () => new Proxy({}, { getPrototypeOf: () => { throw new Error('hostile'); } })],
  ['a revoked proxy', () => revoked({})],
];

describe('date arguments that are not real Dates', () => {
  for (const [name, make] of NOT_DATES) {
    it(`${name}: a ClienteleError at the argument's path`, () => {
      expect(paths(caught(() => chainAsOf(chain, make() as never)))).toEqual([['date']]);
      expect(paths(caught(() => rfm([], { asOf: make() as never })))).toEqual([['asOf']]);
      expect(paths(caught(() => slaAttainment([], { asOf: make() as never })))).toEqual([['asOf']]);
      expect(paths(caught(() => slaAccumulator({ asOf: make() as never })))).toEqual([['asOf']]);
      expect(paths(caught(() => scoreOrganization(chain, [], { asOf: make() as never })))).toEqual([['options', 'asOf']]);
      expect(paths(caught(() => trend([{ at: make() as never, value: 1 }], { period: 'month', aggregate: 'sum' })))).toEqual([
        ['points', 0, 'at'],
      ]);
    });
  }

  it('a Date whose own getTime throws is read through the intrinsic getTime', () => {
    const date = new Date(Date.UTC(2024, 0, 1));
    Object.defineProperty(date, 'getTime', { value: () => { throw new Error('hostile'); } });
    expect(chainAsOf(chain, date).linkCount).toBe(1);
  });

  it('a Date subclass whose getTime lies is read by its time value', () => {
    class Lying extends Date {
      override getTime(): number {
        return Number.NaN;
      }
    }
    expect(slaAttainment([{ requestedAt: '2024-01-01', slaHours: 1 }], { asOf: new Lying(Date.UTC(2024, 0, 2)) }).late).toBe(1);
  });
});

describe('revoked proxies where an object or an array is expected', () => {
  it('parseObservations and safeParseObservations', () => {
    expect(paths(caught(() => parseObservations(revoked())))).toEqual([[]]);
    const result = safeParseObservations(revoked());
    expect(result.success).toBe(false);
  });

  it('createServiceChain and parseServiceChain', () => {
    expect(paths(caught(() => createServiceChain(revoked({}))))).toEqual([[]]);
    expect(paths(caught(() => parseServiceChain(revoked({}))))).toEqual([[]]);
  });

  it('diagram options', () => {
    expect(paths(caught(() => toMermaid(chain, revoked({}))))).toEqual([['options']]);
    expect(paths(caught(() => toDot(chain, revoked({}))))).toEqual([['options']]);
  });

  it('propagateQuality options', () => {
    expect(paths(caught(() => propagateQuality(chain, {}, revoked({}))))).toEqual([['options']]);
  });
});

describe('scoreOrganization options with hostile getters', () => {
  const throwing = (keys: string[], base: object = {}) => {
    const value = { ...base };
    for (const key of keys) Object.defineProperty(value, key, { enumerable: true, get: () => { throw new TypeError('hostile'); } });
    return value as never;
  };

  it('options whose getters throw', () => {
    expect(paths(caught(() => scoreOrganization(chain, [], throwing(['asOf']))))).toEqual([['options']]);
    expect(paths(caught(() => scoreOrganization(chain, [], revoked({}))))).toEqual([['options']]);
  });

  it('a window whose getters throw', () => {
    expect(paths(caught(() => scoreOrganization(chain, [], { asOf: '2024-01-01', window: throwing(['from']) })))).toEqual([
      ['options', 'window'],
    ]);
  });
});
