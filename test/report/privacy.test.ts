/**
 * No internal customer's answer can be recovered from a report: neither from
 * a figure resting on fewer than minRespondents people, nor by subtracting
 * shown parts from a shown total (complementary suppression). The checker
 * below knows the answers behind every figure from an oracle that routes the
 * raw observations by the rules the report states, and tries every
 * subtraction of shown parts from a shown total within each family.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createServiceChain,
  reportAccumulator,
  scoreOrganization,
  type OrganizationReport,
  type ServiceChain,
} from '../../src/index.js';

type Customer = { kind: string; id: string; name: string; departmentId?: string; party?: string };
type Link = { from: string; to: string; service: string; deliverable: 'service' | 'support' };
type Survey = { type: 'survey'; respondentId: string; subjectId?: string; instrument: 'nps' | 'csat'; value: number; at: string };

/** One internal answer: who gave it and what it counts as (nps: its group; csat on 1..5: satisfied at 4 or 5). */
interface Answer {
  readonly index: number;
  readonly respondent: string;
  readonly survey: Survey;
}

/** A figure as the report shows it, or withheld. */
type Shown = Record<string, unknown> & { score: number | null; suppressed?: true };

interface Family {
  readonly name: string;
  readonly instrument: 'nps' | 'csat';
  readonly total: { readonly figure: Shown; readonly answers: readonly Answer[] };
  readonly parts: readonly { readonly name: string; readonly figure: Shown; readonly answers: readonly Answer[] }[];
}

/** The counts a figure of these answers must show: nps groups, or csat satisfied and total (default 5-point scale, top two boxes). */
function countsOf(instrument: 'nps' | 'csat', answers: readonly Answer[]): number[] {
  const values = answers.map((answer) => answer.survey.value);
  if (instrument === 'nps') {
    return [values.filter((v) => v >= 9).length, values.filter((v) => v === 7 || v === 8).length, values.filter((v) => v <= 6).length];
  }
  return [values.filter((v) => v >= 4).length, values.length];
}

function shownCounts(instrument: 'nps' | 'csat', figure: Shown): number[] {
  return instrument === 'nps'
    ? [figure.promoters as number, figure.passives as number, figure.detractors as number]
    : [figure.satisfied as number, figure.total as number];
}

const people = (answers: readonly Answer[]): number => new Set(answers.map((answer) => answer.respondent)).size;

/**
 * The oracle: every internal answer of the report's families, routed by
 * the stated rules, naively (a scan of the links for each answer).
 * - eNPS: employees' nps answers; a unit's, those about it.
 * - satisfaction: internal customers' csat answers about a provider; a link
 *   u → v's, those by v itself, or by an employee of department v when u
 *   has no link to that employee.
 */
function familiesOf(customers: readonly Customer[], links: readonly Link[], surveys: readonly Survey[], report: OrganizationReport): Family[] {
  const kind = new Map(customers.map((c) => [c.id, c]));
  const internal = (id: string | undefined): boolean => id !== undefined && ['department', 'employee', 'shareholder'].includes(kind.get(id)!.kind);
  const answers: Answer[] = surveys.map((survey, index) => ({ index, respondent: survey.respondentId, survey }));
  const linked = (from: string, to: string): boolean => links.some((link) => link.from === from && link.to === to);
  const families: Family[] = [];

  const enps = answers.filter((a) => a.survey.instrument === 'nps' && kind.get(a.respondent)!.kind === 'employee');
  families.push({
    name: 'eNPS',
    instrument: 'nps',
    total: { figure: report.internal.enps as Shown, answers: enps },
    parts: report.internal.providers.map((provider) => ({
      name: provider.id,
      figure: provider.enps as Shown,
      answers: enps.filter((a) => a.survey.subjectId === provider.id),
    })),
  });

  const csat = answers.filter((a) => a.survey.instrument === 'csat' && internal(a.respondent) && internal(a.survey.subjectId));
  for (const provider of report.internal.providers) {
    const about = csat.filter((a) => a.survey.subjectId === provider.id);
    const consumers = [...new Set(links.filter((link) => link.from === provider.id).map((link) => link.to))];
    families.push({
      name: `satisfaction of ${provider.id}`,
      instrument: 'csat',
      total: { figure: provider.components.satisfaction as Shown, answers: about },
      parts: consumers.map((consumer) => ({
        name: `${provider.id}→${consumer}`,
        figure: report.internal.links.find((link) => link.from === provider.id && link.to === consumer)!.components.satisfaction as Shown,
        answers: about.filter((a) => {
          if (a.respondent === consumer) return true;
          const department = kind.get(a.respondent)!.departmentId;
          return department === consumer && !linked(provider.id, a.respondent);
        }),
      })),
    });
  }
  return families;
}

/** Every way the report gives away answers resting on fewer than `k` people; and every shown figure that disagrees with the oracle. */
function disclosures(families: readonly Family[], k: number): { recovered: string[]; mismatched: string[] } {
  const recovered: string[] = [];
  const mismatched: string[] = [];
  for (const family of families) {
    const figures = [{ name: `${family.name} total`, ...family.total }, ...family.parts];
    for (const { name, figure, answers } of figures) {
      if (figure.suppressed === true) {
        expect(Object.keys(figure).sort(), name).toEqual(['score', 'suppressed']);
        continue;
      }
      if (JSON.stringify(shownCounts(family.instrument, figure)) !== JSON.stringify(countsOf(family.instrument, answers))) mismatched.push(name);
      if (answers.length > 0 && people(answers) < k) recovered.push(`${name} shows ${people(answers)} people's answers`);
    }
    if (family.total.figure.suppressed === true) continue;
    const shown = family.parts.filter((part) => part.figure.suppressed !== true);
    expect(shown.length, 'few enough parts to try every subset').toBeLessThanOrEqual(14);
    for (let subset = 1; subset < 1 << shown.length; subset += 1) {
      const taken = shown.filter((_, i) => (subset & (1 << i)) !== 0);
      const removed = new Set(taken.flatMap((part) => part.answers.map((a) => a.index)));
      const left = family.total.answers.filter((a) => !removed.has(a.index));
      // what total − Σ taken shows, by the report's own counts
      const difference = shownCounts(family.instrument, family.total.figure).map(
        (count, j) => count - taken.reduce((sum, part) => sum + shownCounts(family.instrument, part.figure)[j]!, 0),
      );
      if (difference.some((count) => count !== 0) && people(left) < k) {
        recovered.push(`${family.name}: total − {${taken.map((part) => part.name).join(', ')}} = [${difference}] from ${people(left)} people`);
      }
    }
  }
  return { recovered, mismatched };
}

/** The internal answers that `balance.evidence.internal` counts beyond those of the satisfaction figures shown: must be none. */
function hiddenInEvidence(report: OrganizationReport): number {
  let records = 0;
  let shownAnswers = 0;
  for (const provider of report.internal.providers) {
    if (provider.score === null) continue;
    const { timeliness, collaboration, satisfaction } = provider.components;
    records += timeliness.total + timeliness.withoutSla + collaboration.interactions;
    if (!('suppressed' in satisfaction)) shownAnswers += satisfaction.total;
  }
  return report.balance.evidence.internal - records - shownAnswers;
}

function build(customers: readonly Customer[], links: readonly Link[]): ServiceChain {
  return createServiceChain({ customers, links } as Parameters<typeof createServiceChain>[0]);
}

const DAY = '2025-04-01';
const ASOF = '2025-12-31';
const nps = (respondentId: string, value: number, subjectId?: string): Survey => ({
  type: 'survey', respondentId, ...(subjectId === undefined ? {} : { subjectId }), instrument: 'nps', value, at: DAY,
});
const csat = (respondentId: string, subjectId: string, value: number): Survey => ({ type: 'survey', respondentId, subjectId, instrument: 'csat', value, at: DAY });
const employees = (prefix: string, count: number, departmentId: string): Customer[] =>
  Array.from({ length: count }, (_, i) => ({ kind: 'employee', id: `${prefix}${i + 1}`, name: `${prefix}${i + 1}`, departmentId }));

describe('the trial: five Sales employees give eNPS 9, the one Finance employee 2', () => {
  const customers: Customer[] = [
    { kind: 'department', id: 'sales', name: 'Sales' },
    { kind: 'department', id: 'finance', name: 'Finance' },
    ...employees('s', 5, 'sales'),
    ...employees('f', 1, 'finance'),
    { kind: 'buyer', id: 'b1', name: 'Acme', party: 'organization' },
  ];
  const links: Link[] = [
    { from: 'finance', to: 'sales', service: 'invoicing', deliverable: 'support' },
    { from: 'sales', to: 'b1', service: 'quotes', deliverable: 'service' },
  ];
  const chain = build(customers, links);
  const surveys = [...[1, 2, 3, 4, 5].map((i) => nps(`s${i}`, 9, 'sales')), nps('f1', 2, 'finance')];
  const enpsOf = (report: OrganizationReport, id: string) => report.internal.providers.find((p) => p.id === id)!.enps;

  it('withholds Sales too, so that company − Sales no longer gives the Finance answer', () => {
    const report = scoreOrganization(chain, surveys, { asOf: ASOF });
    // six employees answered: the company figure stands, 5 promoters and 1 detractor, (5 − 1) / 6 × 100
    expect(report.internal.enps).toMatchObject({ promoters: 5, passives: 0, detractors: 1, total: 6 });
    expect((report.internal.enps as { score: number }).score).toBeCloseTo(400 / 6, 12);
    // Finance rests on one person (withheld); what the company holds beyond the shown units would be that one
    // answer, so the next smallest shown unit, Sales, is withheld as well
    expect(enpsOf(report, 'finance')).toEqual({ score: null, suppressed: true });
    expect(enpsOf(report, 'sales')).toEqual({ score: null, suppressed: true });
    expect(disclosures(familiesOf(customers, links, surveys, report), 5)).toEqual({ recovered: [], mismatched: [] });
  });

  it('withholds Sales when the lone answer is about no unit at all', () => {
    const general = [...surveys.slice(0, 5), nps('f1', 2)];
    const report = scoreOrganization(chain, general, { asOf: ASOF });
    expect(report.internal.enps).toMatchObject({ promoters: 5, detractors: 1, total: 6 });
    expect(enpsOf(report, 'sales')).toEqual({ score: null, suppressed: true });
    expect(disclosures(familiesOf(customers, links, general, report), 5)).toEqual({ recovered: [], mismatched: [] });
  });

  it('is what the checker catches in a report that only withholds the small figures', () => {
    const open = scoreOrganization(chain, surveys, { asOf: ASOF, minRespondents: 1 });
    // the report before complementary suppression: Finance withheld, Sales and the company shown
    const leaky = JSON.parse(JSON.stringify(open)) as OrganizationReport;
    (leaky.internal.providers.find((p) => p.id === 'finance') as { enps: unknown }).enps = { score: null, suppressed: true };
    const { recovered } = disclosures(familiesOf(customers, links, surveys, leaky), 5);
    // company [5, 0, 1] − Sales [5, 0, 0] = one detractor, from one person; and Sales − nothing is fine (5 people)
    expect(recovered).toContain('eNPS: total − {sales} = [0,0,1] from 1 people');
  });

  it('shows every figure with minRespondents 1', () => {
    const report = scoreOrganization(chain, surveys, { asOf: ASOF, minRespondents: 1 });
    expect(JSON.stringify(report)).not.toContain('suppressed');
    expect(enpsOf(report, 'finance')).toMatchObject({ score: -100, detractors: 1, total: 1 });
    expect(enpsOf(report, 'sales')).toMatchObject({ score: 100, promoters: 5, total: 5 });
    expect(disclosures(familiesOf(customers, links, surveys, report), 1)).toEqual({ recovered: [], mismatched: [] });
  });
});

describe("a link's satisfaction: the answers of its consumer and of the consumer's employees", () => {
  //   warehouse ──stock──▶ sales (s1…s6)      warehouse ──samples──▶ s1      sales ──quotes──▶ b1
  //   finance (f1) has no link from warehouse
  const customers: Customer[] = [
    { kind: 'department', id: 'warehouse', name: 'Warehouse' },
    { kind: 'department', id: 'sales', name: 'Sales' },
    { kind: 'department', id: 'finance', name: 'Finance' },
    ...employees('s', 6, 'sales'),
    ...employees('f', 1, 'finance'),
    { kind: 'buyer', id: 'b1', name: 'Acme', party: 'organization' },
  ];
  const links: Link[] = [
    { from: 'warehouse', to: 'sales', service: 'stock', deliverable: 'support' },
    { from: 'warehouse', to: 's1', service: 'samples', deliverable: 'support' },
    { from: 'sales', to: 'b1', service: 'quotes', deliverable: 'service' },
  ];
  const chain = build(customers, links);
  const linkOf = (report: OrganizationReport, to: string) => report.internal.links.find((l) => l.from === 'warehouse' && l.to === to)!.components.satisfaction;
  const warehouse = (report: OrganizationReport) => report.internal.providers.find((p) => p.id === 'warehouse')!;

  it("counts the six Sales employees' answers for warehouse → sales (the trial's case)", () => {
    const trial = [5, 4, 2, 5, 3, 4].map((value, i) => csat(`s${i + 1}`, 'warehouse', value));
    // without the samples link every Sales employee answers for warehouse → sales: 5, 4, 2, 5, 3, 4 → 4 of 6 satisfied
    const plain = build(customers, links.filter((l) => l.service !== 'samples'));
    const report = scoreOrganization(plain, trial, { asOf: ASOF });
    expect(linkOf(report, 'sales')).toMatchObject({ satisfied: 4, total: 6 });
    expect(linkOf(report, 'sales').score).toBeCloseTo((4 / 6) * 100, 12);
    expect(warehouse(report).components.satisfaction).toMatchObject({ satisfied: 4, total: 6 });
  });

  const answers = [
    csat('s1', 'warehouse', 5), // s1 is served directly: counts for warehouse → s1 only
    csat('s2', 'warehouse', 4),
    csat('s3', 'warehouse', 2),
    csat('s4', 'warehouse', 5),
    csat('s5', 'warehouse', 3),
    csat('s6', 'warehouse', 4),
    csat('sales', 'warehouse', 5), // the consumer itself
    csat('f1', 'warehouse', 1), // served by no link of warehouse: the provider's figure only
  ];

  it('routes each answer to one link, by hand', () => {
    const report = scoreOrganization(chain, answers, { asOf: ASOF, minRespondents: 1 });
    // warehouse → sales: s2 4, s3 2, s4 5, s5 3, s6 4, sales 5 → satisfied s2, s4, s6, sales = 4 of 6
    expect(linkOf(report, 'sales')).toMatchObject({ satisfied: 4, total: 6 });
    // warehouse → s1: s1's own 5 = 1 of 1
    expect(linkOf(report, 's1')).toMatchObject({ score: 100, satisfied: 1, total: 1 });
    // the provider: all eight, satisfied s1, s2, s4, s6, sales = 5 of 8
    expect(warehouse(report).components.satisfaction).toMatchObject({ score: 62.5, satisfied: 5, total: 8 });
    expect(disclosures(familiesOf(customers, links, answers, report), 1)).toEqual({ recovered: [], mismatched: [] });
  });

  it('withholds the links when the provider minus them would give away s1 and f1', () => {
    const report = scoreOrganization(chain, answers, { asOf: ASOF });
    // warehouse → s1 rests on one person (withheld); with f1's answer outside any link the hidden rest is
    // {s1, f1}, two people: warehouse → sales (6 people) is withheld too, and the provider's 8 answers stand
    expect(linkOf(report, 's1')).toEqual({ score: null, suppressed: true });
    expect(linkOf(report, 'sales')).toEqual({ score: null, suppressed: true });
    expect(warehouse(report).components.satisfaction).toMatchObject({ satisfied: 5, total: 8 });
    // the links' scores leave the withheld satisfaction out: no tasks or interactions, so none
    expect(report.internal.links.filter((l) => l.from === 'warehouse').map((l) => l.score)).toEqual([null, null]);
    expect(disclosures(familiesOf(customers, links, answers, report), 5)).toEqual({ recovered: [], mismatched: [] });
    expect(hiddenInEvidence(report)).toBe(0);
  });

  it('withholds the provider when no link is left to withhold', () => {
    // s1 and f1 alone: two people in all, below 5: everything withheld, and the evidence counts none of it
    const two = [answers[0]!, answers[7]!];
    const report = scoreOrganization(chain, two, { asOf: ASOF, balance: { minAnswers: 1 } });
    expect(warehouse(report).components.satisfaction).toEqual({ score: null, suppressed: true });
    expect(linkOf(report, 's1')).toEqual({ score: null, suppressed: true });
    expect(report.balance.evidence.internal).toBe(0);
  });
});

describe('complementary suppression picks the smallest shown part', () => {
  // units alpha (6 employees), beta (5), gamma (5) each rated by their own people; delta by one
  const customers: Customer[] = [
    ...['alpha', 'beta', 'gamma', 'delta'].map((id) => ({ kind: 'department', id, name: id })),
    ...employees('a', 6, 'alpha'),
    ...employees('b', 5, 'beta'),
    ...employees('g', 5, 'gamma'),
    ...employees('d', 1, 'delta'),
  ];
  const chain = build(customers, []);
  const unitEnps = (report: OrganizationReport) => Object.fromEntries(report.internal.providers.map((p) => [p.id, 'suppressed' in p.enps]));

  it('fewest respondents first, then fewest answers, then the smaller id', () => {
    const surveys = [
      ...customers.filter((c) => c.kind === 'employee').map((c) => nps(c.id, 8, c.departmentId)),
      nps('a1', 10, 'alpha'), // alpha: 7 answers from 6 people
    ];
    const report = scoreOrganization(chain, surveys, { asOf: ASOF });
    // every shown unit counts as 5 respondents (lists keep 5); beta and gamma hold 5 answers, alpha 7:
    // beta, the smaller id of the two, is withheld with delta
    expect(unitEnps(report)).toEqual({ alpha: false, beta: true, gamma: false, delta: true });
    expect(report.internal.enps).toMatchObject({ promoters: 1, passives: 17, total: 18 });
    expect(disclosures(familiesOf(customers, [], surveys, report), 5)).toEqual({ recovered: [], mismatched: [] });
  });

  it('withholds nothing more when the hidden rest rests on enough people', () => {
    // delta's one answer and five answers about no unit from five other people: 6 people hidden in all
    const surveys = [
      ...customers.filter((c) => c.kind === 'employee').map((c) => nps(c.id, 8, c.departmentId)),
      ...['a1', 'a2', 'b1', 'g1', 'g2'].map((id) => nps(id, 3)),
    ];
    const report = scoreOrganization(chain, surveys, { asOf: ASOF });
    expect(unitEnps(report)).toEqual({ alpha: false, beta: false, gamma: false, delta: true });
    expect(disclosures(familiesOf(customers, [], surveys, report), 5)).toEqual({ recovered: [], mismatched: [] });
  });
});

describe('no answer is recoverable from any report', () => {
  const organisation = fc
    .record({
      departments: fc.integer({ min: 1, max: 3 }),
      homes: fc.array(fc.nat(), { minLength: 1, maxLength: 9 }),
      linkPicks: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 10 }),
      // small thresholds most often: that is where a shown part sits beside a withheld one
      k: fc.constantFrom(1, 2, 2, 3, 3, 4, 5),
    })
    .chain(({ departments, homes, linkPicks, k }) => {
      const customers: Customer[] = [
        ...Array.from({ length: departments }, (_, i) => ({ kind: 'department', id: `d${i}`, name: `D${i}` })),
        ...homes.map((home, i) => ({ kind: 'employee', id: `e${i}`, name: `E${i}`, departmentId: `d${home % departments}` })),
        { kind: 'shareholder', id: 'sh', name: 'Fund' },
        { kind: 'buyer', id: 'x', name: 'Buyer' },
      ];
      const internal = customers.filter((c) => c.kind !== 'buyer').map((c) => c.id);
      const pairs = new Map<string, Link>([['d0 x', { from: 'd0', to: 'x', service: 'sales', deliverable: 'service' }]]);
      for (const [a, b] of linkPicks) {
        const from = internal[a % internal.length]!;
        const to = internal[b % internal.length]!;
        if (from !== to) pairs.set(`${from} ${to}`, { from, to, service: 'work', deliverable: 'support' });
      }
      const links = [...pairs.values()];
      const departmentIds = customers.filter((c) => c.kind === 'department').map((c) => c.id);
      const employeeIds = customers.filter((c) => c.kind === 'employee').map((c) => c.id);
      // mostly employees rating departments, so that families have several parts with answers
      const survey = fc.record({
        respondent: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...employeeIds) }, { weight: 1, arbitrary: fc.constantFrom(...internal) }),
        subject: fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...departmentIds) },
          { weight: 1, arbitrary: fc.constant(undefined) },
          { weight: 1, arbitrary: fc.constantFrom(...internal, 'x') },
        ),
        instrument: fc.constantFrom('nps' as const, 'csat' as const),
        value: fc.nat(),
      });
      return fc.record({
        customers: fc.constant(customers),
        links: fc.constant(links),
        k: fc.constant(k),
        surveys: fc.array(survey, { maxLength: 40 }).map((list) =>
          list.map(({ respondent, subject, instrument, value }): Survey =>
            instrument === 'nps' ? nps(respondent, value % 11, subject) : csat(respondent, subject ?? 'd0', 1 + (value % 5)),
          ),
        ),
        cut: fc.nat(),
      });
    });

  it('lets the checker recover nothing below minRespondents, for any organisation and answers', () => {
    fc.assert(
      fc.property(organisation, ({ customers, links, k, surveys }) => {
        const report = scoreOrganization(build(customers, links), surveys, { asOf: ASOF, minRespondents: k });
        expect(disclosures(familiesOf(customers, links, surveys, report), k)).toEqual({ recovered: [], mismatched: [] });
        expect(hiddenInEvidence(report)).toBe(0);
        if (k === 1) expect(JSON.stringify(report)).not.toContain('suppressed');
      }),
      { numRuns: 150 },
    );
  });

  it('decides the same from partitions merged through JSON', () => {
    fc.assert(
      fc.property(organisation, ({ customers, links, k, surveys, cut }) => {
        const chain = build(customers, links);
        const acc = reportAccumulator(chain, { asOf: ASOF, minRespondents: k });
        const at = cut % (surveys.length + 1);
        const a = JSON.parse(JSON.stringify(acc.addAll(acc.empty(), surveys.slice(0, at))));
        const b = JSON.parse(JSON.stringify(acc.addAll(acc.empty(), surveys.slice(at))));
        expect(JSON.stringify(acc.result(acc.merge(b, a)))).toBe(JSON.stringify(scoreOrganization(chain, surveys, { asOf: ASOF, minRespondents: k })));
      }),
      { numRuns: 60 },
    );
  });
});
