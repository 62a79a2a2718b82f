/**
 * What the property tests of the quick roads (src/observations/readObservation.ts,
 * src/customers/readCustomer.ts) share: the ways a valid record is broken or
 * dressed before it is handed to both a quick road and its schema.
 */
import fc from 'fast-check';

export type Rec = Record<string, unknown>;
/** Breaks a record: a field replaced, added or removed. */
export type Mutation = (record: Rec) => Rec;
/** How the record is handed over: as it is, or dressed in a way a plain reader might misread. */
export type Dress = (record: Rec) => unknown;

/** A class instance: its prototype is not a plain object's. */
export class Box {
  readonly value = 1;
}

/**
 * An input made only inside the property: fast-check itself cannot look
 * into a revoked proxy, so the generator hands over how to make it.
 */
export class Hostile {
  constructor(
    readonly label: string,
    readonly make: () => unknown,
  ) {}

  toString(): string {
    return this.label;
  }
}

/** The input a generated value stands for: a hostile one is made now. */
export function made(generated: unknown): unknown {
  return generated instanceof Hostile ? generated.make() : generated;
}

export function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

export const removeKey: fc.Arbitrary<Mutation> = fc.nat().map((pick) => (record) => {
  const keys = Object.keys(record);
  const copy = { ...record };
  delete copy[keys[pick % keys.length]!];
  return copy;
});

/** One field as a getter, not enumerable, or inherited from the prototype. */
export const fieldDressArb: fc.Arbitrary<Dress> = fc.tuple(fc.nat(), fc.nat(2)).map(
  ([pick, how]): Dress =>
    (record) => {
      const keys = Object.keys(record);
      if (keys.length === 0) return record;
      const key = keys[pick % keys.length]!;
      const value = record[key];
      const copy = { ...record };
      delete copy[key];
      if (how === 0) return Object.defineProperty(copy, key, { get: () => value, enumerable: true, configurable: true });
      if (how === 1) return Object.defineProperty(copy, key, { value, enumerable: false, writable: true, configurable: true });
      return Object.assign(Object.create({ [key]: value }) as Rec, copy);
    },
);

/** Valid records, records broken once or twice, broken and dressed, and anything at all. */
export function quickRoadInputArb(validArb: fc.Arbitrary<Rec>, mutationArb: fc.Arbitrary<Mutation>, dressArb: fc.Arbitrary<Dress>, validWeight: number): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: validWeight, arbitrary: validArb },
    { weight: 4, arbitrary: fc.tuple(validArb, mutationArb).map(([record, mutate]) => mutate(record)) },
    { weight: 2, arbitrary: fc.tuple(validArb, mutationArb, mutationArb).map(([record, first, second]) => second(first(record))) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(validArb, fc.array(mutationArb, { maxLength: 2 }), dressArb)
        .map(([record, ms, dress]) => dress(ms.reduce((r, m) => m(r), record))),
    },
    { weight: 1, arbitrary: fc.anything() },
  );
}
