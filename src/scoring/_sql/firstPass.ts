import type { Issue } from '../../errors.js';
import type { SqlAggregate } from '../sqlAggregate.js';
import type { FirstPassState } from '../firstPassAccumulator.js';
import { issue, throwIssues } from '../_internal/read.js';
import { readNamed } from '../_internal/options.js';
import {
  aliased,
  countOf,
  countWhere,
  missingCount,
  quoteIdentifier,
  readCells,
  readSqlOptions,
  rejectInvalid,
  selectList,
  wholeIn,
} from '../_internal/sql.js';

const COLUMN_KEYS = ['requestedAt', 'completedAt', 'defects', 'reworked'] as const;

/** The most defects a task may record: `TaskSchema` takes whole numbers up to 2^53 − 1. */
const MAX_DEFECTS = Number.MAX_SAFE_INTEGER;

/**
 * The first-pass classification of `firstPassYield` as SQL. A task with a
 * NULL `completedAt` is open; a completed one passed when it has no
 * defects (`defects` NULL or 0: the field is optional, and absent means 0)
 * and was not reworked (`reworked` NULL or FALSE), as `passedFirstTime`
 * decides. Without a `defects` or `reworked` column every task takes that
 * default. A `defects` value that is not a whole number from 0 to 2^53 − 1,
 * or a `completedAt` before `requestedAt`, makes the task invalid, as
 * `TaskSchema` refuses both. With a `requestedAt` column, rows where it is
 * NULL are missing (not tasks), as in the SLA SQL; without it every row is
 * a task and `missing` is 0.
 */
export function firstPassSql(columns: unknown, options: unknown): SqlAggregate<FirstPassState> {
  const issues: Issue[] = [];
  const dialect = readSqlOptions(options, issues);
  const cols = readNamed(columns, COLUMN_KEYS, issues, 'columns', ['columns'], false);
  const quote = (key: (typeof COLUMN_KEYS)[number]): string | undefined =>
    cols === undefined || (cols[key] === undefined && key !== 'completedAt')
      ? undefined
      : quoteIdentifier(cols[key], dialect ?? 'ansi', ['columns', key], issues);
  const requested = quote('requestedAt');
  const completed = quote('completedAt');
  const defects = quote('defects');
  const reworked = quote('reworked');
  throwIssues(issues);

  const checks: string[] = [];
  if (requested !== undefined) checks.push(`${requested} IS NOT NULL`, `(${completed!} IS NULL OR ${completed!} >= ${requested})`);
  // NaN and ±Infinity fail the range, whatever the engine's NaN ordering (see wholeIn)
  if (defects !== undefined) checks.push(`(${defects} IS NULL OR (${wholeIn(defects, 0, MAX_DEFECTS)}))`);
  const valid = (more: string): string => [...checks, more].join(' AND ');
  const clean: string[] = [];
  if (defects !== undefined) clean.push(`(${defects} IS NULL OR ${defects} = 0)`);
  if (reworked !== undefined) clean.push(`(${reworked} IS NULL OR NOT ${reworked})`);

  const fields = [
    { field: 'passed', expression: countWhere(valid([`${completed!} IS NOT NULL`, ...clean].join(' AND '))) },
    { field: 'total', expression: countWhere(valid(`${completed!} IS NOT NULL`)) },
    { field: 'open', expression: countWhere(valid(`${completed!} IS NULL`)) },
  ];
  // invalid = tasks − completed − open, as the SLA SQL counts it
  const rows = requested === undefined ? 'COUNT(*)' : `COUNT(${requested})`;
  fields.push(
    { field: 'invalid', expression: `${rows} - ${fields[1]!.expression} - ${fields[2]!.expression}` },
    { field: 'missing', expression: requested === undefined ? '0' : missingCount(requested) },
  );
  const names = fields.map((f) => f.field);
  const select = selectList(fields.map((f) => aliased(f.expression, f.field)));
  const rule = [
    defects === undefined ? undefined : 'defects NULL or a whole number from 0 to 2^53 − 1',
    requested === undefined ? undefined : 'no completedAt before its requestedAt',
  ].filter((part) => part !== undefined);
  const read = (row: Readonly<Record<string, unknown>>): { state: FirstPassState; missing: number } => {
    const cells = readCells(row, names);
    const found: Issue[] = [];
    const [passed, total, open, invalid, missing] = names.map((name) => countOf(cells[name]!, name, found)) as [number, number, number, number, number];
    if (found.length === 0 && passed > total) {
      found.push(issue(['row', 'clientele_passed'], `must not exceed clientele_total (${total}), not ${passed}: the query was changed`));
    }
    throwIssues(found);
    rejectInvalid(
      invalid,
      // without defects and requestedAt columns no task can be invalid, and this never throws
      `each needs ${rule.join(', and ')}`,
      'task',
      requested === undefined ? 'a NULL completedAt is an open task' : 'a NULL requestedAt is read as missing; a NULL completedAt is an open task',
    );
    return { state: { passed, total, open }, missing };
  };
  return { select, read };
}
