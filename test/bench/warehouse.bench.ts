/**
 * Warehouse SQL benchmark (not a vitest test). Run with
 *   npm run bench -- warehouse
 *
 * On embedded DuckDB, over 10,000,000 rows in 100 segments (about 5% NULL
 * answers), times the SQL that `npsAccumulator().sql`, `csatAccumulator().sql`
 * and `cesAccumulator().sql` write, grouped by segment, against a hand-written
 * `COUNT(*) FILTER (WHERE …)` query for the same figures (for CES, `SUM`
 * and `COUNT(*)` each `FILTER`ed to the valid range), in alternating rounds
 * of the same run (target: at most 3×); CES is also timed, for the record,
 * against plain `SUM`/`COUNT` that check nothing. The generated SQL also
 * counts invalid answers and NULLs and checks that answers are whole; the
 * hand-written query trusts the data. Every group's state is checked
 * against the hand-written counts before any time is reported.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { cesAccumulator } from '../../src/scoring/cesAccumulator.js';
import { csatAccumulator } from '../../src/scoring/csatAccumulator.js';
import { npsAccumulator } from '../../src/scoring/npsAccumulator.js';
import { median } from './_measure.js';

const ROWS = 10_000_000;
const RUNS = 7;

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const query = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjects();

// hash() is DuckDB's deterministic 64-bit hash: the same table on every run
await connection.run(`
  CREATE TABLE answers AS
  SELECT
    CAST(i % 100 AS INTEGER) AS segment,
    CASE WHEN hash(i, 1) % 20 = 0 THEN NULL ELSE CAST(hash(i, 2) % 11 AS INTEGER) END AS nps,
    CASE WHEN hash(i, 3) % 20 = 0 THEN NULL ELSE CAST(1 + hash(i, 4) % 5 AS INTEGER) END AS csat,
    CASE WHEN hash(i, 5) % 20 = 0 THEN NULL ELSE CAST(1 + hash(i, 6) % 7 AS INTEGER) END AS ces
  FROM range(${ROWS}) AS t(i)
`);

async function once(sql: string): Promise<number> {
  const start = process.hrtime.bigint();
  await query(sql);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function versus(baseline: string, run: string): Promise<{ base: number; ms: number; ratio: number }> {
  for (let i = 0; i < 2; i += 1) {
    await once(baseline);
    await once(run);
  }
  const bases: number[] = [];
  const times: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const b = await once(baseline);
    const t = await once(run);
    bases.push(b);
    times.push(t);
    ratios.push(t / b);
  }
  return { base: median(bases), ms: median(times), ratio: median(ratios) };
}

function check(name: string, actual: unknown, expected: unknown): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${name}: ${JSON.stringify(actual)} is not ${JSON.stringify(expected)}`);
  }
}

const CASES = [
  {
    name: 'NPS',
    acc: npsAccumulator(),
    column: 'nps',
    hand: `COUNT(*) FILTER (WHERE nps >= 9) AS a, COUNT(*) FILTER (WHERE nps BETWEEN 7 AND 8) AS b, COUNT(*) FILTER (WHERE nps <= 6) AS c`,
    state: (row: Record<string, unknown>) => ({ promoters: Number(row.a), passives: Number(row.b), detractors: Number(row.c) }),
  },
  {
    name: 'CSAT',
    acc: csatAccumulator(),
    column: 'csat',
    hand: `COUNT(*) FILTER (WHERE csat >= 4) AS a, COUNT(csat) AS b`,
    state: (row: Record<string, unknown>) => ({ scale: 5, threshold: 4, satisfied: Number(row.a), total: Number(row.b) }),
  },
  {
    name: 'CES',
    acc: cesAccumulator(),
    column: 'ces',
    // the same figures, over the valid range, written with FILTER
    hand: `SUM(ces) FILTER (WHERE ces BETWEEN 1 AND 7) AS a, SUM(ces * ces) FILTER (WHERE ces BETWEEN 1 AND 7) AS b, COUNT(*) FILTER (WHERE ces BETWEEN 1 AND 7) AS c`,
    state: (row: Record<string, unknown>) => ({ scale: 7, sum: Number(row.a), sumSquares: Number(row.b), total: Number(row.c) }),
  },
] as const;

const rows: { operation: string; ms: number; ratio: number | null; target: string; pass: string }[] = [];
for (const kase of CASES) {
  const { select, read } = kase.acc.sql(kase.column);
  const generated = `SELECT segment, ${select} FROM answers GROUP BY segment ORDER BY segment`;
  const hand = `SELECT segment, ${kase.hand} FROM answers GROUP BY segment ORDER BY segment`;
  const fromSql = (await query(generated)).map((row) => (read as (r: Record<string, unknown>) => { state: unknown }) (row).state);
  const fromHand = (await query(hand)).map((row) => kase.state(row as Record<string, unknown>));
  check(kase.name, fromSql, fromHand);
  const result = await versus(hand, generated);
  rows.push({ operation: `${kase.name}, hand-written COUNT(*) FILTER, ${ROWS.toLocaleString('en')} rows, 100 groups`, ms: result.base, ratio: 1, target: 'baseline', pass: '' });
  rows.push({
    operation: `${kase.name}, generated sql(), same rows and groups`,
    ms: result.ms,
    ratio: result.ratio,
    target: '≤ 3×',
    pass: result.ratio <= 3 ? 'pass' : 'FAIL',
  });
}

// Reported, no target: CES against plain sums that check nothing at all
{
  const { select } = cesAccumulator().sql('ces');
  const result = await versus(
    'SELECT segment, SUM(ces), SUM(ces * ces), COUNT(ces) FROM answers GROUP BY segment ORDER BY segment',
    `SELECT segment, ${select} FROM answers GROUP BY segment ORDER BY segment`,
  );
  rows.push({ operation: `CES, plain SUM/COUNT checking nothing, ${ROWS.toLocaleString('en')} rows`, ms: result.base, ratio: 1, target: 'baseline', pass: '' });
  rows.push({ operation: 'CES, generated sql(), against those plain sums', ms: result.ms, ratio: result.ratio, target: 'reported', pass: '' });
}

console.log('| operation | ms (median) | ratio to hand-written (median of alternating rounds) | target | result |');
console.log('|---|---:|---:|---|---|');
for (const row of rows) {
  console.log(`| ${row.operation} | ${row.ms.toFixed(1)} | ${row.ratio === null ? '' : `${row.ratio.toFixed(2)}×`} | ${row.target} | ${row.pass} |`);
}
console.log('\n(every group checked against the hand-written counts)');
connection.closeSync();
instance.closeSync();
if (rows.some((row) => row.pass === 'FAIL')) process.exitCode = 1;
