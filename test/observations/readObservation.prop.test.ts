// The quick road of readObservation against the schema it stands in for
// (SPEC §8: a hand-written reader is held equal to the schema by a property
// test over arbitrary input). Two laws:
//   1. whenever quickObservation(x) returns a record, ObservationSchema
//      accepts x and returns an equal record;
//   2. readObservation gives exactly the issues (paths, codes, messages) and
//      the record that collectObservation gives, on every input.
// The input is valid records of every type and instrument, and near-valid
// ones: one field replaced, added or removed, relations broken, and the
// record dressed as a getter, a class instance, a null-prototype object, a
// proxy, or with a `__proto__` or symbol key.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue, IssuePath } from '../../src/errors.js';
import { collectObservation } from '../../src/observations/parseObservation.js';
import { quickObservation, readObservation, readRecordOf } from '../../src/observations/readObservation.js';
import { ObservationSchema } from '../../src/observations/schemas.js';
import { Box, fieldDressArb, Hostile, made, quickRoadInputArb, removeKey, revokedProxy, type Dress, type Mutation, type Rec } from '../_shared/quickRoad.js';

// ---------------------------------------------------------------------------
// valid records

const ID_POOL = ['a', 'b', 'u1', 'it', 'sales', '__proto__', 'constructor', 'toString', '0', ' ', 'Ω', '😀'];
const idArb = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ID_POOL) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 3 }) });

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** An ISO text naming the instant `ms` (after truncation to what the style can say), and that instant. */
function isoText(ms: number, style: number): { text: string; at: number } {
  const offsets = [0, 0, 420, -330, 345, -720, 0];
  if (style === 0) {
    const day = Math.floor(ms / 86_400_000) * 86_400_000;
    const d = new Date(day);
    return { text: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`, at: day };
  }
  const offset = offsets[style % offsets.length]!;
  const millis = style === 6;
  const at = millis ? ms : Math.floor(ms / 1000) * 1000;
  const local = new Date(at + offset * 60_000);
  const text =
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    (millis ? `.${pad(local.getUTCMilliseconds(), 3)}` : '');
  if (offset === 0) return { text: `${text}Z`, at };
  const abs = Math.abs(offset);
  return { text: `${text}${offset > 0 ? '+' : '-'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`, at };
}

// 1970..2100, and the leap days around 2000 and 2100
const instantArb = fc.oneof(
  fc.integer({ min: 0, max: Date.UTC(2100, 11, 31) }),
  fc.constantFrom(Date.UTC(2000, 1, 29, 12), Date.UTC(2024, 1, 29), Date.UTC(2100, 1, 28, 23, 59, 59)),
);
const dateArb = fc.tuple(instantArb, fc.nat(6)).map(([ms, style]) => isoText(ms, style));
const isoArb = dateArb.map((d) => d.text);
const stageArb = fc.constantFrom('launch', 'established');

/** Adds each optional field with probability ½; absent fields are absent keys. */
function withOptional(base: Rec, optional: Rec): Rec {
  return { ...base, ...optional };
}

const optional = <T,>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

function dropUndefined(record: Rec): Rec {
  const out: Rec = {};
  for (const [key, value] of Object.entries(record)) if (value !== undefined) out[key] = value;
  return out;
}

const surveyBase = fc.record({
  respondentId: idArb,
  subjectId: optional(idArb),
  id: optional(idArb),
  at: isoArb,
  stage: optional(stageArb),
});

const npsArb = fc
  .tuple(surveyBase, fc.integer({ min: 0, max: 10 }))
  .map(([base, value]) => dropUndefined({ type: 'survey', instrument: 'nps', ...base, value }));

function ratingArb(instrument: 'csat' | 'ces', defaultScale: number) {
  return fc
    .tuple(surveyBase, optional(fc.oneof(fc.integer({ min: 2, max: 100 }), fc.constantFrom(2, 3, 100))), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([base, scale, share]) => {
      const top = scale ?? defaultScale;
      const value = 1 + Math.min(top - 1, Math.floor(share * top));
      return dropUndefined({ type: 'survey', instrument, ...base, value, scale });
    });
}

const likertArb = fc.oneof(fc.integer({ min: 1, max: 7 }), fc.double({ min: 1, max: 7, noNaN: true }));
const ratingsArb = fc.record({ tangibles: likertArb, reliability: likertArb, responsiveness: likertArb, assurance: likertArb, empathy: likertArb });
const servqualArb = fc
  .tuple(surveyBase, ratingsArb, ratingsArb)
  .map(([base, expectations, perceptions]) => dropUndefined({ type: 'survey', instrument: 'servqual', ...base, expectations, perceptions }));

/** Two different ids. */
const pairArb = fc.tuple(idArb, idArb).filter(([a, b]) => a !== b);

const taskArb = fc
  .record({
    pair: pairArb,
    id: optional(idArb),
    first: dateArb,
    second: optional(dateArb),
    slaHours: optional(fc.oneof(fc.double({ min: Number.MIN_VALUE, max: 1e6, noNaN: true }), fc.constantFrom(0.5, 8, Number.MAX_VALUE))),
    defects: optional(fc.oneof(fc.nat(5), fc.constant(Number.MAX_SAFE_INTEGER))),
    reworked: optional(fc.boolean()),
  })
  .map(({ pair: [providerId, consumerId], id, first, second, ...rest }) => {
    const [requested, completed] = second === undefined || first.at <= second.at ? [first, second] : [second, first];
    return dropUndefined({ type: 'task', id, providerId, consumerId, requestedAt: requested.text, completedAt: completed?.text, ...rest });
  });

const purchaseArb = fc
  .record({
    id: optional(idArb),
    customerId: idArb,
    at: isoArb,
    amount: fc.oneof(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.constantFrom(0, 0.1, Number.MAX_VALUE, Number.MIN_VALUE)),
    currency: fc.constantFrom('EUR', 'USD', 'VND', 'XXX'),
  })
  .map((record) => dropUndefined({ type: 'purchase', ...record }));

const referralArb = fc
  .record({ pair: pairArb, id: optional(idArb), at: isoArb, converted: fc.boolean() })
  .map(({ pair: [referrerId, referredId], ...rest }) => dropUndefined({ type: 'referral', referrerId, referredId, ...rest }));

const interactionArb = fc
  .record({
    pair: pairArb,
    id: optional(idArb),
    at: isoArb,
    channel: fc.oneof(fc.constantFrom('email', 'meeting', 'chat'), fc.string({ minLength: 1, maxLength: 3 })),
    fromStarted: fc.boolean(),
  })
  .map(({ pair: [fromId, toId], fromStarted, ...rest }) =>
    dropUndefined({ type: 'interaction', fromId, toId, initiatedBy: fromStarted ? fromId : toId, ...rest }),
  );

/** Valid plain records the quick road is meant to take (every type; surveys but servqual). */
const quickValidArb = fc.oneof(npsArb, ratingArb('csat', 5), ratingArb('ces', 7), taskArb, purchaseArb, referralArb, interactionArb);
const validArb = fc.oneof(quickValidArb, servqualArb);

// ---------------------------------------------------------------------------
// near-valid records

const BAD_DATES = [
  '2024-02-30',
  '2023-02-29',
  '2100-02-29',
  '2024-04-31',
  '2024-13-01',
  '2024-00-10',
  '2024-05-00',
  '2024-05-01T24:00:00Z',
  '2024-05-01T23:60:00Z',
  '2024-05-01T23:59:60Z',
  '2024-05-01T10:00',
  '2024-05-01T10:00:00',
  '2024-05-01T10:00:00+24:00',
  '2024-05-01T10:00:00+05:60',
  '2024-05-01T10:00:00+0700',
  '2024-05-01T10:00:00.1234567890Z',
  '2024-05-01 10:00:00Z',
  '2024-05-01t10:00:00z',
  '2024-5-1',
  '20240501',
  '+002024-05-01',
  ' 2024-05-01',
  '2024-05-01\n',
  '',
];
const EDGE_DATES = [
  '2024-02-29',
  '2000-02-29',
  '2024-05-01T10:00Z',
  '2024-05-01T10:00:00.123456789Z',
  '2024-05-01T23:59:59-23:59',
  '2024-05-01T00:00:00+23:59',
  '2024-05-01T00:00:00-00:00',
  '1970-01-01',
  '9999-12-31T23:59:59.999Z',
];

/** Values a field might wrongly hold: wrong types, out of range, empty, NaN, undefined, and text that is almost a date. */
const wrongValueArb: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom<unknown>(
      undefined,
      null,
      Number.NaN,
      Infinity,
      -Infinity,
      -0,
      0,
      1,
      -1,
      0.5,
      1.5,
      2,
      3,
      5,
      7,
      10,
      11,
      100,
      101,
      2 ** 53,
      Number.MAX_SAFE_INTEGER,
      Number.MAX_VALUE,
      Number.MIN_VALUE,
      5n,
      '',
      ' ',
      'x',
      '5',
      'EUR',
      'eur',
      'EURO',
      'E1R',
      'launch',
      'Launch',
      'nps',
      'csat',
      'ces',
      'servqual',
      'survey',
      'task',
      'purchase',
      'referral',
      'interaction',
      true,
      false,
      [],
      {},
      [1],
      { a: 1 },
      new Date(0),
      new Box(),
      new String('a'),
      new Number(1),
      Symbol('s'),
      () => 1,
    ),
  },
  { weight: 3, arbitrary: fc.constantFrom(...BAD_DATES, ...EDGE_DATES) },
  { weight: 1, arbitrary: isoArb },
  { weight: 1, arbitrary: idArb },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 1 }) },
);

/** Keys of every record type (so a field of one type lands on another), keys of none, and prototype keys. */
const KEY_POOL = [
  'type',
  'id',
  'respondentId',
  'subjectId',
  'at',
  'stage',
  'instrument',
  'value',
  'scale',
  'expectations',
  'perceptions',
  'providerId',
  'consumerId',
  'requestedAt',
  'completedAt',
  'slaHours',
  'defects',
  'reworked',
  'paused',
  'calendar',
  'customerId',
  'amount',
  'currency',
  'referrerId',
  'referredId',
  'converted',
  'fromId',
  'toId',
  'channel',
  'initiatedBy',
  'extra',
  'constructor',
  'toString',
  'hasOwnProperty',
];

const replaceField: fc.Arbitrary<Mutation> = fc
  .tuple(fc.nat(), wrongValueArb)
  .map(([pick, value]) => (record) => {
    const keys = Object.keys(record);
    return { ...record, [keys[pick % keys.length]!]: value };
  });

const NUMERIC_FIELDS = ['value', 'scale', 'amount', 'slaHours', 'defects'];
const boundaryArb = fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, -0.01, 0, 0.5, 1, 2, 5, 7, 10, 11, 100, 101, 2 ** 53, 2 ** 53 + 2, Number.MAX_VALUE, Number.MIN_VALUE);

/** A number field set to a boundary: the ranges and the finite, integer and safe-integer rules. */
const replaceNumber: fc.Arbitrary<Mutation> = fc.tuple(fc.nat(), boundaryArb).map(([pick, value]) => (record) => {
  const present = NUMERIC_FIELDS.filter((key) => key in record);
  const key = present.length > 0 ? present[pick % present.length]! : NUMERIC_FIELDS[pick % NUMERIC_FIELDS.length]!;
  return { ...record, [key]: value };
});

const addKey: fc.Arbitrary<Mutation> = fc
  // undefined often: a strict schema rejects an unknown key whatever its value
  .tuple(
    fc.oneof(
      fc.constantFrom(...KEY_POOL),
      // the optional fields the records share between them: one type's field on another slips past a reader that knows them all
      fc.constantFrom('scale', 'value', 'stage', 'subjectId', 'completedAt', 'slaHours', 'defects', 'reworked', 'amount', 'converted'),
    ),
    fc.oneof(fc.constant(undefined), wrongValueArb),
  )
  .map(([key, value]) => (record) => ({ ...record, [key]: value }));

/** Breaks a relation between two fields of the record: one party twice, time running backwards, a stranger starting a contact. */
const breakRelation: fc.Arbitrary<Mutation> = fc.tuple(fc.nat(3), dateArb, dateArb).map(([which, d1, d2]) => (record) => {
  const [early, late] = d1.at <= d2.at ? [d1, d2] : [d2, d1];
  switch (record.type) {
    case 'task':
      if (which === 0) return { ...record, consumerId: record.providerId };
      if (which === 1 && early.at < late.at) return { ...record, requestedAt: late.text, completedAt: early.text };
      return { ...record, requestedAt: early.text, completedAt: early.text };
    case 'referral':
      return { ...record, referredId: record.referrerId };
    case 'interaction':
      if (which === 0) return { ...record, toId: record.fromId };
      if (which === 1) return { ...record, initiatedBy: `${String(record.fromId)}${String(record.toId)}` };
      return { ...record, initiatedBy: record.toId };
    default:
      return { ...record, subjectId: record.respondentId };
  }
});

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: replaceField },
  { weight: 3, arbitrary: replaceNumber },
  { weight: 3, arbitrary: addKey },
  { weight: 1, arbitrary: removeKey },
  { weight: 1, arbitrary: breakRelation },
);

/**
 * A record as JSON text for the dresses below. A mutation may have put a BigInt or a hostile value in it,
 * which JSON.stringify refuses: then a one-field stand-in, since only the dress itself is under test there
 * (a random seed of the CI run found a BigInt).
 */
function jsonOf(record: Rec): string {
  try {
    const text = JSON.stringify(record, (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value));
    return text === '{}' ? '{"type":"survey"}' : text; // the __proto__ dress needs a field to put before
  } catch {
    return '{"type":"survey"}';
  }
}

const dressArb: fc.Arbitrary<Dress> = fc.oneof(
  { weight: 6, arbitrary: fc.constant<Dress>((record) => record) },
  {
    weight: 6,
    arbitrary: fc.constantFrom<Dress>(
      (record) => Object.freeze(record),
      (record) => Object.assign(Object.create(null) as Rec, record),
      (record) => Object.assign(new Box() as unknown as Rec, record),
      (record) => Object.assign(Object.create({ extra: 1 }) as Rec, record),
      (record) => new Proxy(record, {}),
      (record) => JSON.parse(jsonOf(record).replace(/^\{/, '{"__proto__":{"value":1},')) as unknown,
      (record) => Object.defineProperty({ ...record }, '__proto__', { value: null, enumerable: true, writable: true, configurable: true }),
      (record) => Object.assign({ ...record }, { [Symbol('tag')]: 1 }),
      (record) => [record],
      (record) => jsonOf(record),
      () => null,
      () => undefined,
      () => new Hostile('a revoked proxy', revokedProxy),
      (record) => new Hostile('a proxy whose ownKeys throws', () => new Proxy(record, { ownKeys: () => { throw new Error('boom'); } })),
    ),
  },
  { weight: 4, arbitrary: fieldDressArb },
);

const inputArb = quickRoadInputArb(validArb, mutationArb, dressArb, 2);

// ---------------------------------------------------------------------------

const PATH: IssuePath = ['observations', 7];

function bothRoads(input: unknown): { quick: unknown; read: unknown; readIssues: Issue[]; schema: unknown; schemaIssues: Issue[] } {
  const readIssues: Issue[] = [];
  const schemaIssues: Issue[] = [];
  const quick = quickObservation(input);
  const read = readObservation(input, PATH, readIssues);
  const schema = collectObservation(input, PATH, schemaIssues);
  return { quick, read, readIssues, schema, schemaIssues };
}

describe('readObservation: the quick road agrees with the schema', () => {
  it('accepts only what the schema accepts, as the record the schema returns; same issues and record as collectObservation', () => {
    let accepted = 0;
    fc.assert(
      fc.property(inputArb, (generated) => {
        const input = made(generated);
        const quick = quickObservation(input);
        if (quick !== undefined) {
          accepted += 1;
          const parsed = ObservationSchema.safeParse(input);
          expect(parsed.success).toBe(true);
          expect(quick).toStrictEqual(parsed.data);
        }
        const roads = bothRoads(input);
        expect(roads.readIssues).toStrictEqual(roads.schemaIssues);
        expect(roads.read).toStrictEqual(roads.schema);
      }),
      { numRuns: 2500 },
    );
    // the law is not vacuous: a good share of the input took the quick road
    expect(accepted).toBeGreaterThan(300);
  });

  it('takes the quick road for every plain valid record but servqual answers', () => {
    fc.assert(
      fc.property(quickValidArb, (record) => {
        const quick = quickObservation(record);
        expect(quick).toStrictEqual(ObservationSchema.parse(record));
        // a copy: the caller's record is not handed back
        expect(quick).not.toBe(record);
      }),
      { numRuns: 1000 },
    );
  });

  it('readRecordOf: a record of another type, valid or not, is one issue at [...path, "type"]; anything else as the schema says', () => {
    const TYPES = ['survey', 'task', 'purchase', 'referral', 'interaction'];
    fc.assert(
      fc.property(inputArb, fc.constantFrom(...TYPES) as fc.Arbitrary<'task'>, (generated, type) => {
        const input = made(generated);
        const issues: Issue[] = [];
        const record = readRecordOf(type, input, PATH, issues);
        const { schema, schemaIssues } = bothRoads(input);
        let named: unknown;
        try {
          named = typeof input === 'object' && input !== null ? (input as Rec).type : undefined;
        } catch {
          named = undefined; // a revoked proxy: left to the schema's verdict
        }
        if (typeof named === 'string' && named !== type && TYPES.includes(named)) {
          expect(record).toBeUndefined();
          expect(issues).toEqual([{ path: [...PATH, 'type'], code: 'INVALID_INPUT', message: `must be '${type}', not '${named}'` }]);
        } else if (schema === undefined) {
          expect(record).toBeUndefined();
          expect(issues).toStrictEqual(schemaIssues);
        } else if ((schema as Rec).type === type) {
          expect(record).toStrictEqual(schema);
          expect(issues).toEqual([]);
        } else {
          expect(record).toBeUndefined();
          expect(issues).toEqual([{ path: [...PATH, 'type'], code: 'INVALID_INPUT', message: `must be '${type}', not '${String((schema as Rec).type)}'` }]);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('regression: a key of another record type given as undefined is not waved through', () => {
    // zod's strict objects reject an unknown key even when its value is undefined
    const purchase = { type: 'purchase', customerId: 'b1', at: '2024-05-01', amount: 1, currency: 'EUR' };
    const nps = { type: 'survey', instrument: 'nps', respondentId: 'u1', at: '2024-05-01', value: 9 };
    for (const input of [
      { ...purchase, scale: undefined },
      { ...purchase, subjectId: undefined },
      { ...nps, scale: undefined },
      { ...nps, amount: undefined },
      { type: 'task', providerId: 'it', consumerId: 'sales', requestedAt: '2024-05-01', currency: undefined },
    ]) {
      expect(quickObservation(input)).toBeUndefined();
      expect(ObservationSchema.safeParse(input).success).toBe(false);
      const { readIssues, schemaIssues } = bothRoads(input);
      expect(readIssues.length).toBe(1);
      expect(readIssues).toStrictEqual(schemaIssues);
    }
    // an optional field of the record's own type given as undefined is fine, and kept as zod keeps it
    const withId = { ...purchase, id: undefined };
    expect(quickObservation(withId)).toStrictEqual(ObservationSchema.parse(withId));
  });

  it('hand-picked near misses go to the schema', () => {
    const task = { type: 'task', providerId: 'it', consumerId: 'sales', requestedAt: '2024-05-01T09:00:00+07:00' };
    const interaction = { type: 'interaction', fromId: 'sales', toId: 'b1', at: '2024-05-01', channel: 'call', initiatedBy: 'b1' };
    const rejected: unknown[] = [
      { ...task, requestedAt: '2024-02-30' },
      // 2024-05-01T01:59Z is before 2024-05-01T09:00+07:00 (= 02:00Z)
      { ...task, completedAt: '2024-05-01T01:59:00Z' },
      { ...task, consumerId: 'it' },
      { ...task, defects: 0.5 },
      { ...task, defects: 2 ** 53 },
      { ...task, slaHours: 0 },
      { ...task, slaHours: Infinity },
      { ...interaction, initiatedBy: 'x' },
      { ...interaction, toId: 'sales', initiatedBy: 'sales' },
      { type: 'survey', instrument: 'csat', respondentId: 'u1', at: '2024-05-01', value: 6 },
      { type: 'survey', instrument: 'ces', respondentId: 'u1', at: '2024-05-01', value: 7, scale: 5 },
      { type: 'survey', instrument: 'nps', respondentId: 'u1', at: '2024-05-01', value: Number.NaN },
      { type: 'purchase', customerId: 'b1', at: '2024-05-01', amount: -0.01, currency: 'EUR' },
    ];
    for (const input of rejected) {
      expect(quickObservation(input)).toBeUndefined();
      expect(ObservationSchema.safeParse(input).success).toBe(false);
    }
    // a revoked proxy and a proxy whose traps throw are the schema's to report, not an exception
    for (const input of [revokedProxy(), new Proxy({ ...task }, { ownKeys: () => { throw new Error('boom'); } })]) {
      expect(quickObservation(input)).toBeUndefined();
      const { readIssues, schemaIssues } = bothRoads(input);
      expect(readIssues.length).toBeGreaterThan(0);
      expect(readIssues).toStrictEqual(schemaIssues);
    }
    // an equal moment on both sides is not "before" (09:00+07:00 is 02:00Z): the quick road takes the record as given
    const sameMoment = { ...task, completedAt: '2024-05-01T02:00:00Z' };
    expect(quickObservation(sameMoment)).toStrictEqual(sameMoment);
    // a getter is read once, into the copy that is checked and returned
    const getter = Object.defineProperty({ ...task }, 'defects', { get: () => 1, enumerable: true });
    expect(quickObservation(getter)).toStrictEqual(ObservationSchema.parse(getter));
    expect(quickObservation(Object.defineProperty({ ...task }, 'defects', { get: () => -1, enumerable: true }))).toBeUndefined();
    // zod reads a non-enumerable field all the same: a bad one must not slip past a reader of Object.keys
    const hidden = Object.defineProperty({ ...task }, 'defects', { value: -1, enumerable: false });
    expect(quickObservation(hidden)).toBeUndefined();
    expect(ObservationSchema.safeParse(hidden).success).toBe(false);
    // a type that answers 'purchase' once and 'task' after: never a record checked as one type and typed as another
    let reads = 0;
    const fickle = Object.defineProperty({ customerId: 'b1', at: '2024-05-01', amount: 5, currency: 'EUR' }, 'type', {
      get: () => (reads++ === 0 ? 'purchase' : 'task'),
      enumerable: true,
    });
    const fickleRecord = quickObservation(fickle);
    if (fickleRecord !== undefined) expect(fickleRecord.type === 'purchase' && ObservationSchema.safeParse({ ...fickleRecord }).success).toBe(true);
  });
});
