// firstPassAccumulator: a fold of firstPassYield. Any partition of the
// tasks, each part's state sent through JSON and merged in any order, gives
// exactly firstPassYield of all of them; merge is associative and
// commutative; states that are not valid are errors at ['state' | 'a' | 'b', key].
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstPassAccumulator, firstPassYield, type FirstPassState, type Task } from '../../src/index.js';
import { deepFreeze, issuePaths, partition, ship } from './_helpers.js';

const HOUR = 3_600_000;
const START = Date.UTC(2024, 0, 1);

const taskArb: fc.Arbitrary<Task> = fc
  .record(
    {
      requested: fc.integer({ min: 0, max: 2000 }),
      wait: fc.integer({ min: 0, max: 72 }),
      defects: fc.nat(3),
      reworked: fc.boolean(),
    },
    { requiredKeys: ['requested'] },
  )
  .map(({ requested, wait, ...rest }) => ({
    type: 'task' as const,
    providerId: 'it',
    consumerId: 'sales',
    requestedAt: new Date(START + requested * HOUR).toISOString(),
    ...(wait === undefined ? {} : { completedAt: new Date(START + (requested + wait) * HOUR).toISOString() }),
    ...rest,
  }));

const acc = firstPassAccumulator();

/** Each part folded from empty (frozen states: add must not change its input) and sent through JSON. */
function statesOf(parts: readonly (readonly Task[])[]): FirstPassState[] {
  return parts.map((part) => ship(part.reduce((state, task) => deepFreeze(acc.add(state, task)), deepFreeze(acc.empty()))));
}

describe('firstPassAccumulator', () => {
  it('equals firstPassYield however the tasks are partitioned, shipped and merged', () => {
    fc.assert(
      fc.property(fc.array(taskArb, { maxLength: 60 }), fc.array(fc.nat(), { maxLength: 6 }), fc.boolean(), (tasks, cuts, fromRight) => {
        const states = statesOf(partition(tasks, cuts)).map((state) => deepFreeze(state));
        const merged = fromRight
          ? states.reduceRight((b, a) => ship(acc.merge(a, b)))
          : states.reduce((a, b) => ship(acc.merge(a, b)));
        expect(acc.result(merged)).toEqual(firstPassYield(tasks));
      }),
    );
  });

  it('merge is associative and commutative, through JSON', () => {
    fc.assert(
      fc.property(fc.array(taskArb, { maxLength: 20 }), fc.array(taskArb, { maxLength: 20 }), fc.array(taskArb, { maxLength: 20 }), (x, y, z) => {
        const [a, b, c] = statesOf([x, y, z]);
        expect(ship(acc.merge(ship(acc.merge(a!, b!)), c!))).toEqual(ship(acc.merge(a!, ship(acc.merge(b!, c!)))));
        expect(acc.merge(a!, b!)).toEqual(acc.merge(b!, a!));
        expect(acc.merge(a!, acc.empty())).toEqual(a);
      }),
    );
  });

  it('counts by hand: passed, completed and open', () => {
    const open = { type: 'task', providerId: 'it', consumerId: 'sales', requestedAt: '2024-05-01T09:00:00Z' } as const;
    const done = { ...open, completedAt: '2024-05-01T12:00:00Z' } as const;
    // done passes; defects 1 and reworked fail; the open task is left out: 1 of 3
    const state = [done, { ...done, defects: 1 }, { ...done, reworked: true }, open].reduce(acc.add, acc.empty());
    expect(state).toEqual({ passed: 1, total: 3, open: 1 });
    expect(acc.result(state)).toEqual({ score: (1 / 3) * 100, passed: 1, total: 3, open: 1 });
    expect(acc.result(acc.empty())).toEqual({ score: null, passed: 0, total: 0, open: 0 });
  });

  it('reports a bad task at [task, field] and another observation at [task, type]', () => {
    const done = { type: 'task', providerId: 'it', consumerId: 'sales', requestedAt: '2024-05-01', completedAt: '2024-05-02' } as const;
    expect(issuePaths(() => acc.add(acc.empty(), { ...done, defects: -1 }))).toEqual([['task', 'defects']]);
    expect(issuePaths(() => acc.add(acc.empty(), { ...done, consumerId: 'it' }))).toEqual([['task', 'consumerId']]);
    const purchase = { type: 'purchase', customerId: 'b1', at: '2024-05-01', amount: 1, currency: 'EUR' };
    expect(issuePaths(() => acc.add(acc.empty(), purchase as never))).toEqual([['task', 'type']]);
    // a bad state and a bad task are reported together
    expect(issuePaths(() => acc.add({ passed: 0, total: -1, open: 0 }, { ...done, reworked: 'no' as never }))).toEqual([
      ['state', 'total'],
      ['task', 'reworked'],
    ]);
  });

  it('rejects states that are not valid, at [state | a | b, key]', () => {
    expect(issuePaths(() => acc.result({ passed: 2, total: 1, open: 0 }))).toEqual([['state', 'passed']]);
    expect(issuePaths(() => acc.result({ passed: 0, total: 0, open: 1.5 }))).toEqual([['state', 'open']]);
    expect(issuePaths(() => acc.result({ passed: 0, total: 0 } as never))).toEqual([['state', 'open']]);
    expect(issuePaths(() => acc.result({ passed: 0, total: 0, open: 0, extra: 1 } as never))).toEqual([['state', 'extra']]);
    expect(issuePaths(() => acc.result(null as never))).toEqual([['state']]);
    expect(issuePaths(() => acc.merge({ passed: -1, total: 0, open: 0 }, { passed: 0, total: Number.NaN, open: 0 }))).toEqual([
      ['a', 'passed'],
      ['b', 'total'],
    ]);
  });
});
