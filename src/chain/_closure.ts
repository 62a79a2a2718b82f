/**
 * Reachability sets over a directed acyclic graph (in practice, the chain's
 * condensation) as bit sets, a block of bits at a time.
 *
 * Each vertex owns some bits (the units it contributes, numbered in
 * processing order) and its set is the union of its own bits and the sets of
 * the vertices listed as flowing into it. Exact, but the cost is that of a
 * transitive closure: O((V + E) · B / 32) word operations for B bits, in
 * blocks of at most BUDGET_WORDS words of memory, whatever B is. Two things
 * keep it well below that bound in practice: a set only ever holds bits of
 * vertices processed no later than its own, so each block starts at the
 * first vertex owning one of its bits and each union stops at the source's
 * last possible word; a union with a set known to be empty in the block is
 * skipped; and a set that holds every bit of the block is marked full and
 * makes every set it feeds full without a word being copied.
 */

/** The most memory a block of sets may take, in 32-bit words (64 MB). */
const BUDGET_WORDS = 1 << 24;

export interface ClosureInput {
  /** The vertices to process, each after every vertex listed as flowing into it. */
  readonly order: Int32Array;
  /**
   * For vertex v, the vertices whose sets flow into v's set:
   * `from[fromStart[v] .. fromStart[v + 1])`. A vertex absent from `order`
   * counts as an empty set.
   */
  readonly fromStart: Int32Array;
  readonly from: Int32Array;
  /** The vertex at position p of `order` owns bits `bitStart[p] .. bitStart[p + 1]`. */
  readonly bitStart: Int32Array;
}

export interface ClosureBlock {
  /** Bits lo .. hi of every set: position p's words are `rows[p · words .. (p + 1) · words)`, bit b in word (b − lo) >>> 5. */
  readonly rows: Int32Array;
  readonly words: number;
  readonly lo: number;
  readonly hi: number;
  /** Positions before `first` hold no bit of this block. */
  readonly first: number;
  /** 1 where the position's set holds at least one bit of this block. */
  readonly filled: Uint8Array;
  /**
   * 1 where the position's set holds every bit of this block; its words are
   * then NOT written (read {@link fullRow} instead). Far downstream of a
   * block most sets are full, and a set fed by a full one is full at once.
   */
  readonly full: Uint8Array;
}

/** A row with every bit of the block set, for folding a full set. */
export function fullRow(block: ClosureBlock): Int32Array {
  const row = new Int32Array(block.words);
  const bits = block.hi - block.lo;
  for (let i = 0; i < block.words; i += 1) {
    const left = bits - i * 32;
    row[i] = left >= 32 ? -1 : left <= 0 ? 0 : (1 << left) - 1;
  }
  return row;
}

/** How many words of a block position p's set can use: none of its bits lies past the last bit p owns. */
export function usedWords(block: ClosureBlock, bitStart: Int32Array, p: number): number {
  const end = Math.min(block.hi, bitStart[p + 1] as number);
  return end <= block.lo ? 0 : Math.min(block.words, (end - block.lo + 31) >>> 5);
}

/** Computes the sets block by block, handing each block to `visit` before the next overwrites it. */
export function closureBlocks(input: ClosureInput, visit: (block: ClosureBlock) => void, budget = BUDGET_WORDS): void {
  const { order, fromStart, from, bitStart } = input;
  const length = order.length;
  const bits = bitStart[length] as number;
  if (bits === 0) return;
  const position = new Int32Array(fromStart.length - 1).fill(-1);
  for (let p = 0; p < length; p += 1) position[order[p] as number] = p;
  const words = Math.max(1, Math.min(Math.ceil(bits / 32), Math.floor(budget / length)));
  const rows = new Int32Array(length * words);
  const filled = new Uint8Array(length);
  const full = new Uint8Array(length);
  let first = 0;
  for (let lo = 0; lo < bits; lo += words * 32) {
    const hi = Math.min(bits, lo + words * 32);
    while ((bitStart[first + 1] as number) <= lo) first += 1;
    rows.fill(0, first * words);
    filled.fill(0);
    full.fill(0);
    const block: ClosureBlock = { rows, words, lo, hi, first, filled, full };
    const complete = fullRow(block);
    for (let p = first; p < length; p += 1) {
      const base = p * words;
      let any = 0;
      const ownEnd = Math.min(hi, bitStart[p + 1] as number);
      for (let b = Math.max(lo, bitStart[p] as number); b < ownEnd; b += 1) {
        (rows[base + ((b - lo) >>> 5)] as number) |= 1 << ((b - lo) & 31);
        any = 1;
      }
      const v = order[p] as number;
      for (let k = fromStart[v] as number; k < (fromStart[v + 1] as number); k += 1) {
        const q = position[from[k] as number] as number;
        if (q < first || filled[q] === 0) continue; // absent (-1), before the block, or empty in it
        any = 1;
        if (full[q] === 1) {
          full[p] = 1;
          break;
        }
        const source = q * words;
        const top = usedWords(block, bitStart, q);
        for (let i = 0; i < top; i += 1) (rows[base + i] as number) |= rows[source + i] as number;
      }
      filled[p] = any;
      // only a set that may hold the block's last bit can be full
      if (any === 1 && full[p] === 0 && ownEnd === hi) {
        let i = 0;
        while (i < words && rows[base + i] === complete[i]) i += 1;
        if (i === words) full[p] = 1;
      }
    }
    visit(block);
  }
}

/** How many bits are set in the first `top` words of the row at `base`. */
export function countBits(rows: Int32Array, base: number, top: number): number {
  let total = 0;
  for (let i = 0; i < top; i += 1) {
    // the SWAR population count (Hacker's Delight, §5-1)
    let x = rows[base + i] as number;
    if (x === 0) continue;
    x -= (x >>> 1) & 0x55555555;
    x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
    x = (x + (x >>> 4)) & 0x0f0f0f0f;
    total += Math.imul(x, 0x01010101) >>> 24;
  }
  return total;
}

/**
 * Tables that fold the values of bits lo .. hi eight at a time: entry
 * `(j << 8) | byte` is the fold (product or sum) of the values of the bits set
 * in `byte`, bit 0 first, for the j-th byte of the block. A row is then folded
 * with one lookup per non-zero byte instead of one step per set bit.
 */
export function byteTables(values: Float64Array, lo: number, hi: number, kind: 'product' | 'sum'): Float64Array {
  const bytes = (hi - lo + 7) >>> 3;
  const tables = new Float64Array(bytes << 8);
  const empty = kind === 'product' ? 1 : 0;
  for (let j = 0; j < bytes; j += 1) {
    const base = j << 8;
    tables[base] = empty;
    for (let byte = 1; byte < 256; byte += 1) {
      const top = 31 - Math.clz32(byte);
      const bit = lo + (j << 3) + top;
      const rest = tables[base + (byte ^ (1 << top))] as number;
      // bits past hi are never set; their entries are never read
      const value = bit < hi ? (values[bit] as number) : empty;
      tables[base + byte] = kind === 'product' ? rest * value : rest + value;
    }
  }
  return tables;
}

/** The product of the values of the bits set in the first `top` words of the row at `base`, lowest bit first. */
export function foldProduct(rows: Int32Array, base: number, top: number, tables: Float64Array): number {
  let product = 1;
  for (let i = 0; i < top; i += 1) {
    const word = rows[base + i] as number;
    if (word === 0) continue;
    const t = i << 10;
    if ((word & 0xff) !== 0) product *= tables[t | (word & 0xff)] as number;
    if ((word & 0xff00) !== 0) product *= tables[t | 0x100 | ((word >>> 8) & 0xff)] as number;
    if ((word & 0xff0000) !== 0) product *= tables[t | 0x200 | ((word >>> 16) & 0xff)] as number;
    if ((word & 0xff000000) !== 0) product *= tables[t | 0x300 | (word >>> 24)] as number;
  }
  return product;
}

/** The sum of the values of the bits set in the first `top` words of the row at `base`, lowest bit first. */
export function foldSum(rows: Int32Array, base: number, top: number, tables: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < top; i += 1) {
    const word = rows[base + i] as number;
    if (word === 0) continue;
    const t = i << 10;
    if ((word & 0xff) !== 0) sum += tables[t | (word & 0xff)] as number;
    if ((word & 0xff00) !== 0) sum += tables[t | 0x100 | ((word >>> 8) & 0xff)] as number;
    if ((word & 0xff0000) !== 0) sum += tables[t | 0x200 | ((word >>> 16) & 0xff)] as number;
    if ((word & 0xff000000) !== 0) sum += tables[t | 0x300 | (word >>> 24)] as number;
  }
  return sum;
}
