import type { Issue } from '../../errors.js';
import type { SqlAggregate } from '../sqlAggregate.js';
import type { MeanState } from '../meanAccumulator.js';
import { columnSql, countOf, countWhere, integerText, partialsOf, type SqlDialectName } from '../_internal/sql.js';
import { issue } from '../_internal/read.js';

/** The largest magnitude the SQL mean takes: 2^31 − 1, so a square fits a 64-bit integer. */
export const SQL_MEAN_LIMIT = 2_147_483_647;

/**
 * A whole number within ±(2^31 − 1). The range test comes first and rules
 * out NaN and ±Infinity (which compare above every number, or with nothing,
 * depending on the engine) before FLOOR sees them.
 */
function whole(c: string): string {
  return `${c} BETWEEN -${SQL_MEAN_LIMIT} AND ${SQL_MEAN_LIMIT} AND ${c} = FLOOR(${c})`;
}

/**
 * Squares are summed as 64-bit integers except on Spark, whose BIGINT sums
 * wrap around silently outside ANSI mode: there they are DECIMAL(38, 0),
 * whose overflow gives NULL, which `read` refuses.
 */
function square(c: string, dialect: SqlDialectName): string {
  if (dialect === 'spark') return `CAST(${c} AS DECIMAL(38, 0)) * CAST(${c} AS DECIMAL(38, 0))`;
  const type = dialect === 'bigquery' ? 'INT64' : 'BIGINT';
  return `CAST(${c} AS ${type}) * CAST(${c} AS ${type})`;
}

/**
 * The mean as SQL, for whole numbers only. A warehouse's SUM of doubles is
 * rounded at every step, in an order that changes between runs, so it
 * cannot give the exact sum the accumulator keeps; a SUM of integers is
 * exact. Values that are not whole numbers within ±(2^31 − 1) are counted
 * as invalid: for fractional values, use the accumulator in JavaScript
 * (or the UDAF).
 */
export function meanSql(column: unknown, options: unknown): SqlAggregate<MeanState> {
  return columnSql(
    column,
    options,
    (c, dialect) => {
      const integer = dialect === 'bigquery' ? 'INT64' : 'BIGINT';
      const when = (value: string, otherwise: string): string => `CASE WHEN ${whole(c)} THEN ${value}${otherwise} END`;
      return [
        { field: 'total', expression: countWhere(whole(c)) },
        { field: 'sum', expression: `SUM(${when(`CAST(${c} AS ${integer})`, ' ELSE 0')})` },
        { field: 'squares', expression: `SUM(${when(square(c, dialect), ' ELSE 0')})` },
        { field: 'min', expression: `MIN(${when(`CAST(${c} AS ${integer})`, '')})` },
        { field: 'max', expression: `MAX(${when(`CAST(${c} AS ${integer})`, '')})` },
      ];
    },
    ['total'],
    (cells, issues) => {
      const total = countOf(cells.total!, 'total', issues);
      const extreme = (key: 'min' | 'max'): number | null => {
        const value = cells[key] ?? null;
        if (total === 0 ? value === null : value !== null && value >= -SQL_MEAN_LIMIT && value <= SQL_MEAN_LIMIT) {
          return value === null ? null : Number(value);
        }
        const want = total === 0 ? 'null in a group with no valid answer' : `a whole number within ±${SQL_MEAN_LIMIT}`;
        issues.push(issue(['row', `clientele_${key}`], `must be ${want}, not ${value === null ? 'null' : integerText(value)}`) satisfies Issue);
        return null;
      };
      // what `total` whole numbers within ±LIMIT can sum to: anything else is not a row the select made
      // (and a sum past 2^1024, from a hostile row, has no double near it)
      const limit = BigInt(SQL_MEAN_LIMIT);
      const sums = (key: 'sum' | 'squares', lo: bigint, hi: bigint): number[] => {
        const value = cells[key]!;
        if (value >= lo && value <= hi) return partialsOf(value);
        const what = key === 'sum' ? 'sum' : 'sum of squares';
        issues.push(issue(['row', `clientele_${key}`], `must be from ${lo} to ${hi}, the ${what} of ${total} whole numbers within ±${SQL_MEAN_LIMIT}, not ${integerText(value)}: the query was changed`));
        return [];
      };
      const min = extreme('min');
      const max = extreme('max');
      if (min !== null && max !== null && min > max) {
        issues.push(issue(['row', 'clientele_min'], `must be at most clientele_max (${max}), not ${min}: the query was changed`));
      }
      const n = BigInt(total);
      return {
        total,
        partials: sums('sum', -n * limit, n * limit),
        squares: sums('squares', 0n, n * limit * limit),
        min,
        max,
      };
    },
    `each must be a whole number from -${SQL_MEAN_LIMIT} to ${SQL_MEAN_LIMIT}: the SQL mean sums integers; use the accumulator in JavaScript for fractions`,
    ['min', 'max'],
  );
}
