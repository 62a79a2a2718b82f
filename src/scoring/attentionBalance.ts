import type { Issue } from '../errors.js';
import { EXTERNAL_KINDS, type ExternalKind } from '../customers/kinds.js';
import { describe } from '../_internal/fail.js';
import { checkNumber, eachItem, isRecord, issue, readKey, rejectUnknownKeys, throwIssues } from './_internal/read.js';
import { optionPath, readNamed } from './_internal/options.js';

/**
 * One kind of external customer for {@link attentionBalance}: how many
 * customers of that kind there are, and how many of them were heard from.
 *
 * @category Scoring
 */
export interface AttentionGroup {
  /** An external kind: `'user'`, `'buyer'` or `'beneficiary'`; each at most once. */
  readonly kind: ExternalKind;
  /** How many customers of this kind, an integer ≥ 0. */
  readonly customers: number;
  /** How many of them were heard from (answered a survey, took part in an interaction), an integer from 0 to `customers`. */
  readonly heard: number;
}

/**
 * Options of {@link attentionBalance}.
 *
 * @category Scoring
 */
export interface AttentionOptions {
  /** How many percentage points below the best-heard kind a kind may fall before it is underheard, 0..100; default 20. */
  readonly tolerance?: number;
}

/**
 * One row of {@link AttentionResult.coverage}.
 *
 * @category Scoring
 */
export interface AttentionCoverage {
  readonly kind: ExternalKind;
  readonly customers: number;
  readonly heard: number;
  /** `heard × 100 ÷ customers`, 0..100; `null` for a kind with no customers. */
  readonly coverage: number | null;
}

/**
 * The result of {@link attentionBalance}.
 *
 * @category Scoring
 */
export interface AttentionResult {
  /** One row per group, in the order given. */
  readonly coverage: readonly AttentionCoverage[];
  /** The kinds whose coverage is more than `tolerance` points below the highest, in the order given; `[]` when balanced. */
  readonly underheard: readonly ExternalKind[];
}

const KIND_RULE = `must be one of ${EXTERNAL_KINDS.map((kind) => `'${kind}'`).join(' | ')}`;

/**
 * Whether an organisation listens to each kind of external customer alike —
 * users, buyers and beneficiaries deserve equal attention, and the one who
 * pays is easily the only one heard. For each kind, the coverage is the share
 * of its customers heard from (heard × 100 ÷ customers; `null` when it has no
 * customers); a kind is underheard when its coverage is more than
 * `tolerance` points below the highest coverage of any kind.
 *
 * @param groups - `{ kind, customers, heard }` per external kind: integers ≥ 0, `heard ≤ customers`, each kind at most once
 * @param options - `tolerance`, 0..100 percentage points (default 20)
 * @returns the coverage of each kind and the underheard kinds
 * @throws {ClienteleError} INVALID_INPUT at `['groups', i, 'kind']` for a kind that is not external or is repeated, at `['groups', i, 'customers']` / `['groups', i, 'heard']` for a count that is not an integer ≥ 0 or more heard than there are customers, at `['groups', i, key]` for an unknown key, at `['options', 'tolerance']` for a bad tolerance
 *
 * @example
 * ```ts
 * import { attentionBalance } from 'clientele';
 *
 * const attention = attentionBalance([
 *   { kind: 'buyer', customers: 40, heard: 30 },
 *   { kind: 'user', customers: 200, heard: 90 },
 *   { kind: 'beneficiary', customers: 0, heard: 0 },
 * ]);
 * attention.coverage.map((row) => row.coverage)
 * //=> [75, 45, null]
 * attention.underheard
 * //=> ['user']
 * attentionBalance([{ kind: 'buyer', customers: 40, heard: 30 }, { kind: 'user', customers: 200, heard: 120 }]).underheard
 * //=> []
 * ```
 *
 * @category Scoring
 */
export function attentionBalance(groups: readonly AttentionGroup[], options?: AttentionOptions): AttentionResult {
  const issues: Issue[] = [];
  const named = readNamed(options, ['tolerance'], issues);
  let tolerance = 20;
  if (named?.tolerance !== undefined && checkNumber(named.tolerance, optionPath('tolerance'), issues, 0, 100)) {
    tolerance = named.tolerance;
  }
  const rows: AttentionCoverage[] = [];
  const seen = new Map<string, number>();
  eachItem(groups, ['groups'], issues, (item, index) => {
    const path = ['groups', index];
    if (!isRecord(item, path, issues, 'a group { kind, customers, heard }')) return;
    rejectUnknownKeys(item, ['kind', 'customers', 'heard'], path, issues);
    const kind = readKey(item, 'kind', path, issues);
    const customers = readKey(item, 'customers', path, issues);
    const heard = readKey(item, 'heard', path, issues);
    let okKind = false;
    if (kind.ok) {
      const first = typeof kind.value === 'string' ? seen.get(kind.value) : undefined;
      if (!(EXTERNAL_KINDS as readonly unknown[]).includes(kind.value)) {
        issues.push(issue([...path, 'kind'], `${KIND_RULE} — got ${describe(kind.value)}`));
      } else if (first !== undefined) {
        issues.push(issue([...path, 'kind'], `must appear once: group ${first} is also ${describe(kind.value)}`));
      } else {
        seen.set(kind.value as string, index);
        okKind = true;
      }
    }
    const okCustomers = customers.ok && checkNumber(customers.value, [...path, 'customers'], issues, 0, Infinity, true);
    const okHeard = heard.ok && checkNumber(heard.value, [...path, 'heard'], issues, 0, Infinity, true);
    if (okCustomers && okHeard && (heard.value as number) > (customers.value as number)) {
      issues.push(issue([...path, 'heard'], `must be at most customers (${customers.value as number}) — got ${heard.value as number}`));
      return;
    }
    if (!okKind || !okCustomers || !okHeard) return;
    const count = customers.value as number;
    const reached = heard.value as number;
    rows.push({ kind: kind.value as ExternalKind, customers: count, heard: reached, coverage: count === 0 ? null : (reached * 100) / count });
  });
  throwIssues(issues);
  let highest = -Infinity;
  for (const row of rows) if (row.coverage !== null && row.coverage > highest) highest = row.coverage;
  const underheard = rows.filter((row) => row.coverage !== null && highest - row.coverage > tolerance).map((row) => row.kind);
  return { coverage: rows, underheard };
}
