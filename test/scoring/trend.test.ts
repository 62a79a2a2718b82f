import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TREND_AGGREGATES, TREND_PERIODS, trend } from '../../src/index.js';
import { issuePaths } from './_helpers.js';
import { utcPeriodStart } from './_utcPeriod.js';

describe('trend', () => {
  it('lists its periods and aggregates', () => {
    expect(TREND_PERIODS).toEqual(['day', 'week', 'month', 'quarter', 'year']);
    expect(TREND_AGGREGATES).toEqual(['mean', 'sum', 'count', 'min', 'max']);
  });

  it('starts ISO weeks on Monday, crossing year ends', () => {
    const points = [
      { at: '2021-01-01', value: 1 }, // a Friday: week of Monday 2020-12-28
      { at: '2024-12-29T23:59:59Z', value: 2 }, // a Sunday
      { at: '2024-12-30', value: 3 }, // a Monday
      { at: '2024-02-29T12:00:00Z', value: 4 }, // leap day, a Thursday
    ];
    expect(trend(points, { period: 'week', aggregate: 'sum' })).toEqual([
      { start: '2020-12-28', value: 1, count: 1 },
      { start: '2024-02-26', value: 4, count: 1 },
      { start: '2024-12-23', value: 2, count: 1 },
      { start: '2024-12-30', value: 3, count: 1 },
    ]);
  });

  it('buckets by the UTC calendar, offsets included', () => {
    const points = [
      { at: '2024-03-31T23:30:00-01:00', value: 10 }, // 2024-04-01T00:30Z: Q2
      { at: '2024-04-01T06:00:00+07:00', value: 20 }, // 2024-03-31T23:00Z: Q1
      { at: new Date('2024-12-31T23:59:59.999Z'), value: 30 },
    ];
    expect(trend(points, { period: 'quarter', aggregate: 'max' })).toEqual([
      { start: '2024-01-01', value: 20, count: 1 },
      { start: '2024-04-01', value: 10, count: 1 },
      { start: '2024-10-01', value: 30, count: 1 },
    ]);
    expect(trend(points, { period: 'year', aggregate: 'count' })).toEqual([{ start: '2024-01-01', value: 3, count: 3 }]);
    expect(trend(points, { period: 'month', aggregate: 'min' }).map((bucket) => bucket.start)).toEqual([
      '2024-03-01',
      '2024-04-01',
      '2024-12-01',
    ]);
  });

  it('buckets by UTC day by default, the day being the instant\'s UTC date', () => {
    const points = [
      { at: '2024-03-09T23:59:59.999Z', value: 1 },
      { at: '2024-03-10T00:00:00+01:00', value: 2 }, // 2024-03-09T23:00Z
      { at: '2024-03-10', value: 3 },
      { at: '2024-03-10T12:00:00-12:00', value: 4 }, // 2024-03-11T00:00Z
    ];
    expect(trend(points, { period: 'day', aggregate: 'sum' })).toEqual([
      { start: '2024-03-09', value: 3, count: 2 },
      { start: '2024-03-10', value: 3, count: 1 },
      { start: '2024-03-11', value: 4, count: 1 },
    ]);
    expect(trend(points, { period: 'day', aggregate: 'sum', timeZone: 'UTC' })).toEqual(trend(points, { period: 'day', aggregate: 'sum' }));
  });

  it('computes every aggregate, leaving empty periods out', () => {
    const points = [
      { at: '2024-01-05', value: 2 },
      { at: '2024-01-20', value: -4 },
      { at: '2024-01-31', value: 8 },
      { at: '2024-03-01', value: 1.5 },
    ];
    const by = (aggregate: (typeof TREND_AGGREGATES)[number]) =>
      trend(points, { period: 'month', aggregate }).map((bucket) => bucket.value);
    expect(by('mean')).toEqual([2, 1.5]);
    expect(by('sum')).toEqual([6, 1.5]);
    expect(by('count')).toEqual([3, 1]);
    expect(by('min')).toEqual([-4, 1.5]);
    expect(by('max')).toEqual([8, 1.5]);
    expect(trend([], { period: 'month', aggregate: 'mean' })).toEqual([]);
  });

  it('reports bad points and options with paths', () => {
    expect(
      issuePaths(() =>
        trend(
          [
            { at: '2024-01-01T10:00:00', value: 1 },
            { at: '2024-01-01', value: Number.NaN },
            { at: new Date(Number.NaN), value: 1 },
            { at: '2024-01-01', value: 1, weight: 2 } as never,
            { at: new Date('+010000-01-01T00:00:00Z'), value: 1 },
            'x' as never,
          ],
          { period: 'week', aggregate: 'sum' },
        ),
      ),
    ).toEqual([
      ['points', 0, 'at'],
      ['points', 1, 'value'],
      ['points', 2, 'at'],
      ['points', 3, 'weight'],
      ['points', 4, 'at'],
      ['points', 5],
    ]);
    expect(issuePaths(() => trend([], { period: 'fortnight', aggregate: 'median' } as never))).toEqual([
      ['options', 'period'],
      ['options', 'aggregate'],
    ]);
    expect(issuePaths(() => trend([], undefined as never))).toEqual([['options']]);
  });

  it('matches plain UTC arithmetic for every period', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.integer({ min: -62_135_596_800_000, max: 253_402_300_799_999 }), value: fc.integer({ min: -100, max: 100 }) }), {
          maxLength: 40,
        }),
        fc.constantFrom(...TREND_PERIODS),
        (raw, period) => {
          const points = raw.map((p) => ({ at: new Date(p.at), value: p.value }));
          const expected = new Map<string, { sum: number; count: number }>();
          for (const point of raw) {
            const start = utcPeriodStart(point.at, period);
            const bucket = expected.get(start) ?? { sum: 0, count: 0 };
            bucket.sum += point.value;
            bucket.count += 1;
            expected.set(start, bucket);
          }
          const wanted = [...expected.entries()]
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([start, bucket]) => ({ start, value: bucket.sum, count: bucket.count }));
          expect(trend(points, { period, aggregate: 'sum' })).toEqual(wanted);
        },
      ),
    );
  });

  it('does not depend on the order of the points', () => {
    const point = fc.record({
      at: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2025, 0, 1) }).map((ms) => new Date(ms).toISOString()),
      value: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
    });
    fc.assert(
      fc.property(
        fc.array(point, { maxLength: 50 }).chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })),
        ),
        fc.constantFrom(...TREND_PERIODS),
        fc.constantFrom(...TREND_AGGREGATES),
        ([list, shuffled], period, aggregate) => {
          expect(trend(shuffled, { period, aggregate })).toEqual(trend(list, { period, aggregate }));
        },
      ),
    );
  });
});
