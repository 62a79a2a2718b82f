/**
 * The pieces every accumulator's `sql` is built from: the dialect option,
 * identifier quoting, the portable aggregate expressions, and the reading
 * of one result row as a database driver returns it.
 *
 * The SQL is deliberately plain (`SUM(CASE WHEN … THEN 1 ELSE 0 END)`,
 * `SUM`, `COUNT`, `IN` lists of integer literals), so one text runs on
 * Postgres, DuckDB, Snowflake, Trino, BigQuery and Spark alike: only the
 * quoting of identifiers differs between the column dialects. No value of
 * the user's ever enters the text except through `quoteIdentifier`, and the
 * numbers the library writes itself (scales, thresholds, instants) are
 * integers or finite doubles it has checked.
 */
import type { Issue, IssuePath } from '../../errors.js';
import { describe } from '../../_internal/fail.js';
import { isRecord, issue, readKey, throwIssues } from './read.js';
import { readNamed } from './options.js';
import { addExact } from './exactSum.js';

/** The column dialects: how identifiers are quoted. */
export const SQL_DIALECTS = ['ansi', 'bigquery', 'spark'] as const;
export type SqlDialectName = (typeof SQL_DIALECTS)[number];

/** The dialects of the SLA expressions: they differ in how a time difference is written. */
export const SLA_SQL_DIALECTS = ['postgres', 'duckdb', 'bigquery', 'snowflake', 'spark'] as const;
export type SlaSqlDialectName = (typeof SLA_SQL_DIALECTS)[number];

/** Every alias starts with this, so the library's columns never collide with the user's. */
export const ALIAS_PREFIX = 'clientele_';

/**
 * A timestamp column as whole microseconds since 1970-01-01 UTC (a
 * `TIMESTAMP` without a time zone is read as UTC on every engine here). The
 * difference of two of them is the exact elapsed time, whatever the
 * session's time zone, and a plain number compares with an instant without
 * any time-zone literal.
 * - Postgres: `EXTRACT(EPOCH FROM …)` is `numeric` (exact) from version 14.
 * - DuckDB: `epoch_us`; BigQuery and Spark (3.1+): `UNIX_MICROS`;
 *   Snowflake: `DATE_PART(EPOCH_MICROSECOND, …)`.
 */
export function epochMicros(column: string, dialect: SlaSqlDialectName): string {
  switch (dialect) {
    case 'postgres':
      return `(EXTRACT(EPOCH FROM ${column}) * 1000000)`;
    case 'duckdb':
      return `epoch_us(${column})`;
    case 'snowflake':
      return `DATE_PART(EPOCH_MICROSECOND, ${column})`;
    default:
      return `UNIX_MICROS(${column})`;
  }
}

/**
 * A timestamp column as whole milliseconds since 1970-01-01 UTC, rounded
 * down (a time between two milliseconds counts as the earlier one), which
 * is how JavaScript reads an ISO text with more than three decimals. SQL
 * that must agree with a JavaScript score to the millisecond (the SLA
 * deadline: elapsed ms ≤ hours × 3,600,000, both sides rounded as
 * JavaScript rounds them) compares these, not microseconds.
 * - Postgres: `EXTRACT(EPOCH FROM …)` is exact `numeric` from version 14.
 * - DuckDB: `epoch_ms` rounds toward zero, so a negative instant between
 *   two milliseconds is moved down one (exact BIGINT arithmetic).
 * - BigQuery and Spark (3.1+): `UNIX_MILLIS` rounds down.
 * - Snowflake: `DATE_PART(EPOCH_MICROSECOND, …)` ÷ 1000 is exact `NUMBER`.
 */
export function epochMillis(column: string, dialect: SlaSqlDialectName): string {
  switch (dialect) {
    case 'postgres':
      return `FLOOR(EXTRACT(EPOCH FROM ${column}) * 1000)`;
    case 'duckdb':
      return `(epoch_ms(${column}) - CASE WHEN epoch_us(${column}) % 1000 < 0 THEN 1 ELSE 0 END)`;
    case 'snowflake':
      return `FLOOR(DATE_PART(EPOCH_MICROSECOND, ${column}) / 1000)`;
    default:
      return `UNIX_MILLIS(${column})`;
  }
}

/** The names a column accumulator's `dialect` takes: its quoting styles, and the engines of the SLA SQL (those that quote as ANSI does write the ANSI text). */
const COLUMN_DIALECT_NAMES = ['ansi', 'postgres', 'duckdb', 'snowflake', 'bigquery', 'spark'] as const;

/** Reads a column accumulator's `sql` options: `{ dialect = 'ansi' }`, an engine name standing for its quoting. */
export function readSqlOptions(options: unknown, issues: Issue[]): SqlDialectName | undefined {
  const named = readNamed(options, ['dialect'], issues, 'options', ['options']);
  if (named === undefined) return undefined;
  if (named.dialect === undefined) return 'ansi';
  const dialect = readDialect(named.dialect, COLUMN_DIALECT_NAMES, ['options', 'dialect'], issues);
  return dialect === undefined ? undefined : (SQL_DIALECTS as readonly string[]).includes(dialect) ? (dialect as SqlDialectName) : 'ansi';
}

/**
 * Reads the `sql` options of an accumulator whose SQL depends on the engine
 * (date and time arithmetic): `{ dialect, …keys }`, required. Missing
 * options are told which dialects there are, not sent looking for "an
 * options object".
 */
export function readDialectOptions(options: unknown, keys: readonly string[], dialects: readonly string[], issues: Issue[]): Record<string, unknown> | undefined {
  if (options === undefined) {
    issues.push(issue(['options'], `is required: { dialect: ${dialects.map((d) => `'${d}'`).join(' | ')} }, since engines write date and time arithmetic differently`));
    return undefined;
  }
  return readNamed(options, keys, issues, 'options', ['options'], false);
}

/** Records an issue unless `value` is one of `dialects`. */
export function readDialect<D extends string>(
  value: unknown,
  dialects: readonly D[],
  path: IssuePath,
  issues: Issue[],
): D | undefined {
  if (typeof value === 'string' && (dialects as readonly string[]).includes(value)) return value as D;
  issues.push(issue(path, `must be one of ${dialects.map((d) => `'${d}'`).join(' | ')}, not ${describe(value)}`));
  return undefined;
}

/**
 * Quotes a column name as a delimited identifier, so that whatever it holds
 * is read as a name and never as SQL.
 *
 * - ANSI (Postgres, DuckDB, Snowflake, Trino): `"…"`, an embedded `"`
 *   doubled (SQL:2016 Part 2, 5.2 <delimited identifier>).
 * - Spark: `` `…` ``, an embedded back-quote doubled (Spark SQL reference,
 *   "Identifiers": "Use `` ` `` to escape special characters").
 * - BigQuery: `` `…` `` with "the same escape sequences as string literals"
 *   (GoogleSQL "Lexical structure and syntax", Quoted identifiers): a
 *   back-quote is written `` \` ``, a backslash `\\`, and a control character
 *   as `\u00XX` (a raw line break cannot stand in a one-line quoted token).
 *
 * An empty name, or one holding the NUL character (which no engine allows
 * in a name and some drivers cut the text at), is an error.
 */
export function quoteIdentifier(name: unknown, dialect: SqlDialectName | SlaSqlDialectName, path: IssuePath, issues: Issue[]): string | undefined {
  if (typeof name !== 'string' || name.length === 0) {
    issues.push(issue(path, `must be a column name (a non-empty string), not ${describe(name)}`));
    return undefined;
  }
  if (name.includes('\u0000')) {
    issues.push(issue(path, 'must not contain the NUL character'));
    return undefined;
  }
  if (dialect === 'bigquery') {
    const escaped = name.replace(/[\\`\u0001-\u001f\u007f]/g, (char) => {
      if (char === '\\' || char === '`') return `\\${char}`;
      return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
    return `\`${escaped}\``;
  }
  if (dialect === 'spark') return `\`${name.replaceAll('`', '``')}\``;
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * True exactly for the whole numbers lo..hi: false for NULL, 7.5, NaN and
 * ±Infinity (NaN compares above every number in Postgres, DuckDB, Snowflake
 * and Spark, and with nothing in BigQuery, so it fails the range either way).
 * A range and `FLOOR` rather than `IN (lo, …, hi)`: on DuckDB an `IN` list
 * made the NPS query twice as slow.
 */
export function wholeIn(column: string, lo: number, hi: number): string {
  const range = lo === hi ? `${column} = ${lo}` : `${column} BETWEEN ${lo} AND ${hi}`;
  return `${range} AND ${column} = FLOOR(${column})`;
}

/** How many rows of the group satisfy `condition` (0, not NULL, when none does). */
export function countWhere(condition: string): string {
  return `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;
}

/** `expression AS clientele_field`. */
export function aliased(expression: string, field: string): string {
  return `${expression} AS ${ALIAS_PREFIX}${field}`;
}

/** Rows whose column is NULL: `COUNT(*) - COUNT(column)`. */
export function missingCount(column: string): string {
  return `COUNT(*) - COUNT(${column})`;
}

/** Joins aggregate expressions as a select list, one per line. */
export function selectList(expressions: readonly string[]): string {
  return expressions.join(',\n');
}

const WHOLE = /^[+-]?\d+(?:\.0*)?$/;

/**
 * Reads one integer cell: a safe integer number, a bigint, or a string of
 * digits (Postgres returns `numeric` sums as strings; DuckDB returns
 * `HUGEINT`s as bigints). Returns a bigint so that sums beyond 2^53 stay exact
 * until the caller decides what to do with them.
 */
function readWhole(value: unknown, path: IssuePath, issues: Issue[]): bigint | undefined {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' && Number.isInteger(value)) {
    if (Number.isSafeInteger(value)) return BigInt(value);
    issues.push(issue(path, `must be an exact integer; ${value} is beyond 2^53, so the driver has rounded it (read the column as a bigint or a string)`));
    return undefined;
  }
  if (typeof value === 'string' && WHOLE.test(value)) return BigInt(value.replace(/\.0*$/, ''));
  issues.push(issue(path, `must be an integer (a number, bigint or string of digits), not ${describe(value)}`));
  return undefined;
}

/** True for a cell that `readWhole` reads as 0, in any of its forms (0, -0, 0n, '0', '-0', '0.000'). */
function isZero(value: unknown): boolean {
  if (typeof value === 'number' || typeof value === 'bigint') return value === 0 || value === 0n;
  return typeof value === 'string' && /^[+-]?0+(?:\.0*)?$/.test(value);
}

/**
 * Finds the `clientele_<field>` cells of one result row (any letter case,
 * as Postgres folds unquoted aliases to lower case and Snowflake to upper
 * case) and returns their values as the driver gave them. Throws a
 * ClienteleError (paths `['row', alias]`) for a row that is not an object,
 * or a cell that is missing or doubled.
 */
export function findCells(row: unknown, fields: readonly string[]): Record<string, unknown> {
  const issues: Issue[] = [];
  if (!isRecord(row, ['row'], issues, 'a result row (an object of column values)')) throwIssues(issues);
  const record = row as object;
  let keys: string[] = [];
  try {
    keys = Object.keys(record);
  } catch {
    issues.push(issue(['row'], 'could not be read'));
    throwIssues(issues);
  }
  const raw: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const field of fields) {
    const alias = `${ALIAS_PREFIX}${field}`;
    const matches = keys.filter((key) => key.toLowerCase() === alias.toLowerCase());
    if (matches.length === 0) {
      issues.push(issue(['row', alias], `is missing: select the columns of sql().select under their own names`));
      continue;
    }
    if (matches.length > 1) {
      issues.push(issue(['row', alias], `appears ${matches.length} times in different letter cases (${matches.join(', ')})`));
      continue;
    }
    const read = readKey(record, matches[0]!, ['row'], issues);
    if (read.ok) raw[field] = read.value;
  }
  throwIssues(issues);
  return raw;
}

/**
 * Reads the `clientele_<field>` cells of one result row (found by
 * `findCells`) as exact integers. A NULL is read as 0 only when every cell
 * of the row is NULL or 0: that is a group with no rows at all, where `SUM`
 * gives NULL; anywhere else a NULL means the query is not the one the
 * library wrote (or a sum overflowed into NULL, as Spark's does) and is an
 * error. Throws a ClienteleError (paths `['row', alias]`) for a row that is
 * not an object, a missing or doubled cell, or a value that is not an
 * integer.
 */
export function readCells(row: unknown, fields: readonly string[], nullable: readonly string[] = []): Record<string, bigint | null> {
  const raw = findCells(row, fields);
  const issues: Issue[] = [];
  const out: Record<string, bigint | null> = Object.create(null) as Record<string, bigint | null>;
  const allEmpty = fields.every((field) => raw[field] === null || raw[field] === undefined || isZero(raw[field]));
  for (const field of fields) {
    const value = raw[field];
    const path = ['row', `${ALIAS_PREFIX}${field}`];
    if (value === null || value === undefined) {
      if (nullable.includes(field)) out[field] = null;
      else if (allEmpty) out[field] = 0n;
      else issues.push(issue(path, 'must be an integer, not null: a NULL count or sum in a group that has rows means the query was changed or a sum overflowed'));
      continue;
    }
    const whole = readWhole(value, path, issues);
    if (whole !== undefined) out[field] = whole;
  }
  throwIssues(issues);
  return out;
}

/** An integer for a message: its digits, or how many there are when they would flood it. */
export function integerText(value: bigint): string {
  const digits = String(value);
  return digits.length <= 40 ? digits : `an integer of ${digits.replace('-', '').length} digits`;
}

/** A count read from a row as a number: records an issue when negative or beyond 2^53. */
export function countOf(value: bigint, field: string, issues: Issue[]): number {
  if (value < 0n || value > BigInt(Number.MAX_SAFE_INTEGER)) {
    issues.push(issue(['row', `${ALIAS_PREFIX}${field}`], `must be a count (an integer from 0 to 2^53 − 1), not ${integerText(value)}`));
    return 0;
  }
  return Number(value);
}

/**
 * Throws when the SQL counted invalid answers, saying how many and the rule
 * (`rule` describes one valid answer; `what` names one row; `nullNote` says
 * which NULL is read as missing instead).
 */
export function rejectInvalid(
  invalid: number,
  rule: string,
  what: 'answer' | 'task' | 'purchase' = 'answer',
  nullNote = `a NULL ${what === 'answer' ? 'answer' : 'requestedAt'} is read as missing`,
): void {
  if (invalid === 0) return;
  throwIssues([
    issue(
      ['row', `${ALIAS_PREFIX}invalid`],
      `${invalid} ${what}${invalid === 1 ? ' is' : 's are'} not valid (${rule}): fix or filter them in SQL (${nullNote})`,
    ),
  ]);
}

/** One aggregate of a column accumulator's select list. */
export interface ColumnField {
  /** The alias after `clientele_`. */
  readonly field: string;
  /** The aggregate expression over the quoted column. */
  readonly expression: string;
}

/**
 * The `sql` of a column accumulator. `fields` writes the aggregates over the
 * quoted column (the counts the state is made of; `invalid` and `missing`
 * are added here); `toState` turns their values, read exactly, into the
 * state, recording issues. `rule` completes "N answers are not …".
 */
export function columnSql<State>(
  column: unknown,
  options: unknown,
  fields: (quoted: string, dialect: SqlDialectName) => readonly ColumnField[],
  validCounts: readonly string[],
  toState: (cells: Record<string, bigint | null>, issues: Issue[]) => State,
  rule: string,
  nullable: readonly string[] = [],
): { select: string; read: (row: Readonly<Record<string, unknown>>) => { state: State; missing: number } } {
  const issues: Issue[] = [];
  const dialect = readSqlOptions(options, issues);
  const quoted = quoteIdentifier(column, dialect ?? 'ansi', ['column'], issues);
  throwIssues(issues);
  const own = fields(quoted!, dialect!);
  const byName = new Map(own.map((f) => [f.field, f.expression]));
  // invalid = answered − valid: the same SUM(CASE …) texts as the counts, which
  // the engines compute once (Postgres and DuckDB share identical aggregates)
  const valid = validCounts.map((name) => ` - ${byName.get(name)!}`).join('');
  const all: ColumnField[] = [
    ...own,
    { field: 'invalid', expression: `COUNT(${quoted!})${valid}` },
    { field: 'missing', expression: missingCount(quoted!) },
  ];
  const names = all.map((f) => f.field);
  const select = selectList(all.map((f) => aliased(f.expression, f.field)));
  const read = (row: Readonly<Record<string, unknown>>): { state: State; missing: number } => {
    const cells = readCells(row, names, nullable);
    const found: Issue[] = [];
    const missing = countOf(cells.missing!, 'missing', found);
    const invalid = countOf(cells.invalid!, 'invalid', found);
    throwIssues(found);
    rejectInvalid(invalid, rule);
    const state = toState(cells, found);
    throwIssues(found);
    return { state, missing };
  };
  return { select, read };
}

/**
 * Partial sums (as `exactSum` keeps them) whose exact sum is the integer
 * `value`: a sum of squares from the warehouse can pass 2^53, where one
 * double no longer holds it. `value` must be below 2^1024 in magnitude
 * (callers bound it by what the select can sum), or no double is near it. Each step takes the nearest double and carries
 * the exact remainder, which is at least 2^52 times smaller.
 */
export function partialsOf(value: bigint): number[] {
  const partials: number[] = [];
  let rest = value;
  while (rest !== 0n) {
    const part = Number(rest);
    addExact(partials, part);
    rest -= BigInt(part);
  }
  return partials;
}
