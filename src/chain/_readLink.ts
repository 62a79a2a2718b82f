/**
 * A hand-written twin of ServiceLinkSchema for the million-link path: the
 * same checks, the same issue paths and codes, messages that quote the same
 * value (a required field left out is told it is required, by gotField, as
 * the schema's is), no allocation per valid link.
 * test/chain/validation.prop.test.ts holds the two to agreement.
 */
import { dateProblem, inclusiveEnd, isoInstant } from '../_internal/dates.js';
import { got, gotField } from '../_internal/fail.js';
import { oneOfRule, unknownKeyMessage } from '../_internal/keys.js';
import type { Issue } from '../errors.js';
import { VALIDITY_ORDER_MESSAGE } from './_validity.js';
import { readCalendar } from './_readCalendar.js';
import { DELIVERABLES } from './serviceLink.js';
import type { Calendar } from './calendar.js';

/** The columns a chain keeps for its links, filled one link at a time. */
export interface LinkBuilder {
  readonly size: number;
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** The `from` and `to` of the link just read, when they are non-empty strings. */
  fromId: string | undefined;
  toId: string | undefined;
  /** The `owner` of the link just read, when it has one that is a non-empty string. */
  ownerId: string | undefined;
  readonly service: string[];
  readonly deliverable: Uint8Array;
  weight: Float64Array | null;
  sla: Float64Array | null;
  validFrom: (string | undefined)[] | null;
  validTo: (string | undefined)[] | null;
  start: Float64Array | null;
  end: Float64Array | null;
  /** Owner index per link, -1 where none; null until a link names an owner. */
  owner: Int32Array | null;
  /** Each link's working calendar (a frozen copy); null until a link has one. */
  calendar: (Calendar | undefined)[] | null;
}

export function linkBuilder(size: number): LinkBuilder {
  return {
    size,
    from: new Int32Array(size).fill(-1),
    to: new Int32Array(size).fill(-1),
    fromId: undefined,
    toId: undefined,
    ownerId: undefined,
    service: new Array<string>(size).fill(''),
    deliverable: new Uint8Array(size),
    weight: null,
    sla: null,
    validFrom: null,
    validTo: null,
    start: null,
    end: null,
    owner: null,
    calendar: null,
  };
}

const ID_MESSAGE = 'must be a non-empty string';
const POSITIVE = 'must be a finite number greater than 0';

function deliverableCode(value: unknown): number {
  switch (value) {
    case 'tool':
      return 0;
    case 'information':
      return 1;
    case 'support':
      return 2;
    case 'product':
      return 3;
    case 'service':
      return 4;
    default:
      return -1;
  }
}

function isLinkKey(key: string): boolean {
  switch (key) {
    case 'from':
    case 'to':
    case 'service':
    case 'deliverable':
    case 'slaHours':
    case 'weight':
    case 'validFrom':
    case 'validTo':
    case 'owner':
    case 'calendar':
      return true;
    default:
      return false;
  }
}

/** The keys {@link isLinkKey} accepts, for suggesting the nearest one to an unknown key. */
const LINK_KEYS = ['from', 'to', 'service', 'deliverable', 'slaHours', 'weight', 'validFrom', 'validTo', 'owner', 'calendar'];

function positive(value: unknown): boolean {
  return typeof value === 'number' && value > 0 && value !== Infinity;
}

function issue(issues: Issue[], path: (string | number)[], message: string): void {
  issues.push({ path, code: 'INVALID_INPUT', message });
}

/**
 * Reads link `i` into the builder. Shape problems are pushed as issues under
 * `['links', i, …]` (the prefix comes from `prefix`); `fromId` / `toId` are left
 * set when they are non-empty strings, for the caller to resolve. Returns true when the link's shape is
 * valid. May throw when `raw` is hostile (a throwing getter, a revoked proxy):
 * the caller turns that into one issue.
 */
export function readLink(raw: unknown, i: number, cols: LinkBuilder, prefix: readonly (string | number)[], issues: Issue[]): boolean {
  cols.fromId = undefined;
  cols.toId = undefined;
  cols.ownerId = undefined;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    issue(issues, [...prefix, i], got('must be a link object', raw));
    return false;
  }
  const before = issues.length;
  for (const key in raw) {
    if (!isLinkKey(key)) issue(issues, [...prefix, i, key], unknownKeyMessage(key, LINK_KEYS));
  }
  const link = raw as Record<string, unknown>;
  const from = link.from;
  const to = link.to;
  const service = link.service;
  const deliverable = link.deliverable;
  const slaHours = link.slaHours;
  const weight = link.weight;
  const validFrom = link.validFrom;
  const validTo = link.validTo;
  const owner = link.owner;
  const calendarRaw = link.calendar;

  if (typeof from === 'string' && from.length > 0) cols.fromId = from;
  else issue(issues, [...prefix, i, 'from'], gotField(ID_MESSAGE, from, raw, 'from'));
  if (typeof to === 'string' && to.length > 0) cols.toId = to;
  else issue(issues, [...prefix, i, 'to'], gotField(ID_MESSAGE, to, raw, 'to'));
  if (typeof service === 'string' && service.length > 0) cols.service[i] = service;
  else issue(issues, [...prefix, i, 'service'], gotField(ID_MESSAGE, service, raw, 'service'));
  const code = deliverableCode(deliverable);
  if (code >= 0) cols.deliverable[i] = code;
  else issue(issues, [...prefix, i, 'deliverable'], gotField(oneOfRule(DELIVERABLES, deliverable), deliverable, raw, 'deliverable'));
  if (owner !== undefined) {
    if (typeof owner === 'string' && owner.length > 0) cols.ownerId = owner;
    else issue(issues, [...prefix, i, 'owner'], got(ID_MESSAGE, owner));
  }

  if (slaHours !== undefined) {
    if (positive(slaHours)) {
      if (cols.sla === null) cols.sla = new Float64Array(cols.size).fill(Number.NaN);
      cols.sla[i] = slaHours as number;
    } else {
      issue(issues, [...prefix, i, 'slaHours'], got(POSITIVE, slaHours));
    }
  }
  if (weight !== undefined) {
    if (positive(weight)) {
      if (weight !== 1) {
        if (cols.weight === null) cols.weight = new Float64Array(cols.size).fill(1);
        cols.weight[i] = weight as number;
      }
    } else {
      issue(issues, [...prefix, i, 'weight'], got(POSITIVE, weight));
    }
  }

  let start = Number.NEGATIVE_INFINITY;
  let end = Number.POSITIVE_INFINITY;
  let startOk = true;
  let endOk = true;
  if (validFrom !== undefined) {
    const instant = typeof validFrom === 'string' ? isoInstant(validFrom) : null;
    if (instant === null) {
      startOk = false;
      issue(issues, [...prefix, i, 'validFrom'], got(dateProblem(validFrom) ?? 'is not a date', validFrom));
    } else {
      start = instant;
    }
  }
  if (validTo !== undefined) {
    const instant = typeof validTo === 'string' ? isoInstant(validTo) : null;
    if (instant === null) {
      endOk = false;
      issue(issues, [...prefix, i, 'validTo'], got(dateProblem(validTo) ?? 'is not a date', validTo));
    } else {
      end = inclusiveEnd(validTo as string);
    }
  }
  if (startOk && endOk && start > end) issue(issues, [...prefix, i, 'validTo'], got(VALIDITY_ORDER_MESSAGE, validTo));
  const calendar = calendarRaw === undefined ? undefined : readCalendar(calendarRaw, [...prefix, i, 'calendar'], issues);
  if (issues.length !== before) return false;

  if (calendar !== undefined) {
    if (cols.calendar === null) cols.calendar = new Array<Calendar | undefined>(cols.size).fill(undefined);
    cols.calendar[i] = calendar;
  }

  if (validFrom !== undefined || validTo !== undefined) {
    if (cols.start === null) {
      cols.validFrom = new Array<string | undefined>(cols.size).fill(undefined);
      cols.validTo = new Array<string | undefined>(cols.size).fill(undefined);
      cols.start = new Float64Array(cols.size).fill(Number.NEGATIVE_INFINITY);
      cols.end = new Float64Array(cols.size).fill(Number.POSITIVE_INFINITY);
    }
    (cols.validFrom as (string | undefined)[])[i] = validFrom as string | undefined;
    (cols.validTo as (string | undefined)[])[i] = validTo as string | undefined;
    cols.start[i] = start;
    (cols.end as Float64Array)[i] = end;
  }
  return true;
}
