import type { Issue } from '../../errors.js';
import { toInstant } from '../../_internal/dates.js';
import { ClienteleError } from '../../errors.js';
import type { SlaState } from '../slaAccumulator.js';
import type { SlaSettings } from '../slaAttainment.js';
import { issue, throwIssues } from '../_internal/read.js';
import { readNamed } from '../_internal/options.js';
import {
  SLA_SQL_DIALECTS,
  readDialectOptions,
  aliased,
  countOf,
  countWhere,
  epochMillis,
  missingCount,
  quoteIdentifier,
  readCells,
  readDialect,
  rejectInvalid,
  selectList,
  type SlaSqlDialectName,
} from '../_internal/sql.js';

/** A number the library writes into SQL: a finite double in the shortest form that reads back as itself. */
function numberLiteral(value: number): string {
  return String(value);
}

const COLUMN_KEYS = ['requestedAt', 'completedAt', 'slaHours'] as const;

/**
 * The SLA classification of `slaAttainment` as SQL: on time when completed
 * at or before `requestedAt + slaHours` (exactly at the deadline is on
 * time), late when completed after it, and, for an open task, late when the
 * deadline has passed at `asOf` and open otherwise (always open without
 * `asOf`). Rows with a NULL `requestedAt` are missing; a target that is not
 * a positive finite number (or NULL with no default), or a `completedAt`
 * before `requestedAt`, is invalid.
 */
export function slaSql(
  columns: unknown,
  options: unknown,
  settings: SlaSettings,
): { select: string; read: (row: Readonly<Record<string, unknown>>) => { state: SlaState; missing: number } } {
  const issues: Issue[] = [];
  if (settings.calendar !== null) {
    issues.push(
      issue(['calendar'], 'must be absent: working-time calendars are counted in JavaScript only (make the accumulator without a calendar for SQL)'),
    );
  }
  const named = readDialectOptions(options, ['dialect', 'asOf'], SLA_SQL_DIALECTS, issues);
  const dialect = named === undefined ? undefined : readDialect(named.dialect, SLA_SQL_DIALECTS, ['options', 'dialect'], issues);
  if (named !== undefined && named.asOf !== undefined) {
    try {
      const asOf = toInstant(named.asOf, ['options', 'asOf']);
      if (asOf !== settings.asOf) {
        const made = settings.asOf === null ? 'without asOf' : `with asOf ${new Date(settings.asOf).toISOString()}`;
        issues.push(issue(['options', 'asOf'], `must be the accumulator's own asOf: it was made ${made}, and its states record it`));
      }
    } catch (error) {
      if (!(error instanceof ClienteleError)) throw error;
      issues.push(...error.issues);
    }
  }
  const cols = readNamed(columns, COLUMN_KEYS, issues, 'columns', ['columns'], false);
  const quote = (key: (typeof COLUMN_KEYS)[number]): string | undefined =>
    cols === undefined || (cols[key] === undefined && key === 'slaHours')
      ? undefined
      : quoteIdentifier(cols[key], dialect ?? 'postgres', ['columns', key], issues);
  const requested = quote('requestedAt');
  const completed = quote('completedAt');
  const hoursColumn = quote('slaHours');
  if (cols !== undefined && cols.slaHours === undefined && settings.slaHours === null) {
    issues.push(issue(['columns', 'slaHours'], 'is required: the accumulator has no default slaHours'));
  }
  throwIssues(issues);

  // in whole milliseconds, as slaAttainment reads and compares them: µs against hours × 3,600,000,000 rounds
  // otherwise (1.17 h is 4,212,000 ms in JavaScript but 4,211,999,999.9999995 µs)
  const r = epochMillis(requested!, dialect!);
  const c = epochMillis(completed!, dialect!);
  const conditions: string[] = [`${requested!} IS NOT NULL`];
  let limit: string;
  if (hoursColumn === undefined) {
    // the accumulator's default target, as JavaScript computes the deadline: hours × 3,600,000 ms
    limit = numberLiteral(settings.slaHours! * 3_600_000);
  } else {
    const hours = settings.slaHours === null ? hoursColumn : `COALESCE(${hoursColumn}, ${numberLiteral(settings.slaHours)})`;
    // positive and finite: NaN * 0 and ±Infinity * 0 are NaN, which equals nothing (a NULL target fails both tests)
    conditions.push(`${hours} > 0`, `${hours} * 0 = 0`);
    limit = `${hours} * 3600000`;
  }
  const valid = conditions.join(' AND ');
  const elapsed = `${c} - ${r}`;
  const lateOpen = settings.asOf === null ? undefined : `${numberLiteral(settings.asOf)} - ${r} > ${limit}`;
  const fields = [
    { field: 'onTime', expression: countWhere(`${valid} AND ${elapsed} >= 0 AND ${elapsed} <= ${limit}`) },
    {
      field: 'late',
      expression: countWhere(
        lateOpen === undefined
          ? `${valid} AND ${elapsed} > ${limit}`
          : `${valid} AND (${elapsed} > ${limit} OR (${completed!} IS NULL AND ${lateOpen}))`,
      ),
    },
    {
      field: 'open',
      expression: countWhere(
        lateOpen === undefined ? `${valid} AND ${completed!} IS NULL` : `${valid} AND ${completed!} IS NULL AND NOT (${lateOpen})`,
      ),
    },
  ];
  const counted = fields.map((f) => ` - ${f.expression}`).join('');
  fields.push(
    { field: 'invalid', expression: `COUNT(${requested!})${counted}` },
    { field: 'missing', expression: missingCount(requested!) },
  );
  const names = fields.map((f) => f.field);
  const select = selectList(fields.map((f) => aliased(f.expression, f.field)));
  const read = (row: Readonly<Record<string, unknown>>): { state: SlaState; missing: number } => {
    const cells = readCells(row, names);
    const found: Issue[] = [];
    const counts = names.map((name) => countOf(cells[name]!, name, found));
    throwIssues(found);
    const [onTime, late, open, invalid, missing] = counts as [number, number, number, number, number];
    rejectInvalid(invalid, 'each needs a positive finite slaHours, or NULL with a default, and no completedAt before its requestedAt', 'task');
    const state: SlaState = { asOf: settings.asOf, slaHours: settings.slaHours, calendar: null, onTime, late, open };
    return { state, missing };
  };
  return { select, read };
}
