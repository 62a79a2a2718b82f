/**
 * trend buckets by the UTC calendar whatever the machine's time zone. This
 * file switches process.env.TZ (Node applies the change at once) through
 * zones far east and west of UTC, one with a half-hour offset and one whose
 * daylight-saving change happened at midnight, and checks every answer
 * against plain UTC arithmetic.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { TREND_PERIODS, trend } from '../../src/index.js';
import { utcPeriodStart } from './_utcPeriod.js';

const original = process.env.TZ;
afterAll(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

// Each zone with its getTimezoneOffset() on 2021-07-01 (minutes west of UTC).
const ZONES = [
  ['Pacific/Kiritimati', -840],
  ['Pacific/Pago_Pago', 660],
  ['America/St_Johns', 150],
  ['America/Sao_Paulo', 180],
  ['Asia/Ho_Chi_Minh', -420],
] as const;

// São Paulo moved its clocks at midnight (2018-11-04 00:00 → 01:00), so that
// local midnight did not exist; the points sit around such days and year ends.
const edges = [
  '2018-11-03T23:30:00Z',
  '2018-11-04T02:59:59Z',
  '2018-11-04T03:00:00Z',
  '2019-02-16T23:00:00-03:00',
  '2020-12-31T23:59:59Z',
  '2021-01-01T00:00:00Z',
  '2021-01-03T23:59:59Z',
  '2021-01-04T00:00:00Z',
  '2024-02-29T23:59:59.999Z',
  '2024-03-31T01:30:00Z',
];

describe.each(ZONES)('trend in %s', (zone, julyOffset) => {
  it('sees the zone switched', () => {
    process.env.TZ = zone;
    expect(new Date(Date.UTC(2021, 6, 1)).getTimezoneOffset()).toBe(julyOffset);
  });

  it('buckets edge instants by their UTC day', () => {
    process.env.TZ = zone;
    for (const period of TREND_PERIODS) {
      const buckets = trend(
        edges.map((at) => ({ at, value: 1 })),
        { period, aggregate: 'count' },
      );
      const expected = new Map<string, number>();
      for (const at of edges) {
        const start = utcPeriodStart(Date.parse(at), period);
        expected.set(start, (expected.get(start) ?? 0) + 1);
      }
      expect(buckets).toEqual(
        [...expected.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([start, count]) => ({ start, value: count, count })),
      );
    }
  });

  it('agrees with UTC arithmetic on random instants', () => {
    process.env.TZ = zone;
    fc.assert(
      fc.property(fc.integer({ min: -62_135_596_800_000, max: 253_402_300_799_999 }), fc.constantFrom(...TREND_PERIODS), (ms, period) => {
        const [bucket] = trend([{ at: new Date(ms), value: 1 }], { period, aggregate: 'count' });
        expect(bucket!.start).toBe(utcPeriodStart(ms, period));
      }),
      { numRuns: 300 },
    );
  });
});
