/**
 * trend buckets by the UTC calendar whatever the machine's time zone, and by
 * the calendar of the `timeZone` asked for whatever the machine's zone. This
 * file switches process.env.TZ (Node applies the change at once) through
 * zones far east and west of UTC, one with a half-hour offset and one whose
 * daylight-saving change happened at midnight, and checks every answer
 * against plain UTC arithmetic, or against the engine's own local time in
 * the zone asked for.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { TREND_PERIODS, trend } from '../../src/index.js';
import { machinePeriodStart, utcPeriodStart } from './_utcPeriod.js';

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

// Zones asked for with `timeZone`, each computed while the machine sits in
// another zone. Monrovia (−00:44:30 until 1972) and Dublin (−00:25:21 until
// 1916) had offsets between −1 h and 0, which an offset parser can get wrong.
const ASKED = ['America/New_York', 'Australia/Lord_Howe', 'America/Sao_Paulo', 'Asia/Ho_Chi_Minh', 'Africa/Monrovia', 'Europe/Dublin', 'Pacific/Kiritimati'];
const MACHINE = 'Asia/Kathmandu';

describe.each(ASKED)('trend with timeZone %s', (zone) => {
  /** The oracle: the engine's local calendar with the machine switched to `zone`. */
  function expected(instants: readonly number[], period: (typeof TREND_PERIODS)[number]): { start: string; value: number; count: number }[] {
    process.env.TZ = zone;
    const counts = new Map<string, number>();
    for (const ms of instants) {
      const start = machinePeriodStart(ms, period);
      counts.set(start, (counts.get(start) ?? 0) + 1);
    }
    process.env.TZ = MACHINE;
    return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([start, count]) => ({ start, value: count, count }));
  }

  it('agrees with the engine\'s local calendar in that zone', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: Date.UTC(1850, 0, 1), max: Date.UTC(2100, 0, 1) }), fc.integer({ min: Date.UTC(1, 0, 2), max: Date.UTC(9999, 11, 30) })), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.constantFrom(...TREND_PERIODS),
        (instants, period) => {
          const wanted = expected(instants, period);
          process.env.TZ = MACHINE;
          const points = instants.map((ms) => ({ at: new Date(ms), value: 1 }));
          expect(trend(points, { period, aggregate: 'count', timeZone: zone })).toEqual(wanted);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('agrees around every offset change from 1850 to 2030', () => {
    // Each hour from one minute before to one minute after a change in the
    // machine's offset is where a reader that cached an offset too long
    // would put a point on the wrong day.
    process.env.TZ = zone;
    const changes: number[] = [];
    let previous = new Date(Date.UTC(1850, 0, 1)).getTimezoneOffset();
    for (let ms = Date.UTC(1850, 0, 1); ms < Date.UTC(2030, 0, 1); ms += 3_600_000) {
      const offset = new Date(ms).getTimezoneOffset();
      if (offset !== previous) changes.push(ms);
      previous = offset;
    }
    const instants = changes.flatMap((ms) => [ms - 3_660_000, ms - 1, ms, ms + 60_000, ms + 3_600_000]);
    expect(changes.length).toBeGreaterThan(0);
    for (const period of ['day', 'week'] as const) {
      const wanted = expected(instants, period);
      expect(trend(instants.map((ms) => ({ at: new Date(ms), value: 1 })), { period, aggregate: 'count', timeZone: zone })).toEqual(wanted);
    }
  });
});
