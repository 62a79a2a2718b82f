import { describe, expect, it } from 'vitest';
import {
  balance,
  ces,
  churnRate,
  clv,
  csat,
  dpmo,
  enps,
  firstPassYield,
  healthScore,
  internalServiceQuality,
  kFactor,
  mean,
  nps,
  parseObservations,
  referralRate,
  retentionRate,
  rolledThroughputYield,
  servqual,
  slaAttainment,
  type Task,
} from '../../src/index.js';
import { caught, deepFreeze, issuePaths } from './_helpers.js';

// Calls with deliberately wrong types go through this alias.
const anyNps = nps as (scores: unknown) => ReturnType<typeof nps>;
const anyCsat = csat as (ratings: unknown, options?: unknown) => ReturnType<typeof csat>;

describe('nps: bad answers are errors naming their position', () => {
  it('reports every bad answer at [scores, i]', () => {
    expect(issuePaths(() => anyNps([10, 11, 3, -1, 7.5, Number.NaN, '9', null, undefined, Infinity]))).toEqual([
      ['scores', 1],
      ['scores', 3],
      ['scores', 4],
      ['scores', 5],
      ['scores', 6],
      ['scores', 7],
      ['scores', 8],
      ['scores', 9],
    ]);
  });

  it('treats a hole in a sparse array as a bad answer', () => {
    const sparse = [9, 9];
    sparse.length = 3;
    expect(issuePaths(() => nps(sparse))).toEqual([['scores', 2]]);
  });

  it('finds bad values in a Uint8Array column', () => {
    const column = new Uint8Array(1000).fill(9);
    column[17] = 11;
    column[999] = 255;
    expect(issuePaths(() => nps(column))).toEqual([
      ['scores', 17],
      ['scores', 999],
    ]);
  });

  it('checks other typed arrays value by value', () => {
    expect(issuePaths(() => nps(Int8Array.from([9, -1])))).toEqual([['scores', 1]]);
    expect(issuePaths(() => nps(Float32Array.from([9.5, 10])))).toEqual([['scores', 0]]);
    expect(issuePaths(() => nps(Float64Array.from([Number.NaN])))).toEqual([['scores', 0]]);
    expect(nps(Uint16Array.from([10, 0]))).toEqual(nps([10, 0]));
    expect(nps(Int32Array.from([10, 7]))).toEqual(nps([10, 7]));
    expect(nps(Uint8ClampedArray.from([10, 7, 1]))).toEqual(nps([10, 7, 1]));
  });

  it('rejects what is not a column at [scores]', () => {
    expect(issuePaths(() => anyNps(new BigInt64Array(2)))).toEqual([['scores']]);
    expect(issuePaths(() => anyNps(new DataView(new ArrayBuffer(4))))).toEqual([['scores']]);
    expect(issuePaths(() => anyNps('910'))).toEqual([['scores']]);
    expect(issuePaths(() => anyNps({ length: 1, 0: 9 }))).toEqual([['scores']]);
    expect(issuePaths(() => anyNps(undefined))).toEqual([['scores']]);
    expect(issuePaths(() => anyNps(new Set([9])))).toEqual([['scores']]);
  });

  it('turns a throwing element getter and a revoked proxy into INVALID_INPUT', () => {
    const list = [9, 9];
    Object.defineProperty(list, 0, {
      get() {
        throw new Error('boom');
      },
    });
    expect(caught(() => nps(list)).code).toBe('INVALID_INPUT');
    const { proxy, revoke } = Proxy.revocable([9], {});
    revoke();
    expect(caught(() => anyNps(proxy)).code).toBe('INVALID_INPUT');
  });

  it('works on frozen input and does not change it', () => {
    const answers = Object.freeze([10, 0, 8]);
    expect(nps(answers)).toEqual({ score: 0, promoters: 1, passives: 1, detractors: 1, total: 3 });
    expect(answers).toEqual([10, 0, 8]);
  });

  it('gives null, not NaN, for no answers, and never −0', () => {
    expect(nps([])).toEqual({ score: null, promoters: 0, passives: 0, detractors: 0, total: 0 });
    expect(nps(new Uint8Array(0)).score).toBeNull();
    expect(Object.is(nps([9, 3]).score, 0)).toBe(true);
    expect(enps([]).score).toBeNull();
  });
});

describe('csat and ces options', () => {
  it('validates scale and threshold', () => {
    expect(issuePaths(() => csat([1], { scale: 1 }))).toEqual([['options', 'scale']]);
    expect(issuePaths(() => csat([1], { scale: 101 }))).toEqual([['options', 'scale']]);
    expect(issuePaths(() => csat([1], { scale: 5.5 }))).toEqual([['options', 'scale']]);
    expect(issuePaths(() => csat([1], { threshold: 0 }))).toEqual([['options', 'threshold']]);
    expect(issuePaths(() => csat([1], { scale: 7, threshold: 8 }))).toEqual([['options', 'threshold']]);
    expect(issuePaths(() => csat([1], { threshold: 3.5 }))).toEqual([['options', 'threshold']]);
    expect(issuePaths(() => anyCsat([1], { scael: 7 }))).toEqual([['options', 'scael']]);
    expect(issuePaths(() => anyCsat([1], 7))).toEqual([['options']]);
    expect(issuePaths(() => ces([1], { scale: 0 }))).toEqual([['options', 'scale']]);
  });

  it('reports option and column problems together', () => {
    expect(issuePaths(() => anyCsat('x', { scale: 1 }))).toEqual([['options', 'scale'], ['ratings']]);
  });

  it('rates on the chosen scale', () => {
    expect(csat([10, 9, 8, 1], { scale: 10 })).toEqual({ score: 50, satisfied: 2, total: 4, scale: 10, threshold: 9 });
    expect(csat([5, 3], { threshold: 3 }).score).toBe(100);
    expect(issuePaths(() => csat([6, 0, 5]))).toEqual([['ratings', 0], ['ratings', 1]]);
    expect(issuePaths(() => ces(new Uint8Array([7, 8, 0])))).toEqual([['ratings', 1], ['ratings', 2]]);
    expect(ces([]).score).toBeNull();
    expect(csat([]).score).toBeNull();
  });
});

describe('mean', () => {
  it('sums exactly and rounds once', () => {
    expect(mean([1e16, 1, -1e16, 1]).sum).toBe(2);
    expect(mean([0.1, 0.2]).sum).toBe(0.30000000000000004);
    expect(mean([3, 3, 3]).score).toBe(3);
    expect(issuePaths(() => mean([1, Infinity, Number.NaN]))).toEqual([['values', 1], ['values', 2]]);
    // a square beyond the largest double (|x| > 1.34e154) leaves no sd: the first such value is reported
    expect(issuePaths(() => mean([1, 1.7e308, 1.7e308]))).toEqual([['values', 1]]);
    expect(issuePaths(() => mean([1e153, -1e153, 1.4e154]))).toEqual([['values', 2]]);
  });
});

describe('servqual', () => {
  const expectations = { tangibles: 5, reliability: 7, responsiveness: 6, assurance: 6, empathy: 5 };
  const perceptions = { tangibles: 6, reliability: 5, responsiveness: 5, assurance: 6, empathy: 4 };

  it('reports missing, out-of-range and unknown dimensions with paths', () => {
    const paths = issuePaths(() =>
      servqual({
        expectations: { ...expectations, empathy: 8 },
        perceptions: { tangibles: 6, reliability: 5, responsiveness: 5, assurance: 6 } as typeof perceptions,
      }),
    );
    expect(paths).toEqual([['expectations', 'empathy'], ['perceptions', 'empathy']]);
    expect(
      issuePaths(() => servqual({ expectations, perceptions: { ...perceptions, courtesy: 3 } as typeof perceptions })),
    ).toEqual([['perceptions', 'courtesy']]);
  });

  it('accepts weights summing to 1 or 100 only, each ≥ 0', () => {
    const weights = { tangibles: 20, reliability: 20, responsiveness: 20, assurance: 20, empathy: 19 };
    expect(issuePaths(() => servqual({ expectations, perceptions, weights }))).toEqual([['weights']]);
    expect(issuePaths(() => servqual({ expectations, perceptions, weights: { ...weights, empathy: -1, tangibles: 41 } }))).toEqual([
      ['weights', 'empathy'],
    ]);
    const tenths = { tangibles: 0.1, reliability: 0.2, responsiveness: 0.3, assurance: 0.2, empathy: 0.2 };
    expect(servqual({ expectations, perceptions, weights: tenths }).weighted).toBeCloseTo(
      0.1 * 1 + 0.2 * -2 + 0.3 * -1 + 0 + 0.2 * -1,
      12,
    );
  });

  it('rejects unknown keys and a non-object', () => {
    expect(issuePaths(() => servqual({ expectations, perceptions, extra: 1 } as never))).toEqual([['extra']]);
    expect(issuePaths(() => servqual(null as never))).toEqual([['input']]);
  });
});

describe('slaAttainment', () => {
  const at = (hour: number, minute = 0, ms = 0) =>
    new Date(Date.UTC(2024, 4, 1, hour, minute, 0, ms)).toISOString();

  it('finishing exactly at the deadline is on time; one millisecond later is late', () => {
    expect(slaAttainment([{ requestedAt: at(9), completedAt: at(17), slaHours: 8 }]).onTime).toBe(1);
    expect(slaAttainment([{ requestedAt: at(9), completedAt: at(17, 0, 1), slaHours: 8 }]).late).toBe(1);
  });

  it('takes fractional hours', () => {
    expect(slaAttainment([{ requestedAt: at(9), completedAt: at(9, 45), slaHours: 0.75 }]).onTime).toBe(1);
    expect(slaAttainment([{ requestedAt: at(9), completedAt: at(9, 46), slaHours: 0.75 }]).late).toBe(1);
  });

  it('judges open tasks at asOf: late only once the deadline has passed', () => {
    const open = [{ requestedAt: at(9), slaHours: 2 }];
    expect(slaAttainment(open, { asOf: at(11) })).toEqual({ score: null, onTime: 0, late: 0, open: 1, total: 1 });
    expect(slaAttainment(open, { asOf: new Date(Date.parse(at(11)) + 1) })).toEqual({
      score: 0,
      onTime: 0,
      late: 1,
      open: 0,
      total: 1,
    });
    expect(slaAttainment(open)).toEqual({ score: null, onTime: 0, late: 0, open: 1, total: 1 });
  });

  it('lets a task’s own slaHours override the default', () => {
    const tasks = [{ requestedAt: at(9), completedAt: at(12), slaHours: 2 }, { requestedAt: at(9), completedAt: at(12) }];
    expect(slaAttainment(tasks, { slaHours: 4 })).toEqual({ score: 50, onTime: 1, late: 1, open: 0, total: 2 });
  });

  it('reports every bad task field with its path', () => {
    const paths = issuePaths(() =>
      slaAttainment([
        { requestedAt: at(9) },
        { requestedAt: '2024-05-01T09:00', completedAt: at(10), slaHours: 1 },
        { requestedAt: at(9), completedAt: at(8), slaHours: 1 },
        { requestedAt: at(9), slaHours: 0 },
        { requestedAt: at(9), slaHours: 1, completedAt: null as never },
        7 as never,
      ]),
    );
    expect(paths).toEqual([
      ['tasks', 0, 'slaHours'],
      ['tasks', 1, 'requestedAt'],
      ['tasks', 2, 'completedAt'],
      ['tasks', 3, 'slaHours'],
      ['tasks', 4, 'completedAt'],
      ['tasks', 5],
    ]);
  });

  it('validates options', () => {
    expect(issuePaths(() => slaAttainment([], { asOf: 'yesterday' }))).toEqual([['options', 'asOf']]);
    expect(issuePaths(() => slaAttainment([], { asOf: new Date(Number.NaN) }))).toEqual([['options', 'asOf']]);
    expect(issuePaths(() => slaAttainment([], { slaHours: -2 }))).toEqual([['options', 'slaHours']]);
    expect(issuePaths(() => slaAttainment({} as never))).toEqual([['tasks']]);
    expect(slaAttainment([])).toEqual({ score: null, onTime: 0, late: 0, open: 0, total: 0 });
  });

  it('rejects keys that are not task fields (a typo must not pass silently)', () => {
    expect(issuePaths(() => slaAttainment([{ requestedAt: at(9), slaHour: 2 } as never], { slaHours: 1 }))).toEqual([
      ['tasks', 0, 'slaHour'],
    ]);
    const task = { type: 'task', providerId: 'it', consumerId: 'hr', requestedAt: at(9), completedAt: at(10) };
    expect(issuePaths(() => firstPassYield([{ ...task, reworkd: true } as never]))).toEqual([['tasks', 0, 'reworkd']]);
  });

  it('accepts parsed Task observations and frozen input', () => {
    const tasks = deepFreeze(
      parseObservations([
        { type: 'task', providerId: 'it', consumerId: 'hr', requestedAt: '2024-05-01', completedAt: '2024-05-02', slaHours: 24 },
      ]).filter((observation): observation is Task => observation.type === 'task'),
    );
    expect(slaAttainment(tasks).score).toBe(100);
  });
});

describe('firstPassYield', () => {
  const open = { type: 'task', providerId: 'it', consumerId: 'hr', requestedAt: '2024-05-01T09:00:00Z' } as const;
  const done = { ...open, completedAt: '2024-05-01T17:00:00Z' } as const;

  it('counts defect-free, unreworked tasks among the completed ones', () => {
    expect(firstPassYield([])).toEqual({ score: null, passed: 0, total: 0, open: 0 });
    // 1 of 2 completed passed: 50 %
    expect(firstPassYield([{ ...done, defects: 0, reworked: false }, { ...done, defects: 0, reworked: true }])).toEqual({
      score: 50,
      passed: 1,
      total: 2,
      open: 0,
    });
    // absent defects count as none; 2 of 3 completed passed (the third has a defect): passed ÷ total × 100,
    // in that order as documented (2 / 3 × 100 = 66.666…66 in doubles, one ulp below 200 / 3)
    expect(firstPassYield([done, { ...done, reworked: false }, { ...done, defects: 1 }])).toEqual({
      score: (2 / 3) * 100,
      passed: 2,
      total: 3,
      open: 0,
    });
  });

  it('leaves open tasks out of the yield and counts them in open', () => {
    // one completed and passed, two still open (one with a defect found already): 1 of 1
    expect(firstPassYield([done, open, { ...open, defects: 3 }])).toEqual({ score: 100, passed: 1, total: 1, open: 2 });
    expect(firstPassYield([open])).toEqual({ score: null, passed: 0, total: 0, open: 1 });
  });

  it('reports bad fields at the task and field, and another observation at its type', () => {
    expect(
      issuePaths(() =>
        firstPassYield([
          { ...done, defects: 1.5 },
          { ...done, reworked: 'yes' as never },
          null as never,
          { ...done, defects: Number.NaN },
          { ...done, defects: -1 },
          { ...done, completedAt: '2024-05-01T08:59:59Z' },
          { type: 'purchase', customerId: 'b1', at: '2024-05-01', amount: 5, currency: 'EUR' } as never,
        ]),
      ),
    ).toEqual([
      ['tasks', 0, 'defects'],
      ['tasks', 1, 'reworked'],
      ['tasks', 2],
      ['tasks', 3, 'defects'],
      ['tasks', 4, 'defects'],
      ['tasks', 5, 'completedAt'],
      ['tasks', 6, 'type'],
    ]);
    expect(issuePaths(() => firstPassYield({} as never))).toEqual([['tasks']]);
  });

  it('takes frozen parsed observations', () => {
    const tasks = deepFreeze(parseObservations([done, { ...done, defects: 2 }]) as Task[]);
    expect(firstPassYield(tasks)).toEqual({ score: 50, passed: 1, total: 2, open: 0 });
  });
});

describe('formulas over numeric parameters', () => {
  it('dpmo checks counts and that defects fit the opportunities', () => {
    expect(dpmo({ defects: 0, units: 1, opportunities: 1 })).toBe(0);
    expect(dpmo({ defects: 10, units: 5, opportunities: 2 })).toBe(1_000_000);
    expect(issuePaths(() => dpmo({ defects: 11, units: 5, opportunities: 2 }))).toEqual([['defects']]);
    expect(issuePaths(() => dpmo({ defects: -1, units: 0, opportunities: 1.5 }))).toEqual([
      ['defects'],
      ['units'],
      ['opportunities'],
    ]);
    expect(issuePaths(() => dpmo({ defects: 1, units: 1, opportunities: 1, extra: 1 } as never))).toEqual([['extra']]);
    expect(issuePaths(() => dpmo(undefined as never))).toEqual([['input']]);
  });

  it('rolledThroughputYield: every factor in [0, 1], at least one', () => {
    expect(rolledThroughputYield([1])).toBe(1);
    expect(rolledThroughputYield(Float64Array.from([0.5, 0.5]))).toBe(0.25);
    expect(issuePaths(() => rolledThroughputYield([]))).toEqual([['yields']]);
    expect(issuePaths(() => rolledThroughputYield([0.5, 1.2, -0.1, Number.NaN]))).toEqual([
      ['yields', 1],
      ['yields', 2],
      ['yields', 3],
    ]);
  });

  it('clv: ranges and the infinite case', () => {
    expect(issuePaths(() => clv({ margin: 10, retention: 1, discountRate: 0 }))).toEqual([['retention']]);
    expect(issuePaths(() => clv({ margin: Number.NaN, retention: 1.1, discountRate: -0.1, acquisitionCost: -1 }))).toEqual([
      ['margin'],
      ['retention'],
      ['discountRate'],
      ['acquisitionCost'],
    ]);
    expect(clv({ margin: -10, retention: 0.5, discountRate: 0 })).toBe(-10);
  });

  it('retention and churn: counts must be consistent', () => {
    expect(issuePaths(() => retentionRate({ start: 0, end: 1, acquired: 1 }))).toEqual([['start']]);
    expect(issuePaths(() => retentionRate({ start: 10, end: 5, acquired: 6 }))).toEqual([['acquired']]);
    expect(issuePaths(() => retentionRate({ start: 10, end: 25, acquired: 5 }))).toEqual([['end']]);
    expect(issuePaths(() => churnRate({ start: 10.5, end: 5, acquired: 0 }))).toEqual([['start']]);
    expect(retentionRate({ start: 10, end: 10, acquired: 0 })).toBe(100);
    expect(churnRate({ start: 10, end: 3, acquired: 3 })).toBe(100);
  });

  it('kFactor and referralRate', () => {
    expect(kFactor({ customers: 5, referrals: 0, conversions: 0 })).toBe(0);
    expect(issuePaths(() => kFactor({ customers: 0, referrals: 2, conversions: 3 }))).toEqual([['customers'], ['conversions']]);
    expect(issuePaths(() => referralRate({ customers: 10, referrers: 11 }))).toEqual([['referrers']]);
    expect(issuePaths(() => referralRate({ customers: 10, referrers: -1 }))).toEqual([['referrers']]);
    expect(referralRate({ customers: 10, referrers: 10 })).toBe(100);
  });
});

describe('internalServiceQuality', () => {
  it('weights components equally by default and renormalises around missing ones', () => {
    expect(internalServiceQuality({ satisfaction: 80, timeliness: 60, accuracy: 100, collaboration: 40 }).score).toBe(70);
    expect(internalServiceQuality({ satisfaction: 80, timeliness: null, accuracy: undefined, collaboration: 40 })).toEqual({
      score: 60,
      components: { satisfaction: 80, timeliness: null, accuracy: null, collaboration: 40 },
      present: 2,
    });
    expect(internalServiceQuality({ timeliness: null }).score).toBeNull();
  });

  it('applies weights to present components only', () => {
    const result = internalServiceQuality(
      { satisfaction: 100, timeliness: 0, collaboration: null },
      { satisfaction: 1, timeliness: 3, collaboration: 100 },
    );
    expect(result.score).toBe(25);
  });

  it('reports bad components and weights under their parameter', () => {
    expect(
      issuePaths(() =>
        internalServiceQuality({ satisfaction: 101, timeliness: -1, speed: 3 } as never, { accuracy: 0, mood: 1 } as never),
      ),
    ).toEqual(
      expect.arrayContaining([
        ['components', 'satisfaction'],
        ['components', 'timeliness'],
        ['components', 'speed'],
        ['weights', 'accuracy'],
        ['weights', 'mood'],
      ]),
    );
    expect(issuePaths(() => internalServiceQuality(undefined as never))).toEqual([['components']]);
  });
});

describe('healthScore', () => {
  it('bands: below red is red, at red amber, at green green', () => {
    expect(healthScore([{ value: 39.999 }]).band).toBe('red');
    expect(healthScore([{ value: 40 }]).band).toBe('amber');
    expect(healthScore([{ value: 69.999 }]).band).toBe('amber');
    expect(healthScore([{ value: 70 }]).band).toBe('green');
    expect(healthScore([{ value: 50 }], { red: 60, green: 80 }).band).toBe('red');
    expect(healthScore([{ value: 50 }], { red: 50, green: 50 }).band).toBe('green');
  });

  it('reports bad indicators and thresholds', () => {
    expect(
      issuePaths(() => healthScore([{ value: -1 }, { value: 50, weight: 0 }, { value: 50, note: 'x' } as never, 'x' as never])),
    ).toEqual([['indicators', 0, 'value'], ['indicators', 1, 'weight'], ['indicators', 2, 'note'], ['indicators', 3]]);
    expect(issuePaths(() => healthScore([], { red: 80, green: 70 }))).toEqual([['options', 'red']]);
    expect(issuePaths(() => healthScore([], { green: 101 }))).toEqual([['options', 'green']]);
  });
});

describe('balance', () => {
  it('puts internal first when both sides are below the floor', () => {
    expect(balance({ internal: 49, external: 20 })).toMatchObject({ gap: 29, focus: 'internal', reason: 'both-below-floor' });
  });

  it('needs a gap beyond the tolerance to pick a side', () => {
    expect(balance({ internal: 60, external: 70 })).toMatchObject({ focus: 'balanced', reason: 'within-tolerance' });
    expect(balance({ internal: 60, external: 70.5 })).toMatchObject({ focus: 'internal', reason: 'internal-lower' });
    expect(balance({ internal: 80.5, external: 70 })).toMatchObject({ focus: 'external', reason: 'external-lower' });
    expect(balance({ internal: 80, external: 60 }, { tolerance: 25 }).focus).toBe('balanced');
    expect(balance({ internal: 45, external: 55 }, { floor: 40 }).focus).toBe('balanced');
    expect(balance({ internal: 50, external: 30 }).focus).toBe('external');
    // a gap of exactly the tolerance in decimals, whatever its rounding in binary: 64.4 − 54.4 = 10.000000000000007 in doubles
    expect(64.4 - 54.4).toBeGreaterThan(10);
    expect(balance({ internal: 54.4, external: 64.4 })).toMatchObject({ focus: 'balanced', reason: 'within-tolerance' });
    expect(balance({ internal: 64.4, external: 54.4 })).toMatchObject({ focus: 'balanced', reason: 'within-tolerance' });
    expect(balance({ internal: 62.3, external: 72.3 }).focus).toBe('balanced');
    // a hundredth of a point past it is past it
    expect(balance({ internal: 54.39, external: 64.4 }).focus).toBe('internal');
    // every pair of one-decimal scores from 50.0 to 90.0 exactly 10 apart, both ways (a trial found 40 of these 802 one-sided)
    const oneSided: string[] = [];
    for (let tenths = 500; tenths <= 800; tenths += 1) {
      const low = tenths / 10;
      const high = (tenths + 100) / 10;
      if (balance({ internal: low, external: high }).focus !== 'balanced') oneSided.push(`${low} vs ${high}`);
      if (balance({ internal: high, external: low }).focus !== 'balanced') oneSided.push(`${high} vs ${low}`);
    }
    expect(oneSided).toEqual([]);
  });

  it('validates scores and options', () => {
    expect(issuePaths(() => balance({ internal: 120, external: Number.NaN }, { tolerance: -1, floor: 101 }))).toEqual([
      ['options', 'tolerance'],
      ['options', 'floor'],
      ['internal'],
      ['external'],
    ]);
    expect(issuePaths(() => balance({ internal: 50 } as never))).toEqual([['external']]);
  });
});

describe('hostile input never lets anything but a ClienteleError out', () => {
  const revoked = () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  };
  const throwing = (key: string, base: object) =>
    Object.defineProperty({ ...base }, key, {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
  const calls: [string, (value: unknown) => unknown][] = [
    ['nps', (v) => nps(v as never)],
    ['csat', (v) => csat(v as never)],
    ['ces', (v) => ces(v as never)],
    ['mean', (v) => mean(v as never)],
    ['servqual', (v) => servqual(v as never)],
    ['slaAttainment', (v) => slaAttainment(v as never)],
    ['slaAttainment options', (v) => slaAttainment([], v as never)],
    ['firstPassYield', (v) => firstPassYield(v as never)],
    ['dpmo', (v) => dpmo(v as never)],
    ['rolledThroughputYield', (v) => rolledThroughputYield(v as never)],
    ['clv', (v) => clv(v as never)],
    ['retentionRate', (v) => retentionRate(v as never)],
    ['kFactor', (v) => kFactor(v as never)],
    ['referralRate', (v) => referralRate(v as never)],
    ['internalServiceQuality', (v) => internalServiceQuality(v as never)],
    ['healthScore', (v) => healthScore(v as never)],
    ['balance', (v) => balance(v as never)],
  ];
  for (const [name, call] of calls) {
    it(`${name}: revoked proxies, throwing getters, wrong types`, () => {
      // none of these is a valid argument to any of the functions (a number, a string, null or a symbol where a
      // list or an object is due; an unreadable proxy; an object or list whose field cannot be read), so each
      // must be refused, and refused as a ClienteleError, never let through and never as another exception
      for (const value of [revoked(), [revoked()], throwing('a', {}), [throwing('requestedAt', { slaHours: 1 })], 42, 'x', null, Symbol('s')]) {
        expect(caught(() => call(value)).code).toBe('INVALID_INPUT');
      }
    });
  }

  it('names the field whose getter throws', () => {
    const task = Object.defineProperty({ slaHours: 1 }, 'requestedAt', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(issuePaths(() => slaAttainment([task as never]))).toEqual([['tasks', 0, 'requestedAt']]);
    const options = Object.defineProperty({}, 'asOf', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(issuePaths(() => slaAttainment([], options))).toEqual([['options', 'asOf']]);
  });
});
