import fc from 'fast-check';
import type { CustomerKind } from '../../src/index.js';

/** Ids, plain strings and names every object inherits. */
export const idArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ minLength: 1 }),
  fc.string({ minLength: 1, unit: 'binary' }),
  fc.constantFrom('__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf'),
);

const textArb: fc.Arbitrary<string> = fc.oneof(fc.string({ minLength: 1 }), fc.string({ minLength: 1, unit: 'grapheme' }));

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** ISO dates as the model accepts them: a calendar date, a UTC date-time, or a date-time with an offset. */
export const isoDateArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.date({ min: new Date('0001-01-01T00:00:00.000Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true }),
    fc.constantFrom('date', 'utc', 'utc-minutes', 'offset'),
    fc.integer({ min: -23, max: 23 }),
    fc.integer({ min: 0, max: 59 }),
  )
  .map(([date, form, hours, minutes]) => {
    const iso = date.toISOString();
    if (form === 'date') return iso.slice(0, 10);
    if (form === 'utc') return iso;
    if (form === 'utc-minutes') return `${iso.slice(0, 16)}Z`;
    const sign = hours < 0 ? '-' : '+';
    return `${iso.slice(0, 19)}${sign}${pad(Math.abs(hours), 2)}:${pad(minutes, 2)}`;
  });

/** A finite number that survives JSON unchanged (JSON writes -0 as 0). */
const jsonNumberArb: fc.Arbitrary<number> = fc
  .oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }))
  .map((value) => (Object.is(value, -0) ? 0 : value));

/** Attribute maps, including keys such as `__proto__` and `constructor`. */
export const attributesArb: fc.Arbitrary<Record<string, string | number | boolean | null>> = fc.dictionary(
  fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', '')),
  fc.oneof(fc.string(), jsonNumberArb, fc.boolean(), fc.constant(null)),
  { noNullPrototype: true, maxKeys: 6 },
);

const partyArb = fc.constantFrom('person' as const, 'organization' as const);

const common = {
  id: idArb,
  name: textArb,
  partyId: idArb,
  since: isoDateArb,
  tags: fc.array(fc.string(), { maxLength: 4 }),
  attributes: attributesArb,
};
const external = { ...common, party: partyArb, segment: textArb };

/** Valid customer inputs of one kind: optional fields left out at random, never set to undefined. */
export const validInputArbs: Record<CustomerKind, fc.Arbitrary<Record<string, unknown>>> = {
  department: fc.record(
    { kind: fc.constant('department'), ...common, parentId: idArb, headId: idArb, function: textArb },
    { requiredKeys: ['kind', 'id', 'name'], noNullPrototype: true },
  ),
  employee: fc.record(
    { kind: fc.constant('employee'), ...common, departmentId: idArb, managerId: idArb, title: textArb, hiredAt: isoDateArb },
    { requiredKeys: ['kind', 'id', 'name', 'departmentId'], noNullPrototype: true },
  ),
  shareholder: fc.record(
    {
      kind: fc.constant('shareholder'),
      ...common,
      shares: fc.oneof(fc.nat(), fc.double({ min: 0, noNaN: true, noDefaultInfinity: true })).map((value) => (Object.is(value, -0) ? 0 : value)),
      ownership: fc.double({ min: 0, max: 1, noNaN: true }).map((value) => (Object.is(value, -0) ? 0 : value)),
      holder: partyArb,
    },
    { requiredKeys: ['kind', 'id', 'name'], noNullPrototype: true },
  ),
  user: fc.record({ kind: fc.constant('user'), ...external }, { requiredKeys: ['kind', 'id', 'name'], noNullPrototype: true }),
  buyer: fc.record(
    { kind: fc.constant('buyer'), ...external, usesProduct: fc.boolean() },
    { requiredKeys: ['kind', 'id', 'name'], noNullPrototype: true },
  ),
  beneficiary: fc.record(
    { kind: fc.constant('beneficiary'), ...external, via: idArb },
    { requiredKeys: ['kind', 'id', 'name'], noNullPrototype: true },
  ),
};

/** A valid customer input of any kind. */
export const validInputArb: fc.Arbitrary<Record<string, unknown>> = fc.oneof(...Object.values(validInputArbs));

/** What parsing adds to a valid input: the `holder` or `party` default. */
export function withDefaults(input: Record<string, unknown>): Record<string, unknown> {
  const kind = input.kind;
  if (kind === 'shareholder' && !('holder' in input)) return { ...input, holder: 'person' };
  if ((kind === 'user' || kind === 'buyer' || kind === 'beneficiary') && !('party' in input)) return { ...input, party: 'person' };
  return input;
}
