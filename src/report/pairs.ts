import { PAIR_WIDTH, type PairSlots } from './state.js';

/**
 * The working form of a state's pair columns while observations are added:
 * where each pair's counters start (-1 while it has none) and the counters
 * themselves, grown as pairs are first touched. {@link PairTable.slots}
 * turns it back into the JSON columns, pairs in increasing order.
 */
export class PairTable {
  private readonly offset: Int32Array;
  private readonly counts: number[] = [];
  private used = 0;

  constructor(size: number) {
    this.offset = new Int32Array(size).fill(-1);
  }

  /** A table holding the counters of `slots` (checked already: slots increasing, below `size`). */
  static from(slots: PairSlots, size: number): PairTable {
    const table = new PairTable(size);
    for (let i = 0; i < slots.slots.length; i += 1) {
      const at = table.row(slots.slots[i]!);
      for (let j = 0; j < PAIR_WIDTH; j += 1) table.counts[at + j] = slots.counts[i * PAIR_WIDTH + j]!;
    }
    return table;
  }

  /** Where pair `pair`'s counters start, made (all zero) on first use. */
  row(pair: number): number {
    let at = this.offset[pair]!;
    if (at === -1) {
      at = this.used * PAIR_WIDTH;
      this.offset[pair] = at;
      this.used += 1;
      for (let j = 0; j < PAIR_WIDTH; j += 1) this.counts.push(0);
    }
    return at;
  }

  /** Adds 1 to counter `field` of the pair. */
  bump(pair: number, field: number): void {
    (this.counts[this.row(pair) + field] as number) += 1;
  }

  /** The JSON columns, pairs in increasing order. */
  slots(): PairSlots {
    const slots: number[] = [];
    const counts: number[] = [];
    const { offset } = this;
    for (let pair = 0; pair < offset.length; pair += 1) {
      const at = offset[pair]!;
      if (at === -1) continue;
      slots.push(pair);
      for (let j = 0; j < PAIR_WIDTH; j += 1) counts.push(this.counts[at + j]!);
    }
    return { slots, counts };
  }
}

/** Pair index → where its counters start in `counts`, -1 for a pair without any. */
export function pairOffsets(pairs: PairSlots, size: number): Int32Array {
  const offset = new Int32Array(size).fill(-1);
  for (let i = 0; i < pairs.slots.length; i += 1) offset[pairs.slots[i]!] = i * PAIR_WIDTH;
  return offset;
}

/** Adds two states' pair columns, pair by pair (both increasing: one walk). */
export function mergePairs(a: PairSlots, b: PairSlots): PairSlots {
  const slots: number[] = [];
  const counts: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.slots.length || j < b.slots.length) {
    const x = i < a.slots.length ? a.slots[i]! : Infinity;
    const y = j < b.slots.length ? b.slots[j]! : Infinity;
    if (x <= y) {
      slots.push(x);
      for (let k = 0; k < PAIR_WIDTH; k += 1) counts.push(a.counts[i * PAIR_WIDTH + k]! + (x === y ? b.counts[j * PAIR_WIDTH + k]! : 0));
      i += 1;
      if (x === y) j += 1;
    } else {
      slots.push(y);
      for (let k = 0; k < PAIR_WIDTH; k += 1) counts.push(b.counts[j * PAIR_WIDTH + k]!);
      j += 1;
    }
  }
  return { slots, counts };
}
