/**
 * `slaAccumulator().sql` on DuckDB and Postgres: seeded random task tables
 * (tasks finishing exactly at, one millisecond before and after their
 * deadline; open tasks either side of `asOf`; NULL targets taking the
 * default) give, per segment, exactly the counts of `slaAttainment` over that
 * segment's valid tasks; rows with a NULL `requestedAt` are missing and
 * broken tasks (a target of 0, -1, NaN or NULL with no default; completed
 * before requested) are counted as invalid.
 */
import { describe, expect, it } from 'vitest';
import { slaAccumulator } from '../../src/scoring/slaAccumulator.js';
import { slaAttainment, type SlaOptions, type SlaTask } from '../../src/scoring/slaAttainment.js';
import { ENGINES, engineFor, between, caught, load, seeded, type Cell } from './_engines.js';

const HOUR = 3_600_000;
const START = Date.parse('2024-03-01T00:00:00Z');
// 1.17 h and 18.9 h round differently as µs (4,211,999,999.9999995 and 68,039,999,999.99999) than as ms (4,212,000 and 68,040,000)
const TARGETS = [0.5, 1, 8, 24, 1.25, 0.1, 36, 1.17, 18.9];

interface Task {
  segment: string;
  requested: number | null;
  completed: number | null;
  hours: number | null;
}

function tasks(seed: number, withBroken: boolean, nullTargets: boolean): Task[] {
  const random = seeded(seed);
  const out: Task[] = [];
  for (const segment of ['a', 'b', 'c']) {
    const n = between(random, 0, 150);
    for (let i = 0; i < n; i += 1) {
      const requested = START + between(random, 0, 20 * 24) * HOUR + between(random, 0, HOUR - 1);
      const hours = nullTargets && random() < 0.2 ? null : TARGETS[between(random, 0, TARGETS.length - 1)]!;
      const span = Math.round((hours ?? 8) * HOUR);
      const pick = random();
      // exactly at the deadline, a millisecond either side, anywhere, or open
      const completed =
        pick < 0.15 ? requested + span : pick < 0.25 ? requested + span - 1 : pick < 0.35 ? requested + span + 1 : pick < 0.7 ? requested + between(random, 0, 3 * span) : null;
      out.push({ segment, requested, completed, hours });
    }
  }
  out.push({ segment: 'a', requested: null, completed: null, hours: 8 }, { segment: 'b', requested: null, completed: START, hours: null });
  if (withBroken) {
    out.push(
      { segment: 'c', requested: START, completed: START - 1, hours: 8 },
      { segment: 'c', requested: START, completed: null, hours: 0 },
      { segment: 'c', requested: START, completed: null, hours: -1 },
      { segment: 'c', requested: START, completed: START + 1, hours: NaN },
      // no target and no default: invalid unless the accumulator has a default
      { segment: 'c', requested: START, completed: START + 1, hours: null },
    );
  }
  return out;
}

const iso = (ms: number | null): Cell => (ms === null ? null : new Date(ms).toISOString());

/** JavaScript's view of one segment: the tasks slaAttainment takes, and how many it would refuse. */
function expected(all: readonly Task[], segment: string, fallback: number | null) {
  const rows = all.filter((task) => task.segment === segment);
  const present = rows.filter((task) => task.requested !== null);
  const ok = (task: Task): boolean => {
    const hours = task.hours ?? fallback;
    return hours !== null && Number.isFinite(hours) && hours > 0 && (task.completed === null || task.completed >= task.requested!);
  };
  const valid: SlaTask[] = present.filter(ok).map((task) => ({
    requestedAt: new Date(task.requested!).toISOString(),
    ...(task.completed === null ? {} : { completedAt: new Date(task.completed).toISOString() }),
    ...(task.hours === null ? {} : { slaHours: task.hours }),
  }));
  return { valid, invalid: present.length - valid.length, missing: rows.length - present.length };
}

const SETTINGS: { name: string; options: SlaOptions; hoursColumn: boolean }[] = [
  { name: 'default 8 h, target column, asOf', options: { slaHours: 8, asOf: '2024-03-12T06:30:00Z' }, hoursColumn: true },
  { name: 'target column only, no asOf', options: {}, hoursColumn: true },
  { name: 'default 0.1 h only, asOf', options: { slaHours: 0.1, asOf: '2024-03-20T00:00:00.001Z' }, hoursColumn: false },
];

describe.each(ENGINES)('%s', (engineName, open) => {
  const engine = engineFor(engineName, open);
  const dialect = engineName;

  describe.each(SETTINGS)('$name', ({ name, options, hoursColumn }) => {
    it.each(['TIMESTAMPTZ', 'TIMESTAMP'])('%s columns: per segment, exactly slaAttainment over the valid tasks', async (type) => {
      const fallback = options.slaHours ?? null;
      // without a target column every task takes the default
      const all = tasks(name.length * 31 + type.length, hoursColumn, fallback !== null).map((task) => (hoursColumn ? task : { ...task, hours: null }));
      const table = `tasks_${name.replace(/\W+/g, '_')}_${type}`;
      // a TIMESTAMP (no zone) holds the UTC wall-clock time
      const moment = (ms: number | null): Cell => (type === 'TIMESTAMP' && ms !== null ? iso(ms)!.toString().replace('T', ' ').replace('Z', '') : iso(ms));
      await load(
        engine,
        table,
        [['segment', 'VARCHAR'], ['opened at', type], ['closed', type], ['target', 'DOUBLE PRECISION']],
        all.map((task) => [task.segment, moment(task.requested), moment(task.completed), task.hours]),
      );
      const acc = slaAccumulator(options);
      const { select, read } = acc.sql(
        { requestedAt: 'opened at', completedAt: 'closed', ...(hoursColumn ? { slaHours: 'target' } : {}) },
        { dialect },
      );
      const rows = await engine.query(`SELECT segment, ${select} FROM "${table}" GROUP BY segment ORDER BY segment`);
      expect(rows.map((row) => row.segment)).toEqual(['a', 'b', 'c']);
      const seen = { onTime: 0, late: 0, open: 0 };
      for (const row of rows) {
        const want = expected(all, row.segment as string, fallback);
        expect(Number(row.clientele_invalid), `${String(row.segment)} invalid`).toBe(want.invalid);
        if (want.invalid > 0) {
          expect(caught(() => read(row)).issues[0]!.message).toContain(`${want.invalid} tasks are not valid`);
          continue;
        }
        const { state, missing } = read(row);
        expect(missing).toBe(want.missing);
        expect(acc.result(state)).toEqual(slaAttainment(want.valid, options));
        seen.onTime += state.onTime;
        seen.late += state.late;
        seen.open += state.open;
      }
      // the tables exercise every outcome (with asOf, some open tasks are already late)
      expect(seen.onTime > 0 && seen.late > 0 && seen.open > 0).toBe(true);
    });
  });
});

describe.each(ENGINES)('%s: at the deadline, to the millisecond JavaScript reads', (engineName, open) => {
  const engine = engineFor(engineName, open);
  it('agrees with slaAttainment on targets that round differently in µs, and on times between two milliseconds', async () => {
    // 1.17 h = 4,212,000 ms (JavaScript: 1.17 × 3,600,000 is exactly 4212000); opened at 00:00:00Z on 1 March 2024
    const cases: [string, number, string][] = [
      ['2024-03-01T01:10:12.000Z', 1.17, 'onTime'], // 4,212,000 ms: at the deadline
      ['2024-03-01T01:10:12.000500Z', 1.17, 'onTime'], // read as .000 by JavaScript: still at the deadline
      ['2024-03-01T01:10:12.001Z', 1.17, 'late'], // 4,212,001 ms
      ['2024-03-01T18:54:00.000Z', 18.9, 'onTime'], // 18.9 h = 68,040,000 ms = 18 h 54 min
      ['2024-03-01T18:54:00.000999Z', 18.9, 'onTime'],
      ['2024-03-01T18:54:00.001Z', 18.9, 'late'],
    ];
    const table = 'deadline_cases';
    await load(
      engine,
      table,
      [['id', 'INTEGER'], ['opened', 'TIMESTAMPTZ'], ['closed', 'TIMESTAMPTZ'], ['target', 'DOUBLE PRECISION']],
      cases.map(([closed, hours], i) => [i, '2024-03-01T00:00:00.000Z', closed, hours]),
    );
    const acc = slaAccumulator({});
    const { select, read } = acc.sql({ requestedAt: 'opened', completedAt: 'closed', slaHours: 'target' }, { dialect: engineName });
    const rows = await engine.query(`SELECT id, ${select} FROM "${table}" GROUP BY id ORDER BY id`);
    const outcome = (state: { onTime: number; late: number }): string => (state.onTime === 1 ? 'onTime' : state.late === 1 ? 'late' : 'open');
    expect(rows.map((row) => outcome(read(row).state))).toEqual(cases.map(([, , want]) => want));
    // and JavaScript says the same of each
    expect(cases.map(([closed, hours]) => outcome(slaAttainment([{ requestedAt: '2024-03-01T00:00:00Z', completedAt: closed, slaHours: hours }])))).toEqual(
      cases.map(([, , want]) => want),
    );
  });
});

describe('the SQL of accumulators whose SQL depends on the engine', () => {
  it('asks for the dialect when the options are left out, naming every one (from a user trial)', () => {
    const columns = { requestedAt: 'requested_at', completedAt: 'completed_at', slaHours: 'sla_hours' };
    const expected = "is required: { dialect: 'postgres' | 'duckdb' | 'bigquery' | 'snowflake' | 'spark' }, since engines write date and time arithmetic differently";
    const error = caught(() => (slaAccumulator().sql as (columns: unknown) => unknown)(columns));
    expect(error.issues).toEqual([{ path: ['options'], code: 'INVALID_INPUT', message: expected }]);
  });
});

describe('states made for another asOf', () => {
  it('are refused with both instants readable (from a user trial)', () => {
    const mine = slaAccumulator({ slaHours: 8, asOf: '2025-01-01T00:00:00Z' });
    const other = slaAccumulator({ slaHours: 8, asOf: '2025-01-02T00:00:00Z' });
    // 2025-01-01T00:00Z is 1,735,689,600,000 ms after the epoch (the 55 years 1970–2024 hold 55 × 365 days and 14 leap days, 1972 to 2024: 20,089 days × 86,400,000)
    const error = caught(() => mine.merge(mine.empty(), JSON.parse(JSON.stringify(other.empty()))));
    expect(error.issues).toEqual([
      {
        path: ['b', 'asOf'],
        code: 'INVALID_INPUT',
        message:
          'must be 1735689600000 (2025-01-01T00:00:00.000Z), as this accumulator was made with, not 1735776000000 (2025-01-02T00:00:00.000Z): states of differently set accumulators cannot be combined',
      },
    ]);
  });
});
