// Every runtime export of src/index.ts that takes input is fuzzed: a new
// export without a fuzz target fails here.
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { ALL_TARGETS, SCHEMA_TARGETS } from './_targets.js';

const named = new Set([...ALL_TARGETS, ...SCHEMA_TARGETS].map((target) => target.name));

describe('fuzz coverage', () => {
  it('every exported function has a target (ClienteleError, a class the library throws, aside)', () => {
    const functions = Object.entries(lib)
      .filter(([name, value]) => typeof value === 'function' && name !== 'ClienteleError')
      .map(([name]) => name);
    expect(functions.length).toBeGreaterThan(60);
    expect(functions.filter((name) => !named.has(name))).toEqual([]);
  });

  it('every method of every accumulator has a target', () => {
    const factories = Object.keys(lib).filter((name) => name.endsWith('Accumulator'));
    // nps, csat, ces, mean, sla, first-pass, purchase and the report
    expect(factories.length).toBe(8);
    const missing = factories.flatMap((name) =>
      ['empty', 'add', 'merge', 'result'].map((method) => `${name}().${method}`).filter((target) => !named.has(target)),
    );
    expect(missing).toEqual([]);
  });

  it("every accumulator that writes SQL has targets for its sql and for the read of sql's result", () => {
    // made with no arguments: the report's accumulator needs a chain, and writes no SQL
    const writers = Object.keys(lib)
      .filter((name) => name.endsWith('Accumulator'))
      .filter((name) => {
        try {
          return typeof ((lib as unknown as Record<string, () => { sql?: unknown }>)[name]!() as { sql?: unknown }).sql === 'function';
        } catch {
          return false;
        }
      });
    // nps, csat, ces, mean, sla, first-pass and purchase (SPEC §12)
    expect(writers.length).toBe(7);
    const missing = writers.flatMap((name) => [`${name}().sql`, `${name}().sql().read`].filter((target) => !named.has(target)));
    expect(missing).toEqual([]);
  });

  it('every exported schema has a safeParse target', () => {
    const schemas = Object.entries(lib)
      .filter(([, value]) => typeof value === 'object' && value !== null && typeof (value as { safeParse?: unknown }).safeParse === 'function')
      .map(([name]) => `${name}.safeParse`);
    expect(schemas.length).toBeGreaterThan(15);
    expect(schemas.filter((name) => !named.has(name))).toEqual([]);
  });
});
