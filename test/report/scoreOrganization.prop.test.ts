// The report classifies tasks while it reads them once; its per-provider
// timeliness and accuracy must agree with slaAttainment and firstPassYield
// run on that provider's tasks (the oracle).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createServiceChain, firstPassYield, scoreOrganization, slaAttainment } from '../../src/index.js';

const chain = createServiceChain({
  customers: [
    { kind: 'department', id: 'a', name: 'A' },
    { kind: 'department', id: 'b', name: 'B' },
    { kind: 'user', id: 'u', name: 'U' },
  ],
  links: [
    { from: 'a', to: 'b', service: 's', deliverable: 'tool' },
    { from: 'b', to: 'u', service: 's', deliverable: 'service' },
    { from: 'a', to: 'u', service: 's', deliverable: 'support' },
  ],
});
const START = Date.UTC(2025, 0, 1);
const ASOF = '2025-03-01T00:00:00Z';

const task = fc
  .record({
    pair: fc.constantFrom(['a', 'b'], ['b', 'u'], ['a', 'u']),
    requested: fc.integer({ min: 0, max: 58 * 24 }),
    took: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
    slaHours: fc.integer({ min: 1, max: 100 }),
    defects: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
    reworked: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map(({ pair, requested, took, slaHours, defects, reworked }) => {
    const requestedAt = new Date(START + requested * 3_600_000).toISOString();
    return {
      type: 'task' as const,
      providerId: pair[0]!,
      consumerId: pair[1]!,
      requestedAt,
      ...(took === undefined ? {} : { completedAt: new Date(START + (requested + took) * 3_600_000).toISOString() }),
      slaHours,
      ...(defects === undefined ? {} : { defects }),
      ...(reworked === undefined ? {} : { reworked }),
    };
  });

describe('report task figures agree with the scores', () => {
  it('timeliness and accuracy per provider', () => {
    fc.assert(
      fc.property(fc.array(task, { maxLength: 40 }), (tasks) => {
        const report = scoreOrganization(chain, tasks, { asOf: ASOF });
        for (const provider of report.internal.providers) {
          const own = tasks.filter((t) => t.providerId === provider.id);
          const sla = slaAttainment(own, { asOf: ASOF });
          const fpy = firstPassYield(own.filter((t) => t.completedAt !== undefined));
          expect(provider.components.timeliness).toBe(sla.score);
          expect(provider.counts).toMatchObject({ onTime: sla.onTime, late: sla.late, open: sla.open, tasks: own.length });
          expect(provider.components.accuracy).toBe(fpy.score);
          expect(provider.counts.passed).toBe(fpy.passed);
        }
      }),
      { numRuns: 150 },
    );
  });
});
