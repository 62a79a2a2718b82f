import type { SqlAggregate } from '../sqlAggregate.js';
import type { CesState } from '../cesAccumulator.js';
import type { Issue } from '../../errors.js';
import { columnSql, countOf, countWhere, wholeIn, type SqlDialectName } from '../_internal/sql.js';
import { issue } from '../_internal/read.js';

/** The integer type a rating is cast to before it is summed (BigQuery names it INT64). */
export function integerType(dialect: SqlDialectName): string {
  return dialect === 'bigquery' ? 'INT64' : 'INTEGER';
}

/**
 * Records an issue unless the sums are ones `total` ratings on 1..scale can
 * have, as the accumulator's states must (a row the select made always
 * passes): total ≤ Σr ≤ total·scale; each r ≤ r² ≤ scale·r; and
 * (Σr)² ≤ total·Σr² (Cauchy–Schwarz), with equality for a single rating.
 * In bigints, so exact at any size.
 */
function checkSums(total: bigint, sum: bigint, squares: bigint, scale: number, issues: Issue[]): void {
  const top = BigInt(scale);
  const changed = 'the query was changed';
  if (sum < total || sum > total * top) {
    issues.push(issue(['row', 'clientele_sum'], `must be from clientele_total to clientele_total × ${scale} (${total} to ${total * top}), not ${sum}: ${changed}`));
    return;
  }
  const spread = total * squares - sum * sum;
  if (squares < sum || squares > sum * top || spread < 0n || (total === 1n && spread !== 0n)) {
    issues.push(issue(['row', 'clientele_sumSquares'], `must be a possible sum of squares of ${total} ratings summing to ${sum} on 1..${scale}, not ${squares}: ${changed}`));
  }
}

/**
 * CES as SQL for one scale: the count of valid ratings (whole numbers
 * 1..scale), their sum and the sum of their squares (for the sd), each rating cast to an integer first so the
 * warehouse sums integers exactly, whatever the column's type.
 */
export function cesSql(column: unknown, options: unknown, scale: number): SqlAggregate<CesState> {
  return columnSql(
    column,
    options,
    (c, dialect) => {
      // The sums need only the range test: it keeps NaN, ±Infinity and huge
      // values away from CAST (where they would fail the query); a rating in
      // range but not whole (3.5) is cast and summed, but it is also counted as
      // invalid, and read() then refuses the group before the sums are used.
      // Leaving FLOOR out of two of the three aggregates makes the query
      // about 1.6 times faster on DuckDB.
      const rating = `CAST(${c} AS ${integerType(dialect)})`;
      const inRange = `${c} BETWEEN 1 AND ${scale}`;
      return [
        { field: 'total', expression: countWhere(wholeIn(c, 1, scale)) },
        { field: 'sum', expression: `SUM(CASE WHEN ${inRange} THEN ${rating} ELSE 0 END)` },
        { field: 'sumSquares', expression: `SUM(CASE WHEN ${inRange} THEN ${rating} * ${rating} ELSE 0 END)` },
      ];
    },
    ['total'],
    (cells, issues) => {
      const state = {
        scale,
        sum: countOf(cells.sum!, 'sum', issues),
        sumSquares: countOf(cells.sumSquares!, 'sumSquares', issues),
        total: countOf(cells.total!, 'total', issues),
      };
      if (issues.length === 0) checkSums(cells.total!, cells.sum!, cells.sumSquares!, scale, issues);
      return state;
    },
    `each must be an integer from 1 to ${scale}`,
  );
}
