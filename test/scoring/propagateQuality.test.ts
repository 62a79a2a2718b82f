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
  it("'yield' multiplies along a line, as rolled throughput yield (0.98 → 0.95 → 0.92 gives 0.85652)", () => {
    const chain = createServiceChain({ customers: [dept('a'), dept('b'), dept('c')], links: [link('a', 'b'), link('b', 'c')] });
    const result = propagateQuality(chain, { a: 0.98, b: 0.95, c: 0.92 }, { mode: 'yield' });
    expect(result.get('a')).toBeCloseTo(0.98, 15);
    expect(result.get('b')).toBeCloseTo(0.931, 15); // 0.98 × 0.95
    expect(result.get('c')).toBeCloseTo(0.85652, 15); // 0.931 × 0.92
  });

  it("'mean' is the default, and on a line, with one provider each, it multiplies too", () => {
    const chain = createServiceChain({ customers: [dept('a'), dept('b'), dept('c')], links: [link('a', 'b'), link('b', 'c')] });
    const quality = { a: 0.98, b: 0.95, c: 0.92 };
    expect(propagateQuality(chain, quality)).toEqual(propagateQuality(chain, quality, { mode: 'mean' }));
    // inputs(c) = the mean over its one provider b = 0.98 × 0.95; times own 0.92
    expect(propagateQuality(chain, quality).get('c')).toBeCloseTo(0.85652, 15);
  });

  it("'yield' counts a unit upstream once however many paths lead from it (diamond: D = 0.9⁴, not 0.9⁵)", () => {
    const chain = createServiceChain({
      customers: [dept('A'), dept('B'), dept('C'), dept('D')],
      links: [link('A', 'B'), link('A', 'C'), link('B', 'D'), link('C', 'D')],
    });
    const result = propagateQuality(chain, { A: 0.9, B: 0.9, C: 0.9, D: 0.9 }, { mode: 'yield' });
    expect(result.get('B')).toBeCloseTo(0.81, 15); // {A, B}
    expect(result.get('D')).toBeCloseTo(0.6561, 15); // {A, B, C, D}: 0.9⁴
    // 'weakest' takes the lowest own quality over the same set
    expect(propagateQuality(chain, { A: 0.7, B: 0.9, C: 0.6, D: 0.8 }, { mode: 'weakest' })).toEqual(
      new Map([
        ['A', 0.7],
        ['B', 0.7], // min(0.9, A 0.7)
        ['C', 0.6],
        ['D', 0.6], // min over {A, B, C, D}
      ]),
    );
  });

  it("'yield' over ten fully linked layers of ten units at 0.99 gives 0.99^(10k + 1) at layer k and 0.99¹⁰⁰ past the last", () => {
    const customers: ReturnType<typeof dept>[] = [];
    const links: ServiceLinkInput[] = [];
    const id = (layer: number, i: number) => `u${layer}-${i}`;
    for (let layer = 0; layer < 10; layer += 1) for (let i = 0; i < 10; i += 1) customers.push(dept(id(layer, i)));
    for (let layer = 0; layer < 9; layer += 1) {
      for (let i = 0; i < 10; i += 1) for (let j = 0; j < 10; j += 1) links.push(link(id(layer, i), id(layer + 1, j)));
    }
    for (let i = 0; i < 10; i += 1) links.push(link(id(9, i), 'buyer'));
    const chain = createServiceChain({ customers: [...customers, { kind: 'buyer', id: 'buyer', name: 'Buyer' }], links });
    const quality = Object.fromEntries(customers.map((c) => [c.id, 0.99]));
    const result = propagateQuality(chain, quality, { mode: 'yield' });
    // layer k (from 0) has the 10k units of the layers before it upstream, plus itself
    for (let layer = 0; layer < 10; layer += 1) expect(result.get(id(layer, 3))).toBeCloseTo(0.99 ** (10 * layer + 1), 14);
    // the buyer has all 100 units upstream, each once: ≈ 0.366, where counting per path gave 0
    expect(result.get('buyer')).toBeCloseTo(Math.pow(0.99, 100), 14);
    expect(result.get('buyer')).toBeCloseTo(0.366, 3);
    expect(propagateQuality(chain, { ...quality, [id(4, 7)]: 0.5 }, { mode: 'weakest' }).get('buyer')).toBe(0.5);
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

  it("'mean' lets the members of a cycle share the inputs of their group, without feedback", () => {
    // p feeds m; m and s serve each other; s feeds x
    const chain = createServiceChain({
      customers: [dept('p'), dept('m'), dept('s'), dept('x')],
      links: [link('p', 'm'), link('m', 's'), link('s', 'm'), link('s', 'x')],
    });
    const result = propagateQuality(chain, { p: 0.5, m: 0.8, s: 0.9, x: 1 });
    expect(result.get('m')).toBeCloseTo(0.4, 15); // 0.8 × 0.5, s inside the group does not count
    expect(result.get('s')).toBeCloseTo(0.45, 15); // 0.9 × 0.5, the group's input reaches s too
    expect(result.get('x')).toBeCloseTo(0.45, 15); // 1 × effective(s)
    // 'yield' and 'weakest': m and s share U = {p, m, s}
    const byYield = propagateQuality(chain, { p: 0.5, m: 0.8, s: 0.9, x: 1 }, { mode: 'yield' });
    expect(byYield.get('m')).toBeCloseTo(0.36, 15); // 0.5 × 0.8 × 0.9
    expect(byYield.get('s')).toBeCloseTo(0.36, 15);
    expect(byYield.get('x')).toBeCloseTo(0.36, 15); // x at 1 adds nothing
    expect([...propagateQuality(chain, { p: 0.9, m: 0.8, s: 0.7 }, { mode: 'weakest' }).values()]).toEqual([0.9, 0.7, 0.7, 0.7]);
  });

  it("'mean' weights each provider by the sum of its links' weights into the group", () => {
    const chain = createServiceChain({
      customers: [dept('a'), dept('b'), dept('c')],
      links: [link('a', 'c', 'one', 1), link('a', 'c', 'two', 2), link('b', 'c', 'three', 1)],
    });
    // a weighs 3, b weighs 1: (3 × 0.2 + 1 × 0.6) / 4 = 0.3
    expect(propagateQuality(chain, { a: 0.2, b: 0.6 }, { mode: 'mean' }).get('c')).toBeCloseTo(0.3, 15);
    expect(propagateQuality(chain, { a: 0.2, b: 0.6 }, { mode: 'yield' }).get('c')).toBeCloseTo(0.12, 15); // 0.2 × 0.6 × 1
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
    expect(caught(() => propagateQuality(chain, { a: 2 }, { mode: 'max' as 'mean' })).issues.map((issue) => issue.path)).toEqual([
      ['options', 'mode'],
      ['quality', 'a'],
    ]);
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
    for (const mode of ['mean', 'yield', 'weakest'] as const) {
      expect(propagateQuality(chain, { u0: 0.5 }, { mode }).get(`u${size - 1}`)).toBe(0.5);
    }
    // half the units below 1: 'yield' stays linear on a line (one provider each)
    const quality: Record<string, number> = {};
    for (let i = 0; i < size; i += 20_000) quality[`u${i}`] = 0.5;
    for (let i = 1; i < size; i += 2) quality[`u${i}`] = 0.9999;
    const last = propagateQuality(chain, quality, { mode: 'yield' }).get(`u${size - 1}`) as number;
    expect(Math.log2(last)).toBeCloseTo(-10 + (size / 2) * Math.log2(0.9999), 6); // ten halvings, 100,000 odd units
  });
});
