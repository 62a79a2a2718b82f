/**
 * Reachability sets over a directed acyclic graph, each held only as long
 * as some later vertex still reads it, and kept in the cheaper of two forms:
 * a list of its elements while it is small, bit words once it is large, and
 * nothing at all once it holds every element (a set fed by a full one is
 * full at once). The same answers as `closureBlocks` (src/chain/_closure.ts),
 * which is the fallback when the sets alive at one time would not fit in
 * the memory budget; a property test holds the two together.
 *
 * Where it wins: on chains where most sets are small (the units near the
 * customers) or full (the units far upstream), a union costs the size of
 * the lists or one word per 32 elements, and a set is freed as soon as its
 * last reader has used it.
 */

import { countBits } from './_closure.js';

/** The most memory the live sets may take, in 32-bit words (64 MB), as `closureBlocks`. */
const BUDGET_WORDS = 1 << 24;

export class SparseSets {
  /** A set's elements (a list) or its bit words; null while unknown, empty, full or freed. */
  private readonly stored: (Int32Array | null)[];
  /** 1 where `stored` holds bit words. */
  private readonly isBits: Uint8Array;
  /** Each set's size; `universe` for a full one. */
  readonly size: Int32Array;
  /** Reads still to come of each set. */
  private readonly refs: Int32Array;
  /** Per element, the union that last saw it: dedupes lists without clearing anything. */
  private readonly seen: Int32Array;
  private tick = 0;
  private readonly words: number;
  /** A set of at most this many elements is kept as a list (by default: when its list is no larger than its bit words). */
  private readonly limit: number;
  private readonly gather: Int32Array;
  private readonly scratch: Int32Array;
  private live = 0;
  /** Set when the live sets went past the budget: the answers are then incomplete and the caller must fall back. */
  overBudget = false;

  constructor(
    readonly universe: number,
    vertices: number,
    refs: Int32Array,
    private readonly budget = BUDGET_WORDS,
    limit?: number,
  ) {
    this.stored = new Array<Int32Array | null>(vertices).fill(null);
    this.isBits = new Uint8Array(vertices);
    this.size = new Int32Array(vertices);
    this.refs = refs;
    this.seen = new Int32Array(universe);
    this.words = Math.ceil(universe / 32);
    this.limit = limit ?? Math.max(32, this.words);
    this.gather = new Int32Array(this.limit + 1);
    this.scratch = new Int32Array(this.words);
    this.live = this.words + this.limit;
  }

  /**
   * The size of the union of the sets of `sources[lo .. hi)` (skipping the
   * vertex `skip`) and the element `own` (-1: none). With `keep` ≥ 0 the union
   * is stored as vertex `keep`'s set.
   */
  union(sources: Int32Array, lo: number, hi: number, skip: number, own: number, keep: number): number {
    const { size, universe, isBits, stored } = this;
    let listed = own >= 0 ? 1 : 0;
    let base = -1;
    for (let k = lo; k < hi; k += 1) {
      const h = sources[k]!;
      if (h === skip) continue;
      const s = size[h]!;
      if (s === universe) return this.keepFull(keep);
      if (s === 0) continue;
      if (isBits[h] === 1) {
        if (base === -1) base = h;
      } else listed += s;
    }
    if (base === -1 && listed <= this.limit) {
      // small: gather the distinct elements of the lists
      this.tick += 1;
      const tick = this.tick;
      const { seen, gather } = this;
      let n = 0;
      if (own >= 0) {
        seen[own] = tick;
        gather[n++] = own;
      }
      for (let k = lo; k < hi; k += 1) {
        const h = sources[k]!;
        if (h === skip || size[h] === 0) continue;
        const list = stored[h]!;
        for (let i = 0; i < list.length; i += 1) {
          const e = list[i]!;
          if (seen[e] !== tick) {
            seen[e] = tick;
            gather[n++] = e;
          }
        }
      }
      if (keep >= 0) {
        size[keep] = n;
        if (n === universe) return this.keepFull(keep);
        if (n > 0) this.hold(keep, gather.slice(0, n), 0);
      }
      return n;
    }
    // large: bit words
    const { scratch, words } = this;
    if (base === -1) scratch.fill(0);
    else scratch.set(stored[base]!);
    for (let k = lo; k < hi; k += 1) {
      const h = sources[k]!;
      if (h === skip || h === base || size[h] === 0) continue;
      const set = stored[h]!;
      if (isBits[h] === 1) {
        for (let i = 0; i < words; i += 1) (scratch[i] as number) |= set[i] as number;
      } else {
        for (let i = 0; i < set.length; i += 1) (scratch[(set[i] as number) >>> 5] as number) |= 1 << ((set[i] as number) & 31);
      }
    }
    if (own >= 0) (scratch[own >>> 5] as number) |= 1 << (own & 31);
    const n = countBits(scratch, 0, words);
    if (keep >= 0) {
      size[keep] = n;
      if (n === universe) return this.keepFull(keep);
      if (n <= this.limit) {
        const list = new Int32Array(n);
        let j = 0;
        for (let i = 0; i < words; i += 1) {
          let word = scratch[i] as number;
          while (word !== 0) {
            const low = word & -word;
            list[j++] = i * 32 + (31 - Math.clz32(low));
            word ^= low;
          }
        }
        this.hold(keep, list, 0);
      } else this.hold(keep, scratch.slice(), 1);
    }
    return n;
  }

  private keepFull(keep: number): number {
    if (keep >= 0) this.size[keep] = this.universe;
    return this.universe;
  }

  private hold(v: number, set: Int32Array, bits: number): void {
    this.isBits[v] = bits;
    if (this.refs[v] === 0) return; // nobody reads it
    this.stored[v] = set;
    this.live += set.length;
    if (this.live > this.budget) this.overBudget = true;
  }

  /** One read of `v`'s set is done; the last frees it. */
  release(v: number): void {
    const left = (this.refs[v] as number) - 1;
    this.refs[v] = left;
    if (left === 0 && this.stored[v] !== null) {
      this.live -= this.stored[v]!.length;
      this.stored[v] = null;
    }
  }
}
