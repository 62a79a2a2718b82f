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
  /** How many elements each set holds; `universe` for a full one. */
  private readonly count: Int32Array;
  /** Each set's size: the sum of its elements' weights (its element count without weights). */
  readonly size: Int32Array;
  /** The size of a full set. */
  readonly total: number;
  /** Reads still to come of each set. */
  private readonly refs: Int32Array;
  /** Per element, the union that last saw it: dedupes lists without clearing anything. */
  private readonly seen: Int32Array;
  private tick = 0;
  private readonly words: number;
  /** The bits past the universe in the last word: set in the union being made, so that a full word is always -1. */
  private readonly pad: number;
  /** A set of at most this many elements is kept as a list (by default: when its list is no larger than its bit words). */
  private readonly limit: number;
  private readonly gather: Int32Array;
  private readonly scratch: Int32Array;
  /** The weights; null without. */
  private readonly weight: Int32Array | null;
  /** The elements of weight `segmentWeight[s]` are `segmentStart[s] .. segmentStart[s + 1] − 1` (weights never fall). */
  private readonly segmentStart: Int32Array;
  private readonly segmentWeight: Int32Array;
  /** The element count of the last union counted in bit words. */
  private counted = 0;
  /** Bit words of freed sets, for the next set kept in bit words. */
  private readonly spare: Int32Array[] = [];
  private live = 0;
  /** Set when the live sets went past the budget: the answers are then incomplete and the caller must fall back. */
  overBudget = false;

  /**
   * Sets over the elements 0 .. universe − 1 for `vertices` vertices, set v
   * read `refs[v]` times. With `weight`, a set's size is the sum of its
   * elements' weights (whole numbers ≥ 1, never falling from one element to
   * the next, so that a bit set is weighed a run of equal weights at a
   * time): elements that always travel together are then one element.
   */
  constructor(
    readonly universe: number,
    vertices: number,
    refs: Int32Array,
    private readonly budget = BUDGET_WORDS,
    limit?: number,
    weight?: Int32Array,
  ) {
    this.stored = new Array<Int32Array | null>(vertices).fill(null);
    this.isBits = new Uint8Array(vertices);
    this.count = new Int32Array(vertices);
    this.size = weight === undefined ? this.count : new Int32Array(vertices);
    this.refs = refs;
    this.seen = new Int32Array(universe);
    this.words = Math.ceil(universe / 32);
    this.pad = universe % 32 === 0 ? 0 : -1 << universe % 32;
    this.limit = limit ?? Math.max(32, this.words);
    this.gather = new Int32Array(this.limit + 1);
    this.scratch = new Int32Array(this.words);
    this.weight = weight ?? null;
    const starts = [0];
    const weights = [1];
    let total = universe;
    if (weight !== undefined) {
      total = 0;
      for (let e = 0; e < universe; e += 1) {
        const w = weight[e] as number;
        total += w;
        if (e > 0 && w < (weight[e - 1] as number)) throw new Error('SparseSets: the weights must not fall');
        if (e === 0) weights[0] = w;
        else if (w !== weight[e - 1]) {
          starts.push(e);
          weights.push(w);
        }
      }
    }
    starts.push(universe);
    this.segmentStart = Int32Array.from(starts);
    this.segmentWeight = Int32Array.from(weights);
    this.total = total;
    this.live = this.words + this.limit;
  }

  /**
   * The size of the union of the sets of `sources[lo .. hi)` (skipping the
   * vertex `skip`) and the element `own` (-1: none). With `keep` ≥ 0 the union
   * is stored as vertex `keep`'s set.
   */
  union(sources: Int32Array, lo: number, hi: number, skip: number, own: number, keep: number): number {
    const { count, universe, isBits, stored } = this;
    let listed = own >= 0 ? 1 : 0;
    let bits = 0;
    for (let k = lo; k < hi; k += 1) {
      const h = sources[k]!;
      if (h === skip) continue;
      const s = count[h]!;
      if (s === universe) return this.keepFull(keep);
      if (s === 0) continue;
      if (isBits[h] === 1) bits += 1;
      else listed += s;
    }
    if (bits === 0 && listed <= this.limit) return this.gatherLists(sources, lo, hi, skip, own, keep);
    // large: bit words, the bit sets first, stopping as soon as the union is full (the bits past the universe are set meanwhile)
    const { scratch, words, pad } = this;
    scratch.fill(0);
    scratch[words - 1] = pad;
    let open = 0; // every word below this one is full; it only ever moves up, so the union is known full as soon as it is
    for (let k = lo; k < hi; k += 1) {
      const h = sources[k]!;
      if (h === skip || isBits[h] === 0 || count[h] === 0) continue;
      const set = stored[h]!;
      orInto(scratch, set, words);
      while (open < words && scratch[open] === -1) open += 1;
      if (open === words) return this.keepFull(keep);
    }
    for (let k = lo; k < hi; k += 1) {
      const h = sources[k]!;
      if (h === skip || isBits[h] === 1 || count[h] === 0) continue;
      const list = stored[h]!;
      for (let i = 0; i < list.length; i += 1) (scratch[(list[i] as number) >>> 5] as number) |= 1 << ((list[i] as number) & 31);
    }
    if (own >= 0) (scratch[own >>> 5] as number) |= 1 << (own & 31);
    scratch[words - 1] = (scratch[words - 1] as number) & ~pad;
    const weighed = this.weigh();
    const n = this.counted;
    if (n === universe) return this.keepFull(keep);
    if (keep >= 0) {
      count[keep] = n;
      this.size[keep] = weighed;
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
      } else if (this.refs[keep] === 0) this.isBits[keep] = 1;
      else {
        const copy = this.spare.pop() ?? new Int32Array(words);
        copy.set(scratch);
        this.hold(keep, copy, 1);
      }
    }
    return weighed;
  }

  /** A small union: the distinct elements of the lists, gathered. */
  private gatherLists(sources: Int32Array, lo: number, hi: number, skip: number, own: number, keep: number): number {
    const { count, stored, seen, gather, weight } = this;
    this.tick += 1;
    const tick = this.tick;
    let n = 0;
    if (own >= 0) {
      seen[own] = tick;
      gather[n++] = own;
    }
    for (let k = lo; k < hi; k += 1) {
      const h = sources[k]!;
      if (h === skip || count[h] === 0) continue;
      const list = stored[h]!;
      for (let i = 0; i < list.length; i += 1) {
        const e = list[i]!;
        if (seen[e] !== tick) {
          seen[e] = tick;
          gather[n++] = e;
        }
      }
    }
    if (n === this.universe) return this.keepFull(keep);
    let weighed = n;
    if (weight !== null) {
      weighed = 0;
      for (let i = 0; i < n; i += 1) weighed += weight[gather[i] as number] as number;
    }
    if (keep >= 0) {
      count[keep] = n;
      this.size[keep] = weighed;
      if (n > 0) this.hold(keep, gather.slice(0, n), 0);
    }
    return weighed;
  }

  /** The weighed size of the union in `scratch`, its element count left in `counted`. */
  private weigh(): number {
    const { scratch, segmentStart, segmentWeight } = this;
    if (segmentWeight.length === 1) {
      const n = countBits(scratch, 0, this.words);
      this.counted = n;
      return n * (segmentWeight[0] as number);
    }
    let n = 0;
    let weighed = 0;
    for (let s = 0; s < segmentWeight.length; s += 1) {
      const c = countRange(scratch, segmentStart[s] as number, segmentStart[s + 1] as number);
      n += c;
      weighed += c * (segmentWeight[s] as number);
    }
    this.counted = n;
    return weighed;
  }

  private keepFull(keep: number): number {
    if (keep >= 0) {
      this.count[keep] = this.universe;
      this.size[keep] = this.total;
    }
    return this.total;
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
    const set = this.stored[v] as Int32Array | null;
    if (left === 0 && set !== null) {
      this.live -= set.length;
      this.stored[v] = null;
      if (this.isBits[v] === 1) this.spare.push(set);
    }
  }
}

/** How many of the bits a .. b − 1 of `words` are set. */
function countRange(words: Int32Array, a: number, b: number): number {
  if (a >= b) return 0;
  const first = a >>> 5;
  const last = (b - 1) >>> 5;
  const low = -1 << (a & 31); // bits a and above in the first word
  const high = -1 >>> (31 - ((b - 1) & 31)); // bits b − 1 and below in the last word
  if (first === last) return ones((words[first] as number) & low & high);
  return ones((words[first] as number) & low) + countBits(words, first + 1, last - first - 1) + ones((words[last] as number) & high);
}

function ones(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** scratch |= set over the first `words` words; four at a time, which V8 runs about 1.5 times as fast as one. */
function orInto(scratch: Int32Array, set: Int32Array, words: number): void {
  let i = 0;
  for (; i + 3 < words; i += 4) {
    (scratch[i] as number) |= set[i] as number;
    (scratch[i + 1] as number) |= set[i + 1] as number;
    (scratch[i + 2] as number) |= set[i + 2] as number;
    (scratch[i + 3] as number) |= set[i + 3] as number;
  }
  for (; i < words; i += 1) (scratch[i] as number) |= set[i] as number;
}
