import type { Issue, IssuePath } from '../../errors.js';
import { checkNumber, readKey, readOptions, rejectUnknownKeys } from './read.js';

/** The largest rating scale accepted (keeps sums of ratings exact). */
export const MAX_SCALE = 100;

/**
 * Reads an object of named values: rejects unknown keys and returns the
 * values of the known ones (undefined when absent). The object itself is
 * reported at `[param]`; its keys at `[...keyPrefix, key]` (by default the
 * bare key, as options and named parameters are).
 */
export function readNamed(
  options: unknown,
  keys: readonly string[],
  issues: Issue[],
  param = 'options',
  keyPrefix: IssuePath = [],
  optional = param === 'options',
): Record<string, unknown> | undefined {
  const record = readOptions(options, [param], issues, optional);
  if (record === undefined) return undefined;
  rejectUnknownKeys(record, keys, keyPrefix, issues);
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of keys) out[key] = readKey(record, key, keyPrefix, issues).value;
  return out;
}

/** Reads a rating scale option (an integer from 2 to 100), or its default. */
export function readScale(value: unknown, fallback: number, issues: Issue[]): number | undefined {
  if (value === undefined) return fallback;
  return checkNumber(value, ['scale'], issues, 2, MAX_SCALE, true) ? value : undefined;
}
