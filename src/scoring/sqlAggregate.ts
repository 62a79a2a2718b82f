import type { Accumulator } from './accumulator.js';

/**
 * How a column accumulator's SQL quotes identifiers: `'ansi'` with double
 * quotes (Postgres, DuckDB, Snowflake, Trino, and any engine that follows the
 * standard), `'bigquery'` and `'spark'` with back-quotes (each with its own
 * escaping of a back-quote inside a name).
 *
 * @category Scoring
 */
export type SqlDialect = 'ansi' | 'bigquery' | 'spark';

/**
 * Options of a column accumulator's `sql`.
 *
 * @category Scoring
 */
export interface SqlOptions {
  /** How identifiers are quoted; default `'ansi'`. */
  readonly dialect?: SqlDialect;
}

/**
 * What a row read back from the warehouse holds.
 *
 * @typeParam State - the accumulator's plain-JSON state
 *
 * @category Scoring
 */
export interface SqlRead<State> {
  /** The group's state, ready for the accumulator's `merge` and `result`. */
  readonly state: State;
  /** Rows of the group whose column was `NULL` (no answer): counted here, never in the score. */
  readonly missing: number;
}

/**
 * The SQL for one accumulator over one column, and the reader of its
 * results.
 *
 * @typeParam State - the accumulator's plain-JSON state
 *
 * @category Scoring
 */
export interface SqlAggregate<State> {
  /**
   * Aggregate expressions separated by commas, each aliased
   * `clientele_<field>`, to put in your own `SELECT … FROM … GROUP BY …`
   * (beside your grouping columns).
   */
  readonly select: string;
  /**
   * Turns one result row, as the database driver returns it (numbers,
   * bigints or strings of digits; keys in any letter case; other keys
   * ignored), into the group's state; throws a `ClienteleError` when the
   * SQL counted invalid answers in the group, or the row is not one the
   * `select` produced.
   */
  readonly read: (row: Readonly<Record<string, unknown>>) => SqlRead<State>;
}

/**
 * An {@link Accumulator} over one column of numbers that can also write its
 * counting as SQL: `sql(column, { dialect })` returns the aggregate
 * expressions for a warehouse to run and a `read` that turns each result row
 * into a state, so the warehouse counts and the library does the rest
 * (`merge`, `result`, intervals, comparisons).
 *
 * The expressions are portable (`SUM(CASE WHEN … THEN 1 ELSE 0 END)`, `SUM`,
 * `COUNT`), integer answers are summed as integers so the totals are exact,
 * and answers the accumulator would refuse (out of range, not whole) are
 * counted in `clientele_invalid` rather than dropped: `read` throws a
 * `ClienteleError` saying how many. A `NULL` is no answer: counted in
 * `missing`, never in the score. `column` is a name, never SQL text: it is
 * quoted (embedded quotes doubled), so a hostile name cannot change the
 * query.
 *
 * @typeParam State - the plain-JSON state
 * @typeParam Result - what `result` returns
 *
 * @example
 * ```ts
 * import { npsAccumulator, nps } from 'clientele';
 *
 * const acc = npsAccumulator();
 * const { select, read } = acc.sql('score');
 * select.split(',\n')[0]
 * //=> 'SUM(CASE WHEN "score" IN (9, 10) THEN 1 ELSE 0 END) AS clientele_promoters'
 * // one row of `SELECT segment, ${select} FROM answers GROUP BY segment`, as Postgres returns it
 * const row = { segment: 'east', clientele_promoters: '2', clientele_passives: '1', clientele_detractors: '1', clientele_invalid: '0', clientele_missing: '3' };
 * const { state, missing } = read(row);
 * acc.result(state)
 * //=> nps([10, 9, 8, 2])
 * missing
 * //=> 3
 * read({ ...row, clientele_invalid: 2 })
 * //=> throws INVALID_INPUT
 * acc.sql('score; DROP TABLE answers').select.includes('"score; DROP TABLE answers"')
 * //=> true
 * ```
 *
 * @category Scoring
 */
export interface ColumnAccumulator<State, Result> extends Accumulator<State, number, Result> {
  /**
   * The accumulator's counting as SQL over `column`.
   *
   * @param column - the column's name (quoted by the library; never SQL text)
   * @param options - `dialect` (default `'ansi'`)
   * @returns `{ select, read }`
   * @throws {ClienteleError} INVALID_INPUT at `['column']` for an empty name or one with a NUL character; at `['options', key]` for a bad or unknown option
   */
  readonly sql: (column: string, options?: SqlOptions) => SqlAggregate<State>;
}
