import { ClienteleError, safeParseCustomer } from '../../src/index.js';

/** One issue as `[code, path]`, the parts tests compare. */
export type IssueSummary = [string, (string | number)[]];

/** Runs `run` and returns the ClienteleError it throws; fails the test if it returns or throws anything else. */
export function caught(run: () => unknown): ClienteleError {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  if (thrown instanceof ClienteleError) return thrown;
  throw new Error(
    thrown === undefined ? 'expected a ClienteleError, nothing was thrown' : `expected a ClienteleError, got ${String(thrown)}`,
  );
}

/** The issues of an error as `[code, path]` pairs. */
export function summary(error: ClienteleError): IssueSummary[] {
  return error.issues.map((issue) => [issue.code, [...issue.path]]);
}

/** The `[code, path]` pairs safeParseCustomer reports for `input`, or `[]` when it parses. */
export function issuesOf(input: unknown): IssueSummary[] {
  const result = safeParseCustomer(input);
  return result.success ? [] : summary(result.error);
}

/** Freezes a value and everything reachable from it, typed arrays excepted. */
export function deepFreeze<T>(value: T): T {
  if (ArrayBuffer.isView(value)) return value; // typed arrays with elements cannot be frozen
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/** A short text for a value in an assertion message; never throws. */
export function show(value: unknown): string {
  try {
    if (typeof value === 'bigint') return `${value}n`;
    if (typeof value === 'symbol' || typeof value === 'function') return typeof value;
    const text = JSON.stringify(value);
    if (text === undefined) return String(value);
    return text.length > 60 ? `${text.slice(0, 60)}…` : text;
  } catch {
    return 'an unprintable value';
  }
}
