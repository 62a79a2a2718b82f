/**
 * Working time (SPEC §11): workingHoursBetween and the SLA scores measured in
 * working hours, each expectation worked out by hand beside it.
 */
import { describe, expect, it } from 'vitest';
import { ClienteleError } from '../../src/errors.js';
import { workingHoursBetween } from '../../src/scoring/workingHoursBetween.js';
import { slaAttainment } from '../../src/scoring/slaAttainment.js';
import { slaAccumulator } from '../../src/scoring/slaAccumulator.js';
import { slaStanding } from '../../src/scoring/_internal/slaStanding.js';
import { HANOI_OFFICE } from '../../src/sample/calendar.js';
import type { Calendar } from '../../src/chain/calendar.js';

const NINE_TO_FIVE: [string, string][] = [['09:00', '17:00']];
const weekdays = (day: [string, string][]) => ({ mon: day, tue: day, wed: day, thu: day, fri: day });
const utcOffice: Calendar = { timeZone: 'UTC', workingHours: weekdays(NINE_TO_FIVE) };
const ALL_DAY: [string, string][] = [['00:00', '24:00']];
const roundTheClock = (timeZone: string): Calendar => ({
  timeZone,
  workingHours: { ...weekdays(ALL_DAY), sat: ALL_DAY, sun: ALL_DAY },
});

function issuesOf(run: () => unknown): { path: readonly (string | number)[]; message: string }[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ClienteleError);
    return (error as ClienteleError).issues.map(({ path, message }) => ({ path, message }));
  }
  throw new Error('expected a ClienteleError');
}

describe('workingHoursBetween', () => {
  it('Friday 16:00 to Monday 10:00 on 9–17 weekdays is 2 working hours', () => {
    // 2024-05-03 is a Friday: Fri 16:00–17:00 (1 h) + Mon 09:00–10:00 (1 h); the weekend holds none
    expect(workingHoursBetween('2024-05-03T16:00:00Z', '2024-05-06T10:00:00Z', utcOffice)).toBe(2);
  });

  it('skips the lunch break', () => {
    // Hanoi 08–12 and 13–17 on Tuesday 2025-08-26: 11:00–12:00 (1 h) + 13:00–14:30 (1.5 h) = 2.5 h
    expect(workingHoursBetween('2025-08-26T11:00:00+07:00', '2025-08-26T14:30:00+07:00', HANOI_OFFICE)).toBe(2.5);
  });

  it('skips a run of holidays (Tết 2025) as local dates', () => {
    // Friday 24 Jan 16:00 to Monday 3 Feb 09:30 (Hanoi): Fri 16–17 (1 h), 25 Jan–2 Feb all holidays or weekend, Mon 08:00–09:30 (1.5 h)
    expect(workingHoursBetween('2025-01-24T16:00:00+07:00', '2025-02-03T09:30:00+07:00', HANOI_OFFICE)).toBe(2.5);
    // the same span written in UTC: 09:00Z on the 24th is 16:00 in Hanoi
    expect(workingHoursBetween('2025-01-24T09:00:00Z', '2025-02-03T02:30:00Z', HANOI_OFFICE)).toBe(2.5);
  });

  it('reads holidays on the zone’s calendar, not UTC’s', () => {
    // 2025-09-01 is a holiday in Hanoi; 2025-08-31T17:00Z is already 1 September 00:00 there.
    // UTC 01:00–10:00 on 1 Sep is Hanoi 08:00–17:00 on the holiday: no working time
    expect(workingHoursBetween('2025-09-01T01:00:00Z', '2025-09-01T10:00:00Z', HANOI_OFFICE)).toBe(0);
    // Wednesday 3 Sep, UTC 01:00–10:00 = Hanoi 08:00–17:00: 8 working hours
    expect(workingHoursBetween('2025-09-03T01:00:00Z', '2025-09-03T10:00:00Z', HANOI_OFFICE)).toBe(8);
  });

  it('America/New_York: a 01:00–04:00 window is 2 real hours when the clocks spring forward, 4 when they fall back', () => {
    const night: Calendar = { timeZone: 'America/New_York', workingHours: { sun: [['01:00', '04:00']] } };
    // 2024-03-10: 02:00 EST → 03:00 EDT. 01:00 EST = 06:00Z, 04:00 EDT = 08:00Z: 2 h
    expect(workingHoursBetween('2024-03-10T00:00:00-05:00', '2024-03-11T00:00:00-04:00', night)).toBe(2);
    // 2024-11-03: 02:00 EDT → 01:00 EST. 01:00 EDT = 05:00Z, 04:00 EST = 09:00Z: 4 h, the repeated hour worked twice
    expect(workingHoursBetween('2024-11-03T00:00:00-04:00', '2024-11-04T00:00:00-05:00', night)).toBe(4);
    // a task spanning the fall-back night with a round-the-clock calendar: real time, the extra hour counted once
    // 2024-11-02T22:00-04:00 = 02:00Z on the 3rd; 2024-11-03T06:00-05:00 = 11:00Z: 9 real hours (9 wall-clock readings + 1 repeated − 1)
    expect(workingHoursBetween('2024-11-02T22:00:00-04:00', '2024-11-03T06:00:00-05:00', roundTheClock('America/New_York'))).toBe(9);
  });

  it('Europe/London and Europe/Berlin: 9–17 is 8 hours on the change days, and round the clock is wall-clock time', () => {
    // 2024-03-31 (Sunday) London goes 01:00 GMT → 02:00 BST; Berlin 02:00 CET → 03:00 CEST. Monday 1 April, 9–17 local = 8 h
    for (const zone of ['Europe/London', 'Europe/Berlin']) {
      const office: Calendar = { timeZone: zone, workingHours: weekdays(NINE_TO_FIVE) };
      // Friday 29 March 12:00Z to Tuesday 2 April 12:00Z
      // London: Fri 12:00–17:00 GMT (5 h) + Mon 9–17 (8 h) + Tue 09:00–13:00 BST (12:00Z = 13:00 BST: 4 h) = 17
      // Berlin: Fri 13:00–17:00 CET (12:00Z = 13:00 CET: 4 h) + Mon 8 h + Tue 09:00–14:00 CEST (12:00Z = 14:00: 5 h) = 17
      expect(workingHoursBetween('2024-03-29T12:00:00Z', '2024-04-02T12:00:00Z', office)).toBe(17);
      // the Sunday of the change has 23 real hours; 4 days round the clock from Saturday 00:00Z is 96 real hours
      expect(workingHoursBetween('2024-03-30T00:00:00Z', '2024-04-03T00:00:00Z', roundTheClock(zone))).toBe(96);
    }
    // Berlin's spring-forward Sunday, local midnight to midnight: 00:00 CET = 23:00Z Sat, 24:00 CEST = 22:00Z Sun: 23 h
    const sunday: Calendar = { timeZone: 'Europe/Berlin', workingHours: { sun: ALL_DAY } };
    expect(workingHoursBetween('2024-03-30T12:00:00Z', '2024-04-01T12:00:00Z', sunday)).toBe(23);
  });

  it('is 0 for an empty span, and rejects a span that ends before it starts', () => {
    expect(workingHoursBetween('2024-05-06T10:00:00Z', '2024-05-06T10:00:00Z', utcOffice)).toBe(0);
    expect(issuesOf(() => workingHoursBetween('2024-05-06T10:00:00Z', '2024-05-06T09:00:00Z', utcOffice)).map((i) => i.path)).toEqual([['to']]);
  });

  it('reports bad calendars at their paths', () => {
    const paths = (calendar: unknown) =>
      issuesOf(() => workingHoursBetween('2024-05-06', '2024-05-07', calendar as Calendar)).map((i) => i.path);
    expect(paths({ timeZone: 'Mars/Olympus_Mons', workingHours: weekdays(NINE_TO_FIVE) })).toEqual([['calendar', 'timeZone']]);
    expect(paths({ timeZone: 'UTC', workingHours: { mon: [['25:00', '26:00']] } })).toEqual([
      ['calendar', 'workingHours', 'mon', 0, 0],
      ['calendar', 'workingHours', 'mon', 0, 1],
    ]);
    expect(paths({ timeZone: 'UTC', workingHours: { mon: [['17:00', '09:00']] } })).toEqual([['calendar', 'workingHours', 'mon', 0, 1]]);
    expect(paths({ timeZone: 'UTC', workingHours: { tue: [['09:00', '12:00'], ['11:00', '17:00']] } })).toEqual([
      ['calendar', 'workingHours', 'tue', 1, 0],
    ]);
    expect(paths({ timeZone: 'UTC', workingHours: { mon: [['24:00', '24:00']] } })).toEqual([['calendar', 'workingHours', 'mon', 0, 0]]);
    expect(paths({ timeZone: 'UTC', workingHours: weekdays(NINE_TO_FIVE), holidays: ['2025-02-29', '2025-13-01'] })).toEqual([
      ['calendar', 'holidays', 0],
      ['calendar', 'holidays', 1],
    ]);
    expect(paths({ timeZone: 'UTC', workingHours: { monday: NINE_TO_FIVE, mon: NINE_TO_FIVE }, extra: 1 })).toEqual([
      ['calendar', 'extra'],
      ['calendar', 'workingHours', 'monday'],
    ]);
    expect(paths({ timeZone: 'UTC', workingHours: {} })).toEqual([['calendar', 'workingHours']]);
  });
});

describe('workingHoursBetween with dated hours (workingDates)', () => {
  // Moscow is UTC+03:00 all year (no daylight saving since 2014)
  const MOSCOW_DAY: [string, string][] = [['09:00', '18:00']];
  const moscowWeek = weekdays(MOSCOW_DAY);
  // Russia 2024 (Government decree No. 1375 of 10 August 2023): Saturdays 27 April and 2 November worked,
  // 29–30 April and 10 May off in exchange; 1 May, 9 May, 4 November public holidays; 8 May, the eve of
  // Victory Day, an hour shorter (Labour Code art. 95)
  const moscow2024: Calendar = {
    timeZone: 'Europe/Moscow',
    workingHours: moscowWeek,
    holidays: ['2024-04-29', '2024-04-30', '2024-05-01', '2024-05-09', '2024-05-10', '2024-11-04'],
    workingDates: { '2024-04-27': MOSCOW_DAY, '2024-05-08': [['09:00', '17:00']], '2024-11-02': MOSCOW_DAY },
  };

  it('a Saturday worked by decree counts its hours', () => {
    const onlyTheSaturday: Calendar = { timeZone: 'Europe/Moscow', workingHours: moscowWeek, workingDates: { '2024-04-27': MOSCOW_DAY } };
    // Fri 26 Apr 17:00 to Mon 29 Apr 10:00: Fri 17–18 (1 h) + Sat 09–18 (9 h) + Sun (0) + Mon 09–10 (1 h) = 11 h
    expect(workingHoursBetween('2024-04-26T17:00:00+03:00', '2024-04-29T10:00:00+03:00', onlyTheSaturday)).toBe(11);
    // without the dated Saturday: 1 + 1 = 2 h
    expect(workingHoursBetween('2024-04-26T17:00:00+03:00', '2024-04-29T10:00:00+03:00', { timeZone: 'Europe/Moscow', workingHours: moscowWeek })).toBe(2);
    // with the decree's days off: Fri 1 h + Sat 9 h, Mon 29 and Tue 30 April and 1 May off, Thu 2 May 09–10 (1 h) = 11 h
    expect(workingHoursBetween('2024-04-26T17:00:00+03:00', '2024-05-02T10:00:00+03:00', moscow2024)).toBe(11);
    // Fri 1 Nov 17:00 to Tue 5 Nov 10:00: Fri 1 h + Sat 2 Nov 9 h + Sun 0 + Mon 4 Nov holiday 0 + Tue 09–10 1 h = 11 h
    expect(workingHoursBetween('2024-11-01T17:00:00+03:00', '2024-11-05T10:00:00+03:00', moscow2024)).toBe(11);
  });

  it('the eve of a holiday shortened by an hour', () => {
    // Tue 7 May 17:00 to Mon 13 May 10:00: Tue 17–18 (1 h) + Wed 8 May 09–17 (8 h, not 9) + 9–12 May off + Mon 09–10 (1 h) = 10 h
    expect(workingHoursBetween('2024-05-07T17:00:00+03:00', '2024-05-13T10:00:00+03:00', moscow2024)).toBe(10);
    // 17:00–18:00 on the 8th is after the shortened day's end: 0; on Tuesday the 7th it is worked: 1
    expect(workingHoursBetween('2024-05-08T17:00:00+03:00', '2024-05-08T18:00:00+03:00', moscow2024)).toBe(0);
    expect(workingHoursBetween('2024-05-07T17:00:00+03:00', '2024-05-07T18:00:00+03:00', moscow2024)).toBe(1);
  });

  it('reads a dated day on the zone’s calendar, not UTC’s', () => {
    // Saturday 27 April 09:00–18:00 in Moscow is 06:00Z–15:00Z: 9 h; Friday 21:00Z is Saturday 00:00 there,
    // so Fri 21:00Z → Sat 21:00Z is the whole Moscow Saturday: 9 h
    expect(workingHoursBetween('2024-04-27T06:00:00Z', '2024-04-27T15:00:00Z', moscow2024)).toBe(9);
    expect(workingHoursBetween('2024-04-26T21:00:00Z', '2024-04-27T21:00:00Z', moscow2024)).toBe(9);
    // Sat 27 April 00:00Z–06:00Z is Moscow 03:00–09:00, before the day's start: 0
    expect(workingHoursBetween('2024-04-27T00:00:00Z', '2024-04-27T06:00:00Z', moscow2024)).toBe(0);
  });

  it('a compensatory Saturday in Hanoi ("làm bù"), Saturday 26 April 2025 for Friday 2 May', () => {
    const hanoi: Calendar = {
      ...HANOI_OFFICE,
      holidays: [...HANOI_OFFICE.holidays!, '2025-05-02'],
      workingDates: { '2025-04-26': [['08:00', '12:00'], ['13:00', '17:00']] },
    };
    // Fri 25 Apr 16:00 to Mon 28 Apr 09:00: Fri 16–17 (1 h) + Sat 08–12 and 13–17 (8 h) + Mon 08–09 (1 h) = 10 h
    expect(workingHoursBetween('2025-04-25T16:00:00+07:00', '2025-04-28T09:00:00+07:00', hanoi)).toBe(10);
    // the office's own calendar has no working Saturday: 1 + 1 = 2 h
    expect(workingHoursBetween('2025-04-25T16:00:00+07:00', '2025-04-28T09:00:00+07:00', HANOI_OFFICE)).toBe(2);
    // Tue 29 Apr 16:00 to Mon 5 May 09:00: Tue 16–17 (1 h), 30 Apr, 1 May, 2 May off, the weekend, Mon 08–09 (1 h) = 2 h
    expect(workingHoursBetween('2025-04-29T16:00:00+07:00', '2025-05-05T09:00:00+07:00', hanoi)).toBe(2);
  });

  it('an empty list makes a working weekday a day off', () => {
    const offMonday: Calendar = { timeZone: 'Europe/Moscow', workingHours: moscowWeek, workingDates: { '2024-05-06': [] } };
    // Mon 6 May (dated []) 0 h; Tue 7 May 9 h
    expect(workingHoursBetween('2024-05-06T00:00:00+03:00', '2024-05-07T00:00:00+03:00', offMonday)).toBe(0);
    expect(workingHoursBetween('2024-05-07T00:00:00+03:00', '2024-05-08T00:00:00+03:00', offMonday)).toBe(9);
  });

  it('a dated day on the night the clocks change holds real hours (Europe/Berlin)', () => {
    const nights: Calendar = {
      timeZone: 'Europe/Berlin',
      workingHours: weekdays(NINE_TO_FIVE),
      workingDates: { '2024-03-31': [['01:00', '04:00']], '2024-10-27': [['01:00', '04:00']] },
    };
    // Sunday 31 March: 02:00 CET → 03:00 CEST. 01:00 CET = 00:00Z, 04:00 CEST = 02:00Z: 2 h
    expect(workingHoursBetween('2024-03-30T12:00:00Z', '2024-03-31T12:00:00Z', nights)).toBe(2);
    // Sunday 27 October: 03:00 CEST → 02:00 CET. 01:00 CEST = 23:00Z on the 26th, 04:00 CET = 03:00Z: 4 h
    expect(workingHoursBetween('2024-10-26T12:00:00Z', '2024-10-27T12:00:00Z', nights)).toBe(4);
    // Friday 29 March 16:00 CET (15:00Z) to Monday 1 April 10:00 CEST (08:00Z): Fri 1 h + Sun night 2 h + Mon 09–10 1 h = 4 h
    expect(workingHoursBetween('2024-03-29T15:00:00Z', '2024-04-01T08:00:00Z', nights)).toBe(4);
  });

  it('long spans weigh the years that hold a dated day by walking them', () => {
    // 1700-06-01 is a Tuesday and 2500-01-02 a Saturday (Sakamoto's method: (1700 + 425 − 17 + 4 + 3 + 1) mod 7 = 2;
    // (2499 + 624 − 24 + 6 + 0 + 2) mod 7 = 6, with 0 = Sunday). Whole years before 1800 and from 2200 are
    // otherwise weighed by their kind: a dated day there must still count.
    const base: Calendar = { timeZone: 'America/New_York', workingHours: weekdays(NINE_TO_FIVE) };
    const dated: Calendar = { ...base, workingDates: { '1700-06-01': [], '2500-01-02': [['09:00', '13:00']] } };
    // the Tuesday loses its 8 hours, the Saturday gains 4
    expect(workingHoursBetween('1600-01-01T00:00:00Z', '1750-01-01T00:00:00Z', dated)).toBe(
      workingHoursBetween('1600-01-01T00:00:00Z', '1750-01-01T00:00:00Z', base) - 8,
    );
    expect(workingHoursBetween('2300-01-01T00:00:00Z', '2700-01-01T00:00:00Z', dated)).toBe(
      workingHoursBetween('2300-01-01T00:00:00Z', '2700-01-01T00:00:00Z', base) + 4,
    );
  });

  it('reports bad dated hours at their paths', () => {
    const paths = (workingDates: unknown, holidays?: string[]) =>
      issuesOf(() =>
        workingHoursBetween('2024-05-06', '2024-05-07', { timeZone: 'Europe/Moscow', workingHours: moscowWeek, holidays, workingDates } as Calendar),
      ).map((i) => i.path);
    expect(paths({ '2024-04-27': [['18:00', '09:00']] })).toEqual([['calendar', 'workingDates', '2024-04-27', 0, 1]]);
    expect(paths({ '2024-04-27': [['09:00', '13:00'], ['12:00', '18:00']] })).toEqual([['calendar', 'workingDates', '2024-04-27', 1, 0]]);
    expect(paths({ '2024-04-27': [['24:00', '24:00']] })).toEqual([['calendar', 'workingDates', '2024-04-27', 0, 0]]);
    expect(paths({ '2024-04-27': [['9:00', '18:00']] })).toEqual([['calendar', 'workingDates', '2024-04-27', 0, 0]]);
    expect(paths({ '2024-04-27': 'Saturday' })).toEqual([['calendar', 'workingDates', '2024-04-27']]);
    // a date that does not exist, or in another format, is reported, and its list is still read
    expect(paths({ '2024-02-30': MOSCOW_DAY, '27.04.2024': [['18:00', '09:00']] })).toEqual([
      ['calendar', 'workingDates', '2024-02-30'],
      ['calendar', 'workingDates', '27.04.2024'],
      ['calendar', 'workingDates', '27.04.2024', 0, 1],
    ]);
    expect(paths([['2024-04-27', MOSCOW_DAY]])).toEqual([['calendar', 'workingDates']]);
    expect(paths(JSON.parse('{"__proto__": []}'))).toEqual([['calendar', 'workingDates', '__proto__']]);
    // a date both worked and a holiday
    const clash = issuesOf(() =>
      workingHoursBetween('2024-05-06', '2024-05-07', { timeZone: 'Europe/Moscow', workingHours: moscowWeek, holidays: ['2024-05-09'], workingDates: { '2024-05-09': MOSCOW_DAY } }),
    );
    expect(clash.map((i) => i.path)).toEqual([['calendar', 'workingDates', '2024-05-09']]);
    expect(clash[0]!.message).toContain('also a holiday');
    expect(clash[0]!.message).toContain('"2024-05-09"');
    // the week must still hold an interval: dated hours do not make up for an empty week
    expect(
      issuesOf(() => workingHoursBetween('2024-05-06', '2024-05-07', { timeZone: 'UTC', workingHours: {}, workingDates: { '2024-04-27': MOSCOW_DAY } })).map((i) => i.path),
    ).toEqual([['calendar', 'workingHours']]);
  });

  it('works on a deeply frozen calendar, and leaves the calendar as it was', () => {
    const frozen = structuredClone(moscow2024);
    const freeze = (value: unknown): void => {
      if (typeof value === 'object' && value !== null) {
        Object.values(value).forEach(freeze);
        Object.freeze(value);
      }
    };
    freeze(frozen);
    expect(workingHoursBetween('2024-04-26T17:00:00+03:00', '2024-05-02T10:00:00+03:00', frozen)).toBe(11);
    expect(frozen).toEqual(moscow2024);
  });
});

describe('slaAttainment and slaAccumulator in working time', () => {
  const base = { requestedAt: '2024-05-03T16:00:00Z', completedAt: '2024-05-06T10:00:00Z', slaHours: 4 };

  it('counts working hours when a calendar applies: the task’s own, else the option’s', () => {
    // wall clock: 66 h > 4 → late; working time: 2 h ≤ 4 → on time
    expect(slaAttainment([base]).late).toBe(1);
    expect(slaAttainment([base], { calendar: utcOffice }).onTime).toBe(1);
    expect(slaAttainment([{ ...base, calendar: utcOffice }]).onTime).toBe(1);
    // the task's calendar wins: round the clock, 66 h > 4 → late even though the option says 9–17
    expect(slaAttainment([{ ...base, calendar: roundTheClock('UTC') }], { calendar: utcOffice }).late).toBe(1);
  });

  it('subtracts pauses, in wall-clock and in working time', () => {
    // wall clock: 66 h − the pause Fri 17:00 → Mon 09:00 (64 h) = 2 h ≤ 4 → on time
    const paused = { ...base, paused: [{ from: '2024-05-03T17:00:00Z', to: '2024-05-06T09:00:00Z' }] };
    expect(slaAttainment([paused]).onTime).toBe(1);
    // working time with a 1-hour SLA: 2 h − the pause Mon 09:00–09:30 (0.5 working h) = 1.5 h > 1 → late;
    // pausing Fri 16:30–Mon 09:30 instead takes 0.5 + 0.5 = 1 working h: 1 h ≤ 1 → on time (the deadline itself)
    const tight = { ...base, slaHours: 1 };
    expect(slaAttainment([{ ...tight, paused: [{ from: '2024-05-06T09:00:00Z', to: '2024-05-06T09:30:00Z' }] }], { calendar: utcOffice }).late).toBe(1);
    expect(slaAttainment([{ ...tight, paused: [{ from: '2024-05-03T16:30:00Z', to: '2024-05-06T09:30:00Z' }] }], { calendar: utcOffice }).onTime).toBe(1);
  });

  it('judges an open task by the working time it has used at asOf', () => {
    const open = { requestedAt: '2024-05-03T16:00:00Z', slaHours: 4 };
    // at Monday 11:00: Fri 16–17 + Mon 9–11 = 3 h ≤ 4 → open; at Monday 13:00: 5 h > 4 → late
    expect(slaAttainment([open], { calendar: utcOffice, asOf: '2024-05-06T11:00:00Z' }).open).toBe(1);
    expect(slaAttainment([open], { calendar: utcOffice, asOf: '2024-05-06T13:00:00Z' }).late).toBe(1);
    // a pause still to come after asOf has not happened yet: Mon 13:00 with a pause Mon 12:00–15:00 counts 1 h of it → 4 h → open
    const waiting = { ...open, paused: [{ from: '2024-05-06T12:00:00Z', to: '2024-05-06T15:00:00Z' }] };
    expect(slaAttainment([waiting], { calendar: utcOffice, asOf: '2024-05-06T13:00:00Z' }).open).toBe(1);
  });

  it('reports a pause outside its task or overlapping another at its path', () => {
    const paths = issuesOf(() =>
      slaAttainment([
        {
          ...base,
          paused: [
            { from: '2024-05-03T15:00:00Z', to: '2024-05-03T16:30:00Z' },
            { from: '2024-05-03T16:10:00Z', to: '2024-05-03T16:20:00Z' },
            { from: '2024-05-04T00:00:00Z', to: '2024-05-03T23:00:00Z' },
            { from: '2024-05-05T00:00:00Z', to: '2024-05-07T00:00:00Z' },
          ],
        },
      ]),
    ).map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        ['tasks', 0, 'paused', 0, 'from'], // before requestedAt
        ['tasks', 0, 'paused', 1, 'from'], // overlaps pause 0
        ['tasks', 0, 'paused', 2, 'to'], // ends before it starts
        ['tasks', 0, 'paused', 3, 'to'], // after completedAt
      ]),
    );
    expect(paths).toHaveLength(4);
  });

  it('slaStanding, the kernel, agrees and lets the task’s own fields win', () => {
    expect(slaStanding(base, undefined, utcOffice, null)).toBe('onTime');
    expect(slaStanding({ ...base, slaHours: undefined }, 1, utcOffice, null)).toBe('late');
    expect(slaStanding({ requestedAt: base.requestedAt }, 4, undefined, Date.parse('2024-05-03T21:00:00Z'))).toBe('late');
    expect(slaStanding({ requestedAt: base.requestedAt }, 4, undefined, null)).toBe('open');
    expect(() => slaStanding({ requestedAt: base.requestedAt }, undefined, undefined, null)).toThrow(ClienteleError);
  });

  it('the accumulator records its calendar: states of other calendars do not merge, JSON round trips do', () => {
    const acc = slaAccumulator({ calendar: utcOffice });
    const state = JSON.parse(JSON.stringify(acc.add(acc.empty(), base)));
    expect(acc.result(acc.merge(state, acc.empty()))).toEqual(slaAttainment([base], { calendar: utcOffice }));
    const other = slaAccumulator({ calendar: roundTheClock('UTC') });
    expect(issuesOf(() => other.merge(state, other.empty())).map((i) => i.path)).toEqual([['a', 'calendar']]);
    expect(issuesOf(() => slaAccumulator().merge(state, state)).map((i) => i.path)).toEqual([
      ['a', 'calendar'],
      ['b', 'calendar'],
    ]);
  });

  it('rejects a bad calendar option and a bad task calendar at their paths', () => {
    expect(issuesOf(() => slaAttainment([base], { calendar: { timeZone: 'UTC+7', workingHours: weekdays(NINE_TO_FIVE) } })).map((i) => i.path)).toEqual([
      ['options', 'calendar', 'timeZone'],
    ]);
    const bad = { timeZone: 'UTC', workingHours: { mon: [['09:00', '08:00']] } } as unknown as Calendar;
    expect(issuesOf(() => slaAttainment([{ ...base, calendar: bad }])).map((i) => i.path)).toEqual([['tasks', 0, 'calendar', 'workingHours', 'mon', 0, 1]]);
  });
});
