import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byteTables, closureBlocks, countBits, foldProduct, foldSum, fullRow, usedWords } from '../../src/chain/_closure.js';

/**
 * The bit-set closure behind 'yield' and the priorities' reach, on random
 * acyclic graphs, against sets built by plain recursion; with budgets small
 * enough to cut the bits into many blocks, so that the block boundaries, the
 * first-position skip and the last-used-word cut are all exercised.
 */
const dagArb = fc
  .record({
    size: fc.integer({ min: 1, max: 30 }),
    owned: fc.array(fc.nat(4), { minLength: 30, maxLength: 30 }),
    edges: fc.array(fc.tuple(fc.nat(29), fc.nat(29)), { maxLength: 80 }),
    budget: fc.integer({ min: 1, max: 200 }),
    present: fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
  })
  .map(({ size, owned, edges, budget, present }) => {
    // vertex i may take sets from vertices j < i; some vertices are left out of the order
    const from: number[][] = Array.from({ length: size }, () => []);
    for (const [a, b] of edges) {
      const [lo, hi] = [Math.min(a % size, b % size), Math.max(a % size, b % size)];
      if (lo !== hi && !from[hi]!.includes(lo)) from[hi]!.push(lo);
    }
    const order = Array.from({ length: size }, (_, i) => i).filter((i) => present[i] || i === 0);
    return { size, from, order, owned: order.map((v) => owned[v]!), budget };
  });

describe('closureBlocks', () => {
  it('gives each vertex the union of its own bits and those of every vertex with a path to it, block by block', () => {
    fc.assert(
      fc.property(dagArb, ({ size, from, order, owned, budget }) => {
        const fromStart = new Int32Array(size + 1);
        from.forEach((list, v) => (fromStart[v + 1] = fromStart[v]! + list.length));
        const bitStart = new Int32Array(order.length + 1);
        owned.forEach((k, p) => (bitStart[p + 1] = bitStart[p]! + k));
        // the naive sets: vertices absent from the order hold nothing and pass nothing on
        const inOrder = new Set(order);
        const sets = new Map<number, Set<number>>();
        order.forEach((v, p) => {
          const set = new Set<number>();
          for (let b = bitStart[p]!; b < bitStart[p + 1]!; b += 1) set.add(b);
          for (const u of from[v]!) if (inOrder.has(u)) for (const b of sets.get(u)!) set.add(b);
          sets.set(v, set);
        });
        const found = new Map<number, Set<number>>(order.map((v) => [v, new Set<number>()]));
        const values = Float64Array.from({ length: bitStart[order.length]! }, (_, b) => 1 + b / 64);
        let blocks = 0;
        closureBlocks(
          { order: Int32Array.from(order), fromStart, from: Int32Array.from(from.flat()), bitStart },
          (block) => {
            blocks += 1;
            const tables = byteTables(values, block.lo, block.hi, 'product');
            const sums = byteTables(values, block.lo, block.hi, 'sum');
            order.forEach((v, p) => {
              const base = p * block.words;
              // a full set's words are not written: it stands for every bit of the block
              const row = block.full[p] === 1 ? fullRow(block) : block.rows.subarray(base, base + block.words);
              const bits: number[] = [];
              for (let i = 0; i < block.words; i += 1) {
                for (let j = 0; j < 32; j += 1) if ((row[i]! >>> j) & 1 && p >= block.first) bits.push(block.lo + i * 32 + j);
              }
              for (const b of bits) found.get(v)!.add(b);
              expect(block.filled[p] === 1 || p < block.first).toBe(bits.length > 0 || p < block.first);
              if (p < block.first) return;
              const used = block.full[p] === 1 ? block.words : usedWords(block, bitStart, p);
              expect(countBits(row, 0, used)).toBe(bits.length);
              const naiveProduct = bits.reduce((a, b) => a * values[b]!, 1);
              expect(foldProduct(row, 0, used, tables)).toBeCloseTo(naiveProduct, 12);
              expect(foldSum(row, 0, used, sums)).toBeCloseTo(bits.reduce((a, b) => a + values[b]!, 0), 12);
              if (block.full[p] === 1) expect(bits.length).toBe(block.hi - block.lo);
            });
          },
          budget,
        );
        for (const v of order) expect([...found.get(v)!].sort((a, b) => a - b)).toEqual([...sets.get(v)!].sort((a, b) => a - b));
        const bits = bitStart[order.length]!;
        if (bits > 0) expect(blocks).toBe(Math.ceil(bits / (32 * Math.max(1, Math.min(Math.ceil(bits / 32), Math.floor(budget / order.length))))));
      }),
      { numRuns: 300 },
    );
  });

  it('marks a set full once it holds every bit of the block, and passes fullness on without copying words', () => {
    // a line of 70 vertices owning one bit each; blocks of 32 bits (budget 70 words → 1 word per set)
    const size = 70;
    const fromStart = Int32Array.from({ length: size + 1 }, (_, v) => Math.max(0, v - 1));
    const from = Int32Array.from({ length: size - 1 }, (_, k) => k);
    const order = Int32Array.from({ length: size }, (_, v) => v);
    const bitStart = Int32Array.from({ length: size + 1 }, (_, p) => p);
    const seen: string[] = [];
    closureBlocks(
      { order, fromStart, from, bitStart },
      (block) => {
        // vertex v holds bits 0..v: full in block [lo, hi) from v = hi − 1 on
        const fullFrom = [...block.full].indexOf(1);
        seen.push(`${block.lo}-${block.hi}: full from ${fullFrom}, first ${block.first}`);
      },
      70,
    );
    expect(seen).toEqual(['0-32: full from 31, first 0', '32-64: full from 63, first 32', '64-70: full from 69, first 64']);
  });

  it('counts the bits of words with the top bit set', () => {
    expect(countBits(Int32Array.of(-1, 0, 1 << 31, 0x0f0f0f0f), 0, 4)).toBe(32 + 1 + 16);
    expect(countBits(Int32Array.of(-1, -1), 1, 1)).toBe(32);
  });
});
