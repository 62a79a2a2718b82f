import type { SqlAggregate } from '../sqlAggregate.js';
import type { CesState } from '../cesAccumulator.js';
import { columnSql, countOf, countWhere, wholeIn, type SqlDialectName } from '../_internal/sql.js';

/** The integer type a rating is cast to before it is summed (BigQuery names it INT64). */
export function integerType(dialect: SqlDialectName): string {
  return dialect === 'bigquery' ? 'INT64' : 'INTEGER';
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
    (c, dialect) => [
      { field: 'total', expression: countWhere(wholeIn(c, 1, scale)) },
      { field: 'sum', expression: `SUM(CASE WHEN ${wholeIn(c, 1, scale)} THEN CAST(${c} AS ${integerType(dialect)}) ELSE 0 END)` },
      {
        field: 'sumSquares',
        expression: `SUM(CASE WHEN ${wholeIn(c, 1, scale)} THEN CAST(${c} AS ${integerType(dialect)}) * CAST(${c} AS ${integerType(dialect)}) ELSE 0 END)`,
      },
    ],
    ['total'],
    (cells, issues) => ({
      scale,
      sum: countOf(cells.sum!, 'sum', issues),
      sumSquares: countOf(cells.sumSquares!, 'sumSquares', issues),
      total: countOf(cells.total!, 'total', issues),
    }),
    `integers from 1 to ${scale}`,
  );
}
