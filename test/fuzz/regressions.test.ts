// Regression tests for the bugs the fuzz tests found: each call below once let
// a TypeError (or the hostile value's own exception) escape instead of a
// ClienteleError.
import { describe, expect, it } from 'vitest';
import {
  ClienteleError,
  chainAsOf,
  clv,
  healthScore,
  internalServiceQuality,
  createServiceChain,
  parseCustomer,
  parseObservation,
  parseObservations,
  safeParseCustomer,
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
import * as lib from '../../src/index.js';

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
      expect(paths(caught(() => rfm([], { asOf: make() as never })))).toEqual([['options', 'asOf']]);
      expect(paths(caught(() => slaAttainment([], { asOf: make() as never })))).toEqual([['options', 'asOf']]);
      expect(paths(caught(() => slaAccumulator({ asOf: make() as never })))).toEqual([['options', 'asOf']]);
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
    // the getter that throws is named, and asOf is not reported missing as well
    expect(paths(caught(() => scoreOrganization(chain, [], throwing(['asOf']))))).toEqual([['options', 'asOf']]);
    expect(paths(caught(() => scoreOrganization(chain, [], revoked({}))))).toEqual([['options']]);
  });

  it('a window whose getters throw', () => {
    expect(paths(caught(() => scoreOrganization(chain, [], { asOf: '2024-01-01', window: throwing(['from']) })))).toEqual([
      ['options', 'window', 'from'],
    ]);
  });
});

describe('NaN from valid-looking numbers', () => {
  it('clv with retention 1 and a discount rate too small to survive 1 + d − r', () => {
    // 1 + 1.8e-186 − 1 is 0 in floating point: the value was 0 ÷ 0 = NaN
    expect(clv({ margin: 0, retention: 1, discountRate: 1.830789337449477e-186 })).toBe(0);
    expect(clv({ margin: 2, retention: 1, discountRate: 1e-300 })).toBeCloseTo(2e300, -290);
  });

  it('clv whose value would overflow is an error at margin, not Infinity', () => {
    expect(paths(caught(() => clv({ margin: 1e308, retention: 0.9, discountRate: 0 })))).toEqual([['margin']]);
    expect(paths(caught(() => clv({ margin: 1, retention: 1, discountRate: 1e-320 })))).toEqual([['margin']]);
  });

  it('internalServiceQuality and healthScore with weights near the largest double', () => {
    const weights = { satisfaction: 149856.76077480297, timeliness: 0.00562715190456811, accuracy: 0.5, collaboration: Number.MAX_VALUE };
    const result = internalServiceQuality({ satisfaction: 100, timeliness: 100, accuracy: 0, collaboration: 50 }, weights);
    expect(result.score).toBe(50);
    expect(healthScore([{ value: 10, weight: Number.MAX_VALUE }, { value: 90, weight: Number.MAX_VALUE }]).score).toBe(50);
  });

  it('tiny weights keep their proportions', () => {
    expect(healthScore([{ value: 0, weight: Number.MIN_VALUE }, { value: 90, weight: 2 * Number.MIN_VALUE }]).score).toBe(60);
  });
});

describe('a few hundred thousand of anything: no stack overflow from push(...list)', () => {
  // push(...list) overflows Node's default stack at about 125,000 elements
  const N = 150_000;
  const unknownKeys = (): Record<string, number> => {
    const keys: Record<string, number> = {};
    for (let i = 0; i < N; i += 1) keys[`k${i}`] = i;
    return keys;
  };

  it('a customer or an observation with that many unknown keys', () => {
    const customer = { kind: 'user', id: 'x', name: 'X', ...unknownKeys() };
    const error = caught(() => parseCustomer(customer));
    expect(error.issues).toHaveLength(N);
    expect(error.issues[N - 1]!.path).toEqual([`k${N - 1}`]);
    expect(safeParseCustomer(customer).success).toBe(false);
    const observation = { type: 'purchase', customerId: 'x', at: '2024-01-01', amount: 1, currency: 'EUR', ...unknownKeys() };
    expect(caught(() => parseObservation(observation)).issues).toHaveLength(N);
  });

  it('that many duplicate links', () => {
    const links = Array.from({ length: N }, () => ({ from: 'a', to: 'b', service: 's', deliverable: 'tool' as const }));
    const customers = [
      { kind: 'department' as const, id: 'a', name: 'A' },
      { kind: 'department' as const, id: 'b', name: 'B' },
    ];
    const error = caught(() => createServiceChain({ customers, links }));
    expect(error.issues).toHaveLength(N - 1);
    expect(error.issues.every((issue) => issue.code === 'DUPLICATE_LINK')).toBe(true);
    expect(error.issues[0]!.path).toEqual(['links', 1]);
  });

  it('diagrams of a chain with that many units on one side', () => {
    const users = (count: number) => Array.from({ length: count }, (_, i) => ({ kind: 'user' as const, id: `u${i}`, name: 'U' }));
    const lines = (text: string) => text.split('\n').length;
    const two = createServiceChain({ customers: users(2), links: [] });
    const wide = createServiceChain({ customers: users(N), links: [] });
    // one line per unit more than the same diagram of two units
    expect(lines(toMermaid(wide))).toBe(lines(toMermaid(two)) + N - 2);
    expect(lines(toDot(wide))).toBe(lines(toDot(two)) + N - 2);
  });
});

describe('exported constants cannot be changed from outside', () => {
  // SERVQUAL_DIMENSIONS.reverse() used to relabel every servqual gap, and
  // TREND_PERIODS.push('day') made trend throw a TypeError
  it('every exported constant is deeply frozen', () => {
    const thawed: string[] = [];
    for (const [name, value] of Object.entries(lib)) {
      if (typeof value !== 'object' || value === null || typeof (value as { safeParse?: unknown }).safeParse === 'function') continue;
      const stack: [unknown, string][] = [[value, name]];
      while (stack.length > 0) {
        const [item, path] = stack.pop()!;
        if (typeof item !== 'object' || item === null) continue;
        if (!Object.isFrozen(item)) thawed.push(path);
        for (const [key, child] of Object.entries(item)) stack.push([child, `${path}.${key}`]);
      }
    }
    expect(thawed).toEqual([]);
  });

  it('changing one throws and leaves the answers as they were', () => {
    const input = {
      expectations: { tangibles: 5, reliability: 7, responsiveness: 6, assurance: 6, empathy: 5 },
      perceptions: { tangibles: 6, reliability: 5, responsiveness: 5, assurance: 6, empathy: 4 },
    };
    const before = lib.servqual(input).gaps;
    expect(() => (lib.SERVQUAL_DIMENSIONS as unknown as string[]).reverse()).toThrow(TypeError);
    expect(() => (lib.TREND_PERIODS as unknown as string[]).push('day')).toThrow(TypeError);
    expect(lib.servqual(input).gaps).toEqual(before);
    expect(paths(caught(() => lib.trend([], { period: 'fortnight' as never, aggregate: 'sum' })))).toEqual([['options', 'period']]);
  });
});

describe('NaN from a t statistic whose square overflows', () => {
  // Found by the fuzz tests (compareMeans, seed -1295691933 with FUZZ_RUNS=4000): `before`'s score
  // corrupted to 2³¹ against an `after` whose sd is 2.2e-162 gave t ≈ −1.4e171, and t² = Infinity
  // made the p-value NaN.
  const after = { score: -1.361156189238665e-162, total: 2, sum: -2.72231237847733e-162, sd: 2.2227587494850775e-162 };

  it('compareMeans with |t| beyond 1.3e154 on 1 degree of freedom', () => {
    // (the fuzzer's sum was 0; a sum must now be score × total, and it plays no part in the test)
    const before = { score: 2 ** 31, total: 2, sum: 2 ** 32, sd: 0 };
    const change = lib.compareMeans(before, after)!;
    // before has no spread, so se = sd₂/√2 and the Welch df is n₂ − 1 = 1
    const t = (after.score - before.score) / (after.sd / Math.SQRT2);
    expect(change.statistic).toBe(t);
    // Student's t on 1 df is Cauchy: P(|T| ≥ |t|) = (2/π)·atan(1/|t|) ≈ 4.66e-172
    const expected = (2 / Math.PI) * Math.atan(1 / Math.abs(t));
    expect(change.pValue! / expected).toBeCloseTo(1, 10);
    expect(change.significant).toBe(true);
  });

  it('compareMeans whose t overflows to −Infinity has p-value 0', () => {
    // t = −1e300 ÷ 1.57e-162: the true tail, about 1e-462, is 0 in doubles
    const change = lib.compareMeans({ score: 1e300, total: 2, sum: 2e300, sd: 0 }, after)!;
    expect(change.pValue).toBe(0);
    expect(change.significant).toBe(true);
  });

  it('compareMeans above 10 000 degrees of freedom (Hill) with t² overflowing', () => {
    // se = 1e-160/√20000 ≈ 7.1e-163, so t ≈ 1.4e162 on 19 999 df: the tail underflows to 0
    const change = lib.compareMeans({ score: 0, total: 20_000, sum: 0, sd: 0 }, { score: 1, total: 20_000, sum: 20_000, sd: 1e-160 })!;
    expect(change.pValue).toBe(0);
  });
});

describe('workingHoursBetween over more dates than its caches keep', () => {
  // Found by the fuzz tests: a `to` corrupted to '9999-12-31T23:59:59.999-23:59' kept six offset samples
  // for each of 2.9 million dates in one Map, which threw `RangeError: Map maximum size exceeded` after
  // minutes. The caches are now emptied as they fill; this span (21 915 dates) goes past that bound.
  it('sixty years in New York, twice on one calendar, against a count of weekdays', () => {
    const day: [string, string][] = [['09:00', '17:00']];
    const calendar = { timeZone: 'America/New_York', workingHours: { mon: day, tue: day, wed: day, thu: day, fri: day } };
    // UTC midnights are 19:00 or 20:00 the evening before in New York, after work: the span holds
    // the whole working days of the local dates 1970-01-01 to 2029-12-31, 8 real hours each
    // (09:00–17:00 never meets a 02:00 clock change)
    let weekdays = 0;
    for (let ms = Date.UTC(1970, 0, 1); ms <= Date.UTC(2029, 11, 31); ms += 86_400_000) {
      const weekday = new Date(ms).getUTCDay();
      if (weekday !== 0 && weekday !== 6) weekdays += 1;
    }
    expect(lib.workingHoursBetween('1970-01-01T00:00:00Z', '2030-01-01T00:00:00Z', calendar)).toBe(8 * weekdays);
    expect(lib.workingHoursBetween('1970-01-01T00:00:00Z', '2030-01-01T00:00:00Z', calendar)).toBe(8 * weekdays);
  });
});
