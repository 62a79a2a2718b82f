/**
 * How clientele writes the issues it throws — the one place these
 * conventions are written down.
 *
 * Paths. An issue's path starts with the name of the parameter that holds the
 * bad value, as the function's signature names it, then the keys and indices
 * inside it: `nps(scores)` → `['scores', 3]`, `slaAttainment(tasks)` →
 * `['tasks', 2, 'completedAt']`. Options are always under `'options'`:
 * `csat(ratings, { scale: 1 })` → `['options', 'scale']`, an unknown option
 * key `windw` → `['options', 'windw']`, an option nested deeper →
 * `['options', 'balance', 'tolerance']`; a non-object options argument →
 * `['options']`. Named values that are the function's input rather than its
 * options (`dpmo({ defects, units, opportunities })`, `balance({ internal,
 * external })`) are named by their key, `['defects']`, and the object itself,
 * when it is not one, by its parameter, `['input']`. Records read by a parser (`parseCustomer`,
 * `parseObservation`) are their own root: `['value']`, and a list of them
 * starts with the index, `[3, 'value']`. The fuzz harness
 * (test/fuzz/_harness.ts) checks the options rule on every public function.
 *
 * Messages. Every message names the rule and the value it got, shortened by
 * {@link describe}: `must be one of 'tool' | 'product' — got "tol"`. An
 * unknown key suggests the nearest known one (see `unknownKeyMessage` in
 * keys.ts); a date says whether its format, its calendar day or its missing
 * offset is wrong (see dates.ts). A validator's own default wording never
 * reaches a user (see zod.ts). A field left out of a record is told it is
 * required, and what it must be, by {@link gotField}: `is required: it must be
 * a string`; a field present but set to `undefined` still says what it got.
 * The schemas (through zod.ts) and every hand-written twin of a schema word it
 * there, so both roads give the same message.
 */
import { ClienteleError, type Issue, type IssueCode, type IssuePath } from '../errors.js';

/** Throws a ClienteleError with a single issue. */
export function fail(path: IssuePath, message: string, code: IssueCode = 'INVALID_INPUT'): never {
  throw new ClienteleError(code, [{ path, code, message }]);
}

/** Throws one ClienteleError holding every issue, when there is at least one. */
export function throwIfAny(issues: readonly Issue[], code: IssueCode = 'INVALID_INPUT'): void {
  if (issues.length > 0) throw new ClienteleError(code, issues);
}

/** How many characters of a string a message quotes before cutting it with an ellipsis. */
export const QUOTED_CHARACTERS = 40;

/** `text` quoted as JSON, cut after {@link QUOTED_CHARACTERS} code points with `…` inside the quotes. */
function quote(text: string): string {
  // slice first: a string may hold millions of characters, and only the head is shown
  const head = Array.from(text.slice(0, QUOTED_CHARACTERS * 2 + 2));
  if (head.length <= QUOTED_CHARACTERS) return JSON.stringify(text);
  const shown = JSON.stringify(head.slice(0, QUOTED_CHARACTERS - 1).join(''));
  return `${shown.slice(0, -1)}…"`;
}

/** A short description of a value for error messages; never throws, even on hostile objects. */
export function describe(value: unknown): string {
  try {
    if (value === null) return 'null';
    if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
    if (typeof value === 'string') return quote(value);
    if (typeof value === 'bigint') return `${value}n`;
    if (Array.isArray(value)) return 'an array';
    if (typeof value === 'object') return 'an object';
    if (typeof value === 'symbol') return 'a symbol';
    if (typeof value === 'function') return 'a function';
    return String(value);
  } catch {
    return 'an unreadable value';
  }
}

/** `rule — got value`: the shape of every message about one bad value. */
export function got(rule: string, value: unknown): string {
  return `${rule} — got ${describe(value)}`;
}

/**
 * Whether `key` is left out of `record`: `record` is an object, not an array,
 * without an own property `key`. An array's missing item (a hole) is not a
 * field left out. False when it cannot be told (a revoked proxy, a throwing trap).
 */
function isLeftOut(record: unknown, key: PropertyKey): boolean {
  try {
    if (typeof record !== 'object' || record === null || Array.isArray(record)) return false;
    return !Object.prototype.hasOwnProperty.call(record, key);
  } catch {
    return false;
  }
}

/**
 * The message about field `key` of `record`, read as `value`, that broke
 * `rule`: {@link got}, or, when the field is left out, `is required: it` and
 * the rule (`is required: it must be a string`). The one wording of a missing
 * field, for the schemas and their hand-written twins alike.
 */
export function gotField(rule: string, value: unknown, record: unknown, key: PropertyKey): string {
  return value === undefined && isLeftOut(record, key) ? `is required: it ${rule}` : got(rule, value);
}
