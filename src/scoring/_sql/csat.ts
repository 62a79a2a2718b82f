import type { SqlAggregate } from '../sqlAggregate.js';
import type { CsatState } from '../csatAccumulator.js';
import { columnSql, countOf, countWhere, wholeIn } from '../_internal/sql.js';

/**
 * CSAT as SQL for one scale and threshold: the satisfied ratings
 * (threshold..scale) and the others (1..threshold − 1), each an `IN` list of
 * whole numbers; anything else not NULL is invalid.
 */
export function csatSql(column: unknown, options: unknown, scale: number, threshold: number): SqlAggregate<CsatState> {
  return columnSql(
    column,
    options,
    (c) => [
      { field: 'satisfied', expression: countWhere(wholeIn(c, threshold, scale)) },
      // an empty class (threshold 1) is still a column, so every row reads the same
      { field: 'unsatisfied', expression: threshold > 1 ? countWhere(wholeIn(c, 1, threshold - 1)) : 'SUM(0)' },
    ],
    ['satisfied', 'unsatisfied'],
    (cells, issues) => {
      const satisfied = countOf(cells.satisfied!, 'satisfied', issues);
      const unsatisfied = countOf(cells.unsatisfied!, 'unsatisfied', issues);
      return { scale, threshold, satisfied, total: satisfied + unsatisfied };
    },
    `each must be an integer from 1 to ${scale}`,
  );
}
