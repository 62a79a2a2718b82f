// Scores where the data lives: the warehouse counts, the library does the rest.
//
//   node examples/warehouse.mjs
//
// Needs DuckDB's Node client besides clientele. A clone of the repository has
// it (a devDependency); elsewhere install the same version first:
//   npm install -E @duckdb/node-api@1.5.6-r.1
//
// An embedded DuckDB stands in for the warehouse. npsAccumulator().sql()
// writes the aggregate expressions; we put them in our own GROUP BY (segment
// and week), and read() turns each result row into a state: its score, its
// interval, and, merged, the company's score, with no second query.
import { DuckDBInstance } from '@duckdb/node-api';
import { firstPassAccumulator, npsAccumulator, npsInterval, purchaseAccumulator } from 'clientele';

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

// Tasks: first-pass yield per team. A NULL defects or reworked is "none"; a NULL closed is an open task.
await db.run(`CREATE TABLE tasks (team VARCHAR, opened TIMESTAMP, closed TIMESTAMP, defects INTEGER, reworked BOOLEAN)`);
await db.run(`INSERT INTO tasks VALUES
  ('hr', '2026-01-05 09:00', '2026-01-05 11:00', 0, TRUE), ('hr', '2026-01-06 09:00', '2026-01-06 10:00', 0, FALSE),
  ('it', '2026-01-05 09:00', '2026-01-05 12:00', 0, FALSE), ('it', '2026-01-05 10:00', '2026-01-06 10:00', 2, FALSE),
  ('it', '2026-01-06 09:00', '2026-01-06 09:30', NULL, NULL), ('it', '2026-01-07 09:00', NULL, NULL, NULL)`);
const tasks = firstPassAccumulator();
const fp = tasks.sql({ requestedAt: 'opened', completedAt: 'closed', defects: 'defects', reworked: 'reworked' });
const byTeam = await db.runAndReadAll(`SELECT team, ${fp.select} FROM tasks GROUP BY team ORDER BY team`);
for (const row of byTeam.getRowObjects()) {
  const { score, passed, total, open } = tasks.result(fp.read(row).state);
  console.log(`${row.team}  first pass ${score === null ? '-' : `${score.toFixed(1)}%`} (${passed}/${total}), open ${open}`);
}

// Purchases: exact totals per customer and currency (a state holds one currency, so it is in the GROUP BY).
await db.run(`CREATE TABLE purchases (customer_id VARCHAR, currency VARCHAR, amount DOUBLE, paid_at TIMESTAMP)`);
await db.run(`INSERT INTO purchases VALUES
  ('b1', 'EUR', 0.1, '2026-01-03 10:00'), ('b1', 'EUR', 0.2, '2026-01-10 10:00'), ('b1', 'EUR', 0.3, '2026-02-01 08:30'),
  ('b2', 'EUR', 19.99, '2026-01-15 12:00'), ('b2', 'VND', 250000, '2026-01-20 18:00'), ('b2', 'VND', NULL, '2026-01-21 18:00')`);
const shop = purchaseAccumulator();
const pq = shop.sql({ amount: 'amount', currency: 'currency', at: 'paid_at' }, { dialect: 'duckdb' });
const byCustomer = await db.runAndReadAll(`
  SELECT customer_id, currency, ${pq.select}
  FROM purchases
  GROUP BY customer_id, currency
  ORDER BY customer_id, currency`);
for (const row of byCustomer.getRowObjects()) {
  const { state, missing } = pq.read(row);
  const { count, amount, currency, last } = shop.result(state);
  console.log(`${row.customer_id}  ${amount} ${currency} in ${count} purchase${count === 1 ? '' : 's'}, last ${last}  missing ${missing}`);
}
db.closeSync();
instance.closeSync();
