import type { TrendPeriod } from '../../src/index.js';

/** The first day of the UTC period, by plain UTC arithmetic (no date-fns): the oracle. */
export function utcPeriodStart(instant: number, period: TrendPeriod): string {
  const date = new Date(instant);
  let year = date.getUTCFullYear();
  let month = date.getUTCMonth();
  let day = date.getUTCDate();
  if (period === 'year') [month, day] = [0, 1];
  else if (period === 'quarter') [month, day] = [month - (month % 3), 1];
  else if (period === 'month') day = 1;
  else {
    const monday = new Date(0);
    monday.setUTCFullYear(year, month, day - ((date.getUTCDay() + 6) % 7));
    [year, month, day] = [monday.getUTCFullYear(), monday.getUTCMonth(), monday.getUTCDate()];
  }
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

