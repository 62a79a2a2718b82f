import { describe, expect, it } from 'vitest';
import { ClienteleError, createServiceChain, type ServiceLinkInput, propagateQuality } from '../../src/index.js';

function caught(run: () => unknown): ClienteleError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ClienteleError);
    return error as ClienteleError;
  }
  throw new Error('expected a ClienteleError');
}

const dept = (id: string) => ({ kind: 'department' as const, id, name: id });
const link = (from: string, to: string, service = 'work', weight?: number): ServiceLinkInput =>
  weight === undefined ? { from, to, service, deliverable: 'service' } : { from, to, service, deliverable: 'service', weight };

describe('propagateQuality', () => {
  it('multiplies along a line, as rolled throughput yield (0.98 → 0.95 → 0.92 gives 0.85652)', () => {
    const chain = createServiceChain({ customers: [dept('a'), dept('b'), dept('c')], links: [link('a', 'b'), link('b', 'c')] });
    const result = propagateQuality(chain, { a: 0.98, b: 0.95, c: 0.92 });
    expect(result.get('a')).toBeCloseTo(0.98, 15);
    expect(result.get('b')).toBeCloseTo(0.931, 15);
    expect(result.get('c')).toBeCloseTo(0.85652, 15);
  });

  it('gives every customer a value, 1 for those left out and served by nobody, in customer order', () => {
    const chain = createServiceChain({
      customers: [dept('z'), dept('a'), { kind: 'user', id: 'u', name: 'U' }],
      links: [link('z', 'u')],
    });
    expect([...propagateQuality(chain, new Map([['z', 0.5]]))]).toEqual([
      ['z', 0.5],
      ['a', 1],
      ['u', 0.5],
    ]);
  });

  it('counts a provider once however many services it gives', () => {
    const chain = createServiceChain({
      customers: [dept('a'), dept('b')],
      links: [link('a', 'b', 'one'), link('a', 'b', 'two'), link('a', 'b', 'three')],
    });
    expect(propagateQuality(chain, { a: 0.5 }).get('b')).toBe(0.5);
  });

  it('lets the members of a cycle share the inputs of their group, without feedback', () => {
    // p feeds m; m and s serve each other; s feeds x
    const chain = createServiceChain({
      customers: [dept('p'), dept('m'), dept('s'), dept('x')],
      links: [link('p', 'm'), link('m', 's'), link('s', 'm'), link('s', 'x')],
    });
    const result = propagateQuality(chain, { p: 0.5, m: 0.8, s: 0.9, x: 1 });
    expect(result.get('m')).toBeCloseTo(0.4, 15); // 0.8 × 0.5, s inside the group does not count
    expect(result.get('s')).toBeCloseTo(0.45, 15); // 0.9 × 0.5, the group's input reaches s too
    expect(result.get('x')).toBeCloseTo(0.45, 15); // 1 × effective(s)
  });

  it("'mean' weights each provider by the sum of its links' weights into the group", () => {
    const chain = createServiceChain({
      customers: [dept('a'), dept('b'), dept('c')],
      links: [link('a', 'c', 'one', 1), link('a', 'c', 'two', 2), link('b', 'c', 'three', 1)],
    });
    // a weighs 3, b weighs 1: (3 × 0.2 + 1 × 0.6) / 4 = 0.3
    expect(propagateQuality(chain, { a: 0.2, b: 0.6 }, { mode: 'mean' }).get('c')).toBeCloseTo(0.3, 15);
    expect(propagateQuality(chain, { a: 0.2, b: 0.6 }).get('c')).toBeCloseTo(0.12, 15);
  });

  it("'mean' stays finite with huge and tiny weights", () => {
    const chain = createServiceChain({
      customers: [dept('a'), dept('b'), dept('c')],
      links: [link('a', 'c', 'one', 1e308), link('a', 'c', 'two', 1e308), link('b', 'c', 'three', 5e-324)],
    });
    const value = propagateQuality(chain, { a: 0.5, b: 1 }, { mode: 'mean' }).get('c') as number;
    expect(value).toBeCloseTo(0.5, 12);
  });

  it('treats __proto__ and constructor as ordinary ids', () => {
    const chain = createServiceChain({ customers: [dept('__proto__'), dept('constructor')], links: [link('__proto__', 'constructor')] });
    const quality = JSON.parse('{"__proto__": 0.5, "constructor": 0.5}') as Record<string, number>;
    expect(propagateQuality(chain, quality).get('constructor')).toBe(0.25);
  });

  it('reports every unknown id and every value outside [0, 1] at once', () => {
    const chain = createServiceChain({ customers: [dept('a'), dept('b'), dept('c'), dept('d')], links: [] });
    const error = caught(() => propagateQuality(chain, { a: 1.5, b: Number.NaN, c: -0.1, nobody: 0.5, d: '0.5' as unknown as number }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['INVALID_INPUT', ['quality', 'a']],
      ['INVALID_INPUT', ['quality', 'b']],
      ['INVALID_INPUT', ['quality', 'c']],
      ['UNKNOWN_REFERENCE', ['quality', 'nobody']],
      ['INVALID_INPUT', ['quality', 'd']],
    ]);
    const unknown = caught(() => propagateQuality(chain, new Map([['ghost', 0.5]])));
    expect(unknown.code).toBe('UNKNOWN_REFERENCE');
    expect(unknown.issues[0]!.path).toEqual(['quality', 'ghost']);
  });

  it('rejects a bad mode, unknown options, a quality that is not a map and a value that is not a chain', () => {
    const chain = createServiceChain({ customers: [dept('a')], links: [] });
    expect(caught(() => propagateQuality(chain, {}, { mode: 'max' as 'mean' })).issues[0]!.path).toEqual(['options', 'mode']);
    expect(caught(() => propagateQuality(chain, {}, { mode: 'mean', extra: 1 } as object)).issues[0]!.path).toEqual(['options', 'extra']);
    expect(caught(() => propagateQuality(chain, [0.5] as unknown as Record<string, number>)).issues[0]!.path).toEqual(['quality']);
    expect(caught(() => propagateQuality({ customerCount: 1, linkCount: 0 }, {})).issues[0]!.path).toEqual(['chain']);
  });

  it('works on frozen inputs and leaves them as they were', () => {
    const chain = createServiceChain({ customers: [dept('a'), dept('b')], links: [link('a', 'b')] });
    const quality = Object.freeze({ a: 0.5 });
    const options = Object.freeze({ mode: 'mean' as const });
    expect(propagateQuality(chain, quality, options).get('b')).toBe(0.5);
    expect(quality).toEqual({ a: 0.5 });
  });

  it('handles a line of 200,000 links without recursion', () => {
    const size = 200_000;
    const customers = Array.from({ length: size }, (_, i) => dept(`u${i}`));
    const links = Array.from({ length: size - 1 }, (_, i) => link(`u${i}`, `u${i + 1}`));
    const chain = createServiceChain({ customers, links });
    const result = propagateQuality(chain, { u0: 0.5 });
    expect(result.get(`u${size - 1}`)).toBe(0.5);
  });
});
