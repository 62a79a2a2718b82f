/**
 * SPEC §8: the SLA scores read tasks with a hand-written reader (free of zod,
 * so a warehouse function can carry it). Over arbitrary near-valid tasks it
 * must give TaskSchema's verdict, paths and messages on the fields it reads
 * (requestedAt, completedAt, slaHours, paused, calendar and unknown keys).
 * The fields it does not read (type, id, providerId, consumerId, defects,
 * reworked) are kept valid here, and a default slaHours is given, because the
 * scores do not require what the record schema requires there (see the last
 * test for the one rule only the scores have).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TaskSchema } from '../../src/observations/schemas.js';
import { classifyTask, slaSettings } from '../../src/scoring/slaAttainment.js';
import { safeRun } from '../../src/_internal/zod.js';
import type { Issue } from '../../src/errors.js';

const anything = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer({ min: -3, max: 3 }),
  fc.double({ noDefaultInfinity: false }),
  fc.string({ maxLength: 3 }),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
);
const maybe = <T>(valid: fc.Arbitrary<T>, weight = 5) =>
  fc.oneof({ weight, arbitrary: valid }, { weight: 1, arbitrary: anything });

// instants around one week, with the date problems people make: no offset, a day that does not exist, a bad format
const instant = maybe(
  fc.constantFrom(
    '2025-05-05T08:00:00+07:00',
    '2025-05-05T12:30:00+07:00',
    '2025-05-06T09:00:00Z',
    '2025-05-06T17:00:00+07:00',
    '2025-05-07T10:00:00+07:00',
    '2025-05-09T16:00:00+07:00',
    '2025-05-05',
    '2025-05-06T09:00:00',
    '2025-02-30T09:00:00Z',
    '5 May 2025',
  ),
  8,
);
// mostly both ends given; sometimes an end left out (a field left out is told it is required, on both roads)
const pause = maybe(
  fc.oneof(
    { weight: 4, arbitrary: fc.record({ from: instant, to: instant, note: anything }, { requiredKeys: ['from', 'to'] }) },
    { weight: 1, arbitrary: fc.record({ from: instant, to: instant }, { requiredKeys: [] }) },
  ),
  6,
);
const time = maybe(fc.constantFrom('08:00', '12:00', '13:00', '17:00', '24:00', '25:00', '8:00'), 8);
const interval = maybe(fc.tuple(time, time), 8);
const calendarFields = {
  timeZone: maybe(fc.constantFrom('Asia/Ho_Chi_Minh', 'UTC', 'Asia/Hanoi', '+07:00'), 6),
  workingHours: maybe(fc.record({ mon: maybe(fc.array(interval, { maxLength: 3 })), fri: maybe(fc.array(interval, { maxLength: 2 })), friday: anything }, { requiredKeys: [] }), 6),
  holidays: maybe(fc.array(maybe(fc.constantFrom('2025-05-06', '2025-02-29', '2025-5-6')), { maxLength: 2 })),
};
// mostly both required fields given; sometimes timeZone or workingHours left out
const calendar = maybe(
  fc.oneof(
    { weight: 4, arbitrary: fc.record(calendarFields, { requiredKeys: ['timeZone', 'workingHours'] }) },
    { weight: 1, arbitrary: fc.record(calendarFields, { requiredKeys: [] }) },
  ),
  6,
);
// a valid task: requestedAt, then the pauses, then completedAt, in time order
const MOMENTS = [
  '2025-05-05T08:00:00+07:00',
  '2025-05-05T12:30:00+07:00',
  '2025-05-06T09:00:00Z',
  '2025-05-06T17:00:00+07:00',
  '2025-05-07T10:00:00+07:00',
  '2025-05-08T11:15:00+07:00',
  '2025-05-09T16:00:00+07:00',
];
const validFields = fc
  .record({
    at: fc.uniqueArray(fc.integer({ min: 0, max: MOMENTS.length - 1 }), { minLength: 1, maxLength: 6 }),
    done: fc.boolean(),
    slaHours: fc.option(fc.constantFrom(0.5, 4, 8, 30), { nil: undefined }),
    calendar: fc.option(fc.constantFrom({ timeZone: 'Asia/Ho_Chi_Minh', workingHours: { mon: [['08:00', '12:00'], ['13:00', '17:00']] }, holidays: ['2025-05-06'] }), { nil: undefined }),
  })
  .map(({ at, done, slaHours, calendar }) => {
    const times = [...at].sort((x, y) => x - y).map((i) => MOMENTS[i]!);
    const fields: Record<string, unknown> = { requestedAt: times[0] };
    const rest = times.slice(1);
    if (done && rest.length % 2 === 1) fields.completedAt = rest.pop();
    const paused = [];
    for (let i = 0; i + 1 < rest.length; i += 2) paused.push({ from: rest[i], to: rest[i + 1] });
    if (paused.length > 0) fields.paused = paused;
    if (slaHours !== undefined) fields.slaHours = slaHours;
    if (calendar !== undefined) fields.calendar = calendar;
    return fields;
  });
const overrides = fc.record(
  {
    requestedAt: instant,
    completedAt: instant,
    slaHours: maybe(fc.constantFrom(0.5, 4, 8, 0, -2, Number.NaN), 6),
    paused: maybe(fc.array(pause, { maxLength: 3 }), 6),
    calendar,
    slaHour: anything,
  },
  { requiredKeys: [] },
);
// one task in eight without requestedAt: the field left out, not set to undefined (which `anything` gives)
const nearTask = fc
  .tuple(validFields, fc.oneof({ weight: 1, arbitrary: fc.constant({}) }, { weight: 3, arbitrary: overrides }), fc.nat(7))
  .map(([fields, changes, dice]) => {
    const task: Record<string, unknown> = { ...fields, ...changes };
    if (dice === 0) delete task.requestedAt;
    return task;
  });
const valid = { type: 'task', id: 't1', providerId: 'it', consumerId: 'sales', defects: 0, reworked: false };

const sorted = (issues: readonly Issue[]) => [...new Set(issues.map((issue) => JSON.stringify([issue.path, issue.code, issue.message])))].sort();

function bothReaders(fields: Record<string, unknown>) {
  const task = { ...valid, ...fields };
  const settings = slaSettings({ slaHours: 8 }, [])!;
  const readerIssues: Issue[] = [];
  const outcome = classifyTask(task, ['tasks', 0], settings, readerIssues);
  const parsed = safeRun(TaskSchema, task, ['tasks', 0]);
  return { outcome, readerIssues, parsed };
}

describe('the SLA scores’ task reader is held equal to TaskSchema', () => {
  it('same verdict, same paths, same messages over near-valid tasks', () => {
    fc.assert(
      fc.property(nearTask, (fields) => {
        const { outcome, readerIssues, parsed } = bothReaders(fields);
        expect(outcome !== undefined).toBe(parsed.success);
        if (!parsed.success) expect(sorted(readerIssues)).toEqual(sorted(parsed.issues));
      }),
      { numRuns: 1500 },
    );
  });

  it('finds both verdicts often enough to mean something, and fields both left out and set to undefined', () => {
    const seen = { ok: 0, bad: 0, leftOut: new Set<string>(), undefinedGot: 0 };
    fc.assert(
      fc.property(nearTask, (fields) => {
        const { parsed } = bothReaders(fields);
        if (parsed.success) seen.ok += 1;
        else {
          seen.bad += 1;
          for (const issue of parsed.issues) {
            // which field was left out, by its last key: requestedAt, a pause's from or to, a calendar's timeZone or workingHours
            if (issue.message.startsWith('is required: it ')) seen.leftOut.add(String(issue.path[issue.path.length - 1]));
            if (issue.message.endsWith('— got undefined')) seen.undefinedGot += 1;
          }
        }
      }),
      { numRuns: 1000, seed: 12 },
    );
    expect(seen.ok).toBeGreaterThan(50);
    expect(seen.bad).toBeGreaterThan(50);
    expect([...seen.leftOut].sort()).toEqual(['from', 'requestedAt', 'timeZone', 'to', 'workingHours']);
    expect(seen.undefinedGot).toBeGreaterThan(10);
  });

  it('the one rule only the scores have: a task needs an SLA, its own or a default one', () => {
    const task = { ...valid, requestedAt: '2025-05-05T08:00:00+07:00' };
    expect(safeRun(TaskSchema, task).success).toBe(true);
    const issues: Issue[] = [];
    expect(classifyTask(task, ['tasks', 0], slaSettings({}, [])!, issues)).toBeUndefined();
    expect(issues.map((issue) => issue.path)).toEqual([['tasks', 0, 'slaHours']]);
  });
});
