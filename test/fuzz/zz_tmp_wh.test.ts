import { it } from 'vitest';
import { workingHoursBetween } from '../../src/index.js';
it('t', () => {
  const day: [string, string][] = [['08:00', '12:00'], ['13:00', '17:00']];
  for (const tz of ['America/New_York']) {
    const cal = { timeZone: tz, workingHours: { mon: day, tue: day, wed: day, thu: day, fri: day } };
    for (const [a, b] of [['2020-01-01', '2120-01-01'], ['0000-01-01', '2024-01-01'], ['2024-01-01', '9999-12-31T23:59:59.999-23:59']]) {
      const t = performance.now();
      let r: unknown;
      try { r = workingHoursBetween(a, b, cal as never); } catch (e) { r = String(e); }
      console.log(tz, a, b, r, (performance.now() - t).toFixed(1), 'ms');
    }
  }
}, 600000);
