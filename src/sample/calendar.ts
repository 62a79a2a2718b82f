import type { Calendar } from '../chain/calendar.js';

const OFFICE_DAY = /*@__PURE__*/ Object.freeze([
  Object.freeze(['08:00', '12:00']),
  Object.freeze(['13:00', '17:00']),
]) as [string, string][];

/**
 * The working calendar of the sample organisation's Hanoi office:
 * Asia/Ho_Chi_Minh (UTC+07:00, no daylight saving), Monday to Friday
 * 08:00–12:00 and 13:00–17:00, and Vietnam's public holidays of 2025, the
 * sample's year.
 *
 * The holidays are those of the Labour Code 2019 (Law 45/2019/QH14,
 * Article 112) on the 2025 calendar, with the breaks the Ministry of Labour,
 * Invalids and Social Affairs announced for civil servants in November 2024:
 * New Year (1 January); Tết Ất Tỵ, lunar new year's day falling on
 * 29 January, the break running from Saturday 25 January to Sunday
 * 2 February; the Hùng Kings' day, the 10th day of the 3rd lunar month,
 * Monday 7 April; Reunification Day and Labour Day (30 April, 1 May);
 * National Day, 2 September with its adjacent day 1 September (the Law's
 * second day since 2021), the break running from Saturday 30 August. The
 * extra 2 May given in exchange for working Saturday 26 April is left out,
 * so the sample's figures stay as they were; a calendar can write that swap
 * with `workingDates` (see `CalendarSchema`).
 *
 * @example
 * ```ts
 * import { HANOI_OFFICE, workingHoursBetween } from 'clientele';
 *
 * // Friday 24 January 17:00 to Monday 3 February 08:00: the whole Tết break
 * workingHoursBetween('2025-01-24T17:00:00+07:00', '2025-02-03T08:00:00+07:00', HANOI_OFFICE)
 * //=> 0
 * ```
 *
 * @category Report
 */
export const HANOI_OFFICE: Calendar = /*@__PURE__*/ Object.freeze({
  timeZone: 'Asia/Ho_Chi_Minh',
  workingHours: Object.freeze({ mon: OFFICE_DAY, tue: OFFICE_DAY, wed: OFFICE_DAY, thu: OFFICE_DAY, fri: OFFICE_DAY }),
  holidays: Object.freeze([
    '2025-01-01',
    '2025-01-25',
    '2025-01-26',
    '2025-01-27',
    '2025-01-28',
    '2025-01-29',
    '2025-01-30',
    '2025-01-31',
    '2025-02-01',
    '2025-02-02',
    '2025-04-07',
    '2025-04-30',
    '2025-05-01',
    '2025-08-30',
    '2025-08-31',
    '2025-09-01',
    '2025-09-02',
  ]) as string[],
});
