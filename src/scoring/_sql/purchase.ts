import type { Issue } from '../../errors.js';
import { describe } from '../../_internal/fail.js';
import type { SqlAggregate } from '../sqlAggregate.js';
import type { PurchaseState } from '../purchaseAccumulator.js';
import { addExact } from '../_internal/exactSum.js';
import { issue, throwIssues } from '../_internal/read.js';
import { readNamed } from '../_internal/options.js';
import {
  ALIAS_PREFIX,
  SLA_SQL_DIALECTS,
  readDialectOptions,
  aliased,
  countOf,
  countWhere,
  epochMicros,
  findCells,
  integerText,
  missingCount,
  partialsOf,
  quoteIdentifier,
  readCells,
  readDialect,
  rejectInvalid,
  selectList,
  type SlaSqlDialectName,
} from '../_internal/sql.js';

/** Amounts the SQL takes are below 2^48 (about 2.8 × 10^14)… */
export const SQL_PURCHASE_LIMIT = 2 ** 48;
/** …and whole multiples of 2^-80, which every double from 2^-28 (about 3.7 × 10^-9) up is. */
const FRACTION_BITS = 80;

const COLUMN_KEYS = ['amount', 'currency', 'at'] as const;
/** The integer sums, in units of 2^-80, 2^-48, 2^-16 and 2^16 of the currency. */
const SUMS = ['sum0', 'sum1', 'sum2', 'sum3'] as const;
const INTEGERS = ['count', ...SUMS, 'last', 'invalid', 'missing'] as const;

/** The double type of each engine: every amount is read as the double a JavaScript driver would give. */
function doubleType(dialect: SlaSqlDialectName): string {
  if (dialect === 'postgres') return 'DOUBLE PRECISION';
  return dialect === 'bigquery' ? 'FLOAT64' : 'DOUBLE';
}

/**
 * The integer type the pieces are summed in. Spark's BIGINT sums wrap
 * around silently outside ANSI mode, so there they are DECIMAL(38, 0),
 * whose overflow gives NULL, which `read` refuses.
 */
function integerType(dialect: SlaSqlDialectName): string {
  if (dialect === 'spark') return 'DECIMAL(38, 0)';
  return dialect === 'bigquery' ? 'INT64' : 'BIGINT';
}

/**
 * FLOOR of a double that may be as large as 2^128. Spark's FLOOR returns a
 * BIGINT, which saturates past 2^63; a double from 2^52 up is a whole
 * number already, so there it is left as it is.
 */
function floor(value: string, dialect: SlaSqlDialectName): string {
  if (dialect === 'spark') return `CASE WHEN ${value} < 4503599627370496 THEN FLOOR(${value}) ELSE ${value} END`;
  return `FLOOR(${value})`;
}

/**
 * The purchases of a group as SQL: their count, exact total, latest moment
 * and currency. A warehouse's SUM of doubles rounds at every step, in an
 * order that changes between runs, and a DECIMAL holds 0.1 exactly where
 * JavaScript holds the double nearest to it, so neither gives the exact sum
 * of the doubles that the accumulator keeps. Instead each amount, read as a
 * double x (a DECIMAL column is cast, rounding as a driver's number does), is
 * cut into four whole numbers below 2^32: x = p3·2^16 + p2·2^-16 + p1·2^-48
 * + p0·2^-80, each piece a difference of FLOORs of x scaled by powers of two
 * (scaling by a power of two, FLOOR, and a difference whose exact value is a
 * double are all exact in IEEE arithmetic). The pieces are summed as
 * integers, so the warehouse's totals are exact, and `read` rebuilds the
 * exact total from them. That needs 0 ≤ x < 2^48 and x a whole multiple of
 * 2^-80, true of every double from 2^-28 up; other amounts (negative, NaN,
 * ±Infinity, 10^15, 10^-10) are invalid here, though 10^15 and 10^-10 are
 * valid in JavaScript.
 *
 * A state holds one currency, so the user's GROUP BY includes the currency
 * column; `read` refuses a group whose smallest and largest currency differ,
 * and a currency that is not three capital letters (checked on the group's
 * one currency, so without a regular expression in SQL, whose syntax no two
 * engines share). MIN and MAX compare by the column's collation: under a
 * case-insensitive one, 'EUR' and 'eur' could pass as one currency. A NULL
 * amount is missing; a NULL currency or moment is invalid.
 */
export function purchaseSql(columns: unknown, options: unknown): SqlAggregate<PurchaseState> {
  const issues: Issue[] = [];
  const named = readDialectOptions(options, ['dialect'], SLA_SQL_DIALECTS, issues);
  const dialect = named === undefined ? undefined : readDialect(named.dialect, SLA_SQL_DIALECTS, ['options', 'dialect'], issues);
  const cols = readNamed(columns, COLUMN_KEYS, issues, 'columns', ['columns'], false);
  const quote = (key: (typeof COLUMN_KEYS)[number]): string | undefined =>
    cols === undefined ? undefined : quoteIdentifier(cols[key], dialect ?? 'postgres', ['columns', key], issues);
  const amount = quote('amount');
  const currency = quote('currency');
  const at = quote('at');
  throwIssues(issues);

  const d = dialect!;
  const x = `CAST(${amount!} AS ${doubleType(d)})`;
  const down16 = `${x} / 65536`;
  const up16 = `${x} * 65536`;
  const up48 = `${up16} * 4294967296`;
  const up80 = `${up48} * 4294967296`;
  // a NULL amount fails the range test, so it is neither counted nor summed
  const valid = [
    `${currency!} IS NOT NULL`,
    `${at!} IS NOT NULL`,
    // NaN and ±Infinity fail the range, whatever the engine's NaN ordering, and nothing here can fail the query
    `${x} >= 0 AND ${x} < ${SQL_PURCHASE_LIMIT}`,
    `${up80} = ${floor(up80, d)}`,
  ].join(' AND ');
  const pieces = [
    `${up80} - ${floor(up48, d)} * 4294967296`,
    `${floor(up48, d)} - ${floor(up16, d)} * 4294967296`,
    `${floor(up16, d)} - ${floor(down16, d)} * 4294967296`,
    floor(down16, d),
  ];
  const when = (value: string): string => `CASE WHEN ${valid} THEN ${value} END`;
  const count = countWhere(valid);
  const fields = [
    { field: 'count', expression: count },
    ...SUMS.map((field, i) => ({ field, expression: `SUM(CASE WHEN ${valid} THEN CAST(${pieces[i]!} AS ${integerType(d)}) ELSE 0 END)` })),
    { field: 'last', expression: `MAX(${when(epochMicros(at!, d))})` },
    { field: 'currencyMin', expression: `MIN(${when(currency!)})` },
    { field: 'currencyMax', expression: `MAX(${when(currency!)})` },
    { field: 'invalid', expression: `COUNT(${amount!}) - ${count}` },
    { field: 'missing', expression: missingCount(amount!) },
  ];
  const select = selectList(fields.map((f) => aliased(f.expression, f.field)));
  const read = (row: Readonly<Record<string, unknown>>): { state: PurchaseState; missing: number } => {
    const cells = readCells(row, INTEGERS, ['last']);
    const codes = findCells(row, ['currencyMin', 'currencyMax']);
    const found: Issue[] = [];
    const purchases = countOf(cells.count!, 'count', found);
    const invalid = countOf(cells.invalid!, 'invalid', found);
    const missing = countOf(cells.missing!, 'missing', found);
    throwIssues(found);
    rejectInvalid(
      invalid,
      'each needs an amount ≥ 0 and below 2^48 that is a whole multiple of 2^-80 (every amount from 2^-28 up is), a currency and a moment',
      'purchase',
      'a NULL amount is read as missing',
    );
    const state = readState(purchases, cells, codes, found);
    throwIssues(found);
    return { state: state!, missing };
  };
  return { select, read };
}

/** The state of a group, from its cells, recording an issue for any cell that is not what the select makes. */
function readState(
  count: number,
  cells: Record<string, bigint | null>,
  codes: Record<string, unknown>,
  issues: Issue[],
): PurchaseState | undefined {
  const path = (field: string): [string, string] => ['row', `${ALIAS_PREFIX}${field}`];
  const changed = 'the query was changed';
  let units = 0n;
  SUMS.forEach((field, i) => {
    const sum = cells[field]!;
    // each of `count` pieces is a whole number from 0 to 2^32 − 1 (a group without purchases is checked below)
    const most = BigInt(count) * 0xffffffffn;
    if (sum < 0n) issues.push(issue(path(field), `must be a sum of whole numbers ≥ 0, not ${integerText(sum)}: ${changed}`));
    else if (count > 0 && sum > most) issues.push(issue(path(field), `must be a sum of ${count} whole numbers below 2^32 (at most ${most}), not ${integerText(sum)}: ${changed}`));
    else units += sum << BigInt(32 * i);
  });
  const { currencyMin: low, currencyMax: high } = codes;
  const last = cells.last ?? null;
  if (count === 0) {
    if (units !== 0n) issues.push(issue(path('sum0'), `must be 0 in a group without purchases: ${changed}`));
    if (last !== null) issues.push(issue(path('last'), `must be null in a group without purchases: ${changed}`));
    for (const [field, code] of [['currencyMin', low], ['currencyMax', high]] as const) {
      if (code !== null && code !== undefined) issues.push(issue(path(field), `must be null in a group without purchases, not ${describe(code)}: ${changed}`));
    }
    return issues.length > 0 ? undefined : { currency: null, count: 0, partials: [], last: null };
  }
  let currency: string | undefined;
  if (typeof low !== 'string' || typeof high !== 'string') {
    issues.push(issue(path('currencyMin'), `must be the group's currency (a string), not ${describe(typeof low === 'string' ? high : low)}`));
  } else if (low !== high) {
    issues.push(
      issue(
        path('currencyMax'),
        `must equal clientele_currencyMin: the group holds purchases in more than one currency (${low} to ${high}); add the currency column to your GROUP BY (no exchange rates here)`,
      ),
    );
  } else if (!/^[A-Z]{3}$/.test(low)) {
    issues.push(
      issue(
        path('currencyMin'),
        `must be an ISO 4217 code (three capital letters), not ${describe(low)}: ${count} purchase${count === 1 ? ' has' : 's have'} it; fix or filter them in SQL`,
      ),
    );
  } else currency = low;
  // epoch microseconds to whole milliseconds, rounded down as a date string's extra digits are dropped
  let at: number | undefined;
  if (last === null) issues.push(issue(path('last'), `must be the latest purchase's moment, not null: ${changed}`));
  else {
    const ms = last / 1000n - (last % 1000n < 0n ? 1n : 0n);
    if (ms < -8_640_000_000_000_000n || ms > 8_640_000_000_000_000n) issues.push(issue(path('last'), `must be within the range of a Date, not ${integerText(last)} µs`));
    else at = Number(ms);
  }
  if (currency === undefined || at === undefined || issues.length > 0) return undefined;
  // units × 2^-80 exactly: each partial of the integer is a whole double, which scales exactly
  const partials: number[] = [];
  for (const part of partialsOf(units)) addExact(partials, part * 2 ** -FRACTION_BITS);
  return { currency, count, partials, last: at };
}
