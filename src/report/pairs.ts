import { insertSorted, unionCapped } from './privacy.js';
import { PAIR_WIDTH, type PairSlots } from './state.js';

const NOBODY: readonly number[] = Object.freeze([]);

/** Rows of counters per chunk: the table grows a chunk at a time and never copies what it holds. */
const CHUNK_ROWS = 4096;

/** Read access to pair counters, whichever form holds them: a pair's row (-1 for none), then a row's counters by position and its csat respondents. */
export interface PairCounts {
  rowOf(pair: number): number;
  count(row: number, field: number): number;
  respondents(row: number): readonly number[];
}

/**
 * The working form of a state's pair columns while observations are added:
 * the row of each pair's counters (-1 while it has none) and the rows
 * themselves, in fixed chunks of typed arrays made as pairs are first
 * touched (growing by copying would leave every outgrown copy behind as
 * garbage). {@link PairTable.slots} turns it back into the JSON columns,
 * pairs in increasing order.
 */
export class PairTable implements PairCounts {
  private readonly row: Int32Array;
  private readonly chunks: Float64Array[] = [];
  /** Each row's csat respondents, for the few rows that have answers. */
  private readonly answered = new Map<number, number[]>();
  private used = 0;

  constructor(size: number) {
    this.row = new Int32Array(size).fill(-1);
  }

  /** A table holding the counters of `slots` (checked already: slots increasing, below `size`). */
  static from(slots: PairSlots, size: number): PairTable {
    const table = new PairTable(size);
    for (let i = 0; i < slots.slots.length; i += 1) {
      for (let j = 0; j < PAIR_WIDTH; j += 1) table.add(slots.slots[i]!, j, slots.counts[i * PAIR_WIDTH + j]!);
    }
    // checked already: each listed pair holds counters, so it has a row
    for (const [pair, ...ids] of slots.respondents) table.answered.set(table.row[pair!]!, ids);
    return table;
  }

  /** Records `respondent` among the csat respondents of a pair that holds counters already, keeping the smallest `cap`. */
  addRespondent(pair: number, respondent: number, cap: number): void {
    const r = this.row[pair]!;
    let list = this.answered.get(r);
    if (list === undefined) this.answered.set(r, (list = []));
    insertSorted(list, respondent, cap);
  }

  respondents(row: number): readonly number[] {
    return this.answered.get(row) ?? NOBODY;
  }

  /** Adds `amount` (1 by default) to counter `field` of the pair, making its row on first use. */
  add(pair: number, field: number, amount = 1): void {
    let r = this.row[pair]!;
    if (r === -1) {
      r = this.used;
      this.used += 1;
      this.row[pair] = r;
      if (r % CHUNK_ROWS === 0) this.chunks.push(new Float64Array(CHUNK_ROWS * PAIR_WIDTH));
    }
    (this.chunks[Math.floor(r / CHUNK_ROWS)]![(r % CHUNK_ROWS) * PAIR_WIDTH + field] as number) += amount;
  }

  rowOf(pair: number): number {
    return this.row[pair]!;
  }

  count(row: number, field: number): number {
    return this.chunks[Math.floor(row / CHUNK_ROWS)]![(row % CHUNK_ROWS) * PAIR_WIDTH + field]!;
  }

  /** The JSON columns, pairs in increasing order. */
  slots(): PairSlots {
    const slots = new Array<number>(this.used);
    const counts = new Array<number>(this.used * PAIR_WIDTH);
    const respondents: number[][] = [];
    const { row, chunks, answered } = this;
    let i = 0;
    for (let pair = 0; pair < row.length; pair += 1) {
      const r = row[pair]!;
      if (r === -1) continue;
      slots[i] = pair;
      const ids = answered.get(r);
      if (ids !== undefined) respondents.push([pair, ...ids]);
      const chunk = chunks[Math.floor(r / CHUNK_ROWS)]!;
      const at = (r % CHUNK_ROWS) * PAIR_WIDTH;
      for (let j = 0; j < PAIR_WIDTH; j += 1) counts[i * PAIR_WIDTH + j] = chunk[at + j]!;
      i += 1;
    }
    return { slots, counts, respondents };
  }
}

/** The pair counters of a state's JSON columns: row i is the i-th listed pair. */
export class PairColumns implements PairCounts {
  private readonly row: Int32Array;
  private readonly answered = new Map<number, readonly number[]>();

  constructor(
    private readonly pairs: PairSlots,
    size: number,
  ) {
    this.row = new Int32Array(size).fill(-1);
    for (let i = 0; i < pairs.slots.length; i += 1) this.row[pairs.slots[i]!] = i;
    for (const item of pairs.respondents) this.answered.set(this.row[item[0]!]!, item.slice(1));
  }

  respondents(row: number): readonly number[] {
    return this.answered.get(row) ?? NOBODY;
  }

  rowOf(pair: number): number {
    return this.row[pair]!;
  }

  count(row: number, field: number): number {
    return this.pairs.counts[row * PAIR_WIDTH + field]!;
  }
}

/** Merges two respondent columns pair by pair: the union of each pair's lists, at most `cap` kept. */
function mergeRespondents(a: PairSlots['respondents'], b: PairSlots['respondents'], cap: number): number[][] {
  const out: number[][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]![0]! : Infinity;
    const y = j < b.length ? b[j]![0]! : Infinity;
    const left = x <= y ? a[i]!.slice(1) : NOBODY;
    const right = y <= x ? b[j]!.slice(1) : NOBODY;
    out.push([Math.min(x, y), ...unionCapped(left, right, cap)]);
    if (x <= y) i += 1;
    if (y <= x) j += 1;
  }
  return out;
}

/** Adds two states' pair columns, pair by pair (both increasing: one walk to count, one to fill); respondent lists are united, at most `cap` kept. */
export function mergePairs(a: PairSlots, b: PairSlots, cap: number): PairSlots {
  let size = 0;
  for (let i = 0, j = 0; i < a.slots.length || j < b.slots.length; size += 1) {
    const x = i < a.slots.length ? a.slots[i]! : Infinity;
    const y = j < b.slots.length ? b.slots[j]! : Infinity;
    if (x <= y) i += 1;
    if (y <= x) j += 1;
  }
  const slots = new Array<number>(size);
  const counts = new Array<number>(size * PAIR_WIDTH);
  let i = 0;
  let j = 0;
  for (let out = 0; out < size; out += 1) {
    const x = i < a.slots.length ? a.slots[i]! : Infinity;
    const y = j < b.slots.length ? b.slots[j]! : Infinity;
    slots[out] = Math.min(x, y);
    for (let k = 0; k < PAIR_WIDTH; k += 1) {
      counts[out * PAIR_WIDTH + k] = (x <= y ? a.counts[i * PAIR_WIDTH + k]! : 0) + (y <= x ? b.counts[j * PAIR_WIDTH + k]! : 0);
    }
    if (x <= y) i += 1;
    if (y <= x) j += 1;
  }
  return { slots, counts, respondents: mergeRespondents(a.respondents, b.respondents, cap) };
}
