/**
 * Time zone benchmark (not a vitest test). Run with
 *   npm run bench -- trend
 *
 * Measures trend over 1,000,000 points spread over two years with
 * `timeZone: 'America/New_York'` (two daylight-saving changes a year)
 * against the same call in UTC, in the same run, after checking that both
 * answers agree with a count made by the engine's own local time.
 */
import { trend } from '../../src/index.js';
import { seeded } from '../../src/sample/random.js';
import { median, once } from './_measure.js';

const POINTS = 1_000_000;
const RUNS = 7;
const ZONE = 'America/New_York';

const next = seeded(7).next;
const from = Date.UTC(2023, 0, 1);
const span = Date.UTC(2025, 0, 1) - from;
const points = Array.from({ length: POINTS }, () => ({ at: new Date(from + Math.floor(next() * span)), value: Math.floor(next() * 11) }));

// check: the zone's day counts against the engine's local calendar
process.env.TZ = ZONE;
const expected = new Map<string, number>();
for (const { at } of points) {
  const key = `${String(at.getFullYear()).padStart(4, '0')}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
  expected.set(key, (expected.get(key) ?? 0) + 1);
}
process.env.TZ = 'UTC';
const zoned = trend(points, { period: 'day', aggregate: 'count', timeZone: ZONE });
for (const bucket of zoned) {
  if (expected.get(bucket.start) !== bucket.count) throw new Error(`${bucket.start}: got ${bucket.count}, expected ${expected.get(bucket.start)}`);
}
if (zoned.length !== expected.size) throw new Error(`got ${zoned.length} days, expected ${expected.size}`);

const utc = () => trend(points, { period: 'day', aggregate: 'sum' });
const inZone = () => trend(points, { period: 'day', aggregate: 'sum', timeZone: ZONE });
for (let i = 0; i < 2; i += 1) {
  utc();
  inZone();
}
const bases: number[] = [];
const ratios: number[] = [];
for (let i = 0; i < RUNS; i += 1) {
  const base = once(utc);
  const time = once(inZone);
  bases.push(base);
  ratios.push(time / base);
}
console.log(`trend, ${POINTS.toLocaleString('en')} points by day: UTC ${median(bases).toFixed(0)} ms; in ${ZONE} ${median(ratios).toFixed(2)}× that`);
