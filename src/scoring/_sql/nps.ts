import type { SqlAggregate } from '../sqlAggregate.js';
import type { NpsState } from '../npsAccumulator.js';
import { columnSql, countOf, countWhere, wholeIn } from '../_internal/sql.js';
import { PASSIVE_FROM, PROMOTER_FROM } from '../nps.js';

/**
 * NPS as SQL: one count per class (9–10, 7–8, 0–6), each an `IN` list of
 * the whole numbers it holds, so 8.5, -1, 11, NaN and ±Infinity fall in no
 * class and are counted as invalid.
 */
export function npsSql(column: unknown, options: unknown): SqlAggregate<NpsState> {
  return columnSql(
    column,
    options,
    (c) => [
      // the classes of npsGroup, as ranges of whole numbers
      { field: 'promoters', expression: countWhere(wholeIn(c, PROMOTER_FROM, 10)) },
      { field: 'passives', expression: countWhere(wholeIn(c, PASSIVE_FROM, PROMOTER_FROM - 1)) },
      { field: 'detractors', expression: countWhere(wholeIn(c, 0, PASSIVE_FROM - 1)) },
    ],
    ['promoters', 'passives', 'detractors'],
    (cells, issues) => ({
      promoters: countOf(cells.promoters!, 'promoters', issues),
      passives: countOf(cells.passives!, 'passives', issues),
      detractors: countOf(cells.detractors!, 'detractors', issues),
    }),
    'each must be an integer from 0 to 10',
  );
}
