// One wording for a bad time zone wherever one is read: trend and surveyTrend
// options, a calendar given to workingHoursBetween, a link's calendar, and
// CalendarSchema. The expected messages are written out by hand.
import { describe, expect, it } from 'vitest';
import { ClienteleError, type Issue } from '../../src/errors.js';
import { CalendarSchema, createServiceChain } from '../../src/chain/index.js';
import { surveyTrend, trend, workingHoursBetween } from '../../src/scoring/index.js';

const RULE = 'must be an IANA time zone name the runtime knows';

function issuesOf(run: () => unknown): readonly Issue[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ClienteleError);
    expect((error as ClienteleError).code).toBe('INVALID_INPUT');
    return (error as ClienteleError).issues;
  }
  throw new Error('expected a ClienteleError');
}

/** The single issue a time zone gets from each reader, as `[path, message]`. */
function fromEveryReader(timeZone: unknown): [readonly (string | number)[], string][] {
  const points = [{ at: '2024-05-01T10:00:00Z', value: 1 }];
  const surveys = [{ type: 'survey' as const, respondentId: 'r', instrument: 'nps' as const, value: 9, at: '2024-05-01T10:00:00Z' }];
  const calendar = { timeZone, workingHours: { mon: [['09:00', '17:00']] } };
  const customers = [
    { kind: 'department' as const, id: 'it', name: 'IT' },
    { kind: 'department' as const, id: 'hr', name: 'HR' },
  ];
  const runs = [
    () => trend(points, { period: 'day', aggregate: 'sum', timeZone: timeZone as never }),
    () => surveyTrend(surveys, { instrument: 'nps', period: 'day', timeZone: timeZone as never }),
    () => workingHoursBetween('2024-05-06T09:00:00Z', '2024-05-06T10:00:00Z', calendar as never),
    () => createServiceChain({ customers, links: [{ from: 'it', to: 'hr', service: 'x', deliverable: 'support', calendar: calendar as never }] }),
  ];
  return runs.map((run) => {
    const issues = issuesOf(run);
    expect(issues).toHaveLength(1);
    return [issues[0]!.path, issues[0]!.message];
  });
}

/** Every reader gives `message`, at its own path. */
function expectEverywhere(timeZone: unknown, message: string): void {
  expect(fromEveryReader(timeZone)).toEqual([
    [['options', 'timeZone'], message],
    [['options', 'timeZone'], message],
    [['calendar', 'timeZone'], message],
    [['links', 0, 'calendar', 'timeZone'], message],
  ]);
}

describe('time zone messages', () => {
  it("suggest today's IANA name where the runtime lists only an older one", () => {
    // Node's list (CLDR) has "Asia/Saigon", "Asia/Calcutta" and "Europe/Kiev" but not today's names, which it accepts
    expectEverywhere('Asia/Ho_Chi_Mihn', `${RULE} (did you mean "Asia/Ho_Chi_Minh"?) — got "Asia/Ho_Chi_Mihn"`);
    // "Kolkatta": one insertion from "Kolkata"; "Calcutta" is two edits away
    expectEverywhere('Asia/Kolkatta', `${RULE} (did you mean "Asia/Kolkata"?) — got "Asia/Kolkatta"`);
    expectEverywhere('Europe/Kyyiv', `${RULE} (did you mean "Europe/Kyiv"?) — got "Europe/Kyyiv"`);
    // an older spelling misspelt is still offered the older spelling: it is the nearer
    expectEverywhere('Asia/Saigonn', `${RULE} (did you mean "Asia/Saigon"?) — got "Asia/Saigonn"`);
  });

  it('suggest the nearest known name for a misspelt one', () => {
    // "Parris" → "Paris": one deletion
    expectEverywhere('Europe/Parris', `${RULE} (did you mean "Europe/Paris"?) — got "Europe/Parris"`);
    // "Berlln" → "Berlin": one substitution
    expectEverywhere('Europe/Berlln', `${RULE} (did you mean "Europe/Berlin"?) — got "Europe/Berlln"`);
    // "Amerika" → "America": the area can be misspelt too
    expectEverywhere('Amerika/New_York', `${RULE} (did you mean "America/New_York"?) — got "Amerika/New_York"`);
  });

  it('match without regard to case, and suggest UTC, which the runtime list leaves out', () => {
    expectEverywhere('europe/pariss', `${RULE} (did you mean "Europe/Paris"?) — got "europe/pariss"`);
    expectEverywhere('utc1', `${RULE} (did you mean "UTC"?) — got "utc1"`);
  });

  it('suggest nothing when no known name is close', () => {
    expectEverywhere('Mars/Olympus_Mons', `${RULE}, such as "UTC" or "Europe/Paris" — got "Mars/Olympus_Mons"`);
    // the city is what must be close: "Hanoi" is four edits from "Bangkok", which shares only the area
    expectEverywhere('Asia/Hanoi', `${RULE}, such as "UTC" or "Europe/Paris" — got "Asia/Hanoi"`);
    expectEverywhere('x'.repeat(80), `${RULE}, such as "UTC" or "Europe/Paris" — got "${'x'.repeat(39)}…"`);
  });

  it('say an offset is one, and name the Etc/ zone that keeps a whole-hour offset (its sign flipped)', () => {
    const offset = `${RULE}, such as "Asia/Ho_Chi_Minh", not an offset`;
    expectEverywhere('+07:00', `${offset} (a fixed UTC+07:00 is "Etc/GMT-7": Etc/ names flip the sign) — got "+07:00"`);
    expectEverywhere('UTC+7', `${offset} (a fixed UTC+07:00 is "Etc/GMT-7": Etc/ names flip the sign) — got "UTC+7"`);
    expectEverywhere('GMT-5', `${offset} (a fixed UTC-05:00 is "Etc/GMT+5": Etc/ names flip the sign) — got "GMT-5"`);
    expectEverywhere('-0300', `${offset} (a fixed UTC-03:00 is "Etc/GMT+3": Etc/ names flip the sign) — got "-0300"`);
    expectEverywhere('Z', `${offset} (a fixed UTC+00:00 is "UTC") — got "Z"`);
    // India's half hour has no Etc/ zone; nor has UTC+15, beyond the tz database's Etc/GMT-14
    expectEverywhere('+05:30', `${offset} — got "+05:30"`);
    expectEverywhere('UTC+15', `${offset} — got "UTC+15"`);
  });

  it('mention offsets only for values that look like one', () => {
    for (const timeZone of ['Europe/Parris', 'Mars/Olympus_Mons', 'Asia/Ho Chi Minh', '', 7, null]) {
      for (const [, message] of fromEveryReader(timeZone)) expect(message).not.toMatch(/offset/);
    }
  });

  it('word a value that is not a string with the plain rule', () => {
    expectEverywhere(7, `${RULE}, such as "UTC" or "Europe/Paris" — got 7`);
    expectEverywhere(null, `${RULE}, such as "UTC" or "Europe/Paris" — got null`);
  });

  it('reach CalendarSchema users as the rule alone (zod keeps the message, clientele adds the value)', () => {
    const result = CalendarSchema.safeParse({ timeZone: 'Europe/Parris', workingHours: { mon: [['09:00', '17:00']] } });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => [issue.path, issue.message])).toEqual([[['timeZone'], `${RULE} (did you mean "Europe/Paris"?)`]]);
  });
});
