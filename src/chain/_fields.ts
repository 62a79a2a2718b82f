import { describe, fail } from '../_internal/fail.js';
import { unknownKeyMessage } from '../_internal/keys.js';
import type { Issue } from '../errors.js';

/**
 * Reads the named keys of a top-level input object, reporting any other key
 * as an issue (followed by `hints[key]` when there is one: a key that means
 * the input belongs to another reader). Throws a ClienteleError when `input`
 * is not a readable object.
 */
export function readFields<K extends string>(
  input: unknown,
  keys: readonly K[],
  what: string,
  issues: Issue[],
  hints: Readonly<Record<string, string>> = {},
): Record<K, unknown> {
  if (typeof input !== 'object' || input === null || isArrayOrUnreadable(input)) {
    fail([], `must be ${what}, not ${describe(input)}`);
  }
  const known = new Set<string>(keys);
  const fields = Object.create(null) as Record<K, unknown>;
  try {
    for (const key of Object.keys(input)) {
      if (known.has(key)) continue;
      const hint = Object.hasOwn(hints, key) ? ` — ${hints[key]}` : '';
      issues.push({ path: [key], code: 'INVALID_INPUT', message: unknownKeyMessage(key, keys) + hint });
    }
    for (const key of keys) fields[key] = (input as Record<string, unknown>)[key];
  } catch {
    fail([], `could not be read as ${what}`);
  }
  return fields;
}

/** Array.isArray, answering true for a revoked proxy (whose kind cannot be known) instead of throwing. */
export function isArrayOrUnreadable(value: unknown): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return true;
  }
}
