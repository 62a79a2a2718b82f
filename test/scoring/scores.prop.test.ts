import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ClienteleError,
  balance,
  ces,
  csat,
  firstPassYield,
  healthScore,
  internalServiceQuality,
  mean,
  nps,
  rolledThroughputYield,
  servqual,
  slaAttainment,
} from '../../src/index.js';

/** An array together with a shuffled copy of it. */
function withShuffle<T>(arb: fc.Arbitrary<T[]>): fc.Arbitrary<[T[], T[]]> {
  return arb.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })));
}

const npsAnswer = fc.integer({ min: 0, max: 10 });
const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 });

describe('nps properties', () => {
  it('stays within [−100, 100], counts add up, and plain and typed columns agree', () => {
    fc.assert(
      fc.property(fc.array(npsAnswer, { minLength: 1, maxLength: 300 }), (answers) => {
        const result = nps(answers);
        expect(result.score).not.toBeNull();
        expect(result.score! >= -100 && result.score! <= 100).toBe(true);
        expect(result.promoters + result.passives + result.detractors).toBe(answers.length);
        expect(nps(Uint8Array.from(answers))).toEqual(result);
        expect(nps(Float64Array.from(answers))).toEqual(result);
        expect(nps(Int16Array.from(answers))).toEqual(result);
      }),
    );
  });

  it('does not depend on the order of the answers', () => {
    fc.assert(fc.property(withShuffle(fc.array(npsAnswer, { maxLength: 100 })), ([a, b]) => {
      expect(nps(b)).toEqual(nps(a));
    }));
  });

  it('rejects any list holding a bad answer, naming its position', () => {
    const bad = fc.oneof(
      fc.integer({ min: 11, max: 1000 }),
      fc.integer({ min: -1000, max: -1 }),
      fc.double({ min: 0.001, max: 9.999, noNaN: true }).filter((v) => !Number.isInteger(v)),
      fc.constantFrom(Number.NaN, Infinity, -Infinity, '7', null, undefined, true, {}),
    );
    fc.assert(
      fc.property(fc.array(npsAnswer, { maxLength: 50 }), bad, fc.nat(), (answers, value, at) => {
        const index = answers.length === 0 ? 0 : at % (answers.length + 1);
        const list: unknown[] = [...answers];
        list.splice(index, 0, value);
        let error: unknown;
        try {
          nps(list as number[]);
        } catch (thrown) {
          error = thrown;
        }
        expect(error).toBeInstanceOf(ClienteleError);
        expect((error as ClienteleError).issues.map((issue) => issue.path)).toEqual([['scores', index]]);
      }),
    );
  });
});

describe('byte columns at any offset and length', () => {
  it('a Uint8Array view gives what the same numbers in a plain array give, errors included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 80 }),
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 0, max: 7 }),
        (values, head, tail) => {
          const buffer = new Uint8Array(head + values.length + tail).fill(99);
          buffer.set(values, head);
          const view = buffer.subarray(head, head + values.length);
          const outcome = (run: () => unknown) => {
            try {
              return { value: run() };
            } catch (error) {
              return { paths: (error as ClienteleError).issues.map((issue) => issue.path) };
            }
          };
          expect(outcome(() => nps(view))).toEqual(outcome(() => nps(values)));
          expect(outcome(() => csat(view))).toEqual(outcome(() => csat(values)));
          expect(outcome(() => ces(view, { scale: 10 }))).toEqual(outcome(() => ces(values, { scale: 10 })));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('csat and ces properties', () => {
  it('csat stays within [0, 100]; ces within [1, scale]; both order-free', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 100 }).chain((scale) =>
          fc.tuple(fc.constant(scale), withShuffle(fc.array(fc.integer({ min: 1, max: scale }), { minLength: 1, maxLength: 200 }))),
        ),
        ([scale, [ratings, shuffled]]) => {
          const c = csat(ratings, { scale });
          expect(c.score! >= 0 && c.score! <= 100).toBe(true);
          expect(csat(shuffled, { scale })).toEqual(c);
          const e = ces(ratings, { scale });
          expect(e.score! >= 1 && e.score! <= scale).toBe(true);
          expect(ces(shuffled, { scale })).toEqual(e);
          expect(ces(Uint8Array.from(ratings), { scale })).toEqual(e);
          expect(csat(Uint8Array.from(ratings), { scale })).toEqual(c);
        },
      ),
    );
  });
});

describe('mean properties', () => {
  it('is exactly order-free and lies between the smallest and largest value', () => {
    fc.assert(
      fc.property(withShuffle(fc.array(finite, { minLength: 1, maxLength: 60 })), ([values, shuffled]) => {
        const result = mean(values);
        expect(mean(shuffled)).toEqual(result);
        expect(result.score! >= Math.min(...values) && result.score! <= Math.max(...values)).toBe(true);
      }),
    );
  });
});

describe('weighted scores', () => {
  const indicator = fc.record({ value: fc.double({ min: 0, max: 100, noNaN: true }), weight: fc.double({ min: 0.001, max: 1000, noNaN: true }) });
  it('healthScore lies within the values and is order-free', () => {
    fc.assert(
      fc.property(withShuffle(fc.array(indicator, { minLength: 1, maxLength: 40 })), ([list, shuffled]) => {
        const result = healthScore(list);
        const values = list.map((item) => item.value);
        expect(result.score! >= Math.min(...values) && result.score! <= Math.max(...values)).toBe(true);
        // order-free: the same figures, and the same contributions in the order of the indicators given
        const again = healthScore(shuffled);
        expect({ ...again, contributions: undefined }).toEqual({ ...result, contributions: undefined });
        const byRow = (rows: typeof result.contributions) => rows.map((row) => [row.value, row.weight, row.contribution]).sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
        expect(byRow(again.contributions)).toEqual(byRow(result.contributions));
        expect(result.band).toBe(result.score! < 40 ? 'red' : result.score! >= 70 ? 'green' : 'amber');
      }),
    );
  });

  it('internalServiceQuality lies within 0..100 and within the present components', () => {
    const component = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null });
    fc.assert(
      fc.property(
        fc.record({ satisfaction: component, timeliness: component, accuracy: component, collaboration: component }),
        (components) => {
          const present = Object.values(components).filter((value): value is number => value !== null);
          const result = internalServiceQuality(components);
          if (present.length === 0) expect(result.score).toBeNull();
          else expect(result.score! >= Math.min(...present) && result.score! <= Math.max(...present)).toBe(true);
          expect(result.present).toBe(present.length);
        },
      ),
    );
  });

  it('servqual: gaps in [−6, 6], the unweighted score between the smallest and largest gap', () => {
    const likert = fc.double({ min: 1, max: 7, noNaN: true });
    const ratings = fc.record({ tangibles: likert, reliability: likert, responsiveness: likert, assurance: likert, empathy: likert });
    fc.assert(
      fc.property(ratings, ratings, (expectations, perceptions) => {
        const result = servqual({ expectations, perceptions });
        const gaps = Object.values(result.gaps);
        for (const gap of gaps) expect(gap >= -6 && gap <= 6).toBe(true);
        expect(result.unweighted >= Math.min(...gaps) && result.unweighted <= Math.max(...gaps)).toBe(true);
      }),
    );
  });
});

describe('task scores', () => {
  const hour = 3_600_000;
  const task = fc.record(
    {
      requestedAt: fc.integer({ min: 0, max: 1000 }).map((h) => new Date(Date.UTC(2024, 0, 1) + h * hour).toISOString()),
      waitHours: fc.option(fc.integer({ min: 0, max: 48 }), { nil: undefined }),
      slaHours: fc.option(fc.integer({ min: 1, max: 24 }), { nil: undefined }),
      defects: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
      reworked: fc.option(fc.boolean(), { nil: undefined }),
    },
    { requiredKeys: ['requestedAt'] },
  ).map(({ waitHours, ...rest }) => ({
    ...rest,
    completedAt: waitHours === undefined ? undefined : new Date(Date.parse(rest.requestedAt) + waitHours * hour).toISOString(),
  }));

  it('slaAttainment: counts add up, score in [0, 100], order-free', () => {
    fc.assert(
      fc.property(withShuffle(fc.array(task, { maxLength: 60 })), fc.integer({ min: 0, max: 1100 }), ([tasks, shuffled], asOfHour) => {
        const options = { slaHours: 8, asOf: new Date(Date.UTC(2024, 0, 1) + asOfHour * hour) };
        const result = slaAttainment(tasks, options);
        expect(result.onTime + result.late + result.open).toBe(tasks.length);
        if (result.score !== null) expect(result.score >= 0 && result.score <= 100).toBe(true);
        else expect(result.onTime + result.late).toBe(0);
        expect(slaAttainment(shuffled, options)).toEqual(result);
      }),
    );
  });

  // the same tasks as full task observations
  const observed = task.map((fields) => ({ type: 'task' as const, providerId: 'it', consumerId: 'sales', ...fields }));

  it('firstPassYield: counts add up, score in [0, 100], order-free, null only without a completed task', () => {
    fc.assert(
      fc.property(withShuffle(fc.array(observed, { maxLength: 60 })), ([tasks, shuffled]) => {
        const result = firstPassYield(tasks);
        const completed = tasks.filter((t) => t.completedAt !== undefined);
        // naive count: a completed task passes with no defects (absent = 0) and no rework
        const passed = completed.filter((t) => !(t.defects! > 0) && t.reworked !== true).length;
        expect(result).toMatchObject({ passed, total: completed.length, open: tasks.length - completed.length });
        expect(result.score === null).toBe(completed.length === 0);
        if (result.score !== null) expect(result.score >= 0 && result.score <= 100).toBe(true);
        expect(firstPassYield(shuffled)).toEqual(result);
      }),
    );
  });
});

describe('rolledThroughputYield and balance', () => {
  it('RTY lies in [0, min yield] and is exactly order-free', () => {
    fc.assert(
      fc.property(withShuffle(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 })), ([yields, shuffled]) => {
        const result = rolledThroughputYield(yields);
        expect(result >= 0 && result <= Math.min(...yields)).toBe(true);
        expect(rolledThroughputYield(shuffled)).toBe(result);
      }),
    );
  });

  it('balance: the gap is internal − external and the focus follows the rules', () => {
    const score = fc.double({ min: 0, max: 100, noNaN: true });
    fc.assert(
      fc.property(score, score, fc.double({ min: 0, max: 50, noNaN: true }), score, (internal, external, tolerance, floor) => {
        const result = balance({ internal, external }, { tolerance, floor });
        expect(result.gap).toBe(internal - external + 0);
        // the documented rule: past the tolerance by more than two units in the last place of the larger score
        const rounding = 2 * Number.EPSILON * Math.max(internal, external);
        if (internal < floor && external < floor) expect(result.focus).toBe('internal');
        else if (Math.abs(result.gap) <= tolerance + rounding) expect(result.focus).toBe('balanced');
        else expect(result.focus).toBe(result.gap < 0 ? 'internal' : 'external');
      }),
    );
  });
});
