/**
 * The one place zod's issues become clientele's: every parse runs with the
 * error map below, so no validator wording ("Invalid input", "Expected
 * number, received string") reaches a user, and every message is the rule
 * followed by the value received (see fail.ts for the conventions).
 */
import type * as z from 'zod';
import { ClienteleError, type Issue, type IssuePath } from '../errors.js';
import { describe, got, gotField } from './fail.js';
import { oneOfRule, unknownKeyMessage } from './keys.js';

type RawIssue = z.core.$ZodRawIssue;

/** The bits of a schema's definition the messages read (zod's `_zod.def`). */
interface Def {
  readonly type?: string;
  readonly shape?: Readonly<Record<string, unknown>>;
  readonly options?: readonly { readonly _zod?: { readonly def?: Def } }[];
}

function defOf(schema: unknown): Def | undefined {
  return (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a finite number',
  int: 'an integer',
  boolean: 'a boolean',
  null: 'null',
  object: 'an object',
  array: 'an array',
  bigint: 'a bigint',
  date: 'a Date',
  literal: 'a fixed value',
  enum: 'one of the listed values',
  record: 'an object',
};

function typeWords(type: string | undefined): string {
  return (type !== undefined ? TYPE_WORDS[type] : undefined) ?? `a ${type ?? 'valid value'}`;
}


function orList(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

function sizeRule(issue: RawIssue & { code: 'too_small' | 'too_big' }): string {
  const small = issue.code === 'too_small';
  const bound = small ? (issue as { minimum: unknown }).minimum : (issue as { maximum: unknown }).maximum;
  const inclusive = issue.inclusive !== false;
  const n = String(bound);
  switch (issue.origin) {
    case 'string':
      if (small && n === '1') return 'must be a non-empty string';
      return small ? `must be at least ${n} characters long` : `must be at most ${n} characters long`;
    case 'array':
    case 'set':
      return small ? `must hold at least ${n} items` : `must hold at most ${n} items`;
    default:
      if (small) return inclusive ? `must be at least ${n}` : `must be greater than ${n}`;
      return inclusive ? `must be at most ${n}` : `must be less than ${n}`;
  }
}

/**
 * The rule a value broke, for issues whose schema gave no message of its own
 * (schemas' own messages outrank this map). The value itself is added by
 * {@link zodIssues}.
 */
export function ruleOf(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${typeWords(issue.expected)}`;
    case 'invalid_value':
      return oneOfRule(issue.values, issue.input);
    case 'invalid_union': {
      const discriminated = issue as { discriminator?: string; options?: readonly unknown[] };
      if (discriminated.options !== undefined && discriminated.options.length > 0) {
        // the value under the discriminator's key, read as an own data property (no getter runs)
        const given = discriminated.discriminator === undefined ? undefined : valueAt(issue.input, [discriminated.discriminator], undefined);
        return oneOfRule(discriminated.options, given);
      }
      const options = defOf(issue.inst)?.options ?? [];
      return `must be ${orList(options.map((option) => typeWords(defOf(option)?.type)))}`;
    }
    case 'too_small':
    case 'too_big':
      return sizeRule(issue);
    case 'invalid_format':
      return issue.format === 'regex' && issue.pattern !== undefined
        ? `must match ${issue.pattern}`
        : `must be a valid ${issue.format}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return 'unknown key';
    case 'invalid_key':
      return `has a key that is not ${typeWords(defOf(issue.inst)?.type)}`;
    case 'invalid_element':
      return 'holds an element that is not valid';
    default:
      return 'is not valid';
  }
}

/**
 * The value at `path` inside `root`, read through own data properties only
 * (no getter or proxy trap runs twice); `fallback` when a step is not one.
 */
function valueAt(root: unknown, path: readonly PropertyKey[], fallback: unknown): unknown {
  let value = root;
  try {
    for (const key of path) {
      if (typeof value !== 'object' || value === null) return undefined;
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor === undefined) return undefined;
      if (!('value' in descriptor)) return fallback;
      value = descriptor.value;
    }
    return value;
  } catch {
    return fallback;
  }
}

/** A run of one schema: the error map, and the known keys of every object that met an unknown key. */
interface Run {
  readonly map: (issue: RawIssue) => string;
  readonly known: Map<unknown, readonly string[]>;
}

function newRun(): Run {
  const known = new Map<unknown, readonly string[]>();
  return {
    known,
    map: (issue) => {
      if (issue.code === 'unrecognized_keys') known.set(issue.keys, Object.keys(defOf(issue.inst)?.shape ?? {}));
      return ruleOf(issue);
    },
  };
}

/**
 * Turns zod's issues into clientele issues under `prefix`: one per unknown
 * key (suggesting the nearest known key), each other message followed by the
 * value received, or told it is required when its field is left out.
 * `input` is the value that was parsed (to quote the field a refinement on an
 * object names, and to tell a field left out from one set to `undefined`).
 */
export function zodIssues(error: z.ZodError, prefix: IssuePath = [], input?: unknown, run: Run = newRun()): Issue[] {
  const issues: Issue[] = [];
  for (const issue of error.issues) {
    const path = [...prefix, ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))];
    if (issue.code === 'unrecognized_keys') {
      const known = run.known.get(issue.keys) ?? [];
      for (const key of issue.keys) {
        issues.push({ path: [...path, key], code: 'INVALID_INPUT', message: unknownKeyMessage(key, known) });
      }
    } else {
      // a refinement on an object reports the whole object as its input: quote the field the path names
      const own = (issue as { input?: unknown }).input;
      const value = issue.code === 'custom' || issue.code === 'invalid_union' ? valueAt(input, issue.path, own) : own;
      // a field left out is told it is required (gotField), asked of the record that the path's last key belongs to
      const record = value === undefined && issue.path.length > 0 ? valueAt(input, issue.path.slice(0, -1), undefined) : undefined;
      const message = record === undefined ? got(issue.message, value) : gotField(issue.message, value, record, issue.path[issue.path.length - 1]!);
      issues.push({ path, code: 'INVALID_INPUT', message });
    }
  }
  return issues;
}

/**
 * Runs a zod schema without letting anything but a ClienteleError out: a
 * getter that throws, a revoked proxy or any other failure inside zod becomes
 * an INVALID_INPUT issue at `prefix`. Every message is worded by this module.
 */
export function safeRun<T>(
  schema: z.ZodType<T>,
  input: unknown,
  prefix: IssuePath = [],
): { success: true; data: T } | { success: false; issues: Issue[] } {
  try {
    const run = newRun();
    const result = schema.safeParse(input, { error: run.map, reportInput: true });
    if (result.success) return { success: true, data: result.data };
    return { success: false, issues: zodIssues(result.error, prefix, input, run) };
  } catch (error) {
    if (error instanceof ClienteleError) return { success: false, issues: [...error.issues] };
    return {
      success: false,
      issues: [{ path: prefix, code: 'INVALID_INPUT', message: `could not be read (${describe(input)})` }],
    };
  }
}
