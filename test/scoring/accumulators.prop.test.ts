import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ces,
  cesAccumulator,
  csat,
  csatAccumulator,
  mean,
  meanAccumulator,
  nps,
  npsAccumulator,
  slaAccumulator,
  slaAttainment,
  type Accumulator,
  type SlaTask,
} from '../../src/index.js';
import { deepFreeze, issuePaths, partition, ship } from './_helpers.js';

/**
 * Accumulates each part (freezing every state, so any mutation throws),
 * ships the states through JSON and merges them in the order `order` gives.
 */
function accumulate<S, I, R>(acc: Accumulator<S, I, R>, parts: readonly (readonly I[])[], order: readonly number[]): R {
  const states = parts.map((part) => ship(part.reduce((state, value) => deepFreeze(acc.add(state, value)), deepFreeze(acc.empty()))));
  const ordered = states.map((state, i) => ({ state, key: order[i] ?? i })).sort((a, b) => a.key - b.key);
  // merge as a random-ish tree: fold pairs from the right, then from the left
  let list = ordered.map((item) => deepFreeze(item.state));
  while (list.length > 1) {
    const next: S[] = [];
    for (let i = 0; i < list.length; i += 2) next.push(i + 1 < list.length ? deepFreeze(ship(acc.merge(list[i]!, list[i + 1]!))) : list[i]!);
    list = next;
  }
  return acc.result(list[0]!);
}

const cuts = fc.array(fc.nat(), { maxLength: 6 });
const order = fc.array(fc.integer(), { minLength: 7, maxLength: 7 });

describe('accumulators equal the one-pass score exactly, however partitioned and merged', () => {
  it('npsAccumulator', () => {
    const acc = npsAccumulator();
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 80 }), cuts, order, (values, at, ord) => {
        expect(accumulate(acc, partition(values, at), ord)).toEqual(nps(values));
      }),
    );
  });

  it('csatAccumulator', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 100 }).chain((scale) =>
          fc.tuple(
            fc.constant(scale),
            fc.integer({ min: 1, max: scale }),
            fc.array(fc.integer({ min: 1, max: scale }), { maxLength: 80 }),
          ),
        ),
        cuts,
        order,
        ([scale, threshold, values], at, ord) => {
          const acc = csatAccumulator({ scale, threshold });
          expect(accumulate(acc, partition(values, at), ord)).toEqual(csat(values, { scale, threshold }));
        },
      ),
    );
  });

  it('cesAccumulator', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 100 }).chain((scale) =>
          fc.tuple(fc.constant(scale), fc.array(fc.integer({ min: 1, max: scale }), { maxLength: 80 })),
        ),
        cuts,
        order,
        ([scale, values], at, ord) => {
          expect(accumulate(cesAccumulator({ scale }), partition(values, at), ord)).toEqual(ces(values, { scale }));
        },
      ),
    );
  });

  it('meanAccumulator, on arbitrary doubles with finite squares (mean and sd)', () => {
    const acc = meanAccumulator();
    const value = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e150, max: 1e150 }),
      fc.double({ noNaN: true, min: -1, max: 1 }),
      fc.integer({ min: -1000, max: 1000 }).map((n) => n / 10),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), cuts, order, (values, at, ord) => {
        expect(accumulate(acc, partition(values, at), ord)).toEqual(mean(values));
      }),
      { numRuns: 300 },
    );
  });

  it('slaAccumulator', () => {
    const hour = 3_600_000;
    const start = Date.UTC(2024, 0, 1);
    const task: fc.Arbitrary<SlaTask> = fc
      .record({
        at: fc.integer({ min: 0, max: 200 }),
        wait: fc.option(fc.double({ min: 0, max: 30, noNaN: true }), { nil: undefined }),
        slaHours: fc.option(fc.double({ min: 0.5, max: 24, noNaN: true }), { nil: undefined }),
      })
      .map(({ at, wait, slaHours }) => ({
        requestedAt: new Date(start + at * hour).toISOString(),
        ...(wait === undefined ? {} : { completedAt: new Date(start + at * hour + Math.round(wait * hour)).toISOString() }),
        ...(slaHours === undefined ? {} : { slaHours }),
      }));
    fc.assert(
      fc.property(fc.array(task, { maxLength: 60 }), fc.option(fc.integer({ min: 0, max: 240 }), { nil: undefined }), cuts, order, (tasks, asOfHour, at, ord) => {
        const options = { slaHours: 6, ...(asOfHour === undefined ? {} : { asOf: new Date(start + asOfHour * hour).toISOString() }) };
        expect(accumulate(slaAccumulator(options), partition(tasks, at), ord)).toEqual(slaAttainment(tasks, options));
      }),
    );
  });
});

describe('merge laws on shipped states', () => {
  it('merge is commutative and associative (results identical)', () => {
    const acc = meanAccumulator();
    const state = fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), { maxLength: 20 }).map((values) =>
      ship(values.reduce(acc.add, acc.empty())),
    );
    fc.assert(
      fc.property(state, state, state, (a, b, c) => {
        expect(acc.result(acc.merge(a, b))).toEqual(acc.result(acc.merge(b, a)));
        expect(acc.result(acc.merge(acc.merge(a, b), c))).toEqual(acc.result(acc.merge(a, acc.merge(b, c))));
        expect(acc.result(acc.merge(a, acc.empty()))).toEqual(acc.result(a));
      }),
    );
  });
});

describe('accumulator errors', () => {
  it('reject bad answers at [answer]', () => {
    expect(issuePaths(() => npsAccumulator().add(npsAccumulator().empty(), 11))).toEqual([['answer']]);
    expect(issuePaths(() => csatAccumulator().add(csatAccumulator().empty(), 6))).toEqual([['answer']]);
    expect(issuePaths(() => cesAccumulator().add(cesAccumulator().empty(), 0.5))).toEqual([['answer']]);
    expect(issuePaths(() => meanAccumulator().add(meanAccumulator().empty(), Number.NaN))).toEqual([['answer']]);
    expect(issuePaths(() => slaAccumulator().add(slaAccumulator().empty(), { requestedAt: '2024-01-01' }))).toEqual([
      ['task', 'slaHours'],
    ]);
  });

  it('reject states of another accumulator or with bad counts', () => {
    const five = csatAccumulator();
    const seven = csatAccumulator({ scale: 7 });
    expect(issuePaths(() => five.merge(five.empty(), seven.empty()))).toEqual([['b', 'scale'], ['b', 'threshold']]);
    expect(issuePaths(() => npsAccumulator().result({ promoters: -1, passives: 0.5, detractors: '1' } as never))).toEqual([
      ['state', 'promoters'],
      ['state', 'passives'],
      ['state', 'detractors'],
    ]);
    expect(issuePaths(() => npsAccumulator().merge({ promoters: 0, passives: 0 } as never, null as never))).toEqual([
      ['a', 'detractors'],
      ['b'],
    ]);
    expect(issuePaths(() => npsAccumulator().result({ promoters: 0, passives: 0, detractors: 0, extra: 1 } as never))).toEqual([
      ['state', 'extra'],
    ]);
    expect(issuePaths(() => cesAccumulator().result({ scale: 7, sum: 100, sumSquares: 5000, total: 2 }))).toEqual([['state', 'sum']]);
    expect(issuePaths(() => csatAccumulator().result({ scale: 5, threshold: 4, satisfied: 3, total: 2 }))).toEqual([
      ['state', 'satisfied'],
    ]);
    expect(issuePaths(() => meanAccumulator().result({ total: 1, partials: [1, 'x'], squares: [1], min: 1, max: 0 } as never))).toEqual([
      ['state', 'partials', 1],
    ]);
    expect(issuePaths(() => meanAccumulator().result({ total: 0, partials: [3], squares: [], min: null, max: null }))).toEqual([
      ['state', 'partials'],
    ]);
    const sla = slaAccumulator({ slaHours: 4 });
    expect(issuePaths(() => sla.result(slaAccumulator({ slaHours: 5 }).empty()))).toEqual([['state', 'slaHours']]);
  });

  it('reject bad factory options', () => {
    expect(issuePaths(() => csatAccumulator({ scale: 1 }))).toEqual([['options', 'scale']]);
    expect(issuePaths(() => cesAccumulator({ scale: 200 }))).toEqual([['options', 'scale']]);
    expect(issuePaths(() => slaAccumulator({ asOf: 'soon' }))).toEqual([['options', 'asOf']]);
  });

  it('states are plain JSON and add does not change its input', () => {
    const acc = meanAccumulator();
    const empty = deepFreeze(acc.empty());
    const one = acc.add(empty, 2.5);
    expect(empty).toEqual({ total: 0, partials: [], squares: [], min: null, max: null });
    expect(ship(one)).toEqual(one);
    expect(acc.result(one)).toEqual(mean([2.5]));
  });
});
