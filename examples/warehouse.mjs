// Scores where the data lives: the warehouse counts, the library does the rest.
//
//   node examples/warehouse.mjs
//
// An embedded DuckDB stands in for the warehouse. npsAccumulator().sql()
// writes the aggregate expressions; we put them in our own GROUP BY (segment
// and week), and read() turns each result row into a state: its score, its
// interval, and, merged, the company's score, with no second query.
import { DuckDBInstance } from '@duckdb/node-api';
import { npsAccumulator, npsInterval } from 'clientele';

const instance = await DuckDBInstance.create(':memory:');
const db = await instance.connect();
await db.run(`CREATE TABLE answers (segment VARCHAR, week VARCHAR, score INTEGER)`);
await db.run(`INSERT INTO answers VALUES
  ('north', '2026-W01', 10), ('north', '2026-W01', 9), ('north', '2026-W01', 9),
  ('north', '2026-W01', 7), ('north', '2026-W01', 3), ('north', '2026-W01', NULL),
  ('north', '2026-W02', 10), ('north', '2026-W02', 8), ('north', '2026-W02', 6), ('north', '2026-W02', 6),
  ('south', '2026-W01', 10), ('south', '2026-W01', 10), ('south', '2026-W01', 9), ('south', '2026-W01', 8),
  ('south', '2026-W02', 2), ('south', '2026-W02', 9), ('south', '2026-W02', 7)`);

const acc = npsAccumulator();
const { select, read } = acc.sql('score');
const reader = await db.runAndReadAll(`
  SELECT segment, week, ${select}
  FROM answers
  GROUP BY segment, week
  ORDER BY segment, week`);

let company = acc.empty();
for (const row of reader.getRowObjects()) {
  // DuckDB returns the sums as bigints; read() takes them as they come
  const { state, missing } = read(row);
  const interval = npsInterval(state);
  const range = interval === null ? '' : `  [${Math.round(interval.low)}, ${Math.round(interval.high)}]`;
  console.log(`${row.segment} ${row.week}  nps ${acc.result(state).score}${range}  missing ${missing}`);
  company = acc.merge(company, state);
}
console.log(`company  nps ${acc.result(company).score}  from ${acc.result(company).total} answers`);

// A bad answer is counted by the SQL, and read() refuses the group.
await db.run(`INSERT INTO answers VALUES ('south', '2026-W02', 11)`);
const again = await db.runAndReadAll(`SELECT ${select} FROM answers WHERE segment = 'south' AND week = '2026-W02'`);
try {
  read(again.getRowObjects()[0]);
} catch (error) {
  console.log(`refused: ${error.issues[0].message}`);
}

// A column name is quoted, never pasted into the SQL.
console.log(acc.sql('score"; DROP TABLE answers; --').select.split(',\n')[0]);
db.closeSync();
instance.closeSync();
