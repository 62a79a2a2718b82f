import { describe, expect, it } from 'vitest';
import { ClienteleError, createServiceChain, improvementPriorities, type ServiceLinkInput } from '../../src/index.js';

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
const buyer = (id: string) => ({ kind: 'buyer' as const, id, name: id });
const link = (from: string, to: string, weight?: number): ServiceLinkInput =>
  weight === undefined ? { from, to, service: 'work', deliverable: 'service' } : { from, to, service: 'work', deliverable: 'service', weight };

// it serves sales and support; sales serves x, support serves y
const fork = createServiceChain({
  customers: [dept('it'), dept('sales'), dept('support'), buyer('x'), buyer('y')],
  links: [link('it', 'sales'), link('it', 'support'), link('sales', 'x'), link('support', 'y')],
});
const quality = { it: 0.5, sales: 0.8, support: 0.9 };

describe('improvementPriorities', () => {
  it("'mean': the rise of the mean over the external customers, most first", () => {
    // now x = 0.8 × 0.5 = 0.4, y = 0.9 × 0.5 = 0.45
    // it at 1: x 0.8, y 0.9 → mean rises by (0.4 + 0.45) / 2 = 0.425, both move
    // sales at 1: x 0.5 → (0.1 + 0) / 2 = 0.05; support at 1: y 0.5 → 0.05 / 2 = 0.025
    const rows = improvementPriorities(fork, quality);
    expect(rows.map((r) => [r.id, r.own, r.reach])).toEqual([
      ['it', 0.5, 2],
      ['sales', 0.8, 1],
      ['support', 0.9, 1],
    ]);
    expect(rows[0]!.lift).toBeCloseTo(0.425, 15);
    expect(rows[1]!.lift).toBeCloseTo(0.05, 15);
    expect(rows[2]!.lift).toBeCloseTo(0.025, 15);
  });

  it('weights the external customers, and a customer left out of the weights weighs 0', () => {
    // x weighs 3, y 1: it → (3 × 0.4 + 0.45) / 4 = 0.4125; sales → 3 × 0.1 / 4 = 0.075; support → 0.05 / 4 = 0.0125
    const rows = improvementPriorities(fork, quality, { weights: new Map([['x', 3], ['y', 1]]) });
    expect(rows.map((r) => r.id)).toEqual(['it', 'sales', 'support']);
    expect(rows.map((r) => r.lift)).toEqual([expect.closeTo(0.4125, 15), expect.closeTo(0.075, 15), expect.closeTo(0.0125, 15)]);
    // only y counts: sales lifts nothing but still reaches x
    const onlyY = improvementPriorities(fork, quality, { weights: { y: 1 } });
    expect(onlyY.map((r) => [r.id, r.reach])).toEqual([
      ['it', 2],
      ['support', 1],
      ['sales', 1],
    ]);
    expect(onlyY.map((r) => r.lift)).toEqual([expect.closeTo(0.45, 15), expect.closeTo(0.05, 15), 0]);
  });

  it("'yield' counts a shared provider once; 'weakest' moves a customer only when the unit alone holds its minimum", () => {
    // diamond a → b, a → c, b → d, c → d, d → x; all at 0.5 but d at 1
    const chain = createServiceChain({
      customers: [dept('a'), dept('b'), dept('c'), dept('d'), buyer('x')],
      links: [link('a', 'b'), link('a', 'c'), link('b', 'd'), link('c', 'd'), link('d', 'x')],
    });
    const own = { a: 0.5, b: 0.5, c: 0.5 };
    // yield: x = 0.5³ = 0.125; any one of a, b, c at 1 gives 0.25: lift 0.125 each, ties by id
    const byYield = improvementPriorities(chain, own, { mode: 'yield' });
    expect(byYield.map((r) => [r.id, r.reach])).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 1],
    ]);
    for (const row of byYield) expect(row.lift).toBeCloseTo(0.125, 15);
    // weakest: three units share the minimum 0.5, so raising one alone changes nothing
    expect(improvementPriorities(chain, own, { mode: 'weakest' }).map((r) => [r.id, r.lift, r.reach])).toEqual([
      ['a', 0, 0],
      ['b', 0, 0],
      ['c', 0, 0],
    ]);
    // with b alone at 0.2: raising b to 0.4 lifts x from 0.2 to 0.4 (the target, below a and c)
    expect(improvementPriorities(chain, { a: 0.5, b: 0.2, c: 0.5 }, { mode: 'weakest', target: 0.4 })).toEqual([{ id: 'b', own: 0.2, lift: 0.2, reach: 1 }]);
  });

  it("'yield' with a unit at 0: only the customers whose one zero it is move", () => {
    // a → x and a → b → y; a at 0, b at 0: x = 0, y = 0
    const chain = createServiceChain({
      customers: [dept('a'), dept('b'), buyer('x'), buyer('y')],
      links: [link('a', 'x'), link('a', 'b'), link('b', 'y')],
    });
    const rows = improvementPriorities(chain, { a: 0, b: 0 }, { mode: 'yield' });
    // a at 1: x → 1, y stays 0 (b) → lift 1 / 2; b at 1: y stays 0 (a) → nothing
    expect(rows).toEqual([
      { id: 'a', own: 0, lift: 0.5, reach: 1 },
      { id: 'b', own: 0, lift: 0, reach: 0 },
    ]);
    // 'mean': b's group gets a's 0, so b's own quality no longer matters (its inputs are 0)
    expect(improvementPriorities(chain, { a: 0, b: 0 })).toEqual([
      { id: 'a', own: 0, lift: 0.5, reach: 1 },
      { id: 'b', own: 0, lift: 0, reach: 0 },
    ]);
  });

  it('leaves out units at or above the target, and external customers', () => {
    expect(improvementPriorities(fork, quality, { target: 0.8 }).map((r) => r.id)).toEqual(['it']);
    // x at 0.1 is below the target but external; it shrinks sales' lift to 0.1 × 0.1 / 2 = 0.005, below support's 0.025
    expect(improvementPriorities(fork, { ...quality, x: 0.1 }).map((r) => r.id)).toEqual(['it', 'support', 'sales']);
    expect(improvementPriorities(fork, {}, { target: 0 })).toEqual([]);
  });

  it('gives every lift 0 in a chain without external customers', () => {
    const chain = createServiceChain({ customers: [dept('a'), dept('b')], links: [link('a', 'b')] });
    expect(improvementPriorities(chain, { a: 0.5 })).toEqual([{ id: 'a', own: 0.5, lift: 0, reach: 0 }]);
  });

  it('reports every problem at once, at its path', () => {
    const error = caught(() =>
      improvementPriorities(fork, { it: 2 }, {
        mode: 'max' as 'mean',
        target: 1.5,
        weights: { x: -1, sales: 1, ghost: 1 },
        extra: true,
      } as object),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['INVALID_INPUT', ['options', 'extra']],
      ['INVALID_INPUT', ['options', 'mode']],
      ['INVALID_INPUT', ['options', 'target']],
      ['INVALID_INPUT', ['options', 'weights', 'x']],
      ['WRONG_KIND', ['options', 'weights', 'sales']],
      ['UNKNOWN_REFERENCE', ['options', 'weights', 'ghost']],
      ['INVALID_INPUT', ['quality', 'it']],
    ]);
    for (const bad of [Number.NaN, Infinity, -0.1, '1', null]) {
      expect(caught(() => improvementPriorities(fork, {}, { target: bad as number })).issues[0]!.path).toEqual(['options', 'target']);
      if (bad !== null) expect(caught(() => improvementPriorities(fork, {}, { weights: { x: bad as number } })).issues[0]!.path).toEqual(['options', 'weights', 'x']);
    }
    expect(caught(() => improvementPriorities(fork, {}, { weights: { x: 0, y: 0 } })).issues[0]!.path).toEqual(['options', 'weights']);
    expect(caught(() => improvementPriorities(fork, {}, { weights: [1] as unknown as Record<string, number> })).issues[0]!.path).toEqual(['options', 'weights']);
    expect(caught(() => improvementPriorities(fork, {}, 'yield' as unknown as object)).issues[0]!.path).toEqual(['options']);
    expect(caught(() => improvementPriorities({ customerCount: 0, linkCount: 0 }, {})).issues[0]!.path).toEqual(['chain']);
    expect(caught(() => improvementPriorities(fork, { ghost: 0.5 })).code).toBe('UNKNOWN_REFERENCE');
  });

  it('works on frozen inputs and leaves them as they were', () => {
    const own = Object.freeze({ ...quality });
    const weights = Object.freeze({ x: 1, y: 2 });
    const options = Object.freeze({ mode: 'yield' as const, target: 0.95, weights });
    const rows = improvementPriorities(fork, own, options);
    expect(rows.map((r) => r.id)).toEqual(['it', 'sales', 'support']);
    expect(own).toEqual(quality);
    expect(weights).toEqual({ x: 1, y: 2 });
  });

  it('handles a line of 100,000 units below 1 without recursion', () => {
    const size = 100_000;
    const customers = [...Array.from({ length: size }, (_, i) => dept(`u${i}`)), buyer('end')];
    const links = Array.from({ length: size }, (_, i) => link(`u${i}`, i + 1 < size ? `u${i + 1}` : 'end'));
    const chain = createServiceChain({ customers, links });
    const own: Record<string, number> = {};
    for (let i = 0; i < size; i += 1) own[`u${i}`] = i === 500 ? 0.5 : 0.99999;
    for (const mode of ['mean', 'yield', 'weakest'] as const) {
      const rows = improvementPriorities(chain, own, { mode });
      expect(rows).toHaveLength(size);
      // u500 at 0.5 matters most in every mode: it halves everything after it, or is the minimum
      expect(rows[0]!.id).toBe('u500');
      expect(rows[0]!.reach).toBe(1);
    }
  });
});
