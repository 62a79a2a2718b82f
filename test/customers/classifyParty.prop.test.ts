import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CUSTOMER_KINDS, INTERNAL_KINDS, classifyParty, type PartyFacts, type Side } from '../../src/index.js';

const FACT_NAMES = [
  'unitOf',
  'employeeOf',
  'holdsSharesIn',
  'usesProductOf',
  'buysFrom',
  'benefitsFrom',
  'suppliesTo',
  'distributesFor',
  'partnerOf',
] as const;

const factsArb: fc.Arbitrary<PartyFacts> = fc.record(
  Object.fromEntries(FACT_NAMES.map((name) => [name, fc.boolean()])) as Record<(typeof FACT_NAMES)[number], fc.Arbitrary<boolean>>,
  { requiredKeys: [] },
);
const policyArb = fc.constantFrom<Side>('internal', 'external');

describe('classifyParty laws', () => {
  it('gives side = first of sides, sides in order, kinds in CUSTOMER_KINDS order', () => {
    fc.assert(
      fc.property(factsArb, policyArb, (facts, partners) => {
        const result = classifyParty(facts, { partners });
        expect(result.side).toBe(result.sides[0] ?? null);
        expect([[], ['internal'], ['external'], ['internal', 'external']]).toContainEqual([...result.sides]);
        expect(result.kinds).toEqual(CUSTOMER_KINDS.filter((kind) => result.kinds.includes(kind)));
        expect(new Set(result.kinds).size).toBe(result.kinds.length);
        const internalKind = result.kinds.some((kind) => (INTERNAL_KINDS as readonly string[]).includes(kind));
        if (internalKind) expect(result.side).toBe('internal');
        const anyTrue = Object.values(facts).some((value) => value === true);
        expect(result.side === null).toBe(!anyTrue);
      }),
    );
  });

  it('never loses a kind, relation or side when a fact becomes true', () => {
    fc.assert(
      fc.property(factsArb, fc.constantFrom(...FACT_NAMES), policyArb, (facts, extra, partners) => {
        const before = classifyParty(facts, { partners });
        const after = classifyParty({ ...facts, [extra]: true }, { partners });
        for (const kind of before.kinds) expect(after.kinds).toContain(kind);
        for (const relation of before.relations) expect(after.relations).toContain(relation);
        for (const side of before.sides) expect(after.sides).toContain(side);
      }),
    );
  });

  it('lets the partners policy matter only when there is a supplier, distributor or partner tie', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const asExternal = classifyParty(facts, { partners: 'external' });
        const asInternal = classifyParty(facts, { partners: 'internal' });
        expect(asInternal.kinds).toEqual(asExternal.kinds);
        expect(asInternal.relations).toEqual(asExternal.relations);
        if (asExternal.relations.length === 0) expect(asInternal).toEqual(asExternal);
        else {
          expect(asInternal.sides).toContain('internal');
          expect(asExternal.sides).toContain('external');
        }
      }),
    );
  });
});
