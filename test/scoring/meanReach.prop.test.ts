import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createServiceChain } from '../../src/index.js';
import { stateOf, isExternalNode } from '../../src/chain/_state.js';
import { SparseSets } from '../../src/chain/_sparseSets.js';
import { meanReach } from '../../src/scoring/_internal/lifts.js';
import { orgArb } from '../chain/_org.js';

// a random DAG over `count` vertices (edges only from higher to lower numbers, as the condensation
// is ordered), each vertex owning at most one element of a universe large enough for bit words
const dagArb = fc
  .record({ count: fc.integer({ min: 1, max: 60 }), universe: fc.integer({ min: 1, max: 300 }) })
  .chain(({ count, universe }) =>
    fc.record({
      // how many elements a set may hold as a list: small limits send most unions to bit words
      limit: fc.integer({ min: 1, max: 40 }),
      count: fc.constant(count),
      universe: fc.constant(universe),
      own: fc.array(fc.option(fc.nat(universe - 1), { nil: -1, freq: 2 }), { minLength: count, maxLength: count }),
      edges: fc.array(fc.tuple(fc.nat(count - 1), fc.nat(count - 1)), { maxLength: count * 6 }),
      reads: fc.array(fc.tuple(fc.nat(count - 1), fc.array(fc.nat(count - 1), { maxLength: 8 })), { maxLength: 20 }),
    }),
  );

describe('SparseSets', () => {
  it('gives the size of every union as plain sets do, lists, bit words and full sets alike', () => {
    fc.assert(
      fc.property(dagArb, ({ limit, count, universe, own, edges, reads }) => {
        // fromLists[v]: the vertices below v whose sets flow into v's
        const fromLists: number[][] = Array.from({ length: count }, () => []);
        for (const [a, b] of edges) if (a > b) fromLists[a]!.push(b);
        const fromStart = new Int32Array(count + 1);
        fromLists.forEach((list, v) => (fromStart[v + 1] = fromStart[v]! + list.length));
        const from = Int32Array.from(fromLists.flat());
        // the oracle: each vertex's set, built with Set
        const naive: Set<number>[] = [];
        for (let v = 0; v < count; v += 1) {
          const set = new Set<number>(own[v]! >= 0 ? [own[v]!] : []);
          for (const h of fromLists[v]!) for (const e of naive[h]!) set.add(e);
          naive.push(set);
        }
        // extra reads at vertex v: the union of some lower vertices' sets, read once v's set is made
        const extra = reads.map(([v, list]) => [v, list.filter((h) => h < v)] as const);
        const refs = new Int32Array(count);
        for (const h of from) refs[h]! += 1;
        for (const [, list] of extra) for (const h of list) refs[h]! += 1;
        const sets = new SparseSets(universe, count, refs, undefined, limit);
        for (let v = 0; v < count; v += 1) {
          const size = sets.union(from, fromStart[v]!, fromStart[v + 1]!, v, own[v]!, v);
          expect(size).toBe(naive[v]!.size);
          for (const [at, list] of extra) {
            if (at !== v) continue;
            const expected = new Set(list.flatMap((h) => [...naive[h]!]));
            expect(sets.union(Int32Array.from(list), 0, list.length, -1, -1, -1)).toBe(expected.size);
            for (const h of list) sets.release(h);
          }
          for (let k = fromStart[v]!; k < fromStart[v + 1]!; k += 1) sets.release(from[k]!);
        }
        expect(sets.overBudget).toBe(false);
      }),
      { numRuns: 400 },
    );
  });
});

describe("improvementPriorities' reach: the sparse sets and the bit-set blocks agree", () => {
  it('on random chains with many external customers, qualities at 0 included', () => {
    fc.assert(
      fc.property(
        orgArb({ maxInternal: 14, maxExternal: 60, maxLinks: 120 }),
        fc.array(fc.constantFrom(0, 0.5, 0.9, 1), { minLength: 74, maxLength: 74 }),
        (org, values) => {
          const state = stateOf(createServiceChain(org));
          const own = Float64Array.from({ length: state.n }, (_, v) => values[v]!);
          const candidate = Uint8Array.from({ length: state.n }, (_, v) => (!isExternalNode(state, v) && own[v]! < 1 ? 1 : 0));
          expect([...meanReach(state, own, candidate, 'sparse')]).toEqual([...meanReach(state, own, candidate, 'blocks')]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
