import type { Accumulator } from './accumulator.js';
import type { SlaState } from './slaAccumulator.js';
import type { SlaResult, SlaTask } from './slaAttainment.js';
import type { Purchase, Task } from '../observations/schemas.js';
import type { FirstPassState } from './firstPassAccumulator.js';
import type { FirstPassYieldResult } from './firstPassYield.js';
import type { PurchaseResult, PurchaseState } from './purchaseAccumulator.js';

/**
 * How a column accumulator's SQL quotes identifiers: `'ansi'` with double
 * quotes (Postgres, DuckDB, Snowflake, Trino, and any engine that follows the
 * standard), `'bigquery'` and `'spark'` with back-quotes (each with its own
 * escaping of a back-quote inside a name). The engine names of
 * {@link SlaSqlDialect} are taken too (`'postgres'`, `'duckdb'` and
 * `'snowflake'` write the ANSI text), so one `dialect` serves every
 * accumulator of a query.
 *
 * @category Scoring
 */
export type SqlDialect = 'ansi' | 'bigquery' | 'spark' | 'postgres' | 'duckdb' | 'snowflake';

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
 * open), to the millisecond as JavaScript reads times (rounded down), with
 * the dialect's own time difference.
 * Working-time calendars and pauses stay in JavaScript: an accumulator made
 * with a calendar refuses to write SQL.
 *
 * @example
 * ```ts
 * import { slaAccumulator } from 'clientele';
 *
 * const acc = slaAccumulator({ slaHours: 8 });
 * const { select, read } = acc.sql({ requestedAt: 'opened', completedAt: 'closed' }, { dialect: 'bigquery' });
 * // whole milliseconds, as slaAttainment compares them: 8 h = 28,800,000 ms
 * select.split(',\n')[0]
 * //=> 'SUM(CASE WHEN `opened` IS NOT NULL AND UNIX_MILLIS(`closed`) - UNIX_MILLIS(`opened`) >= 0 AND UNIX_MILLIS(`closed`) - UNIX_MILLIS(`opened`) <= 28800000 THEN 1 ELSE 0 END) AS clientele_onTime'
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

/**
 * The columns of a task table that `firstPassAccumulator().sql` reads:
 * names, quoted by the library, never SQL text. Only `completedAt` is
 * required; a column left out takes the task's default for every row
 * (no defects, not reworked) or checks nothing (`requestedAt`).
 *
 * @category Scoring
 */
export interface FirstPassSqlColumns {
  /** When the task was completed; NULL while it is open (counted in `open`, left out of the yield). */
  readonly completedAt: string;
  /**
   * When it was requested, as in the SLA SQL: a NULL here makes the row
   * missing (not a task), and a `completedAt` before it makes the task
   * invalid, as `TaskSchema` refuses it. Without it every row is a task and
   * `missing` is 0.
   */
  readonly requestedAt?: string;
  /** A numeric column of defects: NULL is 0 (the field is optional in a task); anything but a whole number from 0 to 2^53 − 1 is invalid. */
  readonly defects?: string;
  /** A BOOLEAN column: TRUE fails the task; NULL is FALSE (the field is optional in a task). */
  readonly reworked?: string;
}

/**
 * The {@link Accumulator} of {@link firstPassYield}, which can also write
 * its counting of tasks as SQL: `sql({ completedAt, defects, reworked,
 * requestedAt }, { dialect })` counts passed, completed and open tasks by
 * the rule of `firstPassYield` (a completed task passed when it has no
 * defect and was not reworked; an open one is left out of the yield), and
 * counts as invalid what `TaskSchema` refuses (defects that are negative,
 * not whole, NaN; a completion before the request), so that `read` throws
 * saying how many.
 *
 * @example
 * ```ts
 * import { firstPassAccumulator, firstPassYield } from 'clientele';
 *
 * const acc = firstPassAccumulator();
 * const { select, read } = acc.sql({ completedAt: 'closed', defects: 'defects', reworked: 'reworked' });
 * select.split(',\n')[0]
 * //=> 'SUM(CASE WHEN ("defects" IS NULL OR ("defects" BETWEEN 0 AND 9007199254740991 AND "defects" = FLOOR("defects"))) AND "closed" IS NOT NULL AND ("defects" IS NULL OR "defects" = 0) AND ("reworked" IS NULL OR NOT "reworked") THEN 1 ELSE 0 END) AS clientele_passed'
 *
 * // one row of `SELECT team, ${select} FROM tasks GROUP BY team`, as DuckDB returns it
 * const row = { team: 'it', clientele_passed: 2n, clientele_total: 3n, clientele_open: 1n, clientele_invalid: 0n, clientele_missing: 0n };
 * const task = { type: 'task', providerId: 'it', consumerId: 'sales', requestedAt: '2024-05-01T09:00:00Z' } as const;
 * const done = { ...task, completedAt: '2024-05-01T12:00:00Z' };
 * acc.result(read(row).state)
 * //=> firstPassYield([done, done, { ...done, reworked: true }, task])
 * read({ ...row, clientele_invalid: 1n })
 * //=> throws INVALID_INPUT
 * acc.sql({ completedAt: 'closed', defect: 'defects' } as never)
 * //=> throws INVALID_INPUT
 * ```
 *
 * @category Scoring
 */
export interface FirstPassAccumulator extends Accumulator<FirstPassState, Task, FirstPassYieldResult> {
  /**
   * The accumulator's counting of tasks as SQL.
   *
   * @param columns - the task table's column names (`completedAt` required)
   * @param options - `dialect` (default `'ansi'`)
   * @returns `{ select, read }`
   * @throws {ClienteleError} INVALID_INPUT at `['columns', key]` for a bad name or an unknown key; at `['options', key]` for a bad or unknown option
   */
  readonly sql: (columns: FirstPassSqlColumns, options?: SqlOptions) => SqlAggregate<FirstPassState>;
}

/**
 * The columns of a purchase table that `purchaseAccumulator().sql` reads:
 * names, quoted by the library, never SQL text.
 *
 * @category Scoring
 */
export interface PurchaseSqlColumns {
  /**
   * A numeric column (DOUBLE, DECIMAL or integer), read as the double a
   * JavaScript driver would give. NULL: the row is missing. Valid from 0 to
   * below 2^48 (about 2.8 × 10^14), and a whole multiple of 2^-80, which
   * every amount from 2^-28 (about 3.7 × 10^-9) up is.
   */
  readonly amount: string;
  /** The ISO 4217 code; put this column in your GROUP BY, since a state holds one currency. NULL is invalid. */
  readonly currency: string;
  /** A TIMESTAMP column: when the purchase was made (cast a DATE to a TIMESTAMP). NULL is invalid. */
  readonly at: string;
}

/**
 * Options of `purchaseAccumulator().sql`.
 *
 * @category Scoring
 */
export interface PurchaseSqlOptions {
  /** The engine the SQL is for: the same ones as the SLA SQL, which differ in how a timestamp becomes a number. */
  readonly dialect: SlaSqlDialect;
}

/**
 * The {@link Accumulator} of purchases, which can also write its counting
 * as SQL: `sql({ amount, currency, at }, { dialect })` gives per group the
 * count, the latest moment, the currency and the exact total of the
 * amounts, so that `result` is exactly (not nearly) what adding the same
 * purchases in JavaScript gives: 0.1 + 0.2 + 0.3 is 0.6.
 *
 * A warehouse's `SUM` of doubles rounds at every step, so the SQL does not
 * sum the amounts: it cuts each amount (as a double) into four whole
 * numbers below 2^32 and sums those, exactly, as integers; `read` puts the
 * total back together. That takes amounts from 0 to below 2^48 that are
 * whole multiples of 2^-80 (every amount from 2^-28 up); others are counted
 * as invalid. A state holds one currency: group by the currency column
 * (`read` refuses a group with two). A NULL amount is missing; a NULL
 * currency or moment is invalid. Moments are kept to the millisecond,
 * rounded down, as a date string's extra digits are.
 *
 * @example
 * ```ts
 * import { purchaseAccumulator } from 'clientele';
 *
 * const acc = purchaseAccumulator();
 * const { select, read } = acc.sql({ amount: 'amount', currency: 'currency', at: 'paid_at' }, { dialect: 'duckdb' });
 * select.split(',\n').length
 * //=> 10
 *
 * // one row of `SELECT customer_id, currency, ${select} FROM purchases GROUP BY customer_id, currency`,
 * // as DuckDB returns it. Each amount × 2^80 is cut into 32-bit pieces: 0.1 is 0x1999999999999A × 2^-56,
 * // so 0x1999_99999999_9A000000; 0.2 gives 0x3333_33333333_34000000; 0.3, 0x4CCC_CCCCCCCC_CC000000.
 * const row = {
 *   customer_id: 'b1', currency: 'EUR', clientele_count: 3n,
 *   clientele_sum0: 6878658560n, // 0x9A000000 + 0x34000000 + 0xCC000000
 *   clientele_sum1: 6871947672n, // 0x99999999 + 0x33333333 + 0xCCCCCCCC
 *   clientele_sum2: 39320n, // 0x1999 + 0x3333 + 0x4CCC
 *   clientele_sum3: 0n,
 *   clientele_last: 1717200000000000n, // 2024-06-01, in microseconds
 *   clientele_currencyMin: 'EUR', clientele_currencyMax: 'EUR', clientele_invalid: 0n, clientele_missing: 0n,
 * };
 * acc.result(read(row).state)
 * //=> { count: 3, amount: 0.6, currency: 'EUR', last: '2024-06-01T00:00:00.000Z' }
 * read({ ...row, clientele_currencyMax: 'USD' })
 * //=> throws INVALID_INPUT
 * ```
 *
 * @category Scoring
 */
export interface PurchaseAccumulator extends Accumulator<PurchaseState, Purchase, PurchaseResult> {
  /**
   * The accumulator's counting of purchases as SQL.
   *
   * @param columns - the purchase table's column names
   * @param options - `dialect` (required)
   * @returns `{ select, read }`
   * @throws {ClienteleError} INVALID_INPUT at `['columns', key]` for a bad name, a missing or unknown key; at `['options', key]` for a bad or unknown option
   */
  readonly sql: (columns: PurchaseSqlColumns, options: PurchaseSqlOptions) => SqlAggregate<PurchaseState>;
}
