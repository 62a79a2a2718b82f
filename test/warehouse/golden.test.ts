/**
 * The SQL for the engines this suite cannot run (BigQuery, Snowflake, Spark)
 * is checked as text: each golden file under test/warehouse/golden/ holds
 * the generated `select`, headed by why it differs from the text that runs
 * on DuckDB and Postgres (test/warehouse/columns.test.ts, sla.test.ts).
 * None of these texts has been run on a live BigQuery, Snowflake or Spark.
 * `UPDATE_GOLDEN=1 npx vitest run test/warehouse/golden.test.ts` rewrites the
 * files; review the diff before keeping it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cesAccumulator } from '../../src/scoring/cesAccumulator.js';
import { csatAccumulator } from '../../src/scoring/csatAccumulator.js';
import { firstPassAccumulator } from '../../src/scoring/firstPassAccumulator.js';
import { purchaseAccumulator } from '../../src/scoring/purchaseAccumulator.js';
import { meanAccumulator } from '../../src/scoring/meanAccumulator.js';
import { npsAccumulator } from '../../src/scoring/npsAccumulator.js';
import { slaAccumulator } from '../../src/scoring/slaAccumulator.js';

/** A column name with both kinds of quote, to show each dialect's escaping. */
const COLUMN = 'score "a" `b`';
const TASKS = { requestedAt: 'requested_at', completedAt: 'completed_at', slaHours: 'sla_hours' };
const sla = slaAccumulator({ slaHours: 8, asOf: '2024-05-02T00:00:00Z' });
const FIRST_PASS = { requestedAt: 'requested_at', completedAt: 'completed_at', defects: 'defects', reworked: 'reworked' };
const PURCHASES = { amount: 'amount', currency: 'currency', at: 'paid_at' };
const purchases = purchaseAccumulator();

const GOLDEN: { file: string; why: string[]; text: () => string }[] = [
  {
    file: 'nps.ansi.sql',
    why: [
      'Snowflake and Trino take the ANSI text, the one run on DuckDB and Postgres:',
      'identifiers in double quotes, an embedded " doubled.',
    ],
    text: () => npsAccumulator().sql(COLUMN).select,
  },
  {
    file: 'nps.bigquery.sql',
    why: [
      'BigQuery: identifiers in back-quotes, which take the escapes of string literals',
      '(GoogleSQL lexical structure, quoted identifiers): a back-quote is \\`, a backslash \\\\;',
      'a double quote is an ordinary character. Otherwise the ANSI text.',
    ],
    text: () => npsAccumulator().sql(COLUMN, { dialect: 'bigquery' }).select,
  },
  {
    file: 'nps.spark.sql',
    why: [
      'Spark SQL: identifiers in back-quotes, an embedded back-quote doubled',
      '(Spark SQL reference, identifiers). Otherwise the ANSI text.',
    ],
    text: () => npsAccumulator().sql(COLUMN, { dialect: 'spark' }).select,
  },
  {
    file: 'csat.spark.sql',
    why: ['Spark SQL, a 7-point CSAT satisfied from 6: back-quoted identifiers; otherwise the ANSI text.'],
    text: () => csatAccumulator({ scale: 7, threshold: 6 }).sql(COLUMN, { dialect: 'spark' }).select,
  },
  {
    file: 'ces.bigquery.sql',
    why: [
      'BigQuery: back-quoted identifiers, and ratings cast to INT64 (BigQuery\'s name for',
      'the 64-bit integer) rather than INTEGER before they are summed.',
    ],
    text: () => cesAccumulator().sql(COLUMN, { dialect: 'bigquery' }).select,
  },
  {
    file: 'mean.bigquery.sql',
    why: [
      'BigQuery: back-quoted identifiers; values and squares cast to INT64. A SUM of INT64',
      'that overflows fails the query (it does not wrap), so an exact answer or an error.',
    ],
    text: () => meanAccumulator().sql(COLUMN, { dialect: 'bigquery' }).select,
  },
  {
    file: 'mean.spark.sql',
    why: [
      'Spark SQL: back-quoted identifiers; squares as DECIMAL(38, 0), since a SUM of BIGINT',
      'wraps around silently outside ANSI mode, while a DECIMAL sum that overflows gives',
      'NULL, which read() refuses.',
    ],
    text: () => meanAccumulator().sql(COLUMN, { dialect: 'spark' }).select,
  },
  {
    file: 'sla.bigquery.sql',
    why: [
      'BigQuery: UNIX_MILLIS(timestamp) for the epoch in milliseconds, rounded down as',
      'JavaScript reads them (TIMESTAMP columns; a DATETIME would need TIMESTAMP(datetime)',
      'first); back-quoted identifiers.',
    ],
    text: () => sla.sql(TASKS, { dialect: 'bigquery' }).select,
  },
  {
    file: 'sla.snowflake.sql',
    why: [
      'Snowflake: FLOOR(DATE_PART(EPOCH_MICROSECOND, timestamp) / 1000), exact NUMBER arithmetic,',
      'for the epoch in milliseconds rounded down;',
      'double-quoted identifiers as in ANSI (Snowflake folds unquoted aliases to upper case,',
      'which read() accepts).',
    ],
    text: () => sla.sql(TASKS, { dialect: 'snowflake' }).select,
  },
  {
    file: 'sla.spark.sql',
    why: ['Spark SQL (3.1+): UNIX_MILLIS(timestamp) for the epoch in milliseconds, rounded down; back-quoted identifiers.'],
    text: () => sla.sql(TASKS, { dialect: 'spark' }).select,
  },
  {
    file: 'firstPass.bigquery.sql',
    why: [
      'BigQuery: back-quoted identifiers; otherwise the ANSI text run on DuckDB and Postgres',
      '(timestamps compared with >=, a BOOL column tested with NOT: both GoogleSQL).',
    ],
    text: () => firstPassAccumulator().sql(FIRST_PASS, { dialect: 'bigquery' }).select,
  },
  {
    file: 'firstPass.spark.sql',
    why: [
      'Spark SQL: back-quoted identifiers; otherwise the ANSI text. FLOOR returns a BIGINT',
      'on Spark, which holds every defect count the range test lets through (up to 2^53 − 1).',
    ],
    text: () => firstPassAccumulator().sql(FIRST_PASS, { dialect: 'spark' }).select,
  },
  {
    file: 'purchase.bigquery.sql',
    why: [
      'BigQuery: amounts cast to FLOAT64 (its double) and the 32-bit pieces to INT64 before',
      'they are summed (an INT64 sum that overflows fails the query); UNIX_MICROS(timestamp)',
      'for the moment (a DATE or DATETIME needs TIMESTAMP(…) first); back-quoted identifiers.',
    ],
    text: () => purchases.sql(PURCHASES, { dialect: 'bigquery' }).select,
  },
  {
    file: 'purchase.snowflake.sql',
    why: [
      'Snowflake: DATE_PART(EPOCH_MICROSECOND, timestamp) for the moment; otherwise the text',
      'run on DuckDB (DOUBLE, BIGINT and FLOOR of a FLOAT are Snowflake types and functions too).',
    ],
    text: () => purchases.sql(PURCHASES, { dialect: 'snowflake' }).select,
  },
  {
    file: 'purchase.spark.sql',
    why: [
      'Spark SQL: FLOOR of a DOUBLE returns a BIGINT, which saturates past 2^63, so each FLOOR',
      'of an amount scaled up to 2^128 is written CASE WHEN v < 2^52 THEN FLOOR(v) ELSE v END',
      '(a double from 2^52 up is whole already); pieces summed as DECIMAL(38, 0), since a BIGINT',
      'sum wraps silently outside ANSI mode; UNIX_MICROS (3.1+); back-quoted identifiers.',
    ],
    text: () => purchases.sql(PURCHASES, { dialect: 'spark' }).select,
  },
];

const folder = new URL('./golden/', import.meta.url);

function render(entry: (typeof GOLDEN)[number]): string {
  const header = [...entry.why, 'Not run on a live engine: checked as text only.'].map((line) => `-- ${line}`).join('\n');
  return `${header}\n${entry.text()}\n`;
}

describe('golden SQL for the engines not run here', () => {
  it.each(GOLDEN)('$file', (entry) => {
    const path = new URL(entry.file, folder);
    const text = render(entry);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, text);
    expect(text).toBe(readFileSync(path, 'utf8'));
  });

  it('the differences are only the ones the headers give', () => {
    // the BigQuery and Spark column texts are the ANSI text with the identifier re-quoted
    const ansi = npsAccumulator().sql(COLUMN).select;
    expect(npsAccumulator().sql(COLUMN, { dialect: 'spark' }).select).toBe(ansi.replaceAll('"score ""a"" `b`"', '`score "a" ``b```'));
    expect(npsAccumulator().sql(COLUMN, { dialect: 'bigquery' }).select).toBe(ansi.replaceAll('"score ""a"" `b`"', '`score "a" \\`b\\``'));
    // the SLA texts differ from DuckDB's only in the epoch function and the quoting
    const duck = sla.sql(TASKS, { dialect: 'duckdb' }).select;
    const snow = sla.sql(TASKS, { dialect: 'snowflake' }).select;
    // DuckDB's milliseconds: epoch_ms, moved down one for an instant before 1970 between two milliseconds
    const duckMillis = /\(epoch_ms\(("[a-z_]+")\) - CASE WHEN epoch_us\(\1\) % 1000 < 0 THEN 1 ELSE 0 END\)/g;
    expect(snow).toBe(duck.replace(duckMillis, 'FLOOR(DATE_PART(EPOCH_MICROSECOND, $1) / 1000)'));
    const spark = sla.sql(TASKS, { dialect: 'spark' }).select;
    expect(spark).toBe(duck.replace(duckMillis, 'UNIX_MILLIS($1)').replace(/"([a-z_]+)"/g, '`$1`'));
    // the first-pass texts are the ANSI text re-quoted
    const firstPass = firstPassAccumulator().sql(FIRST_PASS).select;
    const backQuoted = firstPass.replace(/"([a-z_]+)"/g, '`$1`');
    expect(firstPassAccumulator().sql(FIRST_PASS, { dialect: 'spark' }).select).toBe(backQuoted);
    expect(firstPassAccumulator().sql(FIRST_PASS, { dialect: 'bigquery' }).select).toBe(backQuoted);
    // the purchase texts differ from DuckDB's in the epoch function, the types, Spark's FLOOR and the quoting
    const bought = purchases.sql(PURCHASES, { dialect: 'duckdb' }).select;
    expect(purchases.sql(PURCHASES, { dialect: 'snowflake' }).select).toBe(bought.replace('epoch_us("paid_at")', 'DATE_PART(EPOCH_MICROSECOND, "paid_at")'));
    const bigquery = bought.replaceAll('AS DOUBLE)', 'AS FLOAT64)').replaceAll('AS BIGINT)', 'AS INT64)').replace('epoch_us("paid_at")', 'UNIX_MICROS("paid_at")');
    expect(purchases.sql(PURCHASES, { dialect: 'bigquery' }).select).toBe(bigquery.replace(/"([a-z_]+)"/g, '`$1`'));
    const sparkFloor = (text: string): string => text.replace(/FLOOR\(([^()]*(?:\([^()]*\)[^()]*)*)\)/g, 'CASE WHEN $1 < 4503599627370496 THEN FLOOR($1) ELSE $1 END');
    const sparkText = sparkFloor(bought.replaceAll('AS BIGINT)', 'AS DECIMAL(38, 0))').replace('epoch_us("paid_at")', 'UNIX_MICROS("paid_at")'));
    expect(purchases.sql(PURCHASES, { dialect: 'spark' }).select).toBe(sparkText.replace(/"([a-z_]+)"/g, '`$1`'));
  });
});
