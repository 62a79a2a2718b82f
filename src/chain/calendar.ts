import { z } from 'zod';
import { dateProblem } from '../_internal/dates.js';
import { isTimeZone, timeZoneRule } from '../_internal/timeZone.js';
import {
  DAY_RULE,
  HOLIDAY_PATTERN,
  HOLIDAY_RULE,
  HOLIDAYS_RULE,
  INTERVAL_RULE,
  TIME_PATTERN,
  TIME_RULE,
  WEEKDAY_KEYS,
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
const DaySchema = /*@__PURE__*/ z.array(IntervalSchema, { error: DAY_RULE }).optional();
const HolidaySchema = /*@__PURE__*/ z
  .string({ error: HOLIDAY_RULE })
  .regex(HOLIDAY_PATTERN, { error: HOLIDAY_RULE })
  // only a date in the right format is checked for being a real day, so a bad value gets one issue
  .refine((day) => !HOLIDAY_PATTERN.test(day) || dateProblem(day) === undefined, {
    error: (issue) => dateProblem(issue.input) ?? HOLIDAY_RULE,
  });

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
 *
 * Unknown keys are rejected, and every problem is reported at its path
 * (`['workingHours', 'mon', 1, 0]` for the start of Monday's second interval).
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
  })
  .superRefine(
    (calendar, context) => {
      for (const problem of workingHoursProblems(calendar.workingHours)) {
        context.addIssue({ code: 'custom', path: problem.path, message: problem.rule, input: problem.value });
      }
    },
    // the rules compare intervals that are well formed even when another field is not, so every problem shows at once
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );

/** A working calendar as parsed: see {@link CalendarSchema}. @category Chain */
export type Calendar = z.output<typeof CalendarSchema>;

/** What {@link CalendarSchema} accepts (the same shape: parsing applies no defaults). @category Chain */
export type CalendarInput = z.input<typeof CalendarSchema>;
