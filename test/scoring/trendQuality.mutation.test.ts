import { describe, expect, it } from 'vitest';
import { createServiceChain, propagateQuality, trend } from '../../src/index.js';
import { caught, issuePaths } from './_helpers.js';

// Tests added from a mutation-testing run of src/scoring/trend.ts and
// propagateQuality.ts: each pins a behaviour a surviving mutant changed unnoticed.

const weekly = { period: 'week', aggregate: 'sum' } as const;

describe('trend: arguments and bounds', () => {
  it('reports an unknown option under [options] and a bad points argument at [points]', () => {
    expect(issuePaths(() => trend([], { ...weekly, extra: 1 } as never))).toEqual([['options', 'extra']]);
    expect(issuePaths(() => trend('x' as never, weekly))).toEqual([['points']]);
  });

  it('reports a bad period without touching the points', () => {
    expect(issuePaths(() => trend([{ at: '2024-01-01', value: 1 }], { period: 'fortnight', aggregate: 'sum' } as never))).toEqual([
      ['options', 'period'],
    ]);
  });

  it('accepts instants from 0001-01-01 to 9999-12-31 UTC, and nothing outside', () => {
    const first = new Date('0001-01-01T00:00:00Z');
    const last = new Date('9999-12-31T23:59:59.999Z');
    expect(first.getTime()).toBe(-62_135_596_800_000);
    expect(trend([{ at: first, value: 2 }], { period: 'year', aggregate: 'sum' })).toEqual([{ start: '0001-01-01', value: 2, count: 1 }]);
    expect(trend([{ at: last, value: 3 }], { period: 'year', aggregate: 'sum' })).toEqual([{ start: '9999-01-01', value: 3, count: 1 }]);
    expect(
      issuePaths(() =>
        trend(
          [
            { at: new Date(first.getTime() - 1), value: 1 },
            { at: new Date(last.getTime() + 1), value: 1 },
          ],
          weekly,
        ),
      ),
    ).toEqual([
      ['points', 0, 'at'],
      ['points', 1, 'at'],
    ]);
  });

  it('reports a period total that overflows at the point that overflows it', () => {
    const points = [
      { at: '2024-01-01', value: 1e308 },
      { at: '2024-01-02', value: 1e308 },
    ];
    expect(issuePaths(() => trend(points, weekly))).toEqual([['points', 1, 'value']]);
  });

  it('never gives negative zero for min or max', () => {
    const points = [{ at: '2024-01-01', value: -0 }];
    expect(Object.is(trend(points, { period: 'month', aggregate: 'min' })[0]?.value, 0)).toBe(true);
    expect(Object.is(trend(points, { period: 'month', aggregate: 'max' })[0]?.value, 0)).toBe(true);
  });
});

describe('propagateQuality: options', () => {
  const chain = createServiceChain({
    customers: [
      { kind: 'department', id: 'a', name: 'A' },
      { kind: 'department', id: 'b', name: 'B' },
    ],
    links: [{ from: 'a', to: 'b', service: 'S', deliverable: 'tool' }],
  });

  it('reports options that are not an object at [options]', () => {
    for (const options of [5, [], 'mean', null]) {
      const error = caught(() => propagateQuality(chain, {}, options as never));
      expect(error.issues.map((i) => [i.code, i.path])).toEqual([['INVALID_INPUT', ['options']]]);
    }
  });

  it('reports options that cannot be read at [options]', () => {
    const options = Object.defineProperty({}, 'mode', {
      enumerable: true,
      get() {
        throw new Error('hostile getter');
      },
    });
    expect(issuePaths(() => propagateQuality(chain, {}, options))).toEqual([['options']]);
  });
});
