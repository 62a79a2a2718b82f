import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createServiceChain, propagateQuality } from '../../src/index.js';
import { Oracle, orgArb } from '../chain/_org.js';
import { naivePropagate } from './_propagationOracle.js';

const qualityArb = (ids: readonly string[]) =>
  fc.array(fc.tuple(fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: ids.length, maxLength: ids.length }).map((pairs) => {
    const quality: Record<string, number> = Object.create(null) as Record<string, number>;
    pairs.forEach(([given, value], i) => {
      if (given) quality[ids[i] as string] = value;
    });
    return quality;
  });

const orgWithQuality = orgArb().chain((org) => qualityArb(org.customers.map((c) => c.id)).map((quality) => ({ org, quality })));

function expectClose(actual: Map<string, number>, expected: Map<string, number>): void {
  expect([...actual.keys()]).toEqual([...expected.keys()]);
  for (const [id, value] of expected) {
    const got = actual.get(id) as number;
    expect(Math.abs(got - value), id).toBeLessThanOrEqual(1e-12);
  }
}

describe('propagateQuality agrees with the definition on random organisations', () => {
  for (const mode of ['mean', 'yield', 'weakest'] as const) {
    it(`mode ${mode}: ${mode === 'mean' ? 'the group-by-group definition' : 'over closed upstream sets found by plain searches'}`, () => {
      fc.assert(
        fc.property(orgWithQuality, ({ org, quality }) => {
          const chain = createServiceChain(org);
          const result = propagateQuality(chain, quality, { mode });
          expectClose(result, naivePropagate(new Oracle(org), quality, mode));
          for (const value of result.values()) {
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(1);
          }
        }),
        { numRuns: 300 },
      );
    });
  }

  it('a Map and a record give the same answer', () => {
    fc.assert(
      fc.property(orgWithQuality, ({ org, quality }) => {
        const chain = createServiceChain(org);
        expect(propagateQuality(chain, new Map(Object.entries(quality)))).toEqual(propagateQuality(chain, quality));
      }),
      { numRuns: 100 },
    );
  });

  it("'yield' ≤ 'weakest', and every mode ≤ a unit's own quality", () => {
    fc.assert(
      fc.property(orgWithQuality, ({ org, quality }) => {
        const chain = createServiceChain(org);
        const byYield = propagateQuality(chain, quality, { mode: 'yield' });
        const byWeakest = propagateQuality(chain, quality, { mode: 'weakest' });
        const byMean = propagateQuality(chain, quality);
        for (const [id, value] of byWeakest) {
          expect(byYield.get(id)!).toBeLessThanOrEqual(value);
          expect(value).toBeLessThanOrEqual(quality[id] ?? 1);
          expect(byMean.get(id)!).toBeLessThanOrEqual(quality[id] ?? 1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("'yield' over forty layers of three, every unit of a layer serving every unit of the next, all 120 units below 1 (bit sets of four words)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.5, max: 1, noNaN: true }), { minLength: 120, maxLength: 120 }), (values) => {
        const customers = values.map((_, i) => ({ kind: 'department' as const, id: `u${i}`, name: `U${i}` }));
        const links = [];
        for (let i = 0; i + 3 < 120; i += 1) {
          const layer = Math.floor(i / 3);
          for (let j = 0; j < 3; j += 1) links.push({ from: `u${i}`, to: `u${(layer + 1) * 3 + j}`, service: 's', deliverable: 'service' as const });
        }
        const org = { customers, links };
        const quality = Object.fromEntries(values.map((value, i) => [`u${i}`, value]));
        expectClose(propagateQuality(createServiceChain(org), quality, { mode: 'yield' }), naivePropagate(new Oracle(org), quality, 'yield'));
      }),
      { numRuns: 20 },
    );
  });

  it('never rises above a unit own quality, and lowering one unit never raises anyone', () => {
    fc.assert(
      fc.property(orgWithQuality, fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), ({ org, quality }, pick, lower) => {
        const chain = createServiceChain(org);
        const before = propagateQuality(chain, quality);
        for (const [id, value] of before) expect(value).toBeLessThanOrEqual(quality[id] ?? 1);
        const id = org.customers[pick % org.customers.length]!.id;
        const changed = { ...quality };
        Object.defineProperty(changed, id, { value: Math.min(lower, quality[id] ?? 1), enumerable: true, writable: true, configurable: true });
        const after = propagateQuality(chain, changed);
        for (const [other, value] of after) expect(value).toBeLessThanOrEqual((before.get(other) as number) + 1e-15);
      }),
      { numRuns: 200 },
    );
  });
});
