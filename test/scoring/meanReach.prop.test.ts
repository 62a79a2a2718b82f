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
      limit: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 40 })),
      // how many bit sets share one chunk of memory: one or two make slots cross chunks and be reused often
      chunkSlots: fc.constantFrom(1, 2, 4, undefined),
      // with weights, a set's size is the sum of its elements' weights (runs of equal weight, never falling)
      weights: fc.option(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: universe, maxLength: universe }), { nil: undefined }),
      count: fc.constant(count),
      universe: fc.constant(universe),
      own: fc.array(fc.option(fc.nat(universe - 1), { nil: -1, freq: 2 }), { minLength: count, maxLength: count }),
      edges: fc.array(fc.tuple(fc.nat(count - 1), fc.nat(count - 1)), { maxLength: count * 6, size: 'max' }),
      reads: fc.array(fc.tuple(fc.nat(count - 1), fc.array(fc.nat(count - 1), { maxLength: 8 })), { maxLength: 20 }),
    }),
  );

describe('SparseSets', () => {
  it('gives the size of every union as plain sets do, lists, bit words and full sets alike, weighed or not', () => {
    fc.assert(
      fc.property(dagArb, ({ limit, chunkSlots, weights, count, universe, own, edges, reads }) => {
        const weight = weights === undefined ? undefined : Int32Array.from(weights.sort((a, b) => a - b));
        const sizeOf = (set: Set<number>): number => [...set].reduce((sum, e) => sum + (weight === undefined ? 1 : weight[e]!), 0);
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
        const sets = new SparseSets(universe, count, refs, { limit, weight, chunkSlots });
        for (let v = 0; v < count; v += 1) {
          const size = sets.union(from, fromStart[v]!, fromStart[v + 1]!, v, own[v]!, v);
          expect(size).toBe(sizeOf(naive[v]!));
          expect(sets.size[v]).toBe(size);
          for (const [at, list] of extra) {
            if (at !== v) continue;
            const expected = new Set(list.flatMap((h) => [...naive[h]!]));
            expect(sets.union(Int32Array.from(list), 0, list.length, -1, -1, -1)).toBe(sizeOf(expected));
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

describe('SparseSets at the edge of a word', () => {
  it('a union of every element is full, and one short of it is not, at universes of 31, 32, 33, 64 and 96', () => {
    for (const universe of [31, 32, 33, 64, 96]) {
      for (const weighted of [false, true]) {
        // weights 1, 1, …, 2, 2, …: 1 + ⌊e / 10⌋, so the full size is Σ over e of 1 + ⌊e / 10⌋
        const weight = weighted ? Int32Array.from({ length: universe }, (_, e) => 1 + Math.floor(e / 10)) : undefined;
        const total = weight === undefined ? universe : weight.reduce((sum, w) => sum + w, 0);
        // vertices 0 .. universe − 1 own one element each; L and R take the lower and upper halves (more than the
        // list limit of 2, so bit words), all but element 0 in R2; then L ∪ R is full and L2 ∪ R2 (L without 0) is not
        const L = universe;
        const R = universe + 1;
        const L2 = universe + 2;
        const R2 = universe + 3;
        const refs = new Int32Array(universe + 4).fill(1);
        refs.fill(2, 0, universe);
        refs[L] = 1;
        refs[R] = 2;
        refs[L2] = 1;
        const sets = new SparseSets(universe, universe + 4, refs, { limit: 2, weight, chunkSlots: 1 });
        const none = new Int32Array(0);
        for (let e = 0; e < universe; e += 1) sets.union(none, 0, 0, -1, e, e);
        const half = Math.floor(universe / 2);
        const range = (lo: number, hi: number) => Int32Array.from({ length: hi - lo }, (_, k) => lo + k);
        sets.union(range(0, half), 0, half, -1, -1, L);
        sets.union(range(half, universe), 0, universe - half, -1, -1, R);
        sets.union(range(1, half), 0, half - 1, -1, -1, L2);
        expect(sets.union(Int32Array.from([L, R]), 0, 2, -1, -1, -1)).toBe(total);
        expect(sets.union(Int32Array.from([L2, R]), 0, 2, -1, -1, R2)).toBe(total - (weight?.[0] ?? 1));
      }
    }
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

describe("improvementPriorities' reach: external customers with the same providers", () => {
  // each external customer takes its providers from one of a few templates, so many share them exactly
  // (one class, weighing as many as it holds) and some templates hold several providers; the units form a DAG
  const templatedArb = fc.record({
    internal: fc.integer({ min: 2, max: 10 }),
    internalLinks: fc.array(fc.tuple(fc.nat(9), fc.nat(9)), { maxLength: 25 }),
    // up to 60 templates: more classes than the sets' list limit (32), so weighted bit words are made too
    templates: fc.array(fc.uniqueArray(fc.nat(9), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 60 }),
    externals: fc.array(fc.nat(59), { minLength: 1, maxLength: 150 }),
    values: fc.array(fc.constantFrom(0, 0.5, 0.9, 1), { minLength: 160, maxLength: 160 }),
  });

  it('counts each external customer once, as the bit-set blocks and a plain search do', () => {
    fc.assert(
      fc.property(templatedArb, ({ internal, internalLinks, templates, externals, values }) => {
        const customers = [
          ...Array.from({ length: internal }, (_, i) => ({ kind: 'department' as const, id: `u${i}`, name: `Unit ${i}` })),
          ...externals.map((_, j) => ({ kind: 'buyer' as const, id: `x${j}`, name: `Buyer ${j}` })),
        ];
        const links = new Map<string, { from: string; to: string; service: string; deliverable: 'service' }>();
        const link = (from: string, to: string) => links.set(`${from}>${to}`, { from, to, service: 'work', deliverable: 'service' });
        // internal links only from lower to higher numbers: no cycles, so the plain search below is the whole rule
        for (const [a, b] of internalLinks) if (a % internal < b % internal) link(`u${a % internal}`, `u${b % internal}`);
        externals.forEach((t, j) => {
          for (const p of templates[t % templates.length]!) link(`u${p % internal}`, `x${j}`);
        });
        const state = stateOf(createServiceChain({ customers, links: [...links.values()] }));
        const own = Float64Array.from({ length: state.n }, (_, v) => values[v]!);
        const candidate = Uint8Array.from({ length: state.n }, (_, v) => (!isExternalNode(state, v) && own[v]! < 1 ? 1 : 0));
        const sparse = [...meanReach(state, own, candidate, 'sparse')];
        expect(sparse).toEqual([...meanReach(state, own, candidate, 'blocks')]);
        // a plain search for one unit whose own links pass quality on (own above 0, inputs above 0 or none):
        // the external customers above 0 reached through units above 0
        for (let u = 0; u < internal; u += 1) {
          const v = state.index.get(`u${u}`)!;
          if (candidate[v] === 0 || own[v] === 0) continue;
          const into = [...links.values()].filter((l) => l.to === `u${u}`);
          if (into.length > 0) continue; // a unit with providers could have inputs of 0; the blocks cover those
          const seen = new Set<string>([`u${u}`]);
          const stack = [`u${u}`];
          let reached = 0;
          while (stack.length > 0) {
            const from = stack.pop()!;
            for (const l of links.values()) {
              if (l.from !== from || seen.has(l.to)) continue;
              seen.add(l.to);
              if (own[state.index.get(l.to)!] === 0) continue;
              if (l.to.startsWith('x')) reached += 1;
              else stack.push(l.to);
            }
          }
          expect(sparse[v]).toBe(reached);
        }
      }),
      { numRuns: 300 },
    );
  });
});
