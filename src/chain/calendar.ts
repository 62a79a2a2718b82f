import * as z from 'zod';
import { dateProblem } from '../_internal/dates.js';
import { isTimeZone, timeZoneRule } from '../_internal/timeZone.js';
import {
  DAY_RULE,
  HOLIDAY_PATTERN,
  HOLIDAY_RULE,
  HOLIDAYS_RULE,
  INTERVAL_RULE,
  PROTO_KEY,
  TIME_PATTERN,
  TIME_RULE,
  WEEKDAY_KEYS,
  WORKING_DATES_RULE,
  dateKeyProblem,
  workingDatesProblems,
  workingHoursProblems,
} from './_readCalendar.js';

/**
 * The days of the week as a calendar's `workingHours` names them, Monday
 * first (ISO 8601).
 *
 * @example
 * ```ts
 * import { WEEKDAYS } from 'clientele';
 *
 * WEEKDAYS
 * //=> ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
 * ```
 *
 * @category Chain
 */
export const WEEKDAYS = /*@__PURE__*/ Object.freeze([...WEEKDAY_KEYS]) as readonly (typeof WEEKDAY_KEYS)[number][];

/** One of {@link WEEKDAYS}. @category Chain */
export type Weekday = (typeof WEEKDAY_KEYS)[number];

const TimeSchema = /*@__PURE__*/ z.string({ error: TIME_RULE }).regex(TIME_PATTERN, { error: TIME_RULE });
const IntervalSchema = /*@__PURE__*/ z.tuple([TimeSchema, TimeSchema], { error: INTERVAL_RULE });
const DayListSchema = /*@__PURE__*/ z.array(IntervalSchema, { error: DAY_RULE });
const DaySchema = /*@__PURE__*/ DayListSchema.optional();
const HolidaySchema = /*@__PURE__*/ z
  .string({ error: HOLIDAY_RULE })
  .regex(HOLIDAY_PATTERN, { error: HOLIDAY_RULE })
  // only a date in the right format is checked for being a real day, so a bad value gets one issue
  .refine((day) => !HOLIDAY_PATTERN.test(day) || dateProblem(day) === undefined, {
    error: (issue) => dateProblem(issue.input) ?? HOLIDAY_RULE,
  });

/**
 * `workingDates`: the keys are checked by the calendar's refinement, not by
 * the record, so that a list under a mistyped date is still read and every
 * problem shows at once. zod's record skips an own `__proto__` key without a
 * word; it is reported here as an unknown key (the one kind of issue that
 * lets the record still run after this step).
 */
const WorkingDatesSchema = /*@__PURE__*/ z.preprocess(
  // typed as what the record takes, so that a calendar's input type is its output type (the value may be anything at run time)
  (value: Record<string, [string, string][]>, context) => {
    if (typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, PROTO_KEY)) {
      context.addIssue({ code: 'unrecognized_keys', keys: [PROTO_KEY], input: value });
    }
    return value;
  },
  z.record(z.string(), DayListSchema, {
    // only a symbol fails z.string() as a key
    error: (issue) => (issue.code === 'invalid_key' ? dateKeyProblem(issue.input) : undefined) ?? WORKING_DATES_RULE,
  }),
);

/** The message for a bad `timeZone`, worded as readCalendar words it. */
function timeZoneError(issue: { readonly input?: unknown }): string {
  return timeZoneRule(issue.input);
}

/**
 * A working calendar: when the clock of a service level runs. Business
 * hours as ITSM tools keep them (a ServiceNow schedule, a Jira Service
 * Management calendar), for SLAs between units (operational-level
 * agreements) that count working hours, not wall-clock hours.
 *
 * - `timeZone`: an IANA zone name (`'Asia/Ho_Chi_Minh'`, `'Europe/Berlin'`);
 *   working hours and holidays are read on that zone's wall clock, so
 *   daylight-saving changes are followed.
 * - `workingHours`: for each day of the week ({@link WEEKDAYS}) a list of
 *   intervals `['HH:MM', 'HH:MM']`, start included, end excluded, from
 *   `'00:00'` to `'24:00'` (`'24:00'` only as an end); a day's intervals are
 *   in time order and do not overlap (one may start where the previous one
 *   ends). A day left out (or given `[]`) has no working time; the week must
 *   hold at least one interval.
 * - `holidays` (optional): local dates `'YYYY-MM-DD'` without working time.
 * - `workingDates` (optional): local dates `'YYYY-MM-DD'` with hours of
 *   their own, which replace their weekday's on that date: a Saturday worked
 *   by government decree in Russia, or a compensatory Saturday ("làm bù") in
 *   Vietnam, and the eve of a Russian public holiday, an hour shorter
 *   (Labour Code of the Russian Federation, art. 95). Each date's list
 *   follows the rules of a weekday's; `[]` makes the date a day off. A date
 *   may not be in `holidays` as well.
 *
 * Unknown keys are rejected, and every problem is reported at its path
 * (`['workingHours', 'mon', 1, 0]` for the start of Monday's second
 * interval, `['workingDates', '2024-04-27', 0, 1]` for the end of a dated
 * day's first, `['workingDates', '2024-02-30']` for a date that does not
 * exist or is also a holiday).
 *
 * @example
 * ```ts
 * import { CalendarSchema } from 'clientele';
 *
 * const hanoi = {
 *   timeZone: 'Asia/Ho_Chi_Minh',
 *   workingHours: { mon: [['08:00', '12:00'], ['13:00', '17:00']], fri: [['08:00', '12:00']] },
 *   holidays: ['2025-09-02'],
 * };
 * CalendarSchema.safeParse(hanoi).success
 * //=> true
 * CalendarSchema.safeParse({ ...hanoi, timeZone: 'Asia/Hanoi City' }).success
 * //=> false
 * CalendarSchema.safeParse({ ...hanoi, workingHours: { mon: [['08:00', '12:00'], ['11:00', '17:00']] } }).success
 * //=> false
 *
 * // Moscow, May 2024: Saturday 27 April worked in place of Monday 29 April (Government decree
 * // No. 1375 of 10 August 2023), and 8 May, the eve of Victory Day, an hour shorter
 * const day: [string, string][] = [['09:00', '18:00']];
 * const moscow = {
 *   timeZone: 'Europe/Moscow',
 *   workingHours: { mon: day, tue: day, wed: day, thu: day, fri: day },
 *   holidays: ['2024-04-29', '2024-04-30', '2024-05-01', '2024-05-09', '2024-05-10'],
 *   workingDates: { '2024-04-27': day, '2024-05-08': [['09:00', '17:00']] },
 * };
 * CalendarSchema.safeParse(moscow).success
 * //=> true
 *
 * // a date both worked and a holiday
 * CalendarSchema.safeParse({ ...moscow, workingDates: { '2024-05-09': day } }).success
 * //=> false
 * ```
 *
 * @category Chain
 */
export const CalendarSchema = /*@__PURE__*/ z
  .strictObject({
    // worded for the value: an offset is told it is one, a misspelt name gets the nearest known name
    timeZone: z.string({ error: timeZoneError }).refine(isTimeZone, { error: timeZoneError }),
    workingHours: z.strictObject({
      mon: DaySchema,
      tue: DaySchema,
      wed: DaySchema,
      thu: DaySchema,
      fri: DaySchema,
      sat: DaySchema,
      sun: DaySchema,
    }),
    holidays: z.array(HolidaySchema, { error: HOLIDAYS_RULE }).optional(),
    workingDates: WorkingDatesSchema.optional(),
  })
  .superRefine(
    (calendar, context) => {
      for (const problem of workingHoursProblems(calendar.workingHours)) {
        context.addIssue({ code: 'custom', path: problem.path, message: problem.rule, input: problem.value });
      }
      for (const problem of workingDatesProblems(calendar.workingDates, calendar.holidays)) {
        // a bad date is a bad key of the record, and its message quotes the key, not the list under it
        if (problem.ofKey) context.addIssue({ code: 'invalid_key', origin: 'record', issues: [], path: problem.path, message: problem.rule, input: problem.value });
        else context.addIssue({ code: 'custom', path: problem.path, message: problem.rule, input: problem.value });
      }
    },
    // the rules compare intervals that are well formed even when another field is not, so every problem shows at once
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );

/** A working calendar as parsed: see {@link CalendarSchema}. @category Chain */
export type Calendar = z.output<typeof CalendarSchema>;

/** What {@link CalendarSchema} accepts (the same shape: parsing applies no defaults). @category Chain */
export type CalendarInput = z.input<typeof CalendarSchema>;
