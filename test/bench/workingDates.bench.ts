/**
 * Dated hours benchmark (not a vitest test). Run with
 *   npm run bench -- workingDates
 *
 * Measures the working clock (src/scoring/_internal/workingTime.ts) over
 * 1,000,000 spans of up to four days in 2025 on the sample's Hanoi office
 * calendar with dated hours (`workingDates`: a compensatory Saturday, a
 * shortened day, a weekday off) against the same spans on the office's
 * calendar without them, in the same run (target: within 1.5×), and
 * slaAttainment over 1,000,000 tasks on each of the two calendars against
 * the same call without a calendar (the ratio the scoring benchmark keeps
 * within 10×, reported for both). Before any time is taken, the dated
 * calendar's answers on the first 2,000 spans are checked against a naive
 * walk minute by minute (Hanoi keeps UTC+07:00 all year, so a local minute
 * is the UTC minute shifted by 7 hours).
 */
import { slaAttainment, type Calendar } from '../../src/index.js';
import { workingClock } from '../../src/scoring/_internal/workingTime.js';
import { HANOI_OFFICE } from '../../src/sample/calendar.js';
import { seeded } from '../../src/sample/random.js';
import { versus as versusRuns } from './_measure.js';

const SPANS = 1_000_000;
const RUNS = 7;
const versus = (baseline: () => unknown, run: () => unknown, runs = RUNS) => versusRuns(baseline, run, runs);
const MINUTE = 60_000;


const OFFICE_DAY: [string, string][] = [
  ['08:00', '12:00'],
  ['13:00', '17:00'],
];
const DATED: Calendar = {
  ...HANOI_OFFICE,
  holidays: [...HANOI_OFFICE.holidays!, '2025-05-02'],
  workingDates: { '2025-04-26': OFFICE_DAY, '2025-06-13': [['08:00', '12:00']], '2025-10-08': [] },
};

const next = seeded(11).next;
const YEAR_2025 = Date.UTC(2025, 0, 1);
const from = new Float64Array(SPANS);
const to = new Float64Array(SPANS);
for (let i = 0; i < SPANS; i += 1) {
  from[i] = YEAR_2025 + Math.floor(next() * 360 * 24 * 60) * MINUTE;
  to[i] = from[i]! + Math.floor(next() * 96 * 60) * MINUTE;
}

function naiveMinutes(start: number, end: number, calendar: Calendar): number {
  const holidays = new Set(calendar.holidays);
  const keys = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
  let minutes = 0;
  for (let t = start; t < end; t += MINUTE) {
    const local = new Date(t + 7 * 3_600_000);
    const date = local.toISOString().slice(0, 10);
    if (holidays.has(date)) continue;
    const hhmm = local.toISOString().slice(11, 16);
    const day = calendar.workingDates?.[date] ?? calendar.workingHours[keys[local.getUTCDay()]!] ?? [];
    if (day.some(([a, b]) => hhmm >= a && hhmm < b)) minutes += 1;
  }
  return minutes;
}

const plainClock = workingClock(HANOI_OFFICE);
const datedClock = workingClock(DATED);
// the check reaches the dated days: spans are spread over the year, a few hundred of 2,000 cross one of them
for (let i = 0; i < 2_000; i += 1) {
  const expected = naiveMinutes(from[i]!, to[i]!, DATED);
  const actual = datedClock.workingMs(from[i]!, to[i]!) / MINUTE;
  if (actual !== expected) throw new Error(`span ${i}: got ${actual} working minutes, expected ${expected}`);
}

let sink = 0;
const sumOver = (clock: typeof plainClock) => () => {
  let total = 0;
  for (let i = 0; i < SPANS; i += 1) total += clock.workingMs(from[i]!, to[i]!);
  sink += total;
};
const clocks = versus(sumOver(plainClock), sumOver(datedClock));

const tasks = Array.from({ length: SPANS }, (_, i) => ({
  requestedAt: new Date(from[i]!).toISOString(),
  completedAt: new Date(to[i]!).toISOString(),
  slaHours: 1 + (i % 16),
}));
const plainSla = versus(
  () => (sink += slaAttainment(tasks).total),
  () => (sink += slaAttainment(tasks, { calendar: HANOI_OFFICE }).total),
  5,
);
const datedSla = versus(
  () => (sink += slaAttainment(tasks).total),
  () => (sink += slaAttainment(tasks, { calendar: DATED }).total),
  5,
);

const rows = [
  ['working clock, 1,000,000 spans, Hanoi office calendar', clocks.base, 1, 'baseline', ''],
  ['working clock, the same spans, with dated hours', clocks.ms, clocks.ratio, '≤ 1.5×', clocks.ratio <= 1.5 ? 'pass' : 'FAIL'],
  ['slaAttainment, 1,000,000 tasks, Hanoi office calendar (to no calendar)', plainSla.ms, plainSla.ratio, 'reported', ''],
  ['slaAttainment, the same tasks, with dated hours (to no calendar)', datedSla.ms, datedSla.ratio, 'reported', ''],
] as const;
console.log('| operation | ms (median) | ratio (median of alternating rounds) | target | result |');
console.log('|---|---:|---:|---|---|');
for (const [operation, ms, ratio, target, pass] of rows) console.log(`| ${operation} | ${ms.toFixed(1)} | ${ratio.toFixed(2)}× | ${target} | ${pass} |`);
console.log(`\n(dated answers checked against a minute-by-minute walk; sink ${sink > 0 ? 'ok' : 'empty'})`);
if (rows.some((row) => row[4] === 'FAIL')) process.exitCode = 1;
