/**
 * The column accumulators' SQL on two real engines: for seeded random tables
 * of answers with NULLs and invalid values, the generated `select` grouped
 * by segment, read back with `read`, gives exactly (`toEqual`, numbers
 * compared with Object.is) the one-pass score of that segment's valid
 * answers; a segment holding invalid answers makes `read` throw with their
 * number; NULLs are counted in `missing`.
 */
import { describe, expect, it } from 'vitest';
// imported from their modules, so that this file tests the SQL alone
import { ces } from '../../src/scoring/ces.js';
import { cesAccumulator } from '../../src/scoring/cesAccumulator.js';
import { csat } from '../../src/scoring/csat.js';
import { csatAccumulator } from '../../src/scoring/csatAccumulator.js';
import { mean } from '../../src/scoring/mean.js';
import { meanAccumulator } from '../../src/scoring/meanAccumulator.js';
import { nps } from '../../src/scoring/nps.js';
import { npsAccumulator } from '../../src/scoring/npsAccumulator.js';
import type { ColumnAccumulator } from '../../src/scoring/sqlAggregate.js';
import { caught } from './_engines.js';
import { ENGINES, engineFor, between, load, seeded, type Cell } from './_engines.js';

interface Case {
  readonly name: string;
  readonly acc: ColumnAccumulator<unknown, unknown>;
  /** The one-pass score of a list of valid answers. */
  readonly score: (values: number[]) => unknown;
  /** Whether the accumulator takes the value (written from the score's documented rule, not from the SQL). */
  readonly valid: (value: number) => boolean;
  readonly draw: (random: () => number) => number;
  /** Values the accumulator must refuse. */
  readonly bad: readonly number[];
}

const whole = (lo: number, hi: number) => (value: number) => Number.isInteger(value) && value >= lo && value <= hi;

const CASES: Case[] = [
  {
    name: 'nps',
    acc: npsAccumulator() as ColumnAccumulator<unknown, unknown>,
    score: (values) => nps(values),
    valid: whole(0, 10),
    draw: (random) => between(random, 0, 10),
    bad: [11, -1, 7.5, 10.000001, NaN, Infinity, -Infinity],
  },
  {
    name: 'csat, 7 points, satisfied from 6',
    acc: csatAccumulator({ scale: 7, threshold: 6 }) as ColumnAccumulator<unknown, unknown>,
    score: (values) => csat(values, { scale: 7, threshold: 6 }),
    valid: whole(1, 7),
    draw: (random) => between(random, 1, 7),
    bad: [0, 8, 5.5, NaN, -Infinity],
  },
  {
    name: 'csat, 5 points, satisfied from 1',
    acc: csatAccumulator({ scale: 5, threshold: 1 }) as ColumnAccumulator<unknown, unknown>,
    score: (values) => csat(values, { scale: 5, threshold: 1 }),
    valid: whole(1, 5),
    draw: (random) => between(random, 1, 5),
    bad: [6, 0.5],
  },
  {
    name: 'ces, 7 points',
    acc: cesAccumulator() as ColumnAccumulator<unknown, unknown>,
    score: (values) => ces(values),
    valid: whole(1, 7),
    draw: (random) => between(random, 1, 7),
    bad: [0, 8, 3.25, Infinity],
  },
  {
    name: 'ces, 100 points',
    acc: cesAccumulator({ scale: 100 }) as ColumnAccumulator<unknown, unknown>,
    score: (values) => ces(values, { scale: 100 }),
    valid: whole(1, 100),
    draw: (random) => between(random, 1, 100),
    bad: [101, 99.5],
  },
  {
    // whole numbers only, up to ±(2^31 − 1): squares near 4.6e18 are past 2^53,
    // so the exact sum of squares must come back through bigints and strings
    name: 'mean of whole numbers',
    acc: meanAccumulator() as ColumnAccumulator<unknown, unknown>,
    score: (values) => mean(values),
    valid: (value) => Number.isInteger(value) && Math.abs(value) <= 2 ** 31 - 1,
    draw: (random) => (random() < 0.5 ? between(random, -(2 ** 31 - 1), 2 ** 31 - 1) : between(random, -50, 50)),
    bad: [0.5, 2 ** 31, -(2 ** 31), 1e300, NaN, Infinity, -Infinity],
  },
];

const SEGMENTS = ['east', 'north', 'south', 'west'];
/** The segment that also holds invalid answers. */
const DIRTY = 'south';

/** Seeded rows: each segment gets valid answers and NULLs; DIRTY also gets `bad` values. */
function table(kase: Case, seed: number): Cell[][] {
  const random = seeded(seed);
  const rows: Cell[][] = [];
  for (const segment of SEGMENTS) {
    const n = between(random, 0, 400);
    for (let i = 0; i < n; i += 1) rows.push([segment, random() < 0.1 ? null : kase.draw(random)]);
    if (segment === DIRTY) for (const value of kase.bad) rows.push([segment, value]);
  }
  // a segment of NULLs only: no answers, but rows
  rows.push(['silent', null], ['silent', null]);
  return rows;
}

/** What the segment's rows hold, computed in JavaScript from the table. */
function expected(rows: readonly Cell[][], segment: string, kase: Case) {
  const values = rows.filter((row) => row[0] === segment).map((row) => row[1] as number | null);
  const answers = values.filter((value): value is number => value !== null);
  return {
    valid: answers.filter(kase.valid),
    invalid: answers.filter((value) => !kase.valid(value)).length,
    missing: values.length - answers.length,
  };
}

describe.each(ENGINES)('%s', (engineName, open) => {
  const engine = engineFor(engineName, open);

  describe.each(CASES)('$name', (kase) => {
    it.each([1, 2, 3])('per segment, seed %i: exactly the one-pass score of the valid answers', async (seed) => {
      const rows = table(kase, seed * 7919 + kase.name.length);
      const name = `t_${seed}_${kase.name.replace(/\W+/g, '_')}`;
      await load(engine, name, [['segment', 'VARCHAR'], ['answer', 'DOUBLE PRECISION']], rows);
      const { select, read } = kase.acc.sql('answer');
      const result = await engine.query(`SELECT segment, ${select} FROM "${name}" GROUP BY segment ORDER BY segment`);
      const present = [...new Set(rows.map((row) => row[0] as string))].sort();
      expect(result.map((row) => row.segment)).toEqual(present);
      let merged = kase.acc.empty();
      const cleanValues: number[] = [];
      for (const row of result) {
        const want = expected(rows, row.segment as string, kase);
        expect(Number(row.clientele_invalid), String(row.segment)).toBe(want.invalid);
        if (want.invalid > 0) {
          const error = caught(() => read(row));
          expect(error.issues.map((i) => i.path)).toEqual([['row', 'clientele_invalid']]);
          expect(error.issues[0]!.message).toContain(`${want.invalid} answers are not`);
          continue;
        }
        const { state, missing } = read(row);
        expect(missing).toBe(want.missing);
        expect(kase.acc.result(state)).toEqual(kase.score(want.valid));
        // states read from the warehouse merge like any other, through JSON
        merged = kase.acc.merge(merged, JSON.parse(JSON.stringify(state)));
        cleanValues.push(...want.valid);
      }
      expect(kase.acc.result(merged)).toEqual(kase.score(cleanValues));
    });

    it('integer columns, and no rows at all (SUM is NULL there) read as an empty state', async () => {
      const name = `i_${kase.name.replace(/\W+/g, '_')}`;
      const random = seeded(kase.name.length);
      const rows: Cell[][] = Array.from({ length: 300 }, () => ['x', random() < 0.2 ? null : kase.draw(random)]);
      await load(engine, name, [['segment', 'VARCHAR'], ['answer', 'INTEGER']], rows);
      const { select, read } = kase.acc.sql('answer');
      const [row] = await engine.query(`SELECT ${select} FROM "${name}"`);
      const want = expected(rows, 'x', kase);
      expect(kase.acc.result(read(row!).state)).toEqual(kase.score(want.valid));
      expect(read(row!).missing).toBe(want.missing);
      const [none] = await engine.query(`SELECT ${select} FROM "${name}" WHERE segment = 'nobody'`);
      expect(read(none!)).toEqual({ state: kase.acc.empty(), missing: 0 });
    });
  });

  it('a hostile column name is read as a column and changes nothing', async () => {
    const hostile = 'nps "; DROP TABLE answers; --';
    await load(engine, 'answers', [['segment', 'VARCHAR'], [hostile, 'INTEGER']], [
      ['a', 10],
      ['a', 9],
      ['a', 3],
      ['a', null],
    ]);
    const acc = npsAccumulator();
    const { select, read } = acc.sql(hostile);
    const [row] = await engine.query(`SELECT ${select} FROM answers GROUP BY segment`);
    expect(read(row!)).toEqual({ state: { promoters: 2, passives: 0, detractors: 1 }, missing: 1 });
    // the table is still there, with its four rows
    const [count] = await engine.query('SELECT COUNT(*) AS n FROM answers');
    expect(Number(count!.n)).toBe(4);
  });
});
