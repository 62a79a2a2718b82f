import { describe, fail, throwIfAny } from '../_internal/fail.js';
import type { Issue } from '../errors.js';
import type { ChainState } from './_state.js';

/**
 * Own quality per customer, from a Map or a plain record of id → [0, 1].
 *
 * @category Chain
 */
export type QualityInput = ReadonlyMap<string, number> | Readonly<Record<string, number>>;

/**
 * Reads a quality map into an array indexed by node, `missing` where a
 * customer is not listed. Every problem is reported at once:
 * UNKNOWN_REFERENCE at `[...path, id]` for an id not in the chain,
 * INVALID_INPUT at `[...path, id]` for a value that is not a number in [0, 1].
 */
export function readQuality(state: ChainState, quality: unknown, path: readonly (string | number)[], missing: number): Float64Array {
  const values = new Float64Array(state.n).fill(missing);
  const issues: Issue[] = [];
  const index = state.index;
  const take = (value: unknown, id: unknown): void => {
    if (typeof id !== 'string') {
      issues.push({ path: [...path], code: 'INVALID_INPUT', message: `has a key that is not a customer id: ${describe(id)}` });
      return;
    }
    const node = index.get(id);
    if (node === undefined) {
      issues.push({ path: [...path, id], code: 'UNKNOWN_REFERENCE', message: `no customer ${JSON.stringify(id)} in the chain` });
    } else if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
      issues.push({ path: [...path, id], code: 'INVALID_INPUT', message: `must be a number from 0 to 1, not ${describe(value)}` });
    } else {
      values[node] = value;
    }
  };
  try {
    if (quality instanceof Map) {
      (quality as Map<unknown, unknown>).forEach(take);
    } else if (typeof quality === 'object' && quality !== null && !Array.isArray(quality)) {
      const record = quality as Record<string, unknown>;
      for (const id of Object.keys(record)) take(record[id], id);
    } else {
      issues.push({ path: [...path], code: 'INVALID_INPUT', message: `must be a Map or a record of customer id → quality in [0, 1], not ${describe(quality)}` });
    }
  } catch {
    fail(path, 'could not be read');
  }
  // one code for the whole error when every issue shares it (all unknown ids, say)
  const first = issues[0]?.code;
  throwIfAny(issues, first !== undefined && issues.every((issue) => issue.code === first) ? first : 'INVALID_INPUT');
  return values;
}
