import type { Issue, IssuePath } from '../errors.js';
import { isoInstant } from '../_internal/dates.js';
import { collectObservation } from './parseObservation.js';
import type { Observation } from './schemas.js';
import { OBSERVATION_TYPES } from './kinds.js';

/**
 * The records the library reads in bulk (a report over a million
 * observations, a score over a million tasks) are validated by their zod
 * schema, the one definition of each record. Parsing every record with zod
 * costs about 2.7 µs, some 25 times a bare pass that reads a record's type
 * and ids (measured on 200,000 mixed records), so a plain record that is
 * obviously valid takes the quick road below and everything else — a bad
 * value, an unknown key, a getter, a proxy, a class instance — goes to the
 * schema, which gives the issues, their paths and their messages. The quick
 * road can only say "valid"; it never writes an issue. A property test
 * (test/observations/readObservation.prop.test.ts) holds it to the schema
 * over arbitrary input: whenever it accepts, the schema accepts and returns
 * an equal record. Fields the quick road does not know (a task's `paused`
 * or `calendar`, say) send the record to the schema.
 */

const SURVEY_KEYS: ReadonlySet<string> = new Set(['type', 'id', 'respondentId', 'subjectId', 'at', 'stage', 'instrument', 'value', 'scale']);
const TASK_KEYS: ReadonlySet<string> = new Set([
  'type', 'id', 'providerId', 'consumerId', 'requestedAt', 'completedAt', 'slaHours', 'defects', 'reworked',
]);
const PURCHASE_KEYS: ReadonlySet<string> = new Set(['type', 'id', 'customerId', 'at', 'amount', 'currency']);
const REFERRAL_KEYS: ReadonlySet<string> = new Set(['type', 'id', 'referrerId', 'referredId', 'at', 'converted']);
const INTERACTION_KEYS: ReadonlySet<string> = new Set(['type', 'id', 'fromId', 'toId', 'at', 'channel', 'initiatedBy']);

const CURRENCY = /^[A-Z]{3}$/;

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function isOptionalId(value: unknown): boolean {
  return value === undefined || isId(value);
}

function isInstant(value: unknown): value is string {
  return typeof value === 'string' && isoInstant(value) !== null;
}

function isWhole(value: unknown, low: number, high: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= low && value <= high;
}

/**
 * A copy of a plain record's own fields, each read once, or `undefined` when
 * the record is not a plain object, holds a key outside `allowed`, or holds
 * a key `Object.keys` does not list (a symbol, or a non-enumerable field,
 * which zod reads all the same). A field whose value is `undefined` is kept:
 * zod keeps it in its output, and rejects it on an NPS answer (`scale`).
 */
function plainCopy(record: object, allowed: ReadonlySet<string>): Record<string, unknown> | undefined {
  const proto = Object.getPrototypeOf(record);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const keys = Object.keys(record);
  if (Reflect.ownKeys(record).length !== keys.length) return undefined;
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (!allowed.has(key)) return undefined;
    out[key] = (record as Record<string, unknown>)[key];
  }
  return out;
}

function quickSurvey(r: Record<string, unknown>): boolean {
  if (!isOptionalId(r.id) || !isId(r.respondentId) || !isOptionalId(r.subjectId) || !isInstant(r.at)) return false;
  if (r.stage !== undefined && r.stage !== 'launch' && r.stage !== 'established') return false;
  switch (r.instrument) {
    case 'nps':
      // no scale key at all: zod rejects `scale: undefined` on an NPS answer as an unknown key
      return !('scale' in r) && isWhole(r.value, 0, 10);
    case 'csat':
    case 'ces': {
      const scale = r.scale === undefined ? (r.instrument === 'csat' ? 5 : 7) : r.scale;
      return isWhole(scale, 2, 100) && isWhole(r.value, 1, scale);
    }
    default:
      // servqual answers are rare and nested: the schema reads them
      return false;
  }
}

function quickTask(r: Record<string, unknown>): boolean {
  if (!isOptionalId(r.id) || !isId(r.providerId) || !isId(r.consumerId) || r.providerId === r.consumerId) return false;
  const requested = typeof r.requestedAt === 'string' ? isoInstant(r.requestedAt) : null;
  if (requested === null) return false;
  if (r.completedAt !== undefined) {
    const completed = typeof r.completedAt === 'string' ? isoInstant(r.completedAt) : null;
    if (completed === null || completed < requested) return false;
  }
  if (r.slaHours !== undefined && !(typeof r.slaHours === 'number' && r.slaHours > 0 && Number.isFinite(r.slaHours))) return false;
  if (r.defects !== undefined && !isWhole(r.defects, 0, Number.MAX_SAFE_INTEGER)) return false;
  return r.reworked === undefined || typeof r.reworked === 'boolean';
}

function quickPurchase(r: Record<string, unknown>): boolean {
  if (!isOptionalId(r.id) || !isId(r.customerId) || !isInstant(r.at)) return false;
  return typeof r.amount === 'number' && r.amount >= 0 && Number.isFinite(r.amount) && typeof r.currency === 'string' && CURRENCY.test(r.currency);
}

function quickReferral(r: Record<string, unknown>): boolean {
  return (
    isOptionalId(r.id) && isId(r.referrerId) && isId(r.referredId) && r.referrerId !== r.referredId && isInstant(r.at) && typeof r.converted === 'boolean'
  );
}

function quickInteraction(r: Record<string, unknown>): boolean {
  if (!isOptionalId(r.id) || !isId(r.fromId) || !isId(r.toId) || r.fromId === r.toId || !isInstant(r.at)) return false;
  return isId(r.channel) && (r.initiatedBy === r.fromId || r.initiatedBy === r.toId);
}

/**
 * The quick road: a copy of `input` when it is a plain record that is
 * plainly valid, `undefined` when the schema must decide.
 */
export function quickObservation(input: unknown): Observation | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  try {
    // inside the try: Array.isArray throws on a revoked proxy
    if (Array.isArray(input)) return undefined;
    const type = (input as Record<string, unknown>).type;
    if (typeof type !== 'string' || !Object.hasOwn(KEYS_OF, type)) return undefined;
    // one read of every field into a copy: a getter cannot answer twice, and the copy is what is checked and returned
    const record = plainCopy(input, KEYS_OF[type]!);
    // a type that reads differently the second time (a getter, a proxy) is the schema's to judge
    if (record === undefined || record.type !== type) return undefined;
    let ok: boolean;
    switch (type) {
      case 'survey':
        ok = quickSurvey(record);
        break;
      case 'task':
        ok = quickTask(record);
        break;
      case 'purchase':
        ok = quickPurchase(record);
        break;
      case 'referral':
        ok = quickReferral(record);
        break;
      default:
        ok = quickInteraction(record);
    }
    return ok ? (record as unknown as Observation) : undefined;
  } catch {
    return undefined;
  }
}

const KEYS_OF: Readonly<Record<string, ReadonlySet<string>>> = {
  survey: SURVEY_KEYS,
  task: TASK_KEYS,
  purchase: PURCHASE_KEYS,
  referral: REFERRAL_KEYS,
  interaction: INTERACTION_KEYS,
};


/**
 * Reads one observation: the quick road for plain valid records, the schema
 * for everything else. Issues go under `path`, exactly as the schema words
 * them.
 */
export function readObservation(input: unknown, path: IssuePath, issues: Issue[]): Observation | undefined {
  return quickObservation(input) ?? collectObservation(input, path, issues);
}

/**
 * Reads one observation that must be of `type` (a score over tasks takes
 * tasks): an observation of another type, valid or not, is one issue at
 * `[...path, 'type']` (not the other type's missing fields).
 */
export function readRecordOf<T extends Observation['type']>(
  type: T,
  input: unknown,
  path: IssuePath,
  issues: Issue[],
): Extract<Observation, { type: T }> | undefined {
  const wrongType = (other: string): undefined => {
    issues.push({ path: [...path, 'type'], code: 'INVALID_INPUT', message: `must be '${type}', not '${other}'` });
    return undefined;
  };
  const other = otherType(input, type);
  if (other !== undefined) return wrongType(other);
  const before = issues.length;
  const record = readObservation(input, path, issues);
  if (record === undefined) {
    return undefined;
  }
  if (record.type !== type) {
    // only when reading `type` the first time failed: the record's own verdict gives way to the type's
    issues.splice(before);
    return wrongType(record.type);
  }
  return record as Extract<Observation, { type: T }>;
}

/** The `type` of a record that names another observation type than `type`, or undefined (none, an unknown one, or unreadable). */
function otherType(input: unknown, type: string): string | undefined {
  try {
    if (typeof input !== 'object' || input === null) return undefined;
    const named = (input as { type?: unknown }).type;
    return typeof named === 'string' && named !== type && (OBSERVATION_TYPES as readonly string[]).includes(named) ? named : undefined;
  } catch {
    return undefined; // a hostile getter: the reader reports what it can
  }
}
