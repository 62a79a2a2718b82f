/**
 * Merge laws of slaAccumulator with working calendars (SPEC §11), every
 * state sent through JSON: merging is associative and commutative, any
 * partition merged in any order equals slaAttainment in one pass, and
 * states made with different calendars refuse to merge.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClienteleError, HANOI_OFFICE, slaAccumulator, slaAttainment, type Calendar, type SlaTask } from '../../src/index.js';
import { deepFreeze } from './_helpers.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const NINE_TO_FIVE: [string, string][] = [['09:00', '17:00']];
const BERLIN: Calendar = {
  timeZone: 'Europe/Berlin',
  workingHours: { mon: NINE_TO_FIVE, tue: NINE_TO_FIVE, wed: NINE_TO_FIVE, thu: NINE_TO_FIVE, fri: NINE_TO_FIVE },
  holidays: ['2024-03-29', '2024-04-01'],
};
const NEW_YORK: Calendar = { timeZone: 'America/New_York', workingHours: { sun: [['01:00', '04:00']], mon: [['08:00', '20:00']] } };
/** BERLIN with dated hours: a Saturday worked, a Friday shortened, a Wednesday off; another calendar than BERLIN. */
const BERLIN_DATED: Calendar = {
  ...BERLIN,
  workingDates: { '2024-03-16': [['10:00', '14:00']], '2024-03-22': [['09:00', '12:00']], '2024-04-03': [] },
};
const CALENDARS = [HANOI_OFFICE, BERLIN, NEW_YORK, BERLIN_DATED] as const;
// around Berlin's spring-forward (31 March 2024), Easter holidays and New York's change two weeks earlier
const START = Date.UTC(2024, 2, 8);

const ship = <S>(state: S): S => JSON.parse(JSON.stringify(state)) as S;

const task: fc.Arbitrary<SlaTask> = fc
  .record({
    at: fc.integer({ min: 0, max: 30 * 24 * 60 }),
    took: fc.option(fc.integer({ min: 0, max: 6 * 24 * 60 }), { nil: undefined }),
    // a pause as fractions of the task's span (or of two days for an open task): where it starts and how long it is
    pause: fc.option(fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 100 })), { nil: undefined }),
    slaHours: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
    own: fc.option(fc.constantFrom(...CALENDARS), { nil: undefined }),
  })
  .map(({ at, took, pause, slaHours, own }) => {
    const requested = START + at * MINUTE;
    const span = (took ?? 2 * 24 * 60) * MINUTE;
    const out: SlaTask = { requestedAt: new Date(requested).toISOString() };
    if (took !== undefined) out.completedAt = new Date(requested + span).toISOString();
    if (slaHours !== undefined) out.slaHours = slaHours;
    if (own !== undefined) out.calendar = own;
    if (pause !== undefined && span >= 2 * MINUTE) {
      const from = requested + Math.floor((span * pause[0]) / 100 / MINUTE) * MINUTE;
      const to = Math.max(from + MINUTE, Math.min(requested + span, from + Math.floor((span * pause[1]) / 100 / MINUTE) * MINUTE));
      if (to <= requested + span) out.paused = [{ from: new Date(from).toISOString(), to: new Date(to).toISOString() }];
    }
    return out;
  });

const settings = fc.record({
  calendar: fc.option(fc.constantFrom(...CALENDARS), { nil: undefined }),
  asOfMinute: fc.option(fc.integer({ min: 0, max: 40 * 24 * 60 }), { nil: undefined }),
});

function optionsOf({ calendar, asOfMinute }: { calendar?: Calendar; asOfMinute?: number }) {
  return {
    slaHours: 8,
    ...(calendar === undefined ? {} : { calendar }),
    ...(asOfMinute === undefined ? {} : { asOf: new Date(START + asOfMinute * MINUTE).toISOString() }),
  };
}

describe('slaAccumulator with calendars, through JSON', () => {
  it('equals slaAttainment in one pass, however the tasks are split and merged', () => {
    fc.assert(
      fc.property(settings, fc.array(task, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 4 }), (set, tasks, cuts) => {
        const options = optionsOf(set);
        const acc = slaAccumulator(options);
        const points = [...new Set(cuts.map((cut) => cut % (tasks.length + 1)))].sort((a, b) => a - b);
        const parts: SlaTask[][] = [];
        let from = 0;
        for (const point of [...points, tasks.length]) {
          parts.push(tasks.slice(from, point));
          from = point;
        }
        const states = parts.map((part) => ship(part.reduce((state, t) => deepFreeze(acc.add(state, t)), deepFreeze(acc.empty()))));
        // merge from the right, each intermediate state through JSON
        const merged = states.reduceRight((right, left) => ship(acc.merge(deepFreeze(left), deepFreeze(right))));
        expect(acc.result(merged)).toEqual(slaAttainment(tasks, options));
      }),
      { numRuns: 150 },
    );
  });

  it('merges associatively and commutatively', () => {
    fc.assert(
      fc.property(settings, fc.array(task, { maxLength: 8 }), fc.array(task, { maxLength: 8 }), fc.array(task, { maxLength: 8 }), (set, x, y, z) => {
        const acc = slaAccumulator(optionsOf(set));
        const [a, b, c] = [x, y, z].map((part) => deepFreeze(ship(part.reduce((state, t) => acc.add(state, t), acc.empty()))));
        const m = (p: typeof a, q: typeof a) => deepFreeze(ship(acc.merge(p!, q!)));
        expect(m(m(a, b), c)).toEqual(m(a, m(b, c)));
        expect(m(a, b)).toEqual(m(b, a));
        expect(m(a, acc.empty())).toEqual(a);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses to merge states made with different calendars, and merges equal ones whatever their key order', () => {
    const paths = (run: () => unknown): unknown[] => {
      try {
        run();
      } catch (error) {
        expect(error).toBeInstanceOf(ClienteleError);
        return (error as ClienteleError).issues.map((issue) => issue.path);
      }
      throw new Error('expected a ClienteleError');
    };
    const tasks: SlaTask[] = [{ requestedAt: '2024-03-28T10:00:00Z', completedAt: '2024-04-02T10:00:00Z' }];
    const states = CALENDARS.map((calendar) => {
      const acc = slaAccumulator({ slaHours: 8, calendar });
      return ship(tasks.reduce((state, t) => acc.add(state, t), acc.empty()));
    });
    const none = slaAccumulator({ slaHours: 8 });
    CALENDARS.forEach((calendar, i) => {
      const acc = slaAccumulator({ slaHours: 8, calendar });
      CALENDARS.forEach((_, j) => {
        if (i === j) expect(acc.merge(states[i]!, states[j]!).onTime + acc.merge(states[i]!, states[j]!).late).toBe(2);
        else expect(paths(() => acc.merge(states[i]!, states[j]!))).toEqual([['b', 'calendar']]);
      });
      expect(paths(() => acc.merge(none.empty(), states[i]!))).toEqual([['a', 'calendar']]);
      expect(paths(() => none.merge(states[i]!, none.empty()))).toEqual([['a', 'calendar']]);
    });
    // the same calendar written with its keys in another order (as JSON from elsewhere may be) is the same calendar
    const reordered = {
      holidays: [...BERLIN.holidays!],
      workingHours: Object.fromEntries(Object.entries(BERLIN.workingHours).reverse()),
      timeZone: BERLIN.timeZone,
    } as Calendar;
    const acc = slaAccumulator({ slaHours: 8, calendar: reordered });
    expect(acc.result(acc.merge(states[1]!, acc.empty()))).toEqual(slaAttainment(tasks, { slaHours: 8, calendar: BERLIN }));
    // dated hours written in another order are the same dated hours
    const datedReordered = { ...BERLIN_DATED, workingDates: Object.fromEntries(Object.entries(BERLIN_DATED.workingDates!).reverse()) };
    const dated = slaAccumulator({ slaHours: 8, calendar: datedReordered });
    expect(dated.result(dated.merge(states[3]!, dated.empty()))).toEqual(slaAttainment(tasks, { slaHours: 8, calendar: BERLIN_DATED }));
    // but a calendar with one holiday more is another calendar
    const more = slaAccumulator({ slaHours: 8, calendar: { ...BERLIN, holidays: [...BERLIN.holidays!, '2024-12-25'] } });
    expect(paths(() => more.merge(more.empty(), states[1]!))).toEqual([['b', 'calendar']]);
  });
});
