import { isIsoDateString } from '../_internal/dates.js';
import { PARTY_TYPES } from './kinds.js';
import { CustomerSchema, type Customer } from './schemas.js';

/**
 * A chain of 100,000 customers spent some 600 ms in zod, about half of its
 * whole build, at 5–7 µs a customer. Most customers in bulk data are plain
 * objects holding a kind, an id, a name and a few references, so a plain
 * customer that is obviously valid takes the quick road below, and everything
 * else — a bad value, an unknown key, a symbol or `__proto__` key, a getter,
 * a class instance, an unusual `attributes` — goes to the schema, which gives the
 * issues, their paths and their messages. The quick road can only say
 * "valid"; it never writes an issue. A property test
 * (test/customers/readCustomer.prop.test.ts) holds it to the schema over
 * arbitrary input: whenever it accepts, the schema accepts and returns an
 * equal customer, with its keys in the same order.
 *
 * Which keys each kind has, in which order, which are optional and which
 * take a default is read from the schemas themselves (zod writes its output
 * in shape order); only the rule for each field's value is written here. A
 * field the schemas gain and this file does not know sends every customer
 * holding it to the schema.
 */

/** What a field reader returns when the value is not plainly valid. */
const NOT_PLAIN: unique symbol = Symbol('not plain');

/** A field's value as it goes into the customer (a copy for tags and attributes), or NOT_PLAIN. */
type ReadField = (value: unknown) => unknown;

function isText(value: unknown): boolean {
  return typeof value === 'string' && value.length > 0;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function only(check: (value: unknown) => boolean): ReadField {
  return (value) => (check(value) ? value : NOT_PLAIN);
}

/**
 * What `record` holds at `key`: nothing, plain data (an own, enumerable data
 * property: no getter to run, nothing hidden), or something else. Plain data
 * is then read as zod reads it, so a proxy's `get` trap answers (or throws)
 * for both roads alike.
 */
function holding(record: object, key: PropertyKey): 'absent' | 'data' | 'other' {
  const descriptor = Object.getOwnPropertyDescriptor(record, key);
  if (descriptor === undefined) return 'absent';
  return descriptor.enumerable === true && 'value' in descriptor ? 'data' : 'other';
}

/** The value of an own data property, `undefined` when absent, NOT_PLAIN for a getter or a hidden key. */
function ownValue(record: object, key: PropertyKey): unknown {
  const held = holding(record, key);
  if (held === 'data') return (record as Record<PropertyKey, unknown>)[key];
  return held === 'absent' ? undefined : NOT_PLAIN;
}

/** `tags`: an array of strings held as plain elements, copied element by element as zod copies it. */
function readTags(value: unknown): unknown {
  if (!Array.isArray(value)) return NOT_PLAIN;
  const length = value.length;
  const copy: string[] = [];
  for (let i = 0; i < length; i += 1) {
    const tag = ownValue(value, i);
    if (typeof tag !== 'string') return NOT_PLAIN;
    copy.push(tag);
  }
  return copy;
}

/**
 * `attributes`: a plain record of string keys holding attribute values as
 * plain data. A `__proto__` key (zod skips it; collectCustomer restores it),
 * a symbol, a getter, a non-enumerable key or another prototype goes to the
 * schema.
 */
function readAttributes(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return NOT_PLAIN;
  const proto: unknown = Object.getPrototypeOf(value);
  if ((proto !== Object.prototype && proto !== null) || Array.isArray(value)) return NOT_PLAIN;
  const copy: Record<string, unknown> = {};
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key !== 'string' || key === '__proto__') return NOT_PLAIN;
    const item = ownValue(value, key);
    if (item !== null && typeof item !== 'string' && typeof item !== 'boolean' && !isFiniteNumber(item)) return NOT_PLAIN;
    copy[key] = item;
  }
  return copy;
}

const readId = only(isText);
const readText = only(isText);
const readDate = only(isIsoDateString);
const readParty = only((value) => (PARTY_TYPES as readonly unknown[]).includes(value));

/** The value rule of every field the quick road knows, by field name. */
const READERS: Readonly<Record<string, ReadField>> = {
  id: readId,
  name: readText,
  partyId: readId,
  since: readDate,
  tags: readTags,
  attributes: readAttributes,
  parentId: readId,
  headId: readId,
  function: readText,
  departmentId: readId,
  managerId: readId,
  title: readText,
  hiredAt: readDate,
  shares: only((value) => isFiniteNumber(value) && value >= 0),
  ownership: only((value) => isFiniteNumber(value) && value >= 0 && value <= 1),
  holder: readParty,
  party: readParty,
  segment: readText,
  usesProduct: only((value) => typeof value === 'boolean'),
  via: readId,
};

const never: ReadField = () => NOT_PLAIN;

/** One key of a kind, as its schema declares it. */
interface Field {
  readonly key: string;
  /** `required`: must be present; `optional`: may be absent or undefined; `default`: absent or undefined becomes `fallback`. */
  readonly mode: 'kind' | 'required' | 'optional' | 'default';
  readonly read: ReadField;
  readonly fallback: unknown;
}

/** The minimum of zod's schema objects read here (`def` is zod v4's public definition). */
interface FieldSchema {
  readonly def: { readonly type: string; readonly defaultValue?: unknown };
}

function fieldOf(key: string, schema: FieldSchema): Field {
  const read = Object.hasOwn(READERS, key) ? READERS[key]! : never;
  switch (schema.def.type) {
    case 'literal':
      return { key, mode: 'kind', read, fallback: undefined };
    case 'optional':
      return { key, mode: 'optional', read, fallback: undefined };
    case 'default':
      return { key, mode: 'default', read, fallback: schema.def.defaultValue };
    default:
      return { key, mode: 'required', read, fallback: undefined };
  }
}

let plans: Map<unknown, readonly Field[]> | undefined;

/** Each kind's fields in the order zod writes them, built on first use. */
function plansByKind(): Map<unknown, readonly Field[]> {
  if (plans === undefined) {
    plans = new Map();
    for (const option of CustomerSchema.options) {
      const shape = option.shape as unknown as Readonly<Record<string, FieldSchema>>;
      const kind = (shape.kind as unknown as { readonly def: { readonly values: readonly unknown[] } }).def.values[0];
      plans.set(
        kind,
        Object.keys(shape).map((key) => fieldOf(key, shape[key]!)),
      );
    }
  }
  return plans;
}

/**
 * The quick road: the customer zod would return for `input` when it is a
 * plain object holding plainly valid fields, `undefined` when the schema
 * must decide. Every field is read once from its descriptor, so no getter
 * runs (a getter or a hidden key sends the customer to the schema), into the
 * customer that is checked and returned; the input is never handed back.
 */
export function quickCustomer(input: unknown): Customer | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  try {
    const proto: unknown = Object.getPrototypeOf(input);
    if ((proto !== Object.prototype && proto !== null) || Array.isArray(input)) return undefined;
    const kind = ownValue(input, 'kind');
    const fields = plansByKind().get(kind);
    if (fields === undefined) return undefined;
    const out: Record<string, unknown> = {};
    let own = 0;
    for (const field of fields) {
      // a getter is the schema's to run (and to run again, as collectCustomer does)
      const held = holding(input, field.key);
      if (held !== 'data') {
        if (held === 'other' || field.mode === 'required' || field.mode === 'kind') return undefined;
        if (field.mode === 'default') out[field.key] = field.fallback;
        continue;
      }
      own += 1;
      if (field.mode === 'kind') {
        out[field.key] = kind;
        continue;
      }
      const value = (input as Record<string, unknown>)[field.key];
      if (value === undefined && field.mode !== 'required') {
        // zod keeps an optional key given as undefined, and fills a defaulted one
        out[field.key] = field.mode === 'default' ? field.fallback : undefined;
        continue;
      }
      const read = field.read(value);
      if (read === NOT_PLAIN) return undefined;
      out[field.key] = read;
    }
    // an own key outside the shape (unknown, a symbol, `__proto__`, even a non-enumerable one zod would skip) is the schema's to judge
    if (Reflect.ownKeys(input).length !== own) return undefined;
    return out as Customer;
  } catch {
    // a revoked proxy or a throwing trap
    return undefined;
  }
}
