/**
 * `purchaseAccumulator().sql` on DuckDB and Postgres: for seeded random
 * purchase tables (cents, 0.1/0.2/0.3, arbitrary doubles, amounts just
 * below 2^48 whose sums pass 2^53, tiny amounts on and off the 2^-80 grid),
 * grouped by segment and currency, `result(read(row).state)` is exactly
 * what adding the same purchases in JavaScript gives, and exactly the
 * total of an independent oracle (the amounts scaled by 2^80 and summed as
 * BigInts, rounded once by Number). Which rows are purchases is decided by
 * `PurchaseSchema` and the SQL's documented limits (amount below 2^48, a
 * whole multiple of 2^-80), not by the SQL; the invalid ones make `read`
 * throw with their number. DECIMAL and INTEGER amount columns, timestamps
 * with microseconds (before and after 1970), a hostile column name and a
 * group of two currencies are checked too.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PurchaseSchema, type Purchase } from '../../src/observations/schemas.js';
import { purchaseAccumulator, type PurchaseResult } from '../../src/scoring/purchaseAccumulator.js';
import type { PurchaseSqlColumns } from '../../src/scoring/sqlAggregate.js';
import { ENGINES, engineFor, between, caught, load, seeded, type Cell } from './_engines.js';

const acc = purchaseAccumulator();
const COLUMNS: PurchaseSqlColumns = { amount: 'amount', currency: 'currency', at: 'paid at' };
const TABLE = [
  ['segment', 'VARCHAR'],
  ['currency', 'VARCHAR'],
  ['amount', 'DOUBLE PRECISION'],
  ['paid at', 'TIMESTAMP'],
] as const;

const LIMIT = 2 ** 48;
const SCALE = 2 ** 80;

/** The SQL's documented domain: what PurchaseSchema takes, below 2^48, on the 2^-80 grid (x × 2^80 is exact in JavaScript). */
function inDomain(purchase: Record<string, unknown>): boolean {
  const amount = purchase.amount as number;
  return PurchaseSchema.safeParse(purchase).success && amount < LIMIT && Number.isInteger(amount * SCALE);
}

/** The exact total of amounts on the 2^-80 grid: a BigInt sum, rounded once to nearest by Number() (ECMA-262 BigInt → Number). */
function exactTotal(amounts: readonly number[]): number {
  let sum = 0n;
  for (const amount of amounts) sum += BigInt(amount * SCALE);
  return Number(sum) / SCALE;
}

/** The one-pass result in JavaScript, checked against the oracle's total and latest moment. */
function oneRun(purchases: readonly Purchase[]): PurchaseResult {
  const result = acc.result(purchases.reduce(acc.add, acc.empty()));
  expect(result.amount).toBe(exactTotal(purchases.map((p) => p.amount)));
  if (purchases.length > 0) expect(result.last).toBe(new Date(Math.max(...purchases.map((p) => Date.parse(p.at)))).toISOString());
  return result;
}

interface Row {
  segment: string;
  currency: string | null;
  amount: number | null;
  /** An ISO date-time in UTC, up to microseconds, or null. */
  at: string | null;
}

const START = Date.parse('2024-01-01T00:00:00Z');

/** A valid amount of one of several kinds; `small` keeps to amounts below 1, whose totals show every bit down to 2^-80. */
function draw(random: () => number, small: boolean): number {
  const pick = random();
  if (small) {
    if (pick < 0.3) return between(random, 0, 99) / 100;
    if (pick < 0.5) return [0.1, 0.2, 0.3, 0.7, 1e-3, 0][between(random, 0, 5)]!;
    if (pick < 0.8) return (1 + random() * 9) * 10 ** between(random, -8, -1);
    // tiny, on the grid: k × 2^-80
    return between(random, 1, 1000) * 2 ** -80;
  }
  if (pick < 0.3) return between(random, 0, 10_000_000) / 100;
  if (pick < 0.45) return [0.1, 0.2, 0.3, 0.7, 1e-3, 0, 99.99][between(random, 0, 6)]!;
  // from 1e-8 up: every double there is on the grid
  if (pick < 0.7) return (1 + random() * 9) * 10 ** between(random, -8, 12);
  if (pick < 0.8) return LIMIT - between(random, 1, 1000) / 16;
  if (pick < 0.9) return between(random, 0, LIMIT - 1);
  return between(random, 1, 1000) * 2 ** -80;
}

/** A moment to the microsecond, as a UTC ISO string. */
function moment(random: () => number): string {
  const ms = START + between(random, 0, 300 * 86_400) * 1000 + between(random, 0, 999);
  const micros = String(between(random, 0, 999)).padStart(3, '0');
  return new Date(ms).toISOString().replace('Z', `${micros}Z`);
}

const SEGMENTS = ['a', 'b', 'c'];
const CURRENCIES = ['EUR', 'USD', 'VND'];
const DIRTY = 'c';

function table(seed: number): Row[] {
  const random = seeded(seed);
  const out: Row[] = [];
  for (const segment of SEGMENTS) {
    const n = between(random, 30, 250);
    for (let i = 0; i < n; i += 1) {
      const currency = CURRENCIES[between(random, 0, CURRENCIES.length - 1)]!;
      // segment a holds small amounts only
      out.push({ segment, currency, amount: random() < 0.05 ? null : draw(random, segment === 'a'), at: moment(random) });
    }
  }
  // outside the domain: negative, NaN, ±Infinity, 2^48, 1e15 (valid in JavaScript), 1e-10 and 3e-300 (off the grid)
  for (const amount of [-0.01, NaN, Infinity, -Infinity, LIMIT, 1e15, 1e-10, 3e-300]) out.push({ segment: DIRTY, currency: 'EUR', amount, at: '2024-02-01T00:00:00.000Z' });
  out.push({ segment: DIRTY, currency: null, amount: 5, at: '2024-02-01T00:00:00.000Z' }, { segment: DIRTY, currency: 'USD', amount: 5, at: null });
  // a group of NULL amounts only: missing, not purchases
  out.push({ segment: 'silent', currency: 'EUR', amount: null, at: null }, { segment: 'silent', currency: 'EUR', amount: null, at: '2024-01-01T00:00:00.000Z' });
  return out;
}

const asCell = (at: string | null): Cell => (at === null ? null : at.replace('T', ' ').replace('Z', ''));
const cellsOf = (row: Row): Cell[] => [row.segment, row.currency, row.amount, asCell(row.at)];

function purchaseOf(row: Row): Record<string, unknown> {
  return { type: 'purchase', customerId: 'b1', at: row.at, amount: row.amount, currency: row.currency };
}

/** JavaScript's view of one group. */
function expected(all: readonly Row[], segment: string, currency: string) {
  const mine = all.filter((row) => row.segment === segment && row.currency === currency);
  const present = mine.filter((row) => row.amount !== null);
  const valid = present.map(purchaseOf).filter(inDomain) as unknown as Purchase[];
  return { valid, invalid: present.length - valid.length, missing: mine.length - present.length };
}

describe.each(ENGINES)('%s', (name, open) => {
  const engine = engineFor(name, open);
  const dialect = name;

  it.each([1, 2, 3])('seed %i: per segment and currency, exactly the one-pass result of the valid purchases', async (seed) => {
    const all = table(seed * 7_727);
    const tableName = `purchases_${seed}`;
    await load(engine, tableName, TABLE, all.map(cellsOf));
    const { select, read } = acc.sql(COLUMNS, { dialect });
    const rows = await engine.query(`SELECT segment, currency, ${select} FROM "${tableName}" GROUP BY segment, currency ORDER BY segment, currency`);
    const merged = new Map<string, ReturnType<typeof acc.empty>>();
    const clean = new Map<string, Purchase[]>();
    let invalidSeen = 0;
    let sharp = 0;
    for (const row of rows) {
      const segment = row.segment as string;
      const currency = row.currency as string | null;
      if (currency === null) {
        // the NULL-currency row: invalid, whatever its amount
        expect(Number(row.clientele_invalid)).toBe(1);
        expect(caught(() => read(row)).issues[0]!.message).toContain('1 purchase is not valid');
        invalidSeen += 1;
        continue;
      }
      const want = expected(all, segment, currency);
      expect(Number(row.clientele_invalid), `${segment} ${currency} invalid`).toBe(want.invalid);
      if (want.invalid > 0) {
        invalidSeen += want.invalid;
        const error = caught(() => read(row));
        expect(error.issues.map((i) => i.path)).toEqual([['row', 'clientele_invalid']]);
        expect(error.issues[0]!.message).toContain(`${want.invalid} purchase${want.invalid === 1 ? ' is' : 's are'} not valid`);
        continue;
      }
      const { state, missing } = read(row);
      expect(missing).toBe(want.missing);
      expect(Object.keys(state).sort()).toEqual(['count', 'currency', 'last', 'partials']);
      expect(acc.result(state)).toEqual(oneRun(want.valid));
      // groups where adding the doubles one by one would give another total
      if (want.valid.reduce((sum, p) => sum + p.amount, 0) !== exactTotal(want.valid.map((p) => p.amount))) sharp += 1;
      // states from the warehouse merge like any other, through JSON
      merged.set(currency, acc.merge(merged.get(currency) ?? acc.empty(), JSON.parse(JSON.stringify(state))));
      clean.set(currency, [...(clean.get(currency) ?? []), ...want.valid]);
    }
    // every amount outside the domain, and the NULL currency and moment, were seen as invalid
    expect(invalidSeen).toBe(10);
    expect(sharp).toBeGreaterThan(0);
    for (const [currency, state] of merged) expect(acc.result(state)).toEqual(oneRun(clean.get(currency)!));
    // the silent segment is a group of NULL amounts only
    expect(rows.some((row) => row.segment === 'silent' && read(row).missing === 2 && read(row).state.count === 0)).toBe(true);
  });

  it('sums past 2^53 come back exactly: many amounts just below 2^48 with cents', async () => {
    // 3,000 amounts near 2^48: the total is near 8.4e17, where a double's step is 128,
    // so the one rounding at the end decides the answer
    const random = seeded(48);
    const rows: Cell[][] = Array.from({ length: 3000 }, () => ['x', 'EUR', LIMIT - between(random, 1, 10_000) / 100, '2024-05-01 00:00:00']);
    await load(engine, 'near_limit', TABLE, rows);
    const { select, read } = acc.sql(COLUMNS, { dialect });
    const [row] = await engine.query(`SELECT ${select} FROM near_limit`);
    const purchases = rows.map((cells) => ({ type: 'purchase', customerId: 'b1', at: '2024-05-01T00:00:00Z', amount: cells[2] as number, currency: 'EUR' }) as const);
    expect(acc.result(read(row!).state)).toEqual(oneRun(purchases));
  });

  it('fast-check: any valid amounts, in one query, give exactly the one-pass total', async () => {
    const amount = fc.oneof(
      fc.double({ min: 2 ** -28, max: LIMIT, maxExcluded: true, noNaN: true }),
      fc.integer({ min: 0, max: 100_000_000 }).map((cents) => cents / 100),
      fc.constantFrom(0, 0.1, 0.2, 0.3, 2 ** -80, LIMIT - 2 ** -5),
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(amount, { minLength: 1, maxLength: 60 }), async (amounts) => {
        run += 1;
        const tableName = `fc_${run}`;
        await load(engine, tableName, TABLE, amounts.map((value) => ['x', 'EUR', value, '2024-05-01 00:00:00']));
        const { select, read } = acc.sql(COLUMNS, { dialect });
        const [row] = await engine.query(`SELECT ${select} FROM "${tableName}"`);
        const purchases = amounts.map((value) => ({ type: 'purchase', customerId: 'b1', at: '2024-05-01T00:00:00Z', amount: value, currency: 'EUR' }) as const);
        expect(acc.result(read(row!).state)).toEqual(oneRun(purchases));
      }),
      { numRuns: 25, seed: 20_261_201 },
    );
  });

  it.each([
    ['DECIMAL(12, 2)', ['0.10', '0.20', '0.30', '1234567.89', '0.01', '99999.99']],
    ['DECIMAL(38, 10)', ['0.1000000000', '12345678901.2345678901', '0.0000000001', '3.3333333333']],
    ['BIGINT', ['1', '2', '281474976710655', '0']],
  ])('%s amount columns: the doubles a driver gives, summed exactly', async (type, texts) => {
    const tableName = `typed_${type.replace(/\W+/g, '_')}`;
    await load(engine, tableName, [['currency', 'VARCHAR'], ['amount', type], ['paid at', 'TIMESTAMP']], texts.map((text) => ['EUR', { sql: text }, '2024-05-01 00:00:00']));
    const { select, read } = acc.sql(COLUMNS, { dialect });
    const [row] = await engine.query(`SELECT ${select} FROM "${tableName}"`);
    // what a driver's number for each value is: the double nearest to the decimal (Number of its text)
    const amounts = texts.map(Number);
    // 1e-10 is below 2^-28 and off the grid: invalid in SQL, as in inDomain
    const valid = amounts.filter((value) => Number.isInteger(value * SCALE));
    if (valid.length < amounts.length) {
      expect(caught(() => read(row!)).issues[0]!.message).toContain(`${amounts.length - valid.length} purchase is not valid`);
      return;
    }
    const purchases = valid.map((value) => ({ type: 'purchase', customerId: 'b1', at: '2024-05-01T00:00:00Z', amount: value, currency: 'EUR' }) as const);
    expect(acc.result(read(row!).state)).toEqual(oneRun(purchases));
  });

  it.each(['TIMESTAMP', 'TIMESTAMPTZ'])('%s moments keep the millisecond, rounded down, before and after 1970', async (type) => {
    const tableName = `moments_${type}`;
    const groups: [string, string][] = [
      ['late', '2024-05-01T10:00:00.123999Z'],
      ['late', '2024-05-01T10:00:00.123456Z'],
      ['late', '2024-04-30T10:00:00Z'],
      ['early', '1969-12-31T23:59:59.999500Z'],
      ['early', '1969-12-31T23:59:59.000001Z'],
    ];
    await load(engine, tableName, [['segment', 'VARCHAR'], ['currency', 'VARCHAR'], ['amount', 'DOUBLE PRECISION'], ['paid at', type]], groups.map(([segment, at]) => [segment, 'EUR', 1, type === 'TIMESTAMP' ? asCell(at) : at]));
    const { select, read } = acc.sql(COLUMNS, { dialect });
    const rows = await engine.query(`SELECT segment, ${select} FROM "${tableName}" GROUP BY segment ORDER BY segment`);
    // the one-pass results over the same date strings, whose digits past the millisecond JavaScript drops
    const resultOf = (segment: string) =>
      oneRun(groups.filter(([s]) => s === segment).map(([, at]) => ({ type: 'purchase', customerId: 'b1', at, amount: 1, currency: 'EUR' }) as const));
    expect(rows.map((row) => acc.result(read(row).state))).toEqual([resultOf('early'), resultOf('late')]);
    // 1969-12-31T23:59:59.9995 is 500 µs before 1970: −1 ms, not 0
    expect(read(rows[0]!).state.last).toBe(-1);
    expect(read(rows[1]!).state.last).toBe(Date.parse('2024-05-01T10:00:00.123Z'));
  });

  it('a group of two currencies, or of a currency that is not a code, is refused by read', async () => {
    await load(engine, 'mixed', TABLE, [
      ['two', 'EUR', 1, '2024-05-01 00:00:00'],
      ['two', 'USD', 2, '2024-05-01 00:00:00'],
      ['lower', 'eur', 1, '2024-05-01 00:00:00'],
      ['lower', 'eur', 2, '2024-05-01 00:00:00'],
    ]);
    const { select, read } = acc.sql(COLUMNS, { dialect });
    const [lower, two] = await engine.query(`SELECT segment, ${select} FROM mixed GROUP BY segment ORDER BY segment`);
    const wrongCode = caught(() => read(lower!)).issues;
    expect(wrongCode.map((i) => i.path)).toEqual([['row', 'clientele_currencyMin']]);
    expect(wrongCode[0]!.message).toContain('2 purchases have it');
    const twoCodes = caught(() => read(two!)).issues;
    expect(twoCodes.map((i) => i.path)).toEqual([['row', 'clientele_currencyMax']]);
    expect(twoCodes[0]!.message).toContain('EUR to USD');
  });

  it.runIf(name === 'duckdb')("the Spark text's arithmetic (FLOOR kept below 2^52), re-quoted for DuckDB, gives the same rows", async () => {
    const spark = acc
      .sql(COLUMNS, { dialect: 'spark' })
      .select.replaceAll('`', '"')
      .replaceAll('UNIX_MICROS(', 'epoch_us(')
      // DuckDB returns DECIMAL sums as objects rather than bigints; the pieces are the same integers
      .replaceAll('AS DECIMAL(38, 0))', 'AS BIGINT)');
    const { select, read } = acc.sql(COLUMNS, { dialect: 'duckdb' });
    const query = (list: string) => `SELECT segment, currency, ${list} FROM purchases_1 WHERE segment <> '${DIRTY}' GROUP BY segment, currency ORDER BY segment, currency`;
    const theirs = await engine.query(query(spark));
    const ours = await engine.query(query(select));
    expect(theirs.map((row) => read(row))).toEqual(ours.map((row) => read(row)));
  });

  it('no rows at all read as an empty state', async () => {
    const { select, read } = acc.sql(COLUMNS, { dialect });
    const [none] = await engine.query(`SELECT ${select} FROM purchases_1 WHERE segment = 'nobody'`);
    expect(read(none!)).toEqual({ state: acc.empty(), missing: 0 });
  });

  it('a hostile column name is read as a column and changes nothing', async () => {
    const hostile = 'amount "; DROP TABLE purchases_1; --';
    await load(engine, 'hostile', [['currency', 'VARCHAR'], [hostile, 'DOUBLE PRECISION'], ['paid at', 'TIMESTAMP']], [
      ['EUR', 0.1, '2024-05-01 00:00:00'],
      ['EUR', 0.2, '2024-05-02 00:00:00'],
      ['EUR', null, '2024-05-03 00:00:00'],
    ]);
    const { select, read } = acc.sql({ ...COLUMNS, amount: hostile }, { dialect });
    const [row] = await engine.query(`SELECT ${select} FROM hostile`);
    const { state, missing } = read(row!);
    // 0.1 + 0.2 summed exactly lies halfway between 0.3 and 0.30000000000000004 (2^-55 from each);
    // rounding once, ties to even, gives 0.30000000000000004, as JavaScript's own 0.1 + 0.2
    expect({ result: acc.result(state), missing }).toEqual({ result: { count: 2, amount: 0.30000000000000004, currency: 'EUR', last: '2024-05-02T00:00:00.000Z' }, missing: 1 });
    const [count] = await engine.query('SELECT COUNT(*) AS n FROM purchases_1');
    expect(Number(count!.n)).toBeGreaterThan(0);
  });
});

describe('purchaseAccumulator().sql without an engine', () => {
  const paths = (run: () => unknown) => caught(run).issues.map((i) => i.path);
  const row = {
    clientele_count: 3,
    clientele_sum0: '6878658560',
    clientele_sum1: '6871947672',
    clientele_sum2: '39320',
    clientele_sum3: '0',
    clientele_last: '1717200000000000.000000',
    clientele_currencymin: 'EUR',
    clientele_currencymax: 'EUR',
    clientele_invalid: 0,
    clientele_missing: 0,
  };

  it('rejects unknown and missing keys, bad names and options, every problem at once', () => {
    expect(paths(() => acc.sql({ ...COLUMNS, customer: 'c' } as never, { dialect: 'duckdb' }))).toEqual([['columns', 'customer']]);
    expect(paths(() => acc.sql({ amount: 'a', currency: 'c' } as never, { dialect: 'duckdb' }))).toEqual([['columns', 'at']]);
    expect(paths(() => acc.sql({ ...COLUMNS, amount: '' }, { dialect: 'ansi' as never }))).toEqual([['options', 'dialect'], ['columns', 'amount']]);
    expect(paths(() => acc.sql(COLUMNS, undefined as never))).toEqual([['options']]);
    expect(paths(() => acc.sql(COLUMNS, { dialect: 'duckdb', asOf: '2024-01-01' } as never))).toEqual([['options', 'asOf']]);
  });

  it('reads Postgres strings and Snowflake upper-case keys alike', () => {
    // 0.1 + 0.2 + 0.3 (the pieces in the JSDoc example), exactly 0.6
    const { read } = acc.sql(COLUMNS, { dialect: 'postgres' });
    const want = { count: 3, amount: 0.6, currency: 'EUR', last: '2024-06-01T00:00:00.000Z' };
    expect(acc.result(read(row).state)).toEqual(want);
    const upper = Object.fromEntries(Object.entries(row).map(([key, value]) => [key.toUpperCase(), value]));
    expect(acc.result(read(upper).state)).toEqual(want);
  });

  it('refuses rows the select cannot make', () => {
    const { read } = acc.sql(COLUMNS, { dialect: 'postgres' });
    expect(paths(() => read({ ...row, clientele_sum2: '-1' }))).toEqual([['row', 'clientele_sum2']]);
    expect(paths(() => read({ ...row, clientele_last: null }))).toEqual([['row', 'clientele_last']]);
    expect(paths(() => read({ ...row, clientele_last: '9000000000000000000000' }))).toEqual([['row', 'clientele_last']]);
    expect(paths(() => read({ ...row, clientele_currencymin: 7 }))).toEqual([['row', 'clientele_currencyMin']]);
    expect(paths(() => read({ ...row, clientele_count: 0 }))).toEqual([
      ['row', 'clientele_sum0'],
      ['row', 'clientele_last'],
      ['row', 'clientele_currencyMin'],
      ['row', 'clientele_currencyMax'],
    ]);
    const { clientele_currencymax: _max, ...partial } = row;
    expect(paths(() => read(partial))).toEqual([['row', 'clientele_currencyMax']]);
  });
});
