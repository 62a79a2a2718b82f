/**
 * The codes a {@link ClienteleError} or one of its issues can carry.
 *
 * - `INVALID_INPUT`: a value has the wrong shape, type or range.
 * - `DUPLICATE_ID`: two customers share an id.
 * - `UNKNOWN_REFERENCE`: an id names no customer of the chain.
 * - `WRONG_KIND`: the id exists but names a customer of the wrong kind.
 * - `SELF_LINK`: a link whose provider and consumer are the same.
 * - `EXTERNAL_PROVIDER`: a link whose provider is an external customer.
 * - `DUPLICATE_LINK`: two links with the same provider, consumer and service whose validity overlaps.
 * - `HIERARCHY_CYCLE`: departments whose `parentId`s loop, or employees whose `managerId`s do.
 *
 * @example
 * ```ts
 * import { ISSUE_CODES } from 'clientele';
 *
 * ISSUE_CODES.includes('SELF_LINK')
 * //=> true
 * ```
 *
 * @category Errors
 */
export const ISSUE_CODES = /*@__PURE__*/ Object.freeze([
  'INVALID_INPUT',
  'DUPLICATE_ID',
  'UNKNOWN_REFERENCE',
  'WRONG_KIND',
  'SELF_LINK',
  'EXTERNAL_PROVIDER',
  'DUPLICATE_LINK',
  'HIERARCHY_CYCLE',
] as const);

/**
 * One of {@link ISSUE_CODES}.
 *
 * @category Errors
 */
export type IssueCode = (typeof ISSUE_CODES)[number];

/**
 * Where in the input a problem sits: object keys and array positions from the
 * root of the value that was passed, e.g. `['links', 3, 'to']`. It starts with
 * the name of the parameter that holds the bad value; options always sit
 * under `['options', key]` (`csat(ratings, { scale: 1 })` → `['options',
 * 'scale']`).
 *
 * @category Errors
 */
export type IssuePath = readonly (string | number)[];

/**
 * One problem found in an input.
 *
 * @category Errors
 */
export interface Issue {
  /** Where the problem sits, from the root of the input. */
  readonly path: IssuePath;
  /** What kind of problem it is. */
  readonly code: IssueCode;
  /**
   * A sentence for people: the rule the value broke and the value received,
   * shortened (`must be one of 'user' | 'buyer' | 'beneficiary' — got "usr"`);
   * an unknown key names the nearest known key. Apps and tests should branch
   * on `code` and `path`, not on this wording.
   */
  readonly message: string;
}

/** The mark every copy of the library puts on its errors (see `ClienteleError[Symbol.hasInstance]`). */
const ERROR_MARK = Symbol.for('clientele.ClienteleError');

/**
 * The one error type every public function of clientele throws.
 *
 * `code` says what went wrong overall; `issues` lists every problem found,
 * each with its own code and the path to the offending value, so a caller can
 * fix an input in one round rather than one problem at a time.
 *
 * @example
 * ```ts
 * import { ClienteleError, parseCustomer } from 'clientele';
 *
 * let caught: unknown;
 * try {
 *   parseCustomer({ kind: 'buyer', id: '', name: 'Acme' });
 * } catch (error) {
 *   caught = error;
 * }
 * caught instanceof ClienteleError
 * //=> true
 * const { issues } = caught as ClienteleError;
 * issues.map((issue) => issue.path.join('.'))
 * //=> ['id']
 * ```
 *
 * @category Errors
 */
export class ClienteleError extends Error {
  /**
   * `instanceof ClienteleError` holds for an error from any copy of the
   * library loaded in the same app — the CommonJS build through `require`
   * and the ESM build through `import` are two copies — since each marks its
   * errors with the same global symbol.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (this !== ClienteleError) return Function.prototype[Symbol.hasInstance].call(this, value);
    try {
      return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[ERROR_MARK] === true;
    } catch {
      return false; // a revoked proxy or a hostile getter is not a ClienteleError
    }
  }

  /** What went wrong overall. */
  readonly code: IssueCode;
  /** Every problem found, each with its path. */
  readonly issues: readonly Issue[];

  /**
   * @param code - the overall code
   * @param issues - every problem found; when empty, one issue with `code`, an empty path and `message` is recorded
   * @param message - the summary sentence; by default built from the issues
   */
  constructor(code: IssueCode, issues: readonly Issue[], message?: string) {
    const list: readonly Issue[] =
      issues.length > 0 ? issues : [{ path: [], code, message: message ?? code }];
    super(message ?? summarize(list));
    this.name = 'ClienteleError';
    Object.defineProperty(this, ERROR_MARK, { value: true });
    this.code = code;
    this.issues = Object.freeze(list.map((issue) => Object.freeze({ ...issue, path: Object.freeze([...issue.path]) })));
  }
}

function summarize(issues: readonly Issue[]): string {
  const shown = issues.slice(0, 5).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : '(root)';
    return `${where}: ${issue.message}`;
  });
  const more = issues.length > 5 ? `; and ${issues.length - 5} more` : '';
  return `${issues.length} problem${issues.length === 1 ? '' : 's'}: ${shown.join('; ')}${more}`;
}
