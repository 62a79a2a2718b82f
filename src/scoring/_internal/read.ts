import { ClienteleError, type Issue, type IssuePath } from '../../errors.js';
import { describe, got } from '../../_internal/fail.js';
import { DATE_FORMAT_RULE, dateTime, readIsoDate } from '../../_internal/dates.js';
import { unknownKeyMessage } from '../../_internal/keys.js';

export function issue(path: IssuePath, message: string): Issue {
  return { path, code: 'INVALID_INPUT', message };
}

export function throwIssues(issues: readonly Issue[]): void {
  if (issues.length > 0) throw new ClienteleError('INVALID_INPUT', issues);
}

let typedArrayTag: ((this: unknown) => string | undefined) | undefined;

/** The typed-array class name of `value` ('Uint8Array', …), or undefined; works across realms and never throws. */
export function typedArrayKind(value: unknown): string | undefined {
  if (!ArrayBuffer.isView(value)) return undefined;
  if (typedArrayTag === undefined) {
    const proto = Object.getPrototypeOf(Int8Array.prototype) as object;
    typedArrayTag = Object.getOwnPropertyDescriptor(proto, Symbol.toStringTag)!.get as (this: unknown) => string | undefined;
  }
  return typedArrayTag.call(value);
}

/**
 * A column of numeric answers: a plain array or a typed array of numbers
 * (`Uint8Array`, `Float64Array`, …; not the BigInt arrays).
 */
export type Column = readonly unknown[] | ArrayLike<number>;

export type ColumnShape =
  | { readonly kind: 'bytes'; readonly list: Uint8Array | Uint8ClampedArray }
  | { readonly kind: 'list'; readonly list: ArrayLike<unknown> };

/** Classifies a column argument, or records why it is not one. */
export function columnOf(value: unknown, path: IssuePath, issues: Issue[]): ColumnShape | undefined {
  const kind = typedArrayKind(value);
  if (kind === 'Uint8Array' || kind === 'Uint8ClampedArray') return { kind: 'bytes', list: value as Uint8Array };
  if (kind === 'BigInt64Array' || kind === 'BigUint64Array') {
    issues.push(issue(path, `must hold numbers; a ${kind} holds bigints`));
    return undefined;
  }
  if (kind !== undefined) return { kind: 'list', list: value as ArrayLike<number> };
  if (ArrayBuffer.isView(value)) {
    issues.push(issue(path, 'must be an array or a typed array, not a DataView'));
    return undefined;
  }
  let isArray = false;
  try {
    isArray = Array.isArray(value);
  } catch {
    // a revoked proxy
  }
  if (!isArray) {
    issues.push(issue(path, `must be an array or a typed array of numbers, not ${describe(value)}`));
    return undefined;
  }
  return { kind: 'list', list: value as readonly unknown[] };
}

/** What one pass over integer answers found. */
export interface IntegerTally {
  /** How many answers. */
  total: number;
  /** Their sum (exact: integers of at most 100, fewer than 2^46 of them). */
  sum: number;
  /** The sum of their squares (exact for fewer than 9 × 10^11 of them), for a standard deviation. */
  squares: number;
  /** How many are at least `a`. */
  atLeastA: number;
  /** How many are at least `b`. */
  atLeastB: number;
}

const CHUNK = 1 << 28;

/**
 * Counts of each byte value in one pass. The bytes are read four at a time
 * through a 32-bit view, and spread over eight interleaved tables, so that
 * consecutive increments rarely hit the same counter and never wait on one
 * another (a histogram pass validates and counts at about the speed of a
 * bare summing loop). Counters are flushed to doubles every 2^28 bytes, far
 * below the 32-bit limit.
 */
function byteHistogram(list: Uint8Array | Uint8ClampedArray): Float64Array {
  const counts = new Float64Array(256);
  const tables = new Uint32Array(2048);
  const n = list.length;
  let i = 0;
  while (i < n && ((list.byteOffset + i) & 3) !== 0) {
    tables[list[i]!]!++;
    i += 1;
  }
  const count = (n - i) >>> 2;
  // (when the head loop ran to the end, the offset may be unaligned, and there are no words)
  const words = count > 0 ? new Uint32Array(list.buffer, list.byteOffset + i, count) : new Uint32Array(0);
  for (let start = 0; start < words.length; start += CHUNK) {
    const stop = Math.min(words.length, start + CHUNK);
    const pairs = stop - ((stop - start) & 1);
    let j = start;
    for (; j < pairs; j += 2) {
      const a = words[j]!;
      const b = words[j + 1]!;
      tables[a & 255]!++;
      tables[256 + ((a >>> 8) & 255)]!++;
      tables[512 + ((a >>> 16) & 255)]!++;
      tables[768 + (a >>> 24)]!++;
      tables[1024 + (b & 255)]!++;
      tables[1280 + ((b >>> 8) & 255)]!++;
      tables[1536 + ((b >>> 16) & 255)]!++;
      tables[1792 + (b >>> 24)]!++;
    }
    for (; j < stop; j += 1) {
      const a = words[j]!;
      tables[a & 255]!++;
      tables[256 + ((a >>> 8) & 255)]!++;
      tables[512 + ((a >>> 16) & 255)]!++;
      tables[768 + (a >>> 24)]!++;
    }
    flush(tables, counts);
  }
  for (i += words.length * 4; i < n; i += 1) tables[list[i]!]!++;
  flush(tables, counts);
  return counts;
}

function flush(tables: Uint32Array, counts: Float64Array): void {
  for (let t = 0; t < 2048; t += 1) {
    counts[t & 255]! += tables[t]!;
    tables[t] = 0;
  }
}

function isIntegerIn(value: unknown, lo: number, hi: number): value is number {
  return typeof value === 'number' && value >= lo && value <= hi && Math.floor(value) === value;
}

function rangeMessage(value: unknown, lo: number, hi: number): string {
  return `must be an integer from ${lo} to ${hi}, not ${describe(value)}`;
}

/**
 * One pass over integer answers in [lo, hi] (hi ≤ 100): how many, their sum
 * and the sum of their squares, and how many reach the thresholds `a` and `b`. Every bad value is an issue
 * at `[...path, index]`; nothing is skipped. Returns undefined when there were
 * issues.
 */
export function tallyIntegers(
  column: ColumnShape,
  lo: number,
  hi: number,
  a: number,
  b: number,
  path: IssuePath,
  issues: Issue[],
): IntegerTally | undefined {
  if (column.kind === 'bytes') {
    const list = column.list;
    let counts: Float64Array;
    try {
      counts = byteHistogram(list);
    } catch {
      issues.push(issue(path, 'could not be read'));
      return undefined;
    }
    let bad = false;
    for (let v = 0; v < 256; v += 1) {
      if ((v < lo || v > hi) && counts[v]! > 0) bad = true;
    }
    if (bad) {
      for (let i = 0; i < list.length; i += 1) {
        const v = list[i]!;
        if (v < lo || v > hi) issues.push(issue([...path, i], rangeMessage(v, lo, hi)));
      }
      return undefined;
    }
    const tally: IntegerTally = { total: 0, sum: 0, squares: 0, atLeastA: 0, atLeastB: 0 };
    for (let v = lo; v <= hi; v += 1) {
      const count = counts[v]!;
      tally.total += count;
      tally.sum += v * count;
      tally.squares += v * v * count;
      if (v >= a) tally.atLeastA += count;
      if (v >= b) tally.atLeastB += count;
    }
    return tally;
  }
  const list = column.list;
  const before = issues.length;
  let total = 0;
  let sum = 0;
  let squares = 0;
  let atLeastA = 0;
  let atLeastB = 0;
  try {
    const n = list.length;
    for (let i = 0; i < n; i += 1) {
      const v = list[i];
      if (isIntegerIn(v, lo, hi)) {
        sum += v;
        squares += v * v;
        if (v >= a) atLeastA += 1;
        if (v >= b) atLeastB += 1;
      } else {
        issues.push(issue([...path, i], rangeMessage(v, lo, hi)));
      }
    }
    total = n;
  } catch {
    issues.push(issue(path, 'could not be read'));
  }
  if (issues.length > before) return undefined;
  return { total, sum: sum + 0, squares, atLeastA, atLeastB };
}

/** Reads `record[key]`, recording an issue when a getter throws. */
export function readKey(record: object, key: string, path: IssuePath, issues: Issue[]): { ok: boolean; value: unknown } {
  try {
    return { ok: true, value: (record as Record<string, unknown>)[key] };
  } catch {
    issues.push(issue([...path, key], 'could not be read'));
    return { ok: false, value: undefined };
  }
}

/** True when `value` is a non-array object; otherwise records an issue. */
export function isRecord(value: unknown, path: IssuePath, issues: Issue[], what = 'an object'): value is object {
  let array = false;
  try {
    array = Array.isArray(value);
  } catch {
    issues.push(issue(path, 'could not be read'));
    return false;
  }
  if (typeof value !== 'object' || value === null || array) {
    issues.push(issue(path, `must be ${what}, not ${describe(value)}`));
    return false;
  }
  return true;
}

/** Runs `each` over a plain array's items, recording an issue when the array cannot be read. */
export function eachItem(list: unknown, path: IssuePath, issues: Issue[], each: (item: unknown, index: number) => void): boolean {
  let isArray = false;
  try {
    isArray = Array.isArray(list);
  } catch {
    // revoked proxy
  }
  if (!isArray) {
    issues.push(issue(path, `must be an array, not ${describe(list)}`));
    return false;
  }
  const array = list as readonly unknown[];
  let n: number;
  try {
    n = array.length;
  } catch {
    issues.push(issue(path, 'could not be read'));
    return false;
  }
  for (let index = 0; index < n; index += 1) {
    let item: unknown;
    try {
      item = array[index];
    } catch {
      issues.push(issue([...path, index], 'could not be read'));
      continue;
    }
    each(item, index);
  }
  return true;
}

/** Reads an ISO 8601 date string (or a valid Date) field to epoch ms, recording an issue otherwise. */
export function readInstant(value: unknown, path: IssuePath, issues: Issue[], allowDate = false): number | undefined {
  const time = allowDate ? dateTime(value) : undefined;
  if (time !== undefined) {
    if (Number.isNaN(time)) {
      issues.push(issue(path, 'must be a valid Date — got an Invalid Date'));
      return undefined;
    }
    return time;
  }
  if (typeof value === 'string') {
    const read = readIsoDate(value);
    if (typeof read === 'number') return read;
    issues.push(issue(path, got(read.problem, value)));
    return undefined;
  }
  issues.push(issue(path, got(`${DATE_FORMAT_RULE}${allowDate ? ', or a Date' : ''}`, value)));
  return undefined;
}

/** True when `value` is a finite number in [lo, hi]; otherwise records an issue. */
export function checkNumber(
  value: unknown,
  path: IssuePath,
  issues: Issue[],
  lo = -Infinity,
  hi = Infinity,
  integer = false,
  loOpen = false,
): value is number {
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (loOpen ? value > lo : value >= lo) &&
    value <= hi &&
    (!integer || Number.isInteger(value));
  if (!ok) issues.push(issue(path, `${rangeText(lo, hi, integer, loOpen)}, not ${describe(value)}`));
  return ok;
}

function rangeText(lo: number, hi: number, integer: boolean, loOpen: boolean): string {
  const what = integer ? 'an integer' : 'a finite number';
  if (lo === -Infinity && hi === Infinity) return `must be ${what}`;
  if (hi === Infinity) return `must be ${what} ${loOpen ? 'greater than' : 'at least'} ${lo}`;
  if (lo === -Infinity) return `must be ${what} at most ${hi}`;
  return `must be ${what} from ${lo} to ${hi}${loOpen ? ` (above ${lo})` : ''}`;
}

/** Reads an options argument: undefined is `{}`; anything else must be an object. */
export function readOptions(options: unknown, path: IssuePath, issues: Issue[], optional = true): object | undefined {
  if (options === undefined && optional) return {};
  return isRecord(options, path, issues, 'an options object') ? options : undefined;
}

/** Records an issue for every own key of `record` not in `allowed`, suggesting the nearest allowed key. */
export function rejectUnknownKeys(record: object, allowed: readonly string[], path: IssuePath, issues: Issue[]): void {
  let keys: string[];
  try {
    keys = Object.keys(record);
  } catch {
    issues.push(issue(path, 'could not be read'));
    return;
  }
  for (const key of keys) {
    if (!allowed.includes(key)) issues.push(issue([...path, key], unknownKeyMessage(key, allowed)));
  }
}

/** The fields of a task observation: what task scores accept on a task (any other key is a likely typo). */
export const TASK_KEYS = [
  'type',
  'id',
  'providerId',
  'consumerId',
  'requestedAt',
  'completedAt',
  'slaHours',
  'defects',
  'reworked',
  'paused',
  'calendar',
] as const;

/** The fields of a purchase observation: what rfm accepts on a purchase. */
export const PURCHASE_KEYS = ['type', 'id', 'customerId', 'at', 'amount', 'currency'] as const;
