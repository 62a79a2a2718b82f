import type { Issue, IssuePath } from '../../errors.js';
import { checkNumber, isRecord, readKey, readOptions, rejectUnknownKeys } from './read.js';

/** The largest rating scale accepted (keeps sums of ratings exact). */
export const MAX_SCALE = 100;

/**
 * Where an option's issue sits: `['options', key, …]`, the one convention of
 * src/_internal/fail.ts for every function that takes options.
 */
export function optionPath(key: string, ...rest: readonly (string | number)[]): IssuePath {
  return ['options', key, ...rest];
}

/**
 * Reads an object of named values: rejects unknown keys (suggesting the
 * nearest known one) and returns the values of the known ones (undefined
 * when absent). The object itself is reported at `[param]`; its keys at
 * `[...keyPrefix, key]`: by default `['options', key]` for options, the bare
 * key for other named parameters (`dpmo(input)` → `['defects']`).
 */
export function readNamed(
  options: unknown,
  keys: readonly string[],
  issues: Issue[],
  param = 'options',
  keyPrefix: IssuePath = param === 'options' ? ['options'] : [],
  optional = param === 'options',
): Record<string, unknown> | undefined {
  // a named input that is not an object is told which keys it should have, not sent looking for options
  const record =
    param === 'options' || (options === undefined && optional)
      ? readOptions(options, [param], issues, optional)
      : isRecord(options, [param], issues, `an object { ${keys.join(', ')} }`)
        ? options
        : undefined;
  if (record === undefined) return undefined;
  rejectUnknownKeys(record, keys, keyPrefix, issues);
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of keys) out[key] = readKey(record, key, keyPrefix, issues).value;
  return out;
}

/** Reads a rating scale option (an integer from 2 to 100), or its default. */
export function readScale(value: unknown, fallback: number, issues: Issue[]): number | undefined {
  if (value === undefined) return fallback;
  return checkNumber(value, optionPath('scale'), issues, 2, MAX_SCALE, true) ? value : undefined;
}
