/**
 * scoreOrganization on a small organisation worked out by hand, figure by
 * figure. The arithmetic for each expected value is in the comment beside it.
 *
 *   it ──laptops(24h)──▶ sales ──quotes──▶ b1 (buyer, retail)
 *                          └──support(4h)──▶ u1 (user, retail) ◀──onboarding── e1 (employee of sales)
 *   audit ──reports──▶ sh (shareholder)          k1 (beneficiary via u1, served by nobody)
 */
import { describe, expect, it } from 'vitest';
import { ClienteleError, createServiceChain, scoreOrganization } from '../../src/index.js';

const chain = createServiceChain({
  customers: [
    { kind: 'department', id: 'it', name: 'IT' },
    { kind: 'department', id: 'sales', name: 'Sales' },
    { kind: 'department', id: 'audit', name: 'Audit' },
    { kind: 'employee', id: 'e1', name: 'Lan', departmentId: 'sales' },
    { kind: 'shareholder', id: 'sh', name: 'Fund', holder: 'organization' },
    { kind: 'buyer', id: 'b1', name: 'Acme', party: 'organization', segment: 'retail' },
    { kind: 'user', id: 'u1', name: 'Minh', segment: 'retail' },
    { kind: 'beneficiary', id: 'k1', name: 'Bao', via: 'u1' },
  ],
  links: [
    { from: 'it', to: 'sales', service: 'laptops', deliverable: 'tool', slaHours: 24 },
    { from: 'sales', to: 'b1', service: 'quotes', deliverable: 'service' },
    { from: 'sales', to: 'u1', service: 'support', deliverable: 'support', slaHours: 4 },
    { from: 'e1', to: 'u1', service: 'onboarding', deliverable: 'support' },
    { from: 'audit', to: 'sh', service: 'reports', deliverable: 'information' },
  ],
});

const observations = [
  // IT's tasks for sales: on time (8 h of 24), late (48 h) with a defect, open (15 h at asOf)
  { type: 'task', providerId: 'it', consumerId: 'sales', requestedAt: '2025-03-01T09:00:00Z', completedAt: '2025-03-01T17:00:00Z', defects: 0 },
  { type: 'task', providerId: 'it', consumerId: 'sales', requestedAt: '2025-03-02T09:00:00Z', completedAt: '2025-03-04T09:00:00Z', defects: 1 },
  { type: 'task', providerId: 'it', consumerId: 'sales', requestedAt: '2025-12-30T09:00:00Z' },
  // Sales for u1: 3 h of 4 → on time
  { type: 'task', providerId: 'sales', consumerId: 'u1', requestedAt: '2025-05-01T10:00:00Z', completedAt: '2025-05-01T13:00:00Z' },
  // e1 for u1: no SLA on the task nor on the link
  { type: 'task', providerId: 'e1', consumerId: 'u1', requestedAt: '2025-06-01T10:00:00Z', completedAt: '2025-06-02T10:00:00Z' },
  // internal csat about IT: 5 (satisfied) and 3 (not)
  { type: 'survey', respondentId: 'sales', subjectId: 'it', instrument: 'csat', value: 5, at: '2025-04-01' },
  { type: 'survey', respondentId: 'e1', subjectId: 'it', instrument: 'csat', value: 3, at: '2025-04-02' },
  // eNPS: an employee's nps answer
  { type: 'survey', respondentId: 'e1', subjectId: 'sales', instrument: 'nps', value: 10, at: '2025-04-03' },
  // external answers
  { type: 'survey', respondentId: 'b1', subjectId: 'sales', instrument: 'nps', value: 9, at: '2025-05-01' },
  { type: 'survey', respondentId: 'u1', subjectId: 'sales', instrument: 'nps', value: 6, at: '2025-05-02', stage: 'launch' },
  { type: 'survey', respondentId: 'u1', subjectId: 'sales', instrument: 'csat', value: 4, at: '2025-05-03' },
  { type: 'survey', respondentId: 'b1', subjectId: 'sales', instrument: 'ces', value: 6, at: '2025-05-04' },
  // interactions: IT↔sales, one started by each; sales↔b1 started by the buyer
  { type: 'interaction', fromId: 'it', toId: 'sales', at: '2025-02-01T08:00:00Z', channel: 'meeting', initiatedBy: 'it' },
  { type: 'interaction', fromId: 'sales', toId: 'it', at: '2025-02-02T08:00:00Z', channel: 'chat', initiatedBy: 'sales' },
  { type: 'interaction', fromId: 'b1', toId: 'sales', at: '2025-02-03T08:00:00Z', channel: 'email', initiatedBy: 'b1' },
  // purchases
  { type: 'purchase', customerId: 'b1', at: '2025-02-01', amount: 100, currency: 'VND' },
  { type: 'purchase', customerId: 'b1', at: '2025-11-01', amount: 200, currency: 'VND' },
  { type: 'purchase', customerId: 'u1', at: '2025-06-15', amount: 50, currency: 'VND' },
  // word of mouth: a user's referral and an employee's referral of an outsider
  { type: 'referral', referrerId: 'u1', referredId: 'k1', at: '2025-07-01', converted: true },
  { type: 'referral', referrerId: 'e1', referredId: 'b1', at: '2025-01-10', converted: true },
] as const;

describe('scoreOrganization on a hand-checked organisation', () => {
  // privacy off (minRespondents 1) so that every internal figure can be checked by hand;
  // the privacy rule has its own tests below
  const report = scoreOrganization(chain, observations, { asOf: '2025-12-31', minRespondents: 1 });
  const provider = (id: string) => report.internal.providers.find((entry) => entry.id === id)!;

  it('counts what it rests on', () => {
    expect(report.counts).toEqual({
      customers: 8,
      internal: 5,
      external: 3,
      links: 5,
      observations: observations.length,
      observationsInWindow: observations.length,
      unused: 0,
    });
    expect(report.asOf).toBe('2025-12-31T00:00:00.000Z');
    expect(report.window).toEqual({ from: null, to: '2025-12-31T00:00:00.000Z' });
    expect(report.confidence).toBe(0.95);
  });

  it('scores IT from its tasks, surveys and interactions', () => {
    const it = provider('it');
    // satisfaction 1 of 2 = 50; timeliness 1 on time, 1 late (the open one not yet due) = 50;
    // accuracy 1 of 2 completed without defects = 50; collaboration (coverage 1/1 = 100 + initiative 1/2 = 50) / 2 = 75
    expect(it.components.satisfaction).toMatchObject({ score: 50, satisfied: 1, total: 2 });
    expect(it.components.timeliness).toMatchObject({ score: 50, onTime: 1, late: 1, open: 1, total: 3, withoutSla: 0 });
    expect(it.components.accuracy).toMatchObject({ score: 50, passed: 1, total: 2, open: 1 });
    expect(it.components.collaboration).toEqual({
      score: 75, coverage: 100, initiative: 50, interactions: 2, initiated: 1, consumers: 1, reached: 1,
    });
    // (50 + 50 + 50 + 75) / 4
    expect(it.score).toBe(56.25);
  });

  it('counts only internal consumers for collaboration', () => {
    // sales serves two external customers and no internal one: its talk with b1 is not collaboration
    expect(provider('sales').components.collaboration).toMatchObject({ score: null, consumers: 0, interactions: 0 });
    // timeliness 3 h of 4 = 100, accuracy 1 of 1 = 100
    expect(provider('sales').score).toBe(100);
    // e1: its one task has no SLA anywhere, so timeliness is null and the task is counted apart
    expect(provider('e1').components.timeliness).toMatchObject({ score: null, withoutSla: 1 });
    expect(provider('e1').score).toBe(100);
    expect(provider('audit').score).toBeNull();
    expect(report.internal.providers.map((entry) => entry.id)).toEqual(['it', 'sales', 'audit', 'e1']);
  });

  it('gives the internal index, eNPS and per-link quality', () => {
    // mean of it 56.25, sales 100, e1 100
    expect(report.internal.index).toBeCloseTo((56.25 + 100 + 100) / 3, 12);
    expect(report.internal.enps).toMatchObject({ score: 100, promoters: 1, total: 1 });
    const link = report.internal.links.find((entry) => entry.from === 'sales' && entry.to === 'u1')!;
    expect(link.service).toBe('support');
    expect(link.owner).toBeNull();
    expect(link.components.timeliness.score).toBe(100);
    expect(link.components.satisfaction).toMatchObject({ score: null, total: 0 });
  });

  it("reports external customers' answers about the unit they rate", () => {
    const sales = provider('sales').external;
    // b1 9 (promoter), u1 6 (detractor) → 0; csat 4 of 5 satisfied → 100; ces 6 on 7
    expect(sales.nps).toMatchObject({ score: 0, promoters: 1, detractors: 1, total: 2 });
    expect(sales.csat).toMatchObject({ score: 100, satisfied: 1, total: 1 });
    expect(sales.ces).toMatchObject({ score: 6, sd: null, total: 1 });
    expect(provider('it').external.nps.total).toBe(0);
  });

  it('scores external customers, kinds and segments', () => {
    expect(report.external.overall.nps).toMatchObject({ score: 0, total: 2 });
    expect(report.external.overall.csat).toMatchObject({ score: 100, total: 1 });
    expect(report.external.overall.ces).toMatchObject({ score: 6, total: 1 });
    expect(report.external.overall.purchases).toEqual({ count: 3, amount: 350, currency: 'VND', last: '2025-11-01T00:00:00.000Z' });
    // external index: mean of csat 100, (0 + 100) / 2 = 50 and 100 × (6 − 1) / 6
    expect(report.external.index).toBeCloseTo((100 + 50 + 500 / 6) / 3, 12);
    const b1 = report.external.customers.find((entry) => entry.id === 'b1')!;
    expect(b1.nps).toMatchObject({ score: 100, total: 1 });
    expect(b1.rfm?.frequency).toBe(2);
    expect(b1.rfm?.monetary).toBe(300);
    expect(b1.purchases.amount).toBe(300);
    expect(b1.heard).toBe(true);
    expect(report.external.customers.find((entry) => entry.id === 'k1')!.heard).toBe(false);
    expect(report.external.byKind.map((group) => [group.group, group.customers])).toEqual([
      ['beneficiary', 1],
      ['buyer', 1],
      ['user', 1],
    ]);
    const retail = report.external.bySegment.find((group) => group.group === 'retail')!;
    expect(retail.customers).toBe(2);
    expect(retail.nps).toMatchObject({ score: 0, total: 2 });
    // one referrer (u1) of two customers; k-factor = 1 referral / 2 customers × 1 conversion / 1 referral
    expect(retail.wordOfMouth).toEqual({ referralRate: 50, kFactor: 0.5, referrers: 1 });
    expect(report.external.bySegment.map((group) => group.group)).toEqual(['(none)', 'retail']);
    expect(report.external.employeeReferrals).toEqual({ made: 1, converted: 1 });
  });

  it('says which external kinds were heard', () => {
    // b1 answered and interacted, u1 answered, k1 said nothing: the beneficiary is 60 points behind the others
    expect(report.external.attention.coverage).toEqual([
      { kind: 'user', customers: 1, heard: 1, coverage: 100 },
      { kind: 'buyer', customers: 1, heard: 1, coverage: 100 },
      { kind: 'beneficiary', customers: 1, heard: 0, coverage: 0 },
    ]);
    expect(report.external.attention.underheard).toEqual(['beneficiary']);
  });

  it('propagates internal quality down the chain by the mean', () => {
    // it 0.5625; sales own 1 × it 0.5625; b1 receives sales' 0.5625;
    // u1 the mean of sales 0.5625 and e1 1 (no providers, own 1); k1 has no provider: 1
    const quality = new Map(report.external.customers.map((entry) => [entry.id, entry.propagatedQuality]));
    expect(quality.get('b1')).toBe(0.5625);
    expect(quality.get('u1')).toBe((0.5625 + 1) / 2);
    expect(quality.get('k1')).toBe(1);
  });

  it('names the orphans and the critical providers', () => {
    // audit provides reports to a shareholder who serves nobody; the shareholder provides nothing: not an orphan
    expect(report.orphans).toEqual(['audit']);
    expect(report.external.customers.find((entry) => entry.id === 'b1')!.criticalProviders).toEqual(['it', 'sales']);
    // u1 is reached both through sales and from e1: no single point of failure
    expect(report.external.customers.find((entry) => entry.id === 'u1')!.criticalProviders).toEqual([]);
    expect(report.criticalProviders).toEqual([
      { id: 'it', customers: 1 },
      { id: 'sales', customers: 1 },
    ]);
  });

  it("gives each priority what the unit's quality rests on", () => {
    // IT's records above: 3 tasks (one open), 2 interactions (it → sales, sales → it), 2 csat answers about it
    const it = report.priorities.find((row) => row.id === 'it')!;
    expect(it.evidence).toEqual({ tasks: 3, interactions: 2, answers: 2 });
    // with the default minRespondents (5) IT's satisfaction rests on 2 people: withheld, so its answer count is too
    const guarded = scoreOrganization(chain, observations, { asOf: '2025-12-31' });
    expect(guarded.priorities.find((row) => row.id === 'it')!.evidence).toEqual({ tasks: 3, interactions: 2, answers: null });
    // the internal side of the balance rests on the same records: Σ over the scored providers of tasks (with or without
    // an SLA: e1's one task has none), interactions and shown answers; 9 = IT 3 + 2 + 2, Sales 1 task, e1 1 task
    const scored = report.internal.providers.filter((entry) => entry.score !== null);
    const summed = scored.reduce((sum, entry) => {
      const { timeliness, collaboration, satisfaction } = entry.components;
      return sum + timeliness.total + timeliness.withoutSla + collaboration.interactions + ('suppressed' in satisfaction ? 0 : satisfaction.total);
    }, 0);
    expect(report.balance.evidence.internal).toBe(summed);
    expect(summed).toBe(9);
  });

  it('names no side while either index rests on fewer than minAnswers answers', () => {
    // internal evidence: it 2 answers + 3 tasks + 2 interactions, sales 1 task, e1 1 task = 9; external: 2 + 1 + 1 = 4
    expect(report.balance).toMatchObject({ focus: null, reason: 'not-enough-data', evidence: { internal: 9, external: 4, minAnswers: 30 } });
    const loose = scoreOrganization(chain, observations, { asOf: '2025-12-31', minRespondents: 1, balance: { minAnswers: 4 } });
    // internal 85.41…, external 77.77…: within the default tolerance of 10
    expect(loose.balance.focus).toBe('balanced');
    expect(loose.balance.internal).toBeCloseTo(loose.internal.index!, 12);
    expect(loose.balance.external).toBeCloseTo(loose.external.index!, 12);
  });

  it('computes retention against the period before the window', () => {
    const second = scoreOrganization(chain, observations, { asOf: '2025-12-31T23:59:59Z', window: { from: '2025-07-01', to: '2025-12-31' } });
    const retail = second.external.bySegment.find((group) => group.group === 'retail')!;
    // before the window: b1 (Feb) and u1 (Jun) bought; in it, only b1 (Nov): (1 − 0) / 2
    expect(retail.retention).toMatchObject({ rate: 50, start: 2, end: 1, acquired: 0 });
    expect(second.counts.observationsInWindow).toBe(3); // the open task, the Nov purchase, the July referral
    expect(second.window.from).toBe('2025-07-01T00:00:00.000Z');
  });

  it('says there is no verdict when one side has no data', () => {
    const inside = scoreOrganization(chain, observations.filter((o) => o.type === 'task'), { asOf: '2025-12-31' });
    expect(inside.balance).toMatchObject({ gap: null, focus: null, reason: 'not-enough-data', external: null });
    expect(inside.external.index).toBeNull();
  });
});

describe('scoreOrganization keeps internal answers private', () => {
  it('withholds figures resting on fewer than minRespondents people, and leaves them out of the score', () => {
    const report = scoreOrganization(chain, observations, { asOf: '2025-12-31' });
    const it = report.internal.providers.find((entry) => entry.id === 'it')!;
    // two respondents (sales, e1) rated IT: fewer than the default 5
    expect(it.components.satisfaction).toEqual({ score: null, suppressed: true });
    expect(JSON.stringify(it.components.satisfaction)).not.toContain('total');
    // the score rests on timeliness 50, accuracy 50, collaboration 75
    expect(it.score).toBeCloseTo((50 + 50 + 75) / 3, 12);
    expect(report.internal.enps).toEqual({ score: null, suppressed: true });
    const two = scoreOrganization(chain, observations, { asOf: '2025-12-31', minRespondents: 2 });
    expect(two.internal.providers.find((entry) => entry.id === 'it')!.components.satisfaction).toMatchObject({ score: 50, total: 2 });
  });
});

describe('scoreOrganization takes every valid answer', () => {
  const small = createServiceChain({
    customers: [
      { kind: 'department', id: 'desk', name: 'Front desk' },
      { kind: 'user', id: 'g1', name: 'Guest 1' },
      { kind: 'user', id: 'g2', name: 'Guest 2' },
    ],
    links: [
      { from: 'desk', to: 'g1', service: 'check-in', deliverable: 'service' },
      { from: 'desk', to: 'g2', service: 'check-in', deliverable: 'service' },
    ],
  });

  it('puts CES answers on any scale on 1..7 and averages them', () => {
    const report = scoreOrganization(
      small,
      [
        { type: 'survey', respondentId: 'g1', subjectId: 'desk', instrument: 'ces', value: 2, scale: 5, at: '2025-01-01' },
        { type: 'survey', respondentId: 'g2', subjectId: 'desk', instrument: 'ces', value: 7, at: '2025-01-02' },
      ],
      { asOf: '2025-12-31' },
    );
    // 2 on 1..5 → 1 + (2 − 1) × 6 / 4 = 2.5; 7 on 1..7 stays 7; mean 4.75;
    // sd = √(((2.5 − 4.75)² + (7 − 4.75)²) / 1) = √10.125
    expect(report.external.overall.ces).toMatchObject({ score: 4.75, total: 2 });
    expect(report.external.overall.ces.sd).toBeCloseTo(Math.sqrt(10.125), 12);
  });

  it('counts a 2-point csat answer as satisfied only at the top', () => {
    const report = scoreOrganization(
      small,
      [
        { type: 'survey', respondentId: 'g1', instrument: 'csat', value: 1, scale: 2, at: '2025-01-01' },
        { type: 'survey', respondentId: 'g2', instrument: 'csat', value: 2, scale: 2, at: '2025-01-01' },
      ],
      { asOf: '2025-12-31' },
    );
    expect(report.external.overall.csat).toMatchObject({ score: 50, satisfied: 1, total: 2 });
  });

  it('sums money exactly: a purchase total equals its RFM monetary value', () => {
    const report = scoreOrganization(
      small,
      [0.1, 0.2, 0.3].map((amount, i) => ({ type: 'purchase', customerId: 'g1', at: `2025-01-0${i + 1}`, amount, currency: 'EUR' })),
      { asOf: '2025-12-31' },
    );
    const g1 = report.external.customers.find((entry) => entry.id === 'g1')!;
    // 0.1 + 0.2 + 0.3 summed exactly is the double nearest 0.6, which is 0.6 (not 0.6000000000000001)
    expect(g1.purchases.amount).toBe(0.6);
    expect(g1.rfm!.monetary).toBe(0.6);
    expect(report.external.overall.purchases.amount).toBe(0.6);
  });

  it('counts a survey without a subject for the organisation only', () => {
    const report = scoreOrganization(small, [{ type: 'survey', respondentId: 'g1', instrument: 'nps', value: 10, at: '2025-01-01' }], { asOf: '2025-12-31' });
    expect(report.external.overall.nps).toMatchObject({ score: 100, total: 1 });
    expect(report.internal.providers[0]!.external.nps.total).toBe(0);
  });
});

describe('scoreOrganization rejects what does not fit the chain', () => {
  function issuesOf(run: () => unknown): [string, string][] {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(ClienteleError);
      return (error as ClienteleError).issues.map((issue) => [issue.code, issue.path.join('.')]);
    }
    throw new Error('expected a ClienteleError');
  }

  it('reports every unknown id, wrong kind and mixed currency at once', () => {
    const bad = [
      { type: 'survey', respondentId: 'nobody', subjectId: 'it', instrument: 'nps', value: 3, at: '2025-01-01' },
      { type: 'task', providerId: 'b1', consumerId: 'sales', requestedAt: '2025-01-01T00:00:00Z' },
      { type: 'purchase', customerId: 'b1', at: '2025-01-01', amount: 1, currency: 'VND' },
      { type: 'purchase', customerId: 'u1', at: '2025-01-01', amount: 1, currency: 'USD' },
    ];
    expect(issuesOf(() => scoreOrganization(chain, bad, { asOf: '2025-12-31' }))).toEqual([
      ['UNKNOWN_REFERENCE', 'observations.0.respondentId'],
      ['WRONG_KIND', 'observations.1.providerId'],
      ['INVALID_INPUT', 'observations.3.currency'],
    ]);
  });

  it('reports malformed observations with their positions', () => {
    const codes = issuesOf(() => scoreOrganization(chain, [{ type: 'survey' }, { type: 'purchase', customerId: 'b1', at: 'soon', amount: -1, currency: 'VND' }], { asOf: '2025-12-31' }));
    expect(codes.every(([code]) => code === 'INVALID_INPUT')).toBe(true);
    expect(codes.some(([, path]) => path.startsWith('observations.0'))).toBe(true);
    expect(codes.map(([, path]) => path)).toEqual(expect.arrayContaining(['observations.1.at', 'observations.1.amount']));
  });

  it('rejects bad options with their paths', () => {
    expect(issuesOf(() => scoreOrganization(chain, [], { asOf: 'tomorrow' }))).toEqual([['INVALID_INPUT', 'options.asOf']]);
    expect(issuesOf(() => scoreOrganization(chain, [], { asOf: '2025-12-31', window: { from: '2026-01-01' } }))).toEqual([
      ['INVALID_INPUT', 'options.window.from'],
    ]);
    expect(issuesOf(() => scoreOrganization(chain, [], { asOf: '2025-12-31', propagation: 'max' as 'mean' }))).toEqual([
      ['INVALID_INPUT', 'options.propagation'],
    ]);
  });

  it('refuses a window that ends after asOf rather than cutting it short', () => {
    // a date-only asOf is 2025-03-31T00:00Z: the day `to` names would be lost, so the message offers the asOf that keeps it
    const dayLost = () => scoreOrganization(chain, [], { asOf: '2025-03-31', window: { from: '2025-03-30', to: '2025-03-31' } });
    expect(issuesOf(dayLost)).toEqual([['INVALID_INPUT', 'options.window.to']]);
    expect(() => dayLost()).toThrow('use asOf "2025-03-31T23:59:59.999Z"');
    // a date-time after asOf, and a whole day after it
    expect(issuesOf(() => scoreOrganization(chain, [], { asOf: '2025-03-31T12:00:00Z', window: { to: '2025-03-31T12:00:01Z' } }))).toEqual([
      ['INVALID_INPUT', 'options.window.to'],
    ]);
    expect(issuesOf(() => scoreOrganization(chain, [], { asOf: '2025-03-31T12:00:00Z', window: { to: '2025-04-01' } }))).toEqual([['INVALID_INPUT', 'options.window.to']]);
    // asOf inside the day `to` names, after its start: the window runs to asOf
    expect(scoreOrganization(chain, [], { asOf: '2025-03-31T12:00:00Z', window: { to: '2025-03-31' } }).window.to).toBe('2025-03-31T12:00:00.000Z');
    expect(scoreOrganization(chain, [], { asOf: '2025-03-31T12:00:00Z', window: { to: '2025-03-31T12:00:00Z' } }).window.to).toBe('2025-03-31T12:00:00.000Z');
  });

  it('rejects unknown option keys at any depth, naming the key meant', () => {
    const misspelt = { asOf: '2025-12-31', windw: { from: '2025-01-01' } } as unknown as { asOf: string };
    expect(issuesOf(() => scoreOrganization(chain, [], misspelt))).toEqual([['INVALID_INPUT', 'options.windw']]);
    let message = '';
    try {
      scoreOrganization(chain, [], misspelt);
    } catch (error) {
      message = (error as ClienteleError).issues[0]!.message;
    }
    expect(message).toContain('"window"');
    const deep = { asOf: '2025-12-31', window: { form: '2025-01-01' } } as unknown as { asOf: string };
    expect(issuesOf(() => scoreOrganization(chain, [], deep))).toEqual([['INVALID_INPUT', 'options.window.form']]);
    const balanceKey = { asOf: '2025-12-31', balance: { tolerence: 5 } } as unknown as { asOf: string };
    expect(issuesOf(() => scoreOrganization(chain, [], balanceKey))).toEqual([['INVALID_INPUT', 'options.balance.tolerence']]);
  });

  it('does not mutate frozen observations', () => {
    const frozen = Object.freeze(observations.map((observation) => Object.freeze({ ...observation })));
    const before = JSON.stringify(frozen);
    scoreOrganization(chain, frozen, { asOf: '2025-12-31' });
    expect(JSON.stringify(frozen)).toBe(before);
  });
});

describe('scoreOrganization reads the chain as it stood at asOf', () => {
  const changing = createServiceChain({
    customers: [
      { kind: 'department', id: 'old', name: 'Old desk' },
      { kind: 'department', id: 'new', name: 'New desk' },
      { kind: 'user', id: 'u', name: 'U' },
    ],
    links: [
      { from: 'old', to: 'u', service: 'help', deliverable: 'support', slaHours: 1, validTo: '2020-01-01' },
      { from: 'new', to: 'u', service: 'help', deliverable: 'support', slaHours: 48, validFrom: '2024-01-01' },
    ],
  });

  it('leaves retired links out of the structure', () => {
    const report = scoreOrganization(changing, [], { asOf: '2025-06-01T00:00:00Z' });
    expect(report.counts.links).toBe(1);
    expect(report.internal.providers.map((provider) => provider.id)).toEqual(['new']);
    expect(report.orphans).toEqual([]);
    expect(report.criticalProviders).toEqual([{ id: 'new', customers: 1 }]);
  });

  it('takes a task SLA from the link valid when the task was requested', () => {
    // 10 hours: late against the old desk's 1-hour SLA (valid in 2019), on time against the new 48 hours
    const tasks = [
      { type: 'task', providerId: 'old', consumerId: 'u', requestedAt: '2019-05-01T00:00:00Z', completedAt: '2019-05-01T10:00:00Z' },
      { type: 'task', providerId: 'new', consumerId: 'u', requestedAt: '2025-05-01T00:00:00Z', completedAt: '2025-05-01T10:00:00Z' },
      // requested between the two links' lives: no SLA anywhere
      { type: 'task', providerId: 'new', consumerId: 'u', requestedAt: '2022-05-01T00:00:00Z', completedAt: '2022-05-01T10:00:00Z' },
    ];
    const report = scoreOrganization(changing, tasks, { asOf: '2025-06-01T00:00:00Z' });
    const fresh = report.internal.providers.find((provider) => provider.id === 'new')!;
    expect(fresh.components.timeliness).toMatchObject({ onTime: 1, late: 0, withoutSla: 1 });
    const then = scoreOrganization(changing, tasks, { asOf: '2019-12-31' });
    expect(then.internal.providers.find((provider) => provider.id === 'old')!.components.timeliness).toMatchObject({ late: 1, onTime: 0 });
  });
});

describe('scoreOrganization checks the balance thresholds whatever the data', () => {
  const tiny = createServiceChain({ customers: [{ kind: 'department', id: 'd', name: 'D' }], links: [] });
  it('reports a bad tolerance under options.balance even with no data for a verdict', () => {
    let caught: unknown;
    try {
      scoreOrganization(tiny, [], { asOf: '2025-12-31', balance: { tolerance: -1 } });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ClienteleError);
    expect((caught as ClienteleError).issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['INVALID_INPUT', 'options.balance.tolerance'],
    ]);
  });
});
