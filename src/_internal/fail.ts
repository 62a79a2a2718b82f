import { ClienteleError, type Issue, type IssueCode, type IssuePath } from '../errors.js';

/** Throws a ClienteleError with a single issue. */
export function fail(path: IssuePath, message: string, code: IssueCode = 'INVALID_INPUT'): never {
  throw new ClienteleError(code, [{ path, code, message }]);
}

/** Throws one ClienteleError holding every issue, when there is at least one. */
export function throwIfAny(issues: readonly Issue[], code: IssueCode = 'INVALID_INPUT'): void {
  if (issues.length > 0) throw new ClienteleError(code, issues);
}

/** A short description of a value for error messages; never throws, even on hostile objects. */
export function describe(value: unknown): string {
  try {
    if (value === null) return 'null';
    if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
    if (typeof value === 'string') return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
    if (typeof value === 'bigint') return `${value}n`;
    if (Array.isArray(value)) return 'an array';
    if (typeof value === 'object') return 'an object';
    return String(typeof value);
  } catch {
    return 'an unreadable value';
  }
}
