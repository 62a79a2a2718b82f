import type { TrendPeriod } from '../../src/index.js';

/**
 * The first day of the period holding the calendar date `year`-`month`-`day`
 * (`month` 0–11), by plain calendar arithmetic (no date-fns, no zones): the
 * oracle. Weeks start on Monday.
 */
export function calendarPeriodStart(year: number, month: number, day: number, period: TrendPeriod): string {
  if (period === 'year') [month, day] = [0, 1];
  else if (period === 'quarter') [month, day] = [month - (month % 3), 1];
  else if (period === 'month') day = 1;
  else if (period === 'week') {
    const monday = new Date(0);
    monday.setUTCFullYear(year, month, day);
    monday.setUTCDate(day - ((monday.getUTCDay() + 6) % 7));
    [year, month, day] = [monday.getUTCFullYear(), monday.getUTCMonth(), monday.getUTCDate()];
  }
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first day of the UTC period holding `instant`: the oracle for `trend` without a zone. */
export function utcPeriodStart(instant: number, period: TrendPeriod): string {
  const date = new Date(instant);
  return calendarPeriodStart(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), period);
}

/**
 * The first day of the period holding `instant` on the machine's calendar
 * (`process.env.TZ`): the JavaScript engine's own local time, a different
 * path from the `Intl` formatting `trend` reads zones through.
 */
export function machinePeriodStart(instant: number, period: TrendPeriod): string {
  const date = new Date(instant);
  return calendarPeriodStart(date.getFullYear(), date.getMonth(), date.getDate(), period);
}
