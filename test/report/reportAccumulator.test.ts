/**
 * reportAccumulator's states cross trust boundaries (workers, queues,
 * warehouses): each way a state can be wrong is an issue at its path.
 */
import { describe, expect, it } from 'vitest';
import { ClienteleError, createServiceChain, reportAccumulator, type ReportState } from '../../src/index.js';

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

  it('keep one currency across merges', () => {
    const euros = acc.addAll(acc.empty(), [{ type: 'purchase', customerId: 'b1', at: '2025-03-01', amount: 5, currency: 'EUR' }]);
    expect(pathsOf(() => acc.merge(state, euros))).toEqual(['b.currency']);
    expect(pathsOf(() => acc.add(state, { type: 'purchase', customerId: 'b1', at: '2025-03-01', amount: 5, currency: 'EUR' }))).toEqual([
      'observation.currency',
    ]);
  });

  it('never change the states they are given', () => {
    const before = JSON.stringify(state);
    const frozen = Object.freeze(JSON.parse(before));
    acc.add(frozen, { type: 'survey', respondentId: 'b1', subjectId: 'sales', instrument: 'nps', value: 9, at: '2025-05-01' });
    acc.merge(frozen, frozen);
    acc.result(frozen);
    expect(JSON.stringify(state)).toBe(before);
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
