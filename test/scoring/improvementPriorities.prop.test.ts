import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createServiceChain, improvementPriorities } from '../../src/index.js';
import { Oracle, orgArb, type Org } from '../chain/_org.js';
import { naivePriorities } from './_propagationOracle.js';

// qualities on a coarse grid, so that zeros, ties and units at the target all occur
const GRID = [0, 0.25, 0.5, 0.75, 0.9, 1];

const caseArb = orgArb({ maxInternal: 9, maxExternal: 5, maxLinks: 30 }).chain((org) =>
  fc.record({
    org: fc.constant(org),
    quality: fc.array(fc.option(fc.constantFrom(...GRID), { nil: undefined }), { minLength: org.customers.length, maxLength: org.customers.length }),
    weights: fc.option(fc.array(fc.option(fc.constantFrom(0, 0.5, 1, 3), { nil: undefined }), { minLength: org.customers.length, maxLength: org.customers.length }), {
      nil: undefined,
    }),
    target: fc.constantFrom(1, 1, 0.8, 0.5),
  }),
);

function inputs(org: Org, quality: (number | undefined)[], weights: (number | undefined)[] | undefined, oracle: Oracle) {
  const own: Record<string, number> = Object.create(null) as Record<string, number>;
  org.customers.forEach((c, i) => {
    if (quality[i] !== undefined) own[c.id] = quality[i]!;
  });
  const given = new Map<string, number>();
  org.customers.forEach((c, i) => {
    if (weights !== undefined && oracle.external.has(c.id) && weights[i] !== undefined) given.set(c.id, weights[i]!);
  });
  return { own, given };
}

describe('improvementPriorities agrees with raising each unit alone and propagating again', () => {
  for (const mode of ['mean', 'yield', 'weakest'] as const) {
    it(`mode ${mode}`, () => {
      fc.assert(
        fc.property(caseArb, ({ org, quality, weights, target }) => {
          const oracle = new Oracle(org);
          const { own, given } = inputs(org, quality, weights, oracle);
          const externals = oracle.ids.filter((id) => oracle.external.has(id));
          const effectiveWeights = weights === undefined ? new Map(externals.map((x) => [x, 1])) : given;
          const chain = createServiceChain(org);
          const options = { mode, target, ...(weights === undefined ? {} : { weights: given }) };
          if (weights !== undefined && [...given.values()].every((w) => w === 0)) {
            expect(() => improvementPriorities(chain, own, options)).toThrow();
            return;
          }
          const rows = improvementPriorities(chain, own, options);
          const expected = naivePriorities(oracle, own, mode, target, effectiveWeights);
          expect(rows.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id).sort());
          const byId = new Map(expected.map((r) => [r.id, r]));
          for (const row of rows) {
            const want = byId.get(row.id)!;
            expect(row.own).toBe(want.own);
            expect(row.reach, `reach of ${row.id}`).toBe(want.reach);
            expect(Math.abs(row.lift - want.lift), `lift of ${row.id}: ${row.lift} vs ${want.lift}`).toBeLessThanOrEqual(1e-12);
          }
          // most lift first, ties by id
          for (let i = 1; i < rows.length; i += 1) {
            const [a, b] = [rows[i - 1]!, rows[i]!];
            expect(a.lift > b.lift || (a.lift === b.lift && a.id < b.id)).toBe(true);
          }
        }),
        { numRuns: 300 },
      );
    });
  }

  it('lifts on random qualities in [0, 1] too', () => {
    fc.assert(
      fc.property(
        orgArb({ maxInternal: 9, maxExternal: 5, maxLinks: 30 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 14, maxLength: 14 }),
        fc.constantFrom('mean', 'yield', 'weakest'),
        (org, values, mode) => {
          const oracle = new Oracle(org);
          const own = Object.fromEntries(org.customers.map((c, i) => [c.id, values[i]!]));
          Object.setPrototypeOf(own, null);
          const rows = improvementPriorities(createServiceChain(org), own, { mode });
          const externals = oracle.ids.filter((id) => oracle.external.has(id));
          const expected = new Map(naivePriorities(oracle, own, mode, 1, new Map(externals.map((x) => [x, 1]))).map((r) => [r.id, r]));
          expect(rows.length).toBe(expected.size);
          for (const row of rows) expect(Math.abs(row.lift - expected.get(row.id)!.lift)).toBeLessThanOrEqual(1e-12);
        },
      ),
      { numRuns: 200 },
    );
  });
});
