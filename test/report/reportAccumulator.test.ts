/**
 * reportAccumulator's states cross trust boundaries (workers, queues,
 * warehouses): each way a state can be wrong is an issue at its path.
 */
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../scoring/_helpers.js';
import { invalidIssues } from '../_shared/issues.js';
import { ClienteleError, chainCustomers, chainLinks, createServiceChain, reportAccumulator, type ReportState } from '../../src/index.js';

const chain = createServiceChain({
  customers: [
    { kind: 'department', id: 'it', name: 'IT' },
    { kind: 'department', id: 'sales', name: 'Sales' },
    { kind: 'employee', id: 'e1', name: 'Lan', departmentId: 'sales' },
    { kind: 'buyer', id: 'b1', name: 'Acme', party: 'organization' },
  ],
  links: [
    { from: 'it', to: 'sales', service: 'laptops', deliverable: 'tool', slaHours: 24 },
    { from: 'sales', to: 'b1', service: 'quotes', deliverable: 'service' },
  ],
});
const options = { asOf: '2025-12-31' };
const acc = reportAccumulator(chain, options);
const state = acc.addAll(acc.empty(), [
  { type: 'survey', respondentId: 'sales', subjectId: 'it', instrument: 'csat', value: 5, at: '2025-04-01' },
  { type: 'survey', respondentId: 'e1', subjectId: 'it', instrument: 'csat', value: 2, at: '2025-04-02' },
  { type: 'purchase', customerId: 'b1', at: '2025-02-01', amount: 100, currency: 'VND' },
]);

function pathsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ClienteleError);
    return (error as ClienteleError).issues.map((issue) => issue.path.join('.'));
  }
  throw new Error('expected a ClienteleError');
}

/** A deep copy of the state with one change. */
function changed(edit: (copy: Record<string, any>) => void): ReportState {
  const copy = JSON.parse(JSON.stringify(state));
  edit(copy);
  return copy;
}

describe('reportAccumulator states', () => {
  it('are plain JSON and survive a round trip', () => {
    const again = JSON.parse(JSON.stringify(state));
    expect(acc.result(again)).toEqual(acc.result(state));
  });

  it('record the chain and the options: another chain or other options cannot merge', () => {
    const other = reportAccumulator(chain, { asOf: '2025-06-30' });
    expect(pathsOf(() => acc.merge(state, other.empty()))).toEqual(['b.fingerprint']);
    const smaller = createServiceChain({ customers: [{ kind: 'department', id: 'it', name: 'IT' }], links: [] });
    expect(pathsOf(() => acc.result(reportAccumulator(smaller, options).empty()))).toEqual(['state.fingerprint']);
  });

  it('say what differs when states cannot merge: the asOf, or the same records in another order', () => {
    const messageOf = (run: () => unknown): string => invalidIssues(run)[0]![1];
    const other = reportAccumulator(chain, { asOf: '2025-06-30' });
    expect(messageOf(() => acc.merge(state, other.empty()))).toContain("its asOf is 2025-06-30T00:00:00.000Z, this accumulator's 2025-12-31T00:00:00.000Z");
    const reordered = reportAccumulator(createServiceChain({ customers: [...chainCustomers(chain)].reverse(), links: [...chainLinks(chain)].reverse() }), options);
    const said = messageOf(() => acc.merge(state, reordered.empty()));
    expect(said).toContain('the same ones in another order');
    expect(said).not.toContain('its asOf');
  });

  it('reject bad counts, slots and lists at their paths', () => {
    const unit = state.units.findIndex((slot) => slot !== null);
    expect(pathsOf(() => acc.result(changed((s) => (s.units[unit].sla.late = -1))))).toEqual([`state.units.${unit}.sla.late`]);
    expect(pathsOf(() => acc.result(changed((s) => (s.units[unit].satisfaction.respondents = [2, 0]))))).toEqual([
      `state.units.${unit}.satisfaction.respondents`,
    ]);
    expect(pathsOf(() => acc.result(changed((s) => s.customers.pop())))).toEqual(['state.customers']);
    expect(pathsOf(() => acc.merge(state, changed((s) => (s.observations = 1.5))))).toEqual(['b.observations']);
    expect(pathsOf(() => acc.add(changed((s) => (s.extra = true)), { type: 'purchase', customerId: 'b1', at: '2025-02-01', amount: 1, currency: 'VND' }))).toEqual([
      'state.extra',
    ]);
    expect(pathsOf(() => acc.result(null as never))).toEqual(['state']);
  });

  it('keep linked pairs as columns of counts, and reject bad columns at their paths', () => {
    // one pair holds something: it → sales, the csat answers about it of sales (5, satisfied) and of e1, an employee
    // of sales (2, not): 1 satisfied of 2, from customer indices 1 (sales) and 2 (e1)
    expect(state.pairs).toEqual({ slots: [0], counts: [1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0], respondents: [[0, 1, 2]] });
    const counts = [1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(pathsOf(() => acc.result(changed((s) => (s.pairs = { slots: [0, 0], counts: [...counts, ...counts], respondents: [] }))))).toEqual(['state.pairs.slots.1']);
    // respondent lists: a pair not listed in slots, ids out of order, past the cap of 5, past the 4 customers, none at all
    expect(pathsOf(() => acc.result(changed((s) => (s.pairs.respondents = [[1, 1]]))))).toEqual(['state.pairs.respondents.0']);
    expect(pathsOf(() => acc.result(changed((s) => (s.pairs.respondents = [[0, 2, 1]]))))).toEqual(['state.pairs.respondents.0']);
    expect(pathsOf(() => acc.result(changed((s) => (s.pairs.respondents = [[0, 0, 1, 2, 3, 4, 5]]))))).toEqual(['state.pairs.respondents.0']);
    expect(pathsOf(() => acc.result(changed((s) => (s.pairs.respondents = [[0, 4]]))))).toEqual(['state.pairs.respondents.0']);
    expect(pathsOf(() => acc.result(changed((s) => (s.pairs.respondents = [[0]]))))).toEqual(['state.pairs.respondents.0']);
    expect(pathsOf(() => acc.result(changed((s) => delete s.pairs.respondents)))).toEqual(['state.pairs.respondents']);
    expect(pathsOf(() => acc.result(changed((s) => (s.organization.enpsRest = [3, 1]))))).toEqual(['state.organization.enpsRest']);
    // two linked pairs (it → sales, sales → b1): index 2 is past the end
    expect(pathsOf(() => acc.result(changed((s) => (s.pairs.slots = [2]))))).toEqual(['state.pairs.slots.0', 'state.pairs.respondents.0']);
    expect(pathsOf(() => acc.result(changed((s) => ((s.pairs.slots = [2]), (s.pairs.respondents = [])))))).toEqual(['state.pairs.slots.0']);
    expect(pathsOf(() => acc.result(changed((s) => s.pairs.counts.pop())))).toEqual(['state.pairs.counts']);
    expect(pathsOf(() => acc.merge(state, changed((s) => ((s.pairs.counts[3] = -1), (s.pairs.counts[7] = 0.5)))))).toEqual([
      'b.pairs.counts.3',
      'b.pairs.counts.7',
    ]);
    expect(pathsOf(() => acc.result(changed((s) => delete s.pairs.slots)))).toEqual(['state.pairs.slots']);
  });

  it("read each pair counter into its link's figures", () => {
    const open = reportAccumulator(chain, { asOf: '2025-12-31', minRespondents: 1 });
    const report = open.result(
      open.addAll(open.empty(), [
        { type: 'survey', respondentId: 'sales', subjectId: 'it', instrument: 'csat', value: 2, at: '2025-04-01' },
        { type: 'task', providerId: 'it', consumerId: 'sales', requestedAt: '2025-04-01T09:00:00Z', completedAt: '2025-04-01T10:00:00Z' },
        { type: 'task', providerId: 'it', consumerId: 'sales', requestedAt: '2025-04-02T09:00:00Z', completedAt: '2025-04-04T10:00:00Z', defects: 1 },
        { type: 'task', providerId: 'it', consumerId: 'sales', requestedAt: '2025-12-30T09:00:00Z' },
        { type: 'interaction', fromId: 'sales', toId: 'it', at: '2025-04-03', channel: 'chat', initiatedBy: 'sales' },
      ]),
    );
    const link = report.internal.links.find((l) => l.from === 'it')!.components;
    // one csat answer of 2 on 5 points: not satisfied
    expect([link.satisfaction.score, 'total' in link.satisfaction ? link.satisfaction.total : null]).toEqual([0, 1]);
    // SLA 24 h: the first task took 1 h (on time), the second 49 h (late), the third is open and not yet due
    expect([link.timeliness.onTime, link.timeliness.late, link.timeliness.open, link.timeliness.withoutSla]).toEqual([1, 1, 1, 0]);
    // first pass: 1 of the 2 completed tasks had no defect; 1 open
    expect([link.accuracy.passed, link.accuracy.total, link.accuracy.open]).toEqual([1, 2, 1]);
    // one interaction, started by the consumer: the one internal consumer reached, none started by it
    expect([link.collaboration.interactions, link.collaboration.initiated, link.collaboration.reached, link.collaboration.consumers]).toEqual([1, 0, 1, 1]);
  });

  it('keep one currency across merges', () => {
    const euros = acc.addAll(acc.empty(), [{ type: 'purchase', customerId: 'b1', at: '2025-03-01', amount: 5, currency: 'EUR' }]);
    expect(pathsOf(() => acc.merge(state, euros))).toEqual(['b.currency']);
    expect(pathsOf(() => acc.add(state, { type: 'purchase', customerId: 'b1', at: '2025-03-01', amount: 5, currency: 'EUR' }))).toEqual([
      'observation.currency',
    ]);
  });

  it('never change the states they are given', () => {
    // the copy handed to add, merge and result is the one compared afterwards, frozen at every depth so that a
    // write to a nested count throws in this strict module rather than passing unnoticed
    const before = JSON.stringify(state);
    const frozen = deepFreeze(JSON.parse(before) as ReportState);
    const open = JSON.parse(before) as ReportState;
    acc.add(frozen, { type: 'survey', respondentId: 'b1', subjectId: 'sales', instrument: 'nps', value: 9, at: '2025-05-01' });
    acc.merge(frozen, frozen);
    acc.result(frozen);
    expect(JSON.stringify(frozen)).toBe(before);
    // and an unfrozen state is left as it was too (a copy taken rather than written to)
    acc.add(open, { type: 'survey', respondentId: 'b1', subjectId: 'sales', instrument: 'nps', value: 9, at: '2025-05-01' });
    acc.merge(open, open);
    acc.result(open);
    expect(JSON.stringify(open)).toBe(before);
  });

  it('keep the smallest respondents however they arrive, so merge stays commutative', () => {
    const five = reportAccumulator(chain, { asOf: '2025-12-31', minRespondents: 1 });
    const a = five.addAll(five.empty(), [{ type: 'survey', respondentId: 'sales', subjectId: 'it', instrument: 'csat', value: 5, at: '2025-04-01' }]);
    const b = five.addAll(five.empty(), [{ type: 'survey', respondentId: 'e1', subjectId: 'it', instrument: 'csat', value: 2, at: '2025-04-02' }]);
    expect(five.merge(a, b)).toEqual(five.merge(b, a));
    // with a cap of one, only the smaller index is kept: sales (1) before e1 (2)
    expect(five.merge(b, a).units[0]!.satisfaction.respondents).toEqual([1]);
  });
});
