/**
 * `firstPassAccumulator().sql` on DuckDB and Postgres: seeded random task
 * tables (open and completed tasks; defects NULL, 0 or more; reworked NULL,
 * TRUE or FALSE) give, per segment, exactly `firstPassYield` over that
 * segment's tasks, for every choice of optional columns. Which rows are
 * tasks at all, and which are invalid, is decided by `TaskSchema` on the
 * task each row stands for, not by the SQL's own rule: defects of -1, 1.5,
 * NaN, ±Infinity or 2^53 and a completion before the request are invalid,
 * and `read` throws with their number; a NULL `requestedAt` is missing.
 */
import { describe, expect, it } from 'vitest';
import { TaskSchema, type Task } from '../../src/observations/schemas.js';
import { firstPassAccumulator } from '../../src/scoring/firstPassAccumulator.js';
import { firstPassYield } from '../../src/scoring/firstPassYield.js';
import type { FirstPassSqlColumns } from '../../src/scoring/sqlAggregate.js';
import { ENGINES, engineFor, between, caught, load, seeded, type Cell } from './_engines.js';

const HOUR = 3_600_000;
const START = Date.parse('2024-03-01T00:00:00Z');
/** When a table has no requestedAt column, every task is taken as requested then (before every completion). */
const EARLY = '2000-01-01T00:00:00.000Z';

interface Row {
  segment: string;
  requested: number | null;
  completed: number | null;
  defects: number | null;
  reworked: boolean | null;
}

/** Seeded rows in segments a, b, c; with `dirty`, segment c also holds tasks TaskSchema refuses. */
function rows(seed: number, dirty: boolean): Row[] {
  const random = seeded(seed);
  const out: Row[] = [];
  for (const segment of ['a', 'b', 'c']) {
    const n = between(random, 20, 200);
    for (let i = 0; i < n; i += 1) {
      const requested = START + between(random, 0, 30 * 24) * HOUR + between(random, 0, HOUR - 1);
      // completed exactly at the request, later, or not yet
      const pick = random();
      const completed = pick < 0.1 ? requested : pick < 0.75 ? requested + between(random, 1, 72 * HOUR) : null;
      const d = random();
      const defects = d < 0.3 ? null : d < 0.65 ? 0 : d < 0.68 ? -0 : between(random, 1, 5);
      const w = random();
      const reworked = w < 0.4 ? null : w < 0.8 ? false : true;
      out.push({ segment, requested: random() < 0.04 ? null : requested, completed, defects, reworked });
    }
  }
  if (dirty) {
    const broken = (defects: number | null, completed: number | null = START + HOUR): Row => ({ segment: 'c', requested: START, completed, defects, reworked: null });
    out.push(
      broken(-1),
      broken(1.5),
      broken(NaN),
      broken(Infinity),
      broken(-Infinity),
      broken(2 ** 53),
      broken(0.5, null),
      // completed a millisecond before it was requested
      broken(null, START - 1),
    );
  }
  return out;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/** The task a row stands for, with only the fields the table's chosen columns give. */
function taskOf(row: Row, columns: FirstPassSqlColumns): Record<string, unknown> {
  return {
    type: 'task',
    providerId: 'it',
    consumerId: 'sales',
    requestedAt: columns.requestedAt === undefined ? EARLY : iso(row.requested!),
    ...(row.completed === null ? {} : { completedAt: iso(row.completed) }),
    ...(columns.defects === undefined || row.defects === null ? {} : { defects: row.defects }),
    ...(columns.reworked === undefined || row.reworked === null ? {} : { reworked: row.reworked }),
  };
}

/** JavaScript's view of one segment: TaskSchema decides what is a valid task. */
function expected(all: readonly Row[], segment: string, columns: FirstPassSqlColumns) {
  const mine = all.filter((row) => row.segment === segment);
  const present = columns.requestedAt === undefined ? mine : mine.filter((row) => row.requested !== null);
  const valid: Task[] = [];
  for (const row of present) {
    const parsed = TaskSchema.safeParse(taskOf(row, columns));
    if (parsed.success) valid.push(parsed.data);
  }
  return { valid, invalid: present.length - valid.length, missing: mine.length - present.length };
}

const COLUMNS: { name: string; columns: FirstPassSqlColumns }[] = [
  { name: 'every column', columns: { requestedAt: 'opened at', completedAt: 'closed', defects: 'defects', reworked: 'reworked' } },
  { name: 'completedAt only', columns: { completedAt: 'closed' } },
  { name: 'completedAt and reworked', columns: { completedAt: 'closed', reworked: 'reworked' } },
  { name: 'completedAt, defects and requestedAt', columns: { completedAt: 'closed', defects: 'defects', requestedAt: 'opened at' } },
];

const TABLE_COLUMNS = [
  ['segment', 'VARCHAR'],
  ['opened at', 'TIMESTAMP'],
  ['closed', 'TIMESTAMP'],
  ['defects', 'DOUBLE PRECISION'],
  ['reworked', 'BOOLEAN'],
] as const;

const moment = (ms: number | null): Cell => (ms === null ? null : iso(ms).replace('T', ' ').replace('Z', ''));
const cells = (row: Row): Cell[] => [row.segment, moment(row.requested), moment(row.completed), row.defects, row.reworked === null ? null : { sql: String(row.reworked).toUpperCase() }];

describe.each(ENGINES)('%s', (engineName, open) => {
  const engine = engineFor(engineName, open);
  const acc = firstPassAccumulator();

  describe.each(COLUMNS)('$name', ({ name, columns }) => {
    it.each([1, 2])('seed %i: per segment, exactly firstPassYield over the valid tasks', async (seed) => {
      const all = rows(seed * 104_729 + name.length, true);
      const table = `fp_${seed}_${name.replace(/\W+/g, '_')}`;
      await load(engine, table, TABLE_COLUMNS, all.map(cells));
      const { select, read } = acc.sql(columns);
      const result = await engine.query(`SELECT segment, ${select} FROM "${table}" GROUP BY segment ORDER BY segment`);
      expect(result.map((row) => row.segment)).toEqual(['a', 'b', 'c']);
      let merged = acc.empty();
      const clean: Task[] = [];
      let invalidSeen = 0;
      for (const row of result) {
        const want = expected(all, row.segment as string, columns);
        expect(Number(row.clientele_invalid), `${String(row.segment)} invalid`).toBe(want.invalid);
        if (want.invalid > 0) {
          invalidSeen += want.invalid;
          const error = caught(() => read(row));
          expect(error.issues.map((i) => i.path)).toEqual([['row', 'clientele_invalid']]);
          expect(error.issues[0]!.message).toContain(`${want.invalid} tasks are not valid`);
          continue;
        }
        const { state, missing } = read(row);
        expect(missing).toBe(want.missing);
        expect(Object.keys(state).sort()).toEqual(['open', 'passed', 'total']);
        expect(acc.result(state)).toEqual(firstPassYield(want.valid));
        merged = acc.merge(merged, JSON.parse(JSON.stringify(state)));
        clean.push(...want.valid);
      }
      // every refusal of TaskSchema is one the SQL sees, as far as the columns reach:
      // without defects or requestedAt columns nothing can be refused
      expect(invalidSeen > 0).toBe(columns.defects !== undefined || columns.requestedAt !== undefined);
      expect(acc.result(merged)).toEqual(firstPassYield(clean));
      // the tables exercise passed, failed (where a column can fail a task) and open tasks
      const { passed, total, open: opened } = acc.result(merged);
      expect(passed > 0 && opened > 0).toBe(true);
      expect(total > passed).toBe(columns.defects !== undefined || columns.reworked !== undefined);
    });
  });

  it('no rows at all read as an empty state; a group of rows with no requestedAt is all missing', async () => {
    await load(engine, 'fp_small', TABLE_COLUMNS, [
      ['x', null, null, 1, null],
      ['x', null, moment(START), null, { sql: 'TRUE' }],
    ]);
    const { select, read } = acc.sql(COLUMNS[0]!.columns);
    const [none] = await engine.query(`SELECT ${select} FROM fp_small WHERE segment = 'nobody'`);
    expect(read(none!)).toEqual({ state: acc.empty(), missing: 0 });
    const [row] = await engine.query(`SELECT ${select} FROM fp_small`);
    expect(read(row!)).toEqual({ state: { passed: 0, total: 0, open: 0 }, missing: 2 });
  });

  it('integer defects columns give the same counts', async () => {
    // completed: passed (NULL defects, not reworked), failed (2 defects), failed (reworked); one open
    await load(engine, 'fp_int', [['closed', 'TIMESTAMP'], ['defects', 'INTEGER'], ['reworked', 'BOOLEAN']], [
      [moment(START), null, { sql: 'FALSE' }],
      [moment(START), 2, null],
      [moment(START), 0, { sql: 'TRUE' }],
      [null, 0, null],
    ]);
    const { select, read } = acc.sql({ completedAt: 'closed', defects: 'defects', reworked: 'reworked' });
    const [row] = await engine.query(`SELECT ${select} FROM fp_int`);
    expect(read(row!).state).toEqual({ passed: 1, total: 3, open: 1 });
  });

  it('a hostile column name is read as a column and changes nothing', async () => {
    const hostile = 'closed "; DROP TABLE tasks; --';
    await load(engine, 'tasks', [['segment', 'VARCHAR'], [hostile, 'TIMESTAMP'], ['defects', 'INTEGER']], [
      ['a', moment(START), 0],
      ['a', moment(START), 1],
      ['a', null, null],
    ]);
    const { select, read } = acc.sql({ completedAt: hostile, defects: 'defects' });
    const [row] = await engine.query(`SELECT ${select} FROM tasks GROUP BY segment`);
    expect(read(row!)).toEqual({ state: { passed: 1, total: 2, open: 1 }, missing: 0 });
    const [count] = await engine.query('SELECT COUNT(*) AS n FROM tasks');
    expect(Number(count!.n)).toBe(3);
  });
});

describe('firstPassAccumulator().sql without an engine', () => {
  const acc = firstPassAccumulator();
  const paths = (run: () => unknown) => caught(run).issues.map((i) => i.path);

  it('rejects unknown and missing column keys, bad names and options, every problem at once', () => {
    expect(paths(() => acc.sql({ completedAt: 'closed', defect: 'defects' } as never))).toEqual([['columns', 'defect']]);
    expect(paths(() => acc.sql({ defects: 'defects' } as never))).toEqual([['columns', 'completedAt']]);
    expect(paths(() => acc.sql({ completedAt: '', reworked: 'a\u0000b' }, { dialect: 'mysql' as never }))).toEqual([
      ['options', 'dialect'],
      ['columns', 'completedAt'],
      ['columns', 'reworked'],
    ]);
    expect(paths(() => acc.sql({ completedAt: 'closed' }, { dialect: 'ansi', asOf: 1 } as never))).toEqual([['options', 'asOf']]);
    expect(paths(() => acc.sql('closed' as never))).toEqual([['columns']]);
  });

  it('quotes each name for its dialect', () => {
    const columns = { completedAt: 'done `at` "x"', reworked: 'r' };
    expect(acc.sql(columns).select).toContain('"done `at` ""x"""');
    expect(acc.sql(columns, { dialect: 'spark' }).select).toContain('`done ``at`` "x"`');
    expect(acc.sql(columns, { dialect: 'bigquery' }).select).toContain('`done \\`at\\` "x"`');
  });

  it('reads keys in any case, numbers, bigints and strings, and refuses rows the select cannot make', () => {
    const { read } = acc.sql({ completedAt: 'closed', requestedAt: 'opened' });
    const want = { state: { passed: 5, total: 7, open: 2 }, missing: 1 };
    expect(read({ CLIENTELE_PASSED: 5, CLIENTELE_TOTAL: '7', CLIENTELE_OPEN: 2n, CLIENTELE_INVALID: '0', CLIENTELE_MISSING: 1 })).toEqual(want);
    const row = { clientele_passed: 5, clientele_total: 7, clientele_open: 2, clientele_invalid: 0, clientele_missing: 1 };
    expect(read(row)).toEqual(want);
    expect(paths(() => read({ ...row, clientele_passed: 8 }))).toEqual([['row', 'clientele_passed']]);
    expect(paths(() => read({ ...row, clientele_open: -1 }))).toEqual([['row', 'clientele_open']]);
    expect(paths(() => read({ ...row, clientele_total: null }))).toEqual([['row', 'clientele_total']]);
    expect(paths(() => read({ ...row, clientele_total: 7.5 }))).toEqual([['row', 'clientele_total']]);
    const { clientele_open: _open, ...partial } = row;
    expect(paths(() => read(partial))).toEqual([['row', 'clientele_open']]);
    // one invalid task, in the singular, with what a NULL means
    expect(caught(() => read({ ...row, clientele_invalid: 1 })).issues[0]!.message).toBe(
      '1 task is not valid (each needs no completedAt before its requestedAt): fix or filter them in SQL (a NULL requestedAt is read as missing; a NULL completedAt is an open task)',
    );
  });
});
