import type { Accumulator } from './accumulator.js';
import type { SlaState } from './slaAccumulator.js';
import type { SlaResult, SlaTask } from './slaAttainment.js';

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
 * //=> 'SUM(CASE WHEN "score" BETWEEN 9 AND 10 AND "score" = FLOOR("score") THEN 1 ELSE 0 END) AS clientele_promoters'
 *
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

/**
 * The engines `slaAccumulator().sql` writes for: they differ in how the time
 * between two timestamps is written.
 *
 * @category Scoring
 */
export type SlaSqlDialect = 'postgres' | 'duckdb' | 'bigquery' | 'snowflake' | 'spark';

/**
 * The columns of a task table that `slaAccumulator().sql` reads: names,
 * quoted by the library, never SQL text.
 *
 * @category Scoring
 */
export interface SlaSqlColumns {
  /** A timestamp column: when the work was requested (NULL: the row is missing, not a task). */
  readonly requestedAt: string;
  /** A timestamp column: when it was completed; NULL while the task is open. */
  readonly completedAt: string;
  /** A numeric column of targets in hours; without it, every task has the accumulator's default `slaHours`. A NULL takes the default. */
  readonly slaHours?: string;
}

/**
 * Options of `slaAccumulator().sql`.
 *
 * @category Scoring
 */
export interface SlaSqlOptions {
  /** The engine the SQL is for. */
  readonly dialect: SlaSqlDialect;
  /** Must be the accumulator's own `asOf` when given (the states record it); a check, not a setting. */
  readonly asOf?: Date | string;
}

/**
 * The {@link Accumulator} of {@link slaAttainment}, which can also write its
 * classification of tasks as SQL: `sql({ requestedAt, completedAt, slaHours
 * }, { dialect })` counts on-time, late and open tasks by the same rules
 * (finishing exactly at the deadline is on time; an open task past its
 * deadline at the accumulator's `asOf` is late; without `asOf` it stays
 * open), to the microsecond, with the dialect's own time difference.
 * Working-time calendars and pauses stay in JavaScript: an accumulator made
 * with a calendar refuses to write SQL.
 *
 * @example
 * ```ts
 * import { slaAccumulator } from 'clientele';
 *
 * const acc = slaAccumulator({ slaHours: 8 });
 * const { select, read } = acc.sql({ requestedAt: 'opened', completedAt: 'closed' }, { dialect: 'duckdb' });
 * select.split(',\n')[0]
 * //=> 'SUM(CASE WHEN "opened" IS NOT NULL AND epoch_us("closed") - epoch_us("opened") >= 0 AND epoch_us("closed") - epoch_us("opened") <= 28800000000 THEN 1 ELSE 0 END) AS clientele_onTime'
 * const row = { clientele_ontime: 3n, clientele_late: 1n, clientele_open: 2n, clientele_invalid: 0n, clientele_missing: 0n };
 * acc.result(read(row).state)
 * //=> { score: 75, onTime: 3, late: 1, open: 2, total: 6 }
 * acc.sql({ requestedAt: 'opened', completedAt: 'closed' }, { dialect: 'mysql' as 'duckdb' })
 * //=> throws INVALID_INPUT
 * ```
 *
 * @category Scoring
 */
export interface SlaAccumulator extends Accumulator<SlaState, SlaTask, SlaResult> {
  /**
   * The accumulator's counting of tasks as SQL.
   *
   * @param columns - the task table's column names
   * @param options - `dialect` (required) and `asOf` (a check)
   * @returns `{ select, read }`
   * @throws {ClienteleError} INVALID_INPUT at `['calendar']` for an accumulator made with a calendar; at `['columns', key]` for a bad name, or no `slaHours` column and no default; at `['options', key]` for a bad or unknown option, or an `asOf` other than the accumulator's
   */
  readonly sql: (columns: SlaSqlColumns, options: SlaSqlOptions) => SqlAggregate<SlaState>;
}
