/**
 * Links that join the same provider and consumer share that pair's figures
 * (observations name a provider and a consumer, not a service): each says how
 * many links share them, and an owner's mean counts a pair once.
 *
 *   it ──CRM (8 h, Mai)──────▶ ops
 *   it ──printers (Mai)──────▶ ops
 *   it ──laptops (Khoa)──────▶ ops
 *   it ──payroll (8 h, Mai)──▶ hr
 */
import { describe, expect, it } from 'vitest';
import { createServiceChain, scoreOrganization } from '../../src/index.js';

const chain = createServiceChain({
  customers: [
    { kind: 'department', id: 'it', name: 'IT' },
    { kind: 'department', id: 'ops', name: 'Ops' },
    { kind: 'department', id: 'hr', name: 'HR' },
    { kind: 'employee', id: 'mai', name: 'Mai', departmentId: 'it' },
    { kind: 'employee', id: 'khoa', name: 'Khoa', departmentId: 'it' },
  ],
  links: [
    { from: 'it', to: 'ops', service: 'CRM', deliverable: 'tool', slaHours: 8, owner: 'mai' },
    { from: 'it', to: 'ops', service: 'printers', deliverable: 'support', owner: 'mai' },
    { from: 'it', to: 'ops', service: 'laptops', deliverable: 'tool', owner: 'khoa' },
    { from: 'it', to: 'hr', service: 'payroll', deliverable: 'information', slaHours: 8, owner: 'mai' },
  ],
});

const observations = [
  // it → ops: 24 h against the pair's smallest SLA, 8 h: late, no defect
  { type: 'task', providerId: 'it', consumerId: 'ops', requestedAt: '2025-03-03T09:00:00Z', completedAt: '2025-03-04T09:00:00Z', defects: 0 },
  // it → hr: 2 h of 8: on time, no defect
  { type: 'task', providerId: 'it', consumerId: 'hr', requestedAt: '2025-03-05T09:00:00Z', completedAt: '2025-03-05T11:00:00Z', defects: 0 },
];

describe('the report on links that share a provider and a consumer', () => {
  const report = scoreOrganization(chain, observations, { asOf: '2025-12-31' });
  const link = (service: string) => report.internal.links.find((entry) => entry.service === service)!;

  it('shows the pair figures on each of its links, saying how many share them', () => {
    for (const service of ['CRM', 'printers', 'laptops']) {
      expect(link(service).pairLinks).toBe(3);
      expect(link(service).components.timeliness).toMatchObject({ onTime: 0, late: 1 }); // the one task, not one each
    }
    expect(link('payroll').pairLinks).toBe(1);
    // it → ops: timeliness 0, accuracy 100 (no defect) → 50; it → hr: 100 and 100 → 100 (no answers, no interactions)
    expect(link('CRM').score).toBeCloseTo(50, 12);
    expect(link('payroll').score).toBeCloseTo(100, 12);
  });

  it("counts a pair once in its owner's mean", () => {
    const mai = report.internal.owners.find((owner) => owner.owner === 'mai')!;
    expect(mai.links.map((entry) => entry.service)).toEqual(['CRM', 'printers', 'payroll']);
    // pairs it → ops (50) and it → hr (100): (50 + 100) / 2 = 75, not (50 + 50 + 100) / 3
    expect(mai.score).toBeCloseTo(75, 12);
    expect(report.internal.owners.find((owner) => owner.owner === 'khoa')!.score).toBeCloseTo(50, 12);
  });
});
