/**
 * scoreOrganization at scale: 100,000 customers, 1,000,000 links and
 * 1,000,000 observations. Prints the total and a breakdown by the pieces the
 * report is made of, each timed on its own on the same data, and checks a few
 * answers against plain counts of the generated data.
 *
 *   node --expose-gc --max-old-space-size=8192 --import tsx test/bench/report.bench.ts
 */
import {
  chainAsOf,
  createServiceChain,
  criticalProviders,
  orphans,
  propagateQuality,
  reportAccumulator,
  scoreOrganization,
  type CustomerInput,
  type ServiceLinkInput,
} from '../../src/index.js';

const DEPARTMENTS = 2_000;
const EMPLOYEES = 17_000;
const SHAREHOLDERS = 1_000;
const EXTERNALS = 80_000;
const LINKS = 1_000_000;
const OBSERVATIONS = 1_000_000;

// a small deterministic generator (xorshift32), so every run measures the same data
let seed = 2463534242;
const next = (): number => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
};
const pick = (n: number): number => Math.floor(next() * n);

const customers: CustomerInput[] = [];
for (let i = 0; i < DEPARTMENTS; i += 1) customers.push({ kind: 'department', id: `d${i}`, name: `Department ${i}` });
for (let i = 0; i < EMPLOYEES; i += 1) customers.push({ kind: 'employee', id: `e${i}`, name: `Employee ${i}`, departmentId: `d${i % DEPARTMENTS}` });
for (let i = 0; i < SHAREHOLDERS; i += 1) customers.push({ kind: 'shareholder', id: `s${i}`, name: `Holder ${i}` });
const SEGMENTS = ['retail', 'business', 'education', 'public'];
for (let i = 0; i < EXTERNALS; i += 1) {
  const kind = i % 3 === 0 ? 'user' : i % 3 === 1 ? 'buyer' : 'beneficiary';
  customers.push({ kind, id: `x${i}`, name: `Customer ${i}`, segment: SEGMENTS[i % SEGMENTS.length]! } as CustomerInput);
}
const internalIds = customers.slice(0, DEPARTMENTS + EMPLOYEES).map((customer) => customer.id);

const links: ServiceLinkInput[] = [];
const seen = new Set<string>();
const pairs: [string, string][] = [];
while (links.length < LINKS) {
  const from = internalIds[pick(internalIds.length)]!;
  const roll = next();
  const to = roll < 0.5 ? `x${pick(EXTERNALS)}` : roll < 0.52 ? `s${pick(SHAREHOLDERS)}` : internalIds[pick(internalIds.length)]!;
  if (from === to) continue;
  const key = `${from}>${to}`;
  if (seen.has(key)) continue;
  seen.add(key);
  pairs.push([from, to]);
  links.push({ from, to, service: 'work', deliverable: 'service', ...(next() < 0.7 ? { slaHours: 1 + pick(72) } : {}) });
}
const linkCount = links.length;

const day = (n: number): string => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString();
const observations: unknown[] = [];
for (let i = 0; i < OBSERVATIONS; i += 1) {
  const roll = next();
  const at = day(pick(365));
  if (roll < 0.4) {
    const [providerId, consumerId] = pairs[pick(pairs.length)]!;
    const open = next() < 0.05;
    const done = new Date(Date.parse(at) + pick(96) * 3_600_000).toISOString();
    observations.push(
      open
        ? { type: 'task', providerId, consumerId, requestedAt: at }
        : { type: 'task', providerId, consumerId, requestedAt: at, completedAt: done, defects: next() < 0.1 ? 1 : 0 },
    );
  } else if (roll < 0.55) {
    observations.push({ type: 'survey', respondentId: `x${pick(EXTERNALS)}`, subjectId: internalIds[pick(DEPARTMENTS)]!, instrument: 'nps', value: pick(11), at });
  } else if (roll < 0.7) {
    const [subjectId, respondentId] = pairs[pick(pairs.length)]!;
    if (respondentId.startsWith('x')) observations.push({ type: 'survey', respondentId, subjectId, instrument: 'ces', value: 1 + pick(7), at });
    else observations.push({ type: 'survey', respondentId, subjectId, instrument: 'csat', value: 1 + pick(5), at });
  } else if (roll < 0.85) {
    observations.push({ type: 'purchase', customerId: `x${pick(EXTERNALS)}`, at, amount: pick(1_000_000), currency: 'VND' });
  } else if (roll < 0.95) {
    const [fromId, toId] = pairs[pick(pairs.length)]!;
    observations.push({ type: 'interaction', fromId, toId, at, channel: 'chat', initiatedBy: next() < 0.5 ? fromId : toId });
  } else {
    const referrerId = next() < 0.1 ? `e${pick(EMPLOYEES)}` : `x${pick(EXTERNALS)}`;
    let referredId = `x${pick(EXTERNALS)}`;
    if (referredId === referrerId) referredId = 'x0' === referrerId ? 'x1' : 'x0';
    observations.push({ type: 'referral', referrerId, referredId, at, converted: next() < 0.3 });
  }
}

function time<T>(label: string, run: () => T, rows: [string, number][]): T {
  globalThis.gc?.();
  const start = performance.now();
  const result = run();
  rows.push([label, performance.now() - start]);
  return result;
}

const rows: [string, number][] = [];
const asOf = '2025-12-31T23:59:59Z';
const options = { asOf, window: { from: '2025-07-01' } };
const chain = time('createServiceChain (100,000 customers, 1,000,000 links)', () => createServiceChain({ customers, links }), rows);

// the baseline: a bare pass over the same observations that reads the type and
// both ids, looks them up in a Map and bumps a counter
const ids = new Map<string, number>();
customers.forEach((customer, i) => ids.set(customer.id, i));
const bare = (): number => {
  const counts = new Int32Array(customers.length);
  for (const item of observations) {
    const o = item as Record<string, string>;
    const first = o.type === 'task' ? o.providerId : o.type === 'survey' ? o.respondentId : o.type === 'purchase' ? o.customerId : o.type === 'referral' ? o.referrerId : o.fromId;
    const second = o.type === 'task' ? o.consumerId : o.type === 'survey' ? o.subjectId : o.type === 'referral' ? o.referredId : o.type === 'interaction' ? o.toId : undefined;
    counts[ids.get(first!)!]! += 1;
    if (second !== undefined) counts[ids.get(second)!]! += 1;
  }
  return counts[0]!;
};
bare(); // warm
const baselineRuns: number[] = [];
for (let r = 0; r < 5; r += 1) {
  globalThis.gc?.();
  const start = performance.now();
  bare();
  baselineRuns.push(performance.now() - start);
}
const baseline = baselineRuns.sort((a, b) => a - b)[2]!;
rows.push(['baseline: bare pass (type, two ids, Map look-ups, a counter), median of 5', baseline]);

globalThis.gc?.();
const rssBefore = process.memoryUsage().rss;
const report = time('scoreOrganization, total', () => scoreOrganization(chain, observations, options), rows);
const peakRss = process.resourceUsage().maxRSS * 1024;

const parts: [string, number][] = [];
const acc = time('  reportAccumulator (options, layout of the chain at asOf)', () => reportAccumulator(chain, options), parts);
const state = time('  addAll (validate, route, count: 1,000,000 observations)', () => acc.addAll(acc.empty(), observations), parts);
const json = time('  JSON.stringify of the state', () => JSON.stringify(state), parts);
time('  result (assemble every figure, propagation, critical providers, priorities)', () => acc.result(state), parts);
const current = time('    chainAsOf', () => chainAsOf(chain, asOf), parts);
time('    propagateQuality', () => propagateQuality(current, new Map([['d1', 0.9]])), parts);
time('    orphans', () => orphans(current), parts);
time('    criticalProviders for all 80,000 external customers', () => {
  let count = 0;
  for (let i = 0; i < EXTERNALS; i += 1) count += criticalProviders(current, `x${i}`).length;
  return count;
}, parts);
const halves = time('  two halves added apart, sent through JSON and merged', () => {
  const a = acc.addAll(acc.empty(), observations.slice(0, OBSERVATIONS / 2));
  const b = acc.addAll(acc.empty(), observations.slice(OBSERVATIONS / 2));
  return acc.merge(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));
}, parts);

// answers checked against plain counts of the generated data
const expectPurchases = observations.filter(
  (o) => (o as { type: string; at?: string }).type === 'purchase' && (o as { at: string }).at >= '2025-07-01',
).length;
function sameParts(a: object, b: object): boolean {
  const parts = (whole: object) => {
    const report = whole as Record<string, unknown>;
    const internal = report.internal as Record<string, unknown[]>;
    const external = report.external as Record<string, unknown[]>;
    return [report.counts, report.balance, report.priorities, internal.providers, external.byKind, external.bySegment, external.customers, ...(internal.links as unknown[]).filter((_, i) => i % 97 === 0)];
  };
  const left = parts(a);
  const right = parts(b);
  return left.every((part, i) => JSON.stringify(part) === JSON.stringify(right[i]));
}

const checks = [
  ['links counted', report.counts.links === linkCount],
  ['customers counted', report.counts.customers === customers.length],
  ['purchases in the window', report.external.overall.purchases.count === expectPurchases],
  ['every external customer scored', report.external.customers.length === EXTERNALS],
  ['every internal customer with a link is a provider', report.internal.providers.length >= new Set(pairs.map(([from]) => from)).size],
  // the whole report of a million links is larger than a JavaScript string can hold: compare it part by part
  ['halves merged give the one-pass report', sameParts(acc.result(halves), report)],
] as const;

const total = rows.find(([label]) => label === 'scoreOrganization, total')![1];
console.log('| step | ms | × baseline |');
console.log('|---|---:|---:|');
for (const [label, ms] of [...rows, ...parts]) console.log(`| ${label} | ${ms.toFixed(0)} | ${(ms / baseline).toFixed(1)} |`);
console.log(`\nscoreOrganization: ${(total / baseline).toFixed(1)}× the bare pass (target ≤ 20×)`);
console.log(`state: ${(json.length / 1e6).toFixed(1)} MB of JSON for ${customers.length.toLocaleString('en')} customers and ${linkCount.toLocaleString('en')} links`);
console.log(`extra peak resident memory during scoreOrganization: ≤ ${((peakRss - rssBefore) / 1e6).toFixed(0)} MB (target ≤ 400 MB)`);
console.log('');
for (const [label, ok] of checks) console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}`);
const heap = process.memoryUsage();
console.log(`\nheap used ${(heap.heapUsed / 1e6).toFixed(0)} MB, array buffers ${(heap.arrayBuffers / 1e6).toFixed(0)} MB`);
if (checks.some(([, ok]) => !ok)) process.exitCode = 1;
