/**
 * The SQL route without an engine: identifier quoting per dialect, the
 * options, and `read` over rows as the different drivers return them.
 * (test/warehouse/ runs the SQL itself on DuckDB and Postgres.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cesAccumulator } from '../../src/scoring/cesAccumulator.js';
import { csatAccumulator } from '../../src/scoring/csatAccumulator.js';
import { firstPassAccumulator } from '../../src/scoring/firstPassAccumulator.js';
import { meanAccumulator } from '../../src/scoring/meanAccumulator.js';
import { mean } from '../../src/scoring/mean.js';
import { npsAccumulator } from '../../src/scoring/npsAccumulator.js';
import { slaAccumulator } from '../../src/scoring/slaAccumulator.js';
import { partialsOf } from '../../src/scoring/_internal/sql.js';
import { roundExact } from '../../src/scoring/_internal/exactSum.js';
import { caught } from '../warehouse/_engines.js';

const paths = (run: () => unknown) => caught(run).issues.map((issue) => issue.path);
const firstLine = (select: string) => select.split(',\n')[0]!;

describe('column names are quoted, never pasted', () => {
  const acc = npsAccumulator();
  it('ANSI: double quotes, an embedded quote doubled', () => {
    expect(firstLine(acc.sql('nps "; DROP TABLE answers; --').select)).toBe(
      'SUM(CASE WHEN "nps ""; DROP TABLE answers; --" BETWEEN 9 AND 10 AND "nps ""; DROP TABLE answers; --" = FLOOR("nps ""; DROP TABLE answers; --") THEN 1 ELSE 0 END) AS clientele_promoters',
    );
  });
  it('Spark: back-quotes, an embedded back-quote doubled; a backslash is an ordinary character', () => {
    expect(firstLine(acc.sql('a`b\\c', { dialect: 'spark' }).select)).toBe(
      'SUM(CASE WHEN `a``b\\c` BETWEEN 9 AND 10 AND `a``b\\c` = FLOOR(`a``b\\c`) THEN 1 ELSE 0 END) AS clientele_promoters',
    );
  });
  it('BigQuery: back-quotes with string-literal escapes (\\` and \\\\), control characters as \\u00XX', () => {
    expect(firstLine(acc.sql('a`b\\c\nd', { dialect: 'bigquery' }).select)).toBe(
      'SUM(CASE WHEN `a\\`b\\\\c\\u000ad` BETWEEN 9 AND 10 AND `a\\`b\\\\c\\u000ad` = FLOOR(`a\\`b\\\\c\\u000ad`) THEN 1 ELSE 0 END) AS clientele_promoters',
    );
  });
  it('takes the SLA SQL engine names too, so one dialect serves a whole query: Postgres, DuckDB and Snowflake write the ANSI text', () => {
    for (const engine of ['postgres', 'duckdb', 'snowflake'] as const) {
      expect(acc.sql('nps', { dialect: engine }).select).toBe(acc.sql('nps').select);
      const tasks = { completedAt: 'closed', requestedAt: 'opened' };
      expect(firstPassAccumulator().sql(tasks, { dialect: engine }).select).toBe(firstPassAccumulator().sql(tasks).select);
    }
    expect(() => acc.sql('a', { dialect: 'mysql' as 'ansi' })).toThrow("must be one of 'ansi' | 'postgres' | 'duckdb' | 'snowflake' | 'bigquery' | 'spark', not \"mysql\"");
  });
  it('every alias starts with clientele_, one per line', () => {
    const aliases = acc.sql('x').select.split(',\n').map((line) => / AS (\w+)$/.exec(line)?.[1]);
    expect(aliases).toEqual(['clientele_promoters', 'clientele_passives', 'clientele_detractors', 'clientele_invalid', 'clientele_missing']);
  });
  it('refuses a name that is empty, not a string, or holds NUL, and unknown options or dialects', () => {
    expect(paths(() => acc.sql(''))).toEqual([['column']]);
    expect(paths(() => acc.sql(7 as unknown as string))).toEqual([['column']]);
    expect(paths(() => acc.sql('a\u0000b'))).toEqual([['column']]);
    expect(paths(() => acc.sql('a', { dialect: 'mysql' as 'ansi' }))).toEqual([['options', 'dialect']]);
    expect(paths(() => acc.sql('a', { dialect: 'ansi', dialet: 'spark' } as object))).toEqual([['options', 'dialet']]);
    expect(paths(() => acc.sql('', 'ansi' as unknown as object))).toEqual([['options'], ['column']]);
  });
});

describe('read takes rows as drivers return them', () => {
  const acc = npsAccumulator();
  const { read } = acc.sql('score');
  const state = { promoters: 5, passives: 2, detractors: 1 };
  it('numbers, bigints and digit strings, keys in any case, other keys ignored', () => {
    expect(read({ clientele_promoters: 5, clientele_passives: 2, clientele_detractors: 1, clientele_invalid: 0, clientele_missing: 4 })).toEqual({ state, missing: 4 });
    expect(read({ CLIENTELE_PROMOTERS: 5n, CLIENTELE_PASSIVES: 2n, CLIENTELE_DETRACTORS: 1n, CLIENTELE_INVALID: 0n, CLIENTELE_MISSING: 4n, SEGMENT: 'x' })).toEqual({ state, missing: 4 });
    expect(read({ clientele_promoters: '5', clientele_passives: '2.000', clientele_detractors: '1', clientele_invalid: '0', clientele_missing: '4' })).toEqual({ state, missing: 4 });
  });
  it('a group with no rows (every SUM NULL) is an empty state', () => {
    expect(read({ clientele_promoters: null, clientele_passives: null, clientele_detractors: null, clientele_invalid: null, clientele_missing: 0 })).toEqual({ state: acc.empty(), missing: 0 });
  });
  it('refuses a row that is not what select produced, naming every bad cell', () => {
    const good = { clientele_promoters: 5, clientele_passives: 2, clientele_detractors: 1, clientele_invalid: 0, clientele_missing: 4 };
    expect(paths(() => read({ ...good, clientele_passives: undefined, clientele_detractors: 1.5 } as Record<string, unknown>))).toEqual([
      ['row', 'clientele_passives'],
      ['row', 'clientele_detractors'],
    ]);
    const { clientele_missing: _, ...noMissing } = good;
    expect(paths(() => read(noMissing))).toEqual([['row', 'clientele_missing']]);
    expect(paths(() => read({ ...good, CLIENTELE_MISSING: 4 }))).toEqual([['row', 'clientele_missing']]);
    expect(paths(() => read({ ...good, clientele_promoters: -1 }))).toEqual([['row', 'clientele_promoters']]);
    expect(paths(() => read({ ...good, clientele_promoters: 2 ** 60 }))).toEqual([['row', 'clientele_promoters']]);
    expect(paths(() => read({ ...good, clientele_promoters: '5e3' }))).toEqual([['row', 'clientele_promoters']]);
    // NULL beside non-zero counts is not an empty group
    expect(paths(() => read({ ...good, clientele_passives: null }))).toEqual([['row', 'clientele_passives']]);
    expect(paths(() => read(null as unknown as Record<string, unknown>))).toEqual([['row']]);
  });
  it('says how many answers the SQL found invalid', () => {
    const error = caught(() => read({ clientele_promoters: 5, clientele_passives: 2, clientele_detractors: 1, clientele_invalid: 3n, clientele_missing: 0 }));
    expect(error.issues).toEqual([
      expect.objectContaining({ path: ['row', 'clientele_invalid'], code: 'INVALID_INPUT', message: expect.stringContaining('3 answers are not valid (each must be an integer from 0 to 10)') }),
    ]);
  });
});

describe('each accumulator reads its own fields', () => {
  it('csat: total = satisfied + unsatisfied; the state records scale and threshold', () => {
    const acc = csatAccumulator({ scale: 7, threshold: 6 });
    const { select, read } = acc.sql('r');
    expect(firstLine(select)).toBe('SUM(CASE WHEN "r" BETWEEN 6 AND 7 AND "r" = FLOOR("r") THEN 1 ELSE 0 END) AS clientele_satisfied');
    // 4 satisfied + 6 others = 10 ratings
    expect(read({ clientele_satisfied: 4, clientele_unsatisfied: 6, clientele_invalid: 0, clientele_missing: 1 }).state).toEqual({ scale: 7, threshold: 6, satisfied: 4, total: 10 });
  });
  it('ces: sum and sum of squares as integers', () => {
    const acc = cesAccumulator({ scale: 5 });
    const { select, read } = acc.sql('r', { dialect: 'bigquery' });
    expect(select).toContain('THEN CAST(`r` AS INT64) ELSE 0 END) AS clientele_sum');
    // ratings 5, 4, 1: sum 10, squares 25 + 16 + 1 = 42
    expect(read({ clientele_total: 3, clientele_sum: 10, clientele_sumsquares: 42, clientele_invalid: 0, clientele_missing: 0 }).state).toEqual({ scale: 5, sum: 10, sumSquares: 42, total: 3 });
  });
  it('mean: an exact integer sum of squares beyond 2^53 comes back as partials with that exact sum', () => {
    const acc = meanAccumulator();
    const { read } = acc.sql('minutes');
    // values 2147483647 and -2147483647: sum 0; squares 2 × 4611686014132420609 = 9223372028264841218
    const { state } = read({
      clientele_total: 2,
      clientele_sum: 0,
      clientele_squares: '9223372028264841218',
      clientele_min: -2147483647,
      clientele_max: '2147483647',
      clientele_invalid: 0,
      clientele_missing: 0,
    });
    expect(acc.result(state)).toEqual(mean([2147483647, -2147483647]));
    const sum = (state.squares as number[]).reduce((a, b) => a + BigInt(b), 0n);
    expect(sum).toBe(9223372028264841218n);
  });
  it('mean: min and max are NULL exactly when no value was valid', () => {
    const { read } = meanAccumulator().sql('m');
    const none = { clientele_total: 0, clientele_sum: 0, clientele_squares: 0, clientele_min: null, clientele_max: null, clientele_invalid: 0, clientele_missing: 2 };
    expect(read(none)).toEqual({ state: meanAccumulator().empty(), missing: 2 });
    expect(paths(() => read({ ...none, clientele_total: 1, clientele_sum: 3, clientele_squares: 9, clientele_max: 3 }))).toEqual([['row', 'clientele_min']]);
    expect(paths(() => read({ ...none, clientele_total: 1, clientele_sum: 3, clientele_squares: 9, clientele_min: 3, clientele_max: 2 ** 31 }))).toEqual([['row', 'clientele_max']]);
  });
  it('partialsOf: the partials of an integer sum to it exactly', () => {
    for (const value of [0n, 1n, -5n, 2n ** 53n + 1n, -(2n ** 90n) - 12345n, 10n ** 30n + 7n]) {
      const partials = partialsOf(value);
      expect(partials.reduce((a, b) => a + BigInt(b), 0n)).toBe(value);
      expect(roundExact(partials)).toBe(Number(value));
    }
  });
});

describe('slaAccumulator().sql', () => {
  const columns = { requestedAt: 'opened', completedAt: 'closed' };
  it('writes each dialect its own epoch milliseconds, rounded down', () => {
    const acc = slaAccumulator({ slaHours: 8 });
    const epoch = {
      postgres: 'FLOOR(EXTRACT(EPOCH FROM "opened") * 1000)',
      duckdb: '(epoch_ms("opened") - CASE WHEN epoch_us("opened") % 1000 < 0 THEN 1 ELSE 0 END)',
      snowflake: 'FLOOR(DATE_PART(EPOCH_MICROSECOND, "opened") / 1000)',
      bigquery: 'UNIX_MILLIS(`opened`)',
      spark: 'UNIX_MILLIS(`opened`)',
    } as const;
    for (const [dialect, text] of Object.entries(epoch)) {
      expect(acc.sql(columns, { dialect: dialect as keyof typeof epoch }).select).toContain(text);
    }
  });
  it('the default target becomes milliseconds as JavaScript computes the deadline (8 h = 28,800,000 ms)', () => {
    expect(slaAccumulator({ slaHours: 8 }).sql(columns, { dialect: 'duckdb' }).select).toContain('<= 28800000 THEN');
  });
  it('asOf is the accumulator’s own: another, or one without an accumulator asOf, is refused', () => {
    const acc = slaAccumulator({ slaHours: 8, asOf: '2024-05-02T00:00:00Z' });
    expect(acc.sql(columns, { dialect: 'postgres', asOf: new Date('2024-05-02T00:00:00Z') }).select).toContain('1714608000000 - ');
    expect(paths(() => acc.sql(columns, { dialect: 'postgres', asOf: '2024-05-03T00:00:00Z' }))).toEqual([['options', 'asOf']]);
    expect(paths(() => slaAccumulator({ slaHours: 8 }).sql(columns, { dialect: 'postgres', asOf: '2024-05-03T00:00:00Z' }))).toEqual([['options', 'asOf']]);
  });
  it('refuses a calendar, a missing dialect, bad names, and no target at all', () => {
    const withCalendar = slaAccumulator({ slaHours: 8, calendar: { timeZone: 'UTC', workingHours: { mon: [['09:00', '17:00']] } } });
    expect(paths(() => withCalendar.sql(columns, { dialect: 'duckdb' }))).toEqual([['calendar']]);
    expect(paths(() => slaAccumulator({ slaHours: 8 }).sql(columns, undefined as unknown as { dialect: 'duckdb' }))).toEqual([['options']]);
    expect(paths(() => slaAccumulator({ slaHours: 8 }).sql(columns, { dialect: 'ansi' as 'duckdb' }))).toEqual([['options', 'dialect']]);
    expect(paths(() => slaAccumulator({ slaHours: 8 }).sql({ requestedAt: '', completedAt: 'c', slaHurs: 'h' } as typeof columns, { dialect: 'duckdb' }))).toEqual([
      ['columns', 'slaHurs'],
      ['columns', 'requestedAt'],
    ]);
    expect(paths(() => slaAccumulator().sql(columns, { dialect: 'duckdb' }))).toEqual([['columns', 'slaHours']]);
  });
  it('reads counts into a state that merges with JavaScript states', () => {
    const acc = slaAccumulator({ slaHours: 8 });
    const { read } = acc.sql(columns, { dialect: 'spark' });
    const fromSql = read({ clientele_ontime: 3, clientele_late: 1, clientele_open: 2, clientele_invalid: 0, clientele_missing: 5 });
    expect(fromSql.missing).toBe(5);
    const js = acc.add(acc.empty(), { requestedAt: '2024-05-01T09:00:00Z', completedAt: '2024-05-01T17:00:00Z' });
    // 3 + 1 on time of 5 decided
    expect(acc.result(acc.merge(fromSql.state, js))).toEqual({ score: 80, onTime: 4, late: 1, open: 2, total: 7 });
    expect(caught(() => read({ clientele_ontime: 3, clientele_late: 1, clientele_open: 2, clientele_invalid: 1, clientele_missing: 0 })).issues[0]!.message).toContain('1 task is not valid');
  });
});

describe('read, as a law over random rows', () => {
  const acc = npsAccumulator();
  const { read } = acc.sql('score');
  const count = fc.nat({ max: 10_000 });
  const shape = fc.constantFrom('number', 'bigint', 'string', 'upper');
  /** A row as some driver returns it, for the counts given. */
  function row(cells: Record<string, number>, form: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(cells)) {
      const name = form === 'upper' ? `clientele_${key}`.toUpperCase() : `clientele_${key}`;
      out[name] = form === 'bigint' ? BigInt(value) : form === 'string' ? String(value) : value;
    }
    return out;
  }
  it('gives the state of adding that many answers one by one, whatever the driver form; rows add like merge', () => {
    fc.assert(
      fc.property(count, count, count, count, shape, count, count, count, shape, (p, q, d, m, form, p2, q2, d2, form2) => {
        const a = read(row({ promoters: p, passives: q, detractors: d, invalid: 0, missing: m }, form));
        const b = read(row({ promoters: p2, passives: q2, detractors: d2, invalid: 0, missing: 0 }, form2));
        // the state holds exactly the counts of the row, whichever form the driver gave them in
        expect(a).toEqual({ state: { promoters: p, passives: q, detractors: d }, missing: m });
        const both = read(row({ promoters: p + p2, passives: q + q2, detractors: d + d2, invalid: 0, missing: m }, form));
        expect(acc.merge(a.state, b.state)).toEqual(both.state);
      }),
      { numRuns: 200 },
    );
  });
});
