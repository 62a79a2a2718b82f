/**
 * The report as a fold: any partition of the observations, added apart,
 * sent through JSON and merged in any order, gives the one-pass report; and
 * each figure equals the public score run on the records routed to it (the
 * oracle here filters the records by hand, by the rules the report states).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createServiceChain,
  firstPassYield,
  nps,
  purchaseAccumulator,
  reportAccumulator,
  scoreOrganization,
  slaAttainment,
  type OrganizationReport,
} from '../../src/index.js';

const chain = createServiceChain({
  customers: [
    { kind: 'department', id: 'd1', name: 'D1' },
    { kind: 'department', id: 'd2', name: 'D2' },
    { kind: 'department', id: 'd3', name: 'D3' },
    { kind: 'employee', id: 'e1', name: 'E1', departmentId: 'd1' },
    { kind: 'employee', id: 'e2', name: 'E2', departmentId: 'd2' },
    { kind: 'shareholder', id: 's1', name: 'S1' },
    { kind: 'user', id: 'x1', name: 'X1', segment: 'a' },
    { kind: 'buyer', id: 'x2', name: 'X2', segment: 'a' },
    { kind: 'buyer', id: 'x3', name: 'X3' },
    { kind: 'beneficiary', id: 'x4', name: 'X4', via: 'x1' },
  ],
  links: [
    { from: 'd1', to: 'd2', service: 'tools', deliverable: 'tool' },
    { from: 'd2', to: 'd1', service: 'reports', deliverable: 'information' },
    { from: 'd1', to: 'd3', service: 'tools', deliverable: 'tool' },
    { from: 'd2', to: 'x1', service: 'service', deliverable: 'service' },
    { from: 'd3', to: 'x2', service: 'service', deliverable: 'service' },
    { from: 'e1', to: 'x3', service: 'advice', deliverable: 'support' },
    { from: 'd3', to: 's1', service: 'reports', deliverable: 'information' },
  ],
});
const INTERNAL = ['d1', 'd2', 'd3', 'e1', 'e2', 's1'];
const EXTERNAL = ['x1', 'x2', 'x3', 'x4'];
const EVERYONE = [...INTERNAL, ...EXTERNAL];
const START = Date.UTC(2025, 0, 1);
const DAY = 86_400_000;
const OPTIONS = { asOf: '2025-03-01T00:00:00Z', window: { from: '2025-01-20' }, minRespondents: 1 } as const;
const FROM = Date.UTC(2025, 0, 20);
const ASOF = Date.UTC(2025, 2, 1);

const moment = fc.integer({ min: 0, max: 70 * 24 }).map((hours) => new Date(START + hours * 3_600_000).toISOString());
const pairOf = (pool: readonly string[], others: readonly string[]) =>
  fc.tuple(fc.constantFrom(...pool), fc.constantFrom(...others)).filter(([a, b]) => a !== b);

const survey = fc.oneof(
  fc.record({
    type: fc.constant('survey' as const),
    respondentId: fc.constantFrom(...EVERYONE),
    subjectId: fc.option(fc.constantFrom(...EVERYONE), { nil: undefined }),
    instrument: fc.constant('nps' as const),
    value: fc.integer({ min: 0, max: 10 }),
    at: moment,
  }, { requiredKeys: ['type', 'respondentId', 'instrument', 'value', 'at'] }),
  fc.integer({ min: 2, max: 10 }).chain((scale) =>
    fc.record({
      type: fc.constant('survey' as const),
      respondentId: fc.constantFrom(...EVERYONE),
      subjectId: fc.option(fc.constantFrom(...EVERYONE), { nil: undefined }),
      instrument: fc.constantFrom('csat' as const, 'ces' as const),
      value: fc.integer({ min: 1, max: scale }),
      scale: fc.constant(scale),
      at: moment,
    }, { requiredKeys: ['type', 'respondentId', 'instrument', 'value', 'scale', 'at'] }),
  ),
);
const task = fc
  .record({
    pair: pairOf(INTERNAL, EVERYONE),
    requestedAt: moment,
    took: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
    slaHours: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
    defects: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
    reworked: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map(({ pair, requestedAt, took, slaHours, defects, reworked }) => ({
    type: 'task' as const,
    providerId: pair[0],
    consumerId: pair[1],
    requestedAt,
    ...(took === undefined ? {} : { completedAt: new Date(Date.parse(requestedAt) + took * 3_600_000).toISOString() }),
    ...(slaHours === undefined ? {} : { slaHours }),
    ...(defects === undefined ? {} : { defects }),
    ...(reworked === undefined ? {} : { reworked }),
  }));
const purchase = fc.record({
  type: fc.constant('purchase' as const),
  customerId: fc.constantFrom(...EVERYONE),
  at: moment,
  amount: fc.constantFrom(0, 0.1, 0.2, 0.3, 1e-9, 12.5, 1e6),
  currency: fc.constant('EUR'),
});
const referral = pairOf(EVERYONE, EVERYONE).chain(([referrerId, referredId]) =>
  fc.record({ type: fc.constant('referral' as const), referrerId: fc.constant(referrerId), referredId: fc.constant(referredId), at: moment, converted: fc.boolean() }),
);
const interaction = pairOf(EVERYONE, EVERYONE).chain(([fromId, toId]) =>
  fc.record({
    type: fc.constant('interaction' as const),
    fromId: fc.constant(fromId),
    toId: fc.constant(toId),
    at: moment,
    channel: fc.constant('chat'),
    initiatedBy: fc.constantFrom(fromId, toId),
  }),
);
const observation = fc.oneof(survey, task, purchase, referral, interaction);
type Obs = Record<string, unknown> & { type: string };

const timeOf = (o: Obs): number => Date.parse((o.type === 'task' ? o.requestedAt : o.at) as string);
const inWindow = (o: Obs): boolean => timeOf(o) >= FROM && timeOf(o) <= ASOF;
const normalised = (report: OrganizationReport): unknown => JSON.parse(JSON.stringify(report));

describe('reportAccumulator', () => {
  it('gives the one-pass report from any partition, merged in any order through JSON', () => {
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 60 }), fc.array(fc.nat(), { maxLength: 8 }), fc.nat(), (list, cuts, seed) => {
        const acc = reportAccumulator(chain, OPTIONS);
        const bounds = [...new Set(cuts.map((cut) => cut % (list.length + 1)))].sort((a, b) => a - b);
        const parts: Obs[][] = [];
        let at = 0;
        for (const bound of [...bounds, list.length]) {
          parts.push(list.slice(at, bound) as Obs[]);
          at = bound;
        }
        let states = parts.map((part) => JSON.parse(JSON.stringify(acc.addAll(acc.empty(), part))));
        // merge in a seeded random order and grouping
        let pick = seed;
        while (states.length > 1) {
          const i = pick % states.length;
          pick = Math.floor(pick / 3) + 7;
          const j = (i + 1 + (pick % (states.length - 1))) % states.length;
          const merged = acc.merge(states[i], states[j]);
          states = states.filter((_, k) => k !== i && k !== j);
          states.push(JSON.parse(JSON.stringify(merged)));
        }
        expect(normalised(acc.result(states[0]))).toEqual(normalised(scoreOrganization(chain, list, OPTIONS)));
      }),
      { numRuns: 60 },
    );
  });

  it('adds one at a time to the same state as all at once', () => {
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 25 }), (list) => {
        const acc = reportAccumulator(chain, OPTIONS);
        expect(list.reduce(acc.add, acc.empty())).toEqual(acc.addAll(acc.empty(), list));
      }),
      { numRuns: 40 },
    );
  });

  it('makes every figure with the public score over the records routed to it', () => {
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 80 }), (list) => {
        const report = scoreOrganization(chain, list, OPTIONS);
        const inside = (list as Obs[]).filter(inWindow);
        for (const provider of report.internal.providers) {
          const tasks = inside.filter((o) => o.type === 'task' && o.providerId === provider.id) as Parameters<typeof firstPassYield>[0][number][];
          const decided = tasks.filter((t) => t.slaHours !== undefined);
          const sla = slaAttainment(decided, { asOf: OPTIONS.asOf });
          expect(provider.components.timeliness).toMatchObject({ score: sla.score, onTime: sla.onTime, late: sla.late, open: sla.open, withoutSla: tasks.length - decided.length });
          expect(provider.components.accuracy).toMatchObject(firstPassYield(tasks));
          // external customers' nps answers about this unit
          const answers = inside
            .filter((o) => o.type === 'survey' && o.instrument === 'nps' && o.subjectId === provider.id && EXTERNAL.includes(o.respondentId as string))
            .map((o) => o.value as number);
          expect(provider.external.nps).toMatchObject(nps(answers));
        }
        // every external customer's purchases in the window, through the public purchase accumulator
        const acc = purchaseAccumulator();
        for (const customer of report.external.customers) {
          const bought = inside.filter((o) => o.type === 'purchase' && o.customerId === customer.id) as Parameters<typeof acc.add>[1][];
          const expected = acc.result(bought.reduce(acc.add, acc.empty()));
          expect(customer.purchases).toEqual(expected);
          if (customer.rfm !== null) expect(customer.rfm.monetary).toBe(expected.amount);
        }
        // the organisation's csat: each answer satisfied at its own scale's default threshold
        const csatAnswers = inside.filter((o) => o.type === 'survey' && o.instrument === 'csat' && EXTERNAL.includes(o.respondentId as string));
        const satisfied = csatAnswers.filter((o) => {
          const scale = o.scale as number;
          return (o.value as number) >= (scale >= 4 ? scale - 1 : scale);
        }).length;
        expect(report.external.overall.csat).toMatchObject({ satisfied, total: csatAnswers.length });
        // ces on 1..7: 1 + (v − 1) × 6 / (scale − 1)
        const effort = inside
          .filter((o) => o.type === 'survey' && o.instrument === 'ces' && EXTERNAL.includes(o.respondentId as string))
          .map((o) => 1 + (((o.value as number) - 1) * 6) / ((o.scale as number) - 1));
        expect(report.external.overall.ces.total).toBe(effort.length);
        if (effort.length > 0) {
          expect(report.external.overall.ces.score).toBeCloseTo(effort.reduce((a, b) => a + b, 0) / effort.length, 9);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('refuses a state made for other options', () => {
    const a = reportAccumulator(chain, OPTIONS);
    const b = reportAccumulator(chain, { ...OPTIONS, minRespondents: 3 });
    expect(() => a.merge(a.empty(), b.empty())).toThrowError(/its minRespondents is 3, this accumulator's 1/);
  });
});
