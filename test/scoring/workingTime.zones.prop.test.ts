/**
 * The zone's offset history is shared by every calendar of the zone
 * (src/scoring/_internal/workingTime.ts): a clock made after another clock
 * of its zone has filled the store answers exactly as one made with the
 * store empty, in four zones with daylight saving (New York, London, Lord
 * Howe's half-hour shift, Chatham's +12:45/+13:45) over spans that cross
 * their changes; the nights of those changes are counted by hand; and a
 * second calendar of a zone learns nothing the first has learnt.
 */
import fc from 'fast-check';
import { workingDay } from './_workingHoursArb.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearZoneHistoriesForTesting, workingClock, zoneHistoryBlocksForTesting } from '../../src/scoring/_internal/workingTime.js';
import type { Calendar } from '../../src/chain/calendar.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const ALL_DAY: [string, string][] = [['00:00', '24:00']];
const roundTheClock = (timeZone: string): Calendar => ({ timeZone, workingHours: Object.fromEntries(KEYS.map((key) => [key, ALL_DAY])) });

/**
 * Each calendar a clock no earlier call has served: clocks are kept per
 * calendar content, so every calendar here carries a holiday of its own in
 * a year no span reaches (9000 and on), which changes no answer below.
 */
let made = 0;
function fresh(calendar: Calendar): Calendar {
  made += 1;
  return { ...calendar, holidays: [...(calendar.holidays ?? []), `${9000 + (made % 999)}-01-0${1 + (Math.floor(made / 999) % 9)}`] };
}

beforeEach(() => clearZoneHistoriesForTesting());

describe('one offset history per zone, shared by its calendars', () => {
  const ZONES = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Pacific/Chatham'] as const;
  // instants near changes of the four zones (checked against Intl when written), and near the years
  // where whole years start to be weighed (1800, 2200)
  const ANCHORS = [
    '2024-03-10T07:00:00Z', // New York 02:00 EST → 03:00 EDT
    '2024-11-03T06:00:00Z', // New York 02:00 EDT → 01:00 EST
    '1883-11-18T17:00:00Z', // New York leaves local mean time (−4:56:02) for EST
    '2024-03-31T01:00:00Z', // London 01:00 GMT → 02:00 BST
    '1847-12-01T00:01:15Z', // London leaves local mean time (−0:01:15) for GMT
    '2024-04-06T15:00:00Z', // Lord Howe 02:00 +11:00 → 01:30 +10:30
    '2024-10-05T15:30:00Z', // Lord Howe 02:00 +10:30 → 02:30 +11:00
    '2024-04-06T14:00:00Z', // Chatham 03:45 +13:45 → 02:45 +12:45
    '2024-09-28T14:00:00Z', // Chatham 02:45 +12:45 → 03:45 +13:45
    '1799-12-20T00:00:00Z',
    '2199-12-20T00:00:00Z',
  ].map(Date.parse);

  const day = workingDay;
  const week = fc
    .array(day, { minLength: 7, maxLength: 7 })
    .filter((days) => days.some((d) => d.length > 0))
    .map((days) => Object.fromEntries(KEYS.flatMap((key, i) => (days[i]!.length > 0 ? [[key, days[i]!]] : []))) as Calendar['workingHours']);
  /** Holidays on the local dates around an anchor (a day either side of its UTC date). */
  const holidays = fc.array(
    fc.tuple(fc.constantFrom(...ANCHORS), fc.integer({ min: -1, max: 1 })).map(([anchor, shift]) => new Date(anchor + shift * DAY_MS).toISOString().slice(0, 10)),
    { maxLength: 2 },
  );
  /** Spans from three days before an anchor: mostly up to ten days, sometimes up to five years (so whole years are weighed). */
  const span = fc
    .tuple(
      fc.constantFrom(...ANCHORS),
      fc.integer({ min: -3 * 24 * 60, max: 3 * 24 * 60 }),
      fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 10 * DAY_MS }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 5 * 365 * DAY_MS }) }),
    )
    .map(([anchor, minute, length]): [number, number] => [anchor + minute * 60_000, anchor + minute * 60_000 + length]);

  it('a clock made after another of its zone answers as one made with the store empty', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.constantFrom(...ZONES),
        week,
        week,
        holidays,
        fc.array(span, { minLength: 1, maxLength: 4 }),
        fc.array(span, { maxLength: 3 }),
        (timeZone, elsewhere, otherHours, hours, days, spans, otherSpans) => {
          const calendar: Calendar = { timeZone, workingHours: hours, holidays: days };
          const ask = (clock: ReturnType<typeof workingClock>) => spans.map(([from, to]) => [clock.workingMs(from, to), clock.walkedMs(from, to)]);

          clearZoneHistoriesForTesting();
          // another calendar of the zone, and one of some zone (this one or another), fill the store:
          // over the same spans and others
          for (const zone of [elsewhere, timeZone]) {
            const other = workingClock(fresh({ timeZone: zone, workingHours: otherHours }));
            for (const [from, to] of [...spans, ...otherSpans]) other.workingMs(from, to);
          }
          expect(zoneHistoryBlocksForTesting()).toBeGreaterThan(0);
          const warm = ask(workingClock(fresh(calendar)));

          clearZoneHistoriesForTesting();
          const cold = ask(workingClock(fresh(calendar)));
          expect(warm).toEqual(cold);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('a second calendar of a zone learns nothing the first learnt', () => {
    // round the clock, the first calendar reads every local date of 2024 (and a margin)
    workingClock(fresh(roundTheClock('America/New_York'))).walkedMs(Date.parse('2023-12-01T00:00:00Z'), Date.parse('2025-02-01T00:00:00Z'));
    const learnt = zoneHistoryBlocksForTesting();
    // 16 days a block: 14 months are some 27 blocks
    expect(learnt).toBeGreaterThan(20);
    const office = workingClock(
      fresh({ timeZone: 'America/New_York', workingHours: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']], thu: [['09:00', '17:00']], fri: [['09:00', '17:00']] }, holidays: ['2024-07-04'] }),
    );
    // 2024-03-04T00:00Z is Sunday 3 March 19:00 EST, 2024-03-16T00:00Z Friday 15 March 20:00 EDT: Monday 4
    // to Friday 15 March, 10 weekdays × 8 h = 80 h (Sunday 10 March, when the clocks go forward, is not one)
    expect(office.workingMs(Date.parse('2024-03-04T00:00:00Z'), Date.parse('2024-03-16T00:00:00Z')) / HOUR_MS).toBe(80);
    // 2024-07-01T00:00Z is Sunday 30 June 20:00 EDT, 2024-07-06T00:00Z Friday 5 July 20:00: Monday 1 to Friday 5
    // July but the 4th, 4 × 8 h = 32 h
    expect(office.workingMs(Date.parse('2024-07-01T00:00:00Z'), Date.parse('2024-07-06T00:00:00Z')) / HOUR_MS).toBe(32);
    expect(zoneHistoryBlocksForTesting()).toBe(learnt);
    // a clock made before the store is emptied learns its zone again, and answers the same
    clearZoneHistoriesForTesting();
    expect(office.workingMs(Date.parse('2024-07-01T00:00:00Z'), Date.parse('2024-07-06T00:00:00Z')) / HOUR_MS).toBe(32);
    expect(zoneHistoryBlocksForTesting()).toBeGreaterThan(0);
  });
});

describe('the change nights of Lord Howe and Chatham, counted by hand, with the store warm and cold', () => {
  const sundays = (timeZone: string, hours: [string, string][]): Calendar => ({ timeZone, workingHours: { sun: hours } });
  const hoursOf = (calendar: Calendar, from: string, to: string) => workingClock(fresh(calendar)).workingMs(Date.parse(from), Date.parse(to)) / HOUR_MS;
  /** Asks with the store filled by another calendar of the zone, then with it empty; both answers. */
  const warmAndCold = (calendar: Calendar, from: string, to: string): [number, number] => {
    clearZoneHistoriesForTesting();
    workingClock(fresh(roundTheClock(calendar.timeZone))).walkedMs(Date.parse(from) - 30 * DAY_MS, Date.parse(to) + 30 * DAY_MS);
    const warm = hoursOf(calendar, from, to);
    clearZoneHistoriesForTesting();
    return [warm, hoursOf(calendar, from, to)];
  };

  it('Lord Howe: the Sunday the clocks go back half an hour holds 24.5 h, forward 23.5 h', () => {
    // 7 April 2024: 00:00 +11:00 is 6 April 13:00Z; 24:00 +10:30 is 7 April 13:30Z, 24.5 h later. The span
    // (1 to 13 April, 00:00Z) holds no other Sunday: the 14th begins at 13 April 13:30Z
    expect(warmAndCold(sundays('Australia/Lord_Howe', ALL_DAY), '2024-04-01T00:00:00Z', '2024-04-13T00:00:00Z')).toEqual([24.5, 24.5]);
    // 6 October 2024: 00:00 +10:30 is 5 October 13:30Z; 24:00 +11:00 is 6 October 13:00Z, 23.5 h later
    expect(warmAndCold(sundays('Australia/Lord_Howe', ALL_DAY), '2024-10-01T00:00:00Z', '2024-10-12T00:00:00Z')).toEqual([23.5, 23.5]);
    // 01:00–03:00 that April night: 01:00–02:00 at +11:00 (14:00Z–15:00Z, 1 h), then 01:30–03:00 at +10:30
    // (15:00Z–16:30Z, 1.5 h): 2.5 h
    expect(warmAndCold(sundays('Australia/Lord_Howe', [['01:00', '03:00']]), '2024-04-01T00:00:00Z', '2024-04-13T00:00:00Z')).toEqual([2.5, 2.5]);
    // and in October: 01:00–02:00 at +10:30 (1 h), then 02:30–03:00 at +11:00 (0.5 h): 1.5 h
    expect(warmAndCold(sundays('Australia/Lord_Howe', [['01:00', '03:00']]), '2024-10-01T00:00:00Z', '2024-10-12T00:00:00Z')).toEqual([1.5, 1.5]);
  });

  it('Chatham: the Sunday the clocks go back an hour holds 25 h, forward 23 h', () => {
    // 7 April 2024: 00:00 +13:45 is 6 April 10:15Z; 24:00 +12:45 is 7 April 11:15Z, 25 h later (31 March ends
    // at 31 March 10:15Z, 14 April begins at 13 April 11:15Z: neither in the span)
    expect(warmAndCold(sundays('Pacific/Chatham', ALL_DAY), '2024-04-01T00:00:00Z', '2024-04-13T00:00:00Z')).toEqual([25, 25]);
    // 29 September 2024: 00:00 +12:45 is 28 September 11:15Z; 24:00 +13:45 is 29 September 10:15Z, 23 h later
    expect(warmAndCold(sundays('Pacific/Chatham', ALL_DAY), '2024-09-24T00:00:00Z', '2024-10-05T00:00:00Z')).toEqual([23, 23]);
    // 02:00–04:00 that April night: 02:00–03:45 at +13:45 (12:15Z–14:00Z, 1.75 h), then 02:45–04:00 at
    // +12:45 (14:00Z–15:15Z, 1.25 h): 3 h, the hour 02:45–03:45 worked twice
    expect(warmAndCold(sundays('Pacific/Chatham', [['02:00', '04:00']]), '2024-04-01T00:00:00Z', '2024-04-13T00:00:00Z')).toEqual([3, 3]);
  });
});
