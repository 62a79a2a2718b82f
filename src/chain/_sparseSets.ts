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
  /** A set's elements, while it is kept as a list; null otherwise. */
  private readonly lists: (Int32Array | null)[];
  /** 1 where the set is kept as bit words, in slot `slot[v]`. */
  private readonly isBits: Uint8Array;
  private readonly slot: Int32Array;
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
  /** A set of at most this many elements is kept as a list. */
  private readonly limit: number;
  private readonly gather: Int32Array;
  private readonly scratch: Int32Array;
  /** The weights; null without. */
  private readonly weight: Int32Array | null;
  /** The elements of weight `segmentWeight[s]` are `segmentStart[s] .. segmentStart[s + 1] − 1` (weights never fall). */
  private readonly segmentStart: Int32Array;
  private readonly segmentWeight: Int32Array;
  /** The element count of the last union weighed. */
  private counted = 0;
  /**
   * Bit sets live in slots of `words` words, `1 << shift` slots to a chunk;
   * a freed slot is reused, so a set made costs no allocation once the
   * chunks are there, and nothing is ever copied to grow them.
   */
  private readonly chunks: Int32Array[] = [];
  private readonly shift: number;
  private readonly freeSlots: number[] = [];
  private slots = 0;
  private live = 0;
  private readonly budget: number;
  /** Set when the live sets went past the budget: the answers are then incomplete and the caller must fall back. */
  overBudget = false;

  /**
   * Sets over the elements 0 .. universe − 1 for `vertices` vertices, set v
   * read `refs[v]` times. With `weight`, a set's size is the sum of its
   * elements' weights (whole numbers ≥ 1, never falling from one element to
   * the next, so that a bit set is weighed a run of equal weights at a
   * time): elements that always travel together are then one element.
   * `limit` is the largest set kept as a list: by default a quarter of the
   * bit words (at least 32), as one element scattered into words costs
   * about as much as ORing three or four words. `chunkSlots` (a power of
   * two; for tests) is how many bit sets a chunk of memory holds.
   */
  constructor(
    readonly universe: number,
    vertices: number,
    refs: Int32Array,
    options: { readonly budget?: number; readonly limit?: number; readonly weight?: Int32Array | undefined; readonly chunkSlots?: number } = {},
  ) {
    const { budget = BUDGET_WORDS, limit, weight, chunkSlots } = options;
    this.budget = budget;
    this.lists = new Array<Int32Array | null>(vertices).fill(null);
    this.isBits = new Uint8Array(vertices);
    this.slot = new Int32Array(vertices);
    this.count = new Int32Array(vertices);
    this.size = weight === undefined ? this.count : new Int32Array(vertices);
    this.refs = refs;
    this.seen = new Int32Array(universe);
    this.words = Math.ceil(universe / 32);
    this.pad = universe % 32 === 0 ? 0 : -1 << universe % 32;
    this.limit = limit ?? Math.max(32, this.words >>> 2);
    this.gather = new Int32Array(this.limit + 1);
    this.scratch = new Int32Array(this.words);
    // chunks of about 64 kB, or room for every vertex if that is less
    const slots = chunkSlots ?? Math.min(Math.max(1, Math.floor(16_384 / Math.max(1, this.words))), Math.max(1, vertices));
    this.shift = 31 - Math.clz32(slots);
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
    const { count, universe, isBits } = this;
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
    // large: bit words. A union with a bit set among its sources holds more than `limit` elements, so when it is
    // kept and read later it is made in a slot of its own at once; otherwise in scratch.
    const { words, pad, slot, chunks, shift } = this;
    const mask = (1 << shift) - 1;
    const inPlace = bits > 0 && keep >= 0 && this.refs[keep]! > 0;
    const at = inPlace ? this.takeSlot() : -1;
    const out = inPlace ? chunks[at >>> shift]! : this.scratch;
    const base = inPlace ? (at & mask) * words : 0;
    const end = base + words;
    // the bit sets first, the first copied, the others ORed in, stopping as soon as the union is full (the bits
    // past the universe are set meanwhile; every word below `open` is full, and it only ever moves up)
    let started = false;
    let open = base;
    for (let k = lo; k < hi; k += 1) {
      const h = sources[k]!;
      if (h === skip || isBits[h] === 0 || count[h] === 0) continue;
      const s = slot[h]!;
      if (started) orInto(out, base, chunks[s >>> shift]!, (s & mask) * words, words);
      else {
        out.set(chunks[s >>> shift]!.subarray((s & mask) * words, (s & mask) * words + words), base);
        out[end - 1] = out[end - 1]! | pad;
        started = true;
      }
      while (open < end && out[open] === -1) open += 1;
      if (open === end) {
        if (inPlace) this.freeSlot(at);
        return this.keepFull(keep);
      }
    }
    if (!started) {
      out.fill(0, base, end);
      out[end - 1] = pad;
    }
    const { lists } = this;
    for (let k = lo; k < hi; k += 1) {
      const h = sources[k]!;
      if (h === skip || isBits[h] === 1 || count[h] === 0) continue;
      const list = lists[h]!;
      for (let i = 0; i < list.length; i += 1) {
        const e = list[i]!;
        out[base + (e >>> 5)] = out[base + (e >>> 5)]! | (1 << (e & 31));
      }
    }
    if (own >= 0) out[base + (own >>> 5)] = out[base + (own >>> 5)]! | (1 << (own & 31));
    out[end - 1] = out[end - 1]! & ~pad;
    const weighed = this.weigh(out, base);
    const n = this.counted;
    if (n === universe) {
      if (inPlace) this.freeSlot(at);
      return this.keepFull(keep);
    }
    if (keep >= 0) {
      count[keep] = n;
      this.size[keep] = weighed;
      if (inPlace) this.holdBits(keep, at);
      else if (this.refs[keep] === 0) isBits[keep] = 1; // nobody reads it: only its kind and size are kept
      else if (n <= this.limit) {
        const list = new Int32Array(n);
        let j = 0;
        for (let i = 0; i < words; i += 1) {
          let word = out[i]!;
          while (word !== 0) {
            const low = word & -word;
            list[j++] = i * 32 + (31 - Math.clz32(low));
            word ^= low;
          }
        }
        this.holdList(keep, list);
      } else {
        const s = this.takeSlot();
        chunks[s >>> shift]!.set(out, (s & mask) * words);
        this.holdBits(keep, s);
      }
    }
    return weighed;
  }

  /** A small union: the distinct elements of the lists, gathered. */
  private gatherLists(sources: Int32Array, lo: number, hi: number, skip: number, own: number, keep: number): number {
    const { count, lists, seen, gather, weight } = this;
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
      const list = lists[h]!;
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
      if (n > 0 && this.refs[keep] !== 0) this.holdList(keep, gather.slice(0, n));
    }
    return weighed;
  }

  /** The weighed size of the union in `out[base .. base + words)`, its element count left in `counted`. */
  private weigh(out: Int32Array, base: number): number {
    const { segmentStart, segmentWeight } = this;
    if (segmentWeight.length === 1) {
      const n = countBits(out, base, this.words);
      this.counted = n;
      return n * (segmentWeight[0] as number);
    }
    let n = 0;
    let weighed = 0;
    for (let s = 0; s < segmentWeight.length; s += 1) {
      const c = countRange(out, base, segmentStart[s] as number, segmentStart[s + 1] as number);
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

  private takeSlot(): number {
    const free = this.freeSlots.pop();
    if (free !== undefined) return free;
    const s = this.slots++;
    if (s >>> this.shift === this.chunks.length) this.chunks.push(new Int32Array(this.words << this.shift));
    return s;
  }
  private freeSlot(s: number): void {
    this.freeSlots.push(s);
  }
  private holdBits(v: number, s: number): void {
    this.isBits[v] = 1;
    this.slot[v] = s;
    this.grow(this.words);
  }
  private holdList(v: number, list: Int32Array): void {
    this.isBits[v] = 0;
    this.lists[v] = list;
    this.grow(list.length);
  }
  private grow(words: number): void {
    this.live += words;
    if (this.live > this.budget) this.overBudget = true;
  }

  /** One read of `v`'s set is done; the last frees it. */
  release(v: number): void {
    const left = (this.refs[v] as number) - 1;
    this.refs[v] = left;
    if (left !== 0 || this.count[v] === 0 || this.count[v] === this.universe) return;
    if (this.isBits[v] === 1) {
      this.freeSlot(this.slot[v] as number);
      this.live -= this.words;
    } else {
      this.live -= (this.lists[v] as Int32Array).length;
      this.lists[v] = null;
    }
  }
}

/** How many of the bits a .. b − 1 of the words from `base` are set. */
function countRange(words: Int32Array, base: number, a: number, b: number): number {
  if (a >= b) return 0;
  const first = base + (a >>> 5);
  const last = base + ((b - 1) >>> 5);
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

/** out[at ..] |= set[from ..] over `words` words; four at a time, which V8 runs about 1.5 times as fast as one. */
function orInto(out: Int32Array, at: number, set: Int32Array, from: number, words: number): void {
  let i = 0;
  for (; i + 3 < words; i += 4) {
    out[at + i] = out[at + i]! | set[from + i]!;
    out[at + i + 1] = out[at + i + 1]! | set[from + i + 1]!;
    out[at + i + 2] = out[at + i + 2]! | set[from + i + 2]!;
    out[at + i + 3] = out[at + i + 3]! | set[from + i + 3]!;
  }
  for (; i < words; i += 1) out[at + i] = out[at + i]! | set[from + i]!;
}
