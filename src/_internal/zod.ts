import type { z } from 'zod';
import { ClienteleError, type Issue, type IssuePath } from '../errors.js';
import { describe } from './fail.js';

/** Turns zod's issues into clientele issues, one per unknown key, under `prefix`. */
export function zodIssues(error: z.ZodError, prefix: IssuePath = []): Issue[] {
  const issues: Issue[] = [];
  for (const issue of error.issues) {
    const path = [...prefix, ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        issues.push({ path: [...path, key], code: 'INVALID_INPUT', message: `unknown key ${JSON.stringify(key)}` });
      }
    } else {
      issues.push({ path, code: 'INVALID_INPUT', message: issue.message });
    }
  }
  return issues;
}

/**
 * Runs a zod schema without letting anything but a ClienteleError out: a
 * getter that throws, a revoked proxy or any other failure inside zod becomes
 * an INVALID_INPUT issue at `prefix`.
 */
export function safeRun<T>(
  schema: z.ZodType<T>,
  input: unknown,
  prefix: IssuePath = [],
): { success: true; data: T } | { success: false; issues: Issue[] } {
  try {
    const result = schema.safeParse(input);
    if (result.success) return { success: true, data: result.data };
    return { success: false, issues: zodIssues(result.error, prefix) };
  } catch (error) {
    if (error instanceof ClienteleError) return { success: false, issues: [...error.issues] };
    return {
      success: false,
      issues: [{ path: prefix, code: 'INVALID_INPUT', message: `could not be read (${describe(input)})` }],
    };
  }
}
