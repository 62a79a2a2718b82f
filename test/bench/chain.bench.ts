/**
 * Service-chain benchmark (not a vitest test). Run with
 *   node --expose-gc --max-old-space-size=8192 --import tsx test/bench/chain.bench.ts
 *
 * A generated organisation of 100,000 customers and 1,000,000 links: ten
 * layers of internal units linked forward, pairs of units that serve each
 * other (local cycles), 2% of units that serve only each other (orphans),
 * and 10,000 external customers with a single provider each.
 *
 * The baseline, measured in the same run, builds bare forward CSR arrays
 * from the same string edge list (a Map from id to index, then two passes
 * over the links). createServiceChain is timed over fresh builds; every
 * query is timed on its FIRST call on a freshly built chain, so the one-off
 * work it triggers (id order, condensation, distances, dominators) is
 * included. Times are medians over a few repetitions. Every answer is
 * checked against the baseline's own searches before any time is reported.
 */
import { MultiDirectedGraph } from 'graphology';
import {
  createServiceChain,
  propagateQuality,
  improvementPriorities,
  criticalProviders,
  cycles,
  distanceToExternal,
  downstream,
  orphans,
  parseServiceChain,
  serializeChain,
  type CustomerInput,
  type ServiceChain,
  type ServiceLinkInput,
} from '../../src/index.js';
import { seeded } from '../../src/sample/random.js';
import { collect, median } from './_measure.js';

const CUSTOMERS = 100_000;
const LINKS = 1_000_000;
const REPEATS = 7;

/** A seeded generator (the sample organisation's mulberry32), so every run measures the same data. */
const random = (seed: number): (() => number) => seeded(seed).next;

// ------------------------------------------------------------ the organisation
interface Org {
  readonly customers: CustomerInput[];
  readonly links: ServiceLinkInput[];
  /** Internal index → its cycle partner, or -1. */
  readonly partner: Int32Array;
  readonly internalCount: number;
}

function generate(customerCount: number, linkCount: number): Org {
  const next = random(7);
  const externalCount = Math.round(customerCount / 10);
  const internalCount = customerCount - externalCount;
  const layers = 10;
  const perLayer = Math.ceil(internalCount / layers);
  const departments = Math.round(internalCount / 20);
  const customers: CustomerInput[] = [];
  for (let i = 0; i < internalCount; i += 1) {
    if (i < departments) customers.push({ kind: 'department', id: `d${i}`, name: `Department ${i}` });
    else if (i % 97 === 0) customers.push({ kind: 'shareholder', id: `s${i}`, name: `Shareholder ${i}` });
    else customers.push({ kind: 'employee', id: `e${i}`, name: `Employee ${i}`, departmentId: `d${i % departments}` });
  }
  for (let j = 0; j < externalCount; j += 1) {
    const kind = j % 3 === 0 ? 'user' : j % 3 === 1 ? 'buyer' : 'beneficiary';
    customers.push({ kind, id: `x${j}`, name: `External ${j}` });
  }
  const ids = customers.map((customer) => customer.id);
  const layerOf = (i: number) => Math.floor(i / perLayer);
  const isOrphan = (i: number) => i % 50 === 7; // these serve only one another
  const services = Array.from({ length: 64 }, (_, k) => `service-${k}`);
  const deliverables = ['tool', 'information', 'support'] as const;
  const links: ServiceLinkInput[] = [];
  const sent = new Int32Array(internalCount);
  // the k-th link a unit provides carries a service name of its own, so (from, to, service) never repeats
  const add = (from: number, to: number, deliverable: ServiceLinkInput['deliverable']) => {
    const k = sent[from]!;
    sent[from] = k + 1;
    links.push({ from: ids[from]!, to: ids[to]!, service: k < 64 ? services[k]! : `service-${k}`, deliverable });
  };
  const lastLayer = (layers - 1) * perLayer;
  for (let j = 0; j < externalCount; j += 1) {
    let provider: number;
    do provider = lastLayer + Math.floor(next() * (internalCount - lastLayer));
    while (isOrphan(provider));
    add(provider, internalCount + j, j % 2 === 0 ? 'product' : 'service');
  }
  const partner = new Int32Array(internalCount).fill(-1);
  for (let i = 0; i + 1 < internalCount; i += 40) {
    if (isOrphan(i) || isOrphan(i + 1)) continue;
    add(i, i + 1, 'information');
    add(i + 1, i, 'information');
    partner[i] = i + 1;
    partner[i + 1] = i;
  }
  while (links.length < linkCount) {
    const from = Math.floor(next() * lastLayer);
    const nextStart = (layerOf(from) + 1) * perLayer;
    const nextEnd = Math.min(internalCount, nextStart + perLayer);
    let to = nextStart + Math.floor(next() * (nextEnd - nextStart));
    if (isOrphan(from)) {
      to = to - (to % 50) + 7;
      if (to >= nextEnd) continue;
    }
    add(from, to, deliverables[Math.floor(next() * 3)]!);
  }
  return { customers, links, partner, internalCount };
}

// ------------------------------------------------------------ the baseline
interface Csr {
  readonly index: Map<string, number>;
  readonly start: Int32Array;
  readonly target: Int32Array;
}

/** Bare forward CSR from the string edge list: what the chain's construction is compared with. */
function bareCsr(org: Org): Csr {
  const index = new Map<string, number>();
  const { customers, links } = org;
  for (let i = 0; i < customers.length; i += 1) index.set(customers[i]!.id, i);
  const n = customers.length;
  const m = links.length;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const start = new Int32Array(n + 1);
  for (let l = 0; l < m; l += 1) {
    const link = links[l]!;
    const u = index.get(link.from)!;
    from[l] = u;
    to[l] = index.get(link.to)!;
    start[u + 1]! += 1;
  }
  for (let v = 0; v < n; v += 1) start[v + 1]! += start[v]!;
  const cursor = start.slice(0, n);
  const target = new Int32Array(m);
  for (let l = 0; l < m; l += 1) target[cursor[from[l]!]!++] = to[l]!;
  return { index, start, target };
}

function reverse(csr: Csr, n: number): { start: Int32Array; source: Int32Array } {
  const start = new Int32Array(n + 1);
  for (let k = 0; k < csr.target.length; k += 1) start[csr.target[k]! + 1]! += 1;
  for (let v = 0; v < n; v += 1) start[v + 1]! += start[v]!;
  const cursor = start.slice(0, n);
  const source = new Int32Array(csr.target.length);
  for (let u = 0; u < n; u += 1) for (let k = csr.start[u]!; k < csr.start[u + 1]!; k += 1) source[cursor[csr.target[k]!]!++] = u;
  return { start, source };
}

/** Breadth-first search from `sources` over (start, next), skipping `blocked`; returns the distances (-1 unreached). */
function bfs(start: Int32Array, next: Int32Array, sources: number[], n: number, blocked = -1): Int32Array {
  const distance = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let tail = 0;
  for (const s of sources) {
    if (s === blocked || distance[s] !== -1) continue;
    distance[s] = 0;
    queue[tail++] = s;
  }
  for (let head = 0; head < tail; head += 1) {
    const v = queue[head]!;
    for (let k = start[v]!; k < start[v + 1]!; k += 1) {
      const w = next[k]!;
      if (w === blocked || distance[w] !== -1) continue;
      distance[w] = distance[v]! + 1;
      queue[tail++] = w;
    }
  }
  return distance;
}

// ------------------------------------------------------------ helpers
function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

function check(label: string, ok: boolean, detail = ''): void {
  if (!ok) throw new Error(`answer check failed: ${label} ${detail}`);
}

function sameList(label: string, actual: readonly string[], expected: readonly string[]): void {
  check(label, actual.length === expected.length && actual.every((value, i) => value === expected[i]), `(${actual.length} vs ${expected.length})`);
}

// ------------------------------------------------------------ run
const org = generate(CUSTOMERS, LINKS);
const n = org.customers.length;
const externalIds = org.customers.slice(org.internalCount).map((c) => c.id);
console.log(`organisation: ${n.toLocaleString('en')} customers, ${org.links.length.toLocaleString('en')} links`);

// The baseline is sampled again before every fresh chain (see firstCall), so that a
// machine whose load changes during the run weighs on both sides alike.
const baselineTimes: number[] = [];
let base = bareCsr(org);
function sampleBaseline(): void {
  collect();
  const t = now();
  const csr = bareCsr(org);
  baselineTimes.push(now() - t);
  base = csr;
}
sampleBaseline();
sampleBaseline();
const rev = reverse(base, n);

/** Builds a fresh chain, timed, after a collection. */
function freshChain(): { chain: ServiceChain; ms: number } {
  collect();
  const t = now();
  const chain = createServiceChain({ customers: org.customers, links: org.links });
  return { chain, ms: now() - t };
}

/** Median over REPEATS fresh chains of the time of `run`'s first call on each. */
function firstCall<T>(run: (chain: ServiceChain) => T, repeats = REPEATS): { ms: number; answer: T; buildMs: number[] } {
  const times: number[] = [];
  const builds: number[] = [];
  let answer: T | undefined;
  for (let r = 0; r < repeats; r += 1) {
    sampleBaseline();
    const fresh = freshChain();
    builds.push(fresh.ms);
    collect();
    const t = now();
    answer = run(fresh.chain);
    times.push(now() - t);
  }
  return { ms: median(times), answer: answer!, buildMs: builds };
}

interface Row {
  readonly operation: string;
  readonly ms: number;
  readonly ratio: number;
  readonly target: string;
  readonly limit: number | null;
}
const rows: Row[] = [];
const constructionTimes: number[] = [];
let baseline = Number.NaN;
const add = (operation: string, ms: number, limit: number | null, target = limit === null ? 'reported' : `≤ ${limit}×`) =>
  rows.push({ operation, ms, ratio: ms / baseline, target, limit });

// orphans, checked against a reverse BFS from every external customer
const orphanRun = firstCall((chain) => orphans(chain));
constructionTimes.push(...orphanRun.buildMs);
const reached = bfs(rev.start, rev.source, externalIds.map((id) => base.index.get(id)!), n);
// an orphan provides at least one link and yet reaches no external customer
const expectedOrphans = org.customers
  .slice(0, org.internalCount)
  .filter((_, i) => reached[i] === -1 && base.start[i + 1]! > base.start[i]!)
  .map((c) => c.id)
  .sort();
sameList('orphans', orphanRun.answer, expectedOrphans);
check('orphans exist', expectedOrphans.length > 0);

// cycles: the generated pairs, and nothing else (forward links only go up one layer)
const cycleRun = firstCall((chain) => cycles(chain));
constructionTimes.push(...cycleRun.buildMs);
const expectedPairs: string[][] = [];
for (let i = 0; i < org.internalCount; i += 1) {
  const j = org.partner[i]!;
  if (j > i) expectedPairs.push([org.customers[i]!.id, org.customers[j]!.id].sort());
}
expectedPairs.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
check('cycles', JSON.stringify(cycleRun.answer) === JSON.stringify(expectedPairs), `(${cycleRun.answer.length} groups vs ${expectedPairs.length})`);

// distanceToExternal for 1,000 units, checked one by one against a forward BFS
const next = random(99);
const probes = Array.from({ length: 1000 }, () => org.customers[Math.floor(next() * org.internalCount)]!.id);
const distanceRun = firstCall((chain) => probes.map((id) => distanceToExternal(chain, id)));
constructionTimes.push(...distanceRun.buildMs);
const isExternal = new Uint8Array(n);
for (const id of externalIds) isExternal[base.index.get(id)!] = 1;
probes.forEach((id, k) => {
  const from = base.index.get(id)!;
  const distance = bfs(base.start, base.target, [from], n);
  let best: number | null = null;
  for (let v = 0; v < n; v += 1) if (isExternal[v] === 1 && distance[v]! >= 0 && (best === null || distance[v]! < best)) best = distance[v]!;
  check(`distanceToExternal(${id})`, distanceRun.answer[k] === best, `${distanceRun.answer[k]} vs ${best}`);
});

// downstream for 20 units, checked against a forward BFS
const starts = Array.from({ length: 20 }, (_, k) => org.customers[Math.floor((k / 20) * org.internalCount)]!.id);
const downstreamRun = firstCall((chain) => starts.map((id) => downstream(chain, id)));
constructionTimes.push(...downstreamRun.buildMs);
starts.forEach((id, k) => {
  const distance = bfs(base.start, base.target, [base.index.get(id)!], n);
  const expected = org.customers.filter((_, v) => distance[v]! > 0).map((c) => c.id).sort();
  sameList(`downstream(${id})`, downstreamRun.answer[k]!, expected);
});

// criticalProviders for 10 external customers: each answer holds the single provider, every unit
// in it really cuts the customer off, and units left out do not
const targets = Array.from({ length: 10 }, (_, k) => externalIds[k * 997]!);
const criticalRun = firstCall((chain) => targets.map((id) => criticalProviders(chain, id)));
constructionTimes.push(...criticalRun.buildMs);
{
  // starting points: units with no provider, and pairs that nobody outside the pair serves
  const startPoints: number[] = [];
  for (let v = 0; v < org.internalCount; v += 1) {
    const mate = org.partner[v]!;
    let entered = false;
    for (let k = rev.start[v]!; k < rev.start[v + 1]!; k += 1) if (rev.source[k] !== mate) entered = true;
    if (mate >= 0) for (let k = rev.start[mate]!; k < rev.start[mate + 1]!; k += 1) if (rev.source[k] !== v) entered = true;
    if (!entered) startPoints.push(v);
  }
  targets.forEach((id, k) => {
    const node = base.index.get(id)!;
    const answer = criticalRun.answer[k]!;
    const provider = rev.source[rev.start[node]!]!;
    check(`criticalProviders(${id}) holds its single provider`, answer.includes(org.customers[provider]!.id));
    for (const unit of answer) {
      const cut = bfs(base.start, base.target, startPoints, n, base.index.get(unit)!);
      check(`criticalProviders(${id}): ${unit} cuts it off`, cut[node] === -1);
    }
    const upstreamDistance = bfs(rev.start, rev.source, [node], n);
    const candidates = org.customers.filter((c, v) => upstreamDistance[v]! > 0 && !answer.includes(c.id)).slice(0, 5);
    for (const c of candidates) {
      const cut = bfs(base.start, base.target, startPoints, n, base.index.get(c.id)!);
      check(`criticalProviders(${id}): ${c.id} is not critical`, cut[node]! >= 0);
    }
  });
}

// propagateQuality: every group's value checked against its providers' values ('mean', every link weighing 1;
// 'weakest', the smallest of its members' and its providers' values), and 'yield' on 30 units against the
// product over their closed upstream sets found by reverse BFS
const quality = new Map<string, number>();
for (let i = 0; i < org.internalCount; i += 1) quality.set(org.customers[i]!.id, 0.9 + 0.1 * next());
const ids = org.customers.map((c) => c.id);
const ownOf = (v: number) => quality.get(ids[v]!) ?? 1;
/** Each node's group: itself and its cycle partner. */
const groupOf = (v: number) => (v < org.internalCount && org.partner[v]! >= 0 ? [v, org.partner[v]!] : [v]);
/** The distinct providers outside v's group, and how many links each sends into it. */
function providersOf(v: number): Map<number, number> {
  const members = groupOf(v);
  const found = new Map<number, number>();
  for (const member of members) {
    for (let k = rev.start[member]!; k < rev.start[member + 1]!; k += 1) {
      const u = rev.source[k]!;
      if (!members.includes(u)) found.set(u, (found.get(u) ?? 0) + 1);
    }
  }
  return found;
}
const meanRun = firstCall((chain) => propagateQuality(chain, quality));
constructionTimes.push(...meanRun.buildMs);
for (let v = 0; v < n; v += 1) {
  let sum = 0;
  let total = 0;
  for (const [u, links] of providersOf(v)) {
    sum += links * meanRun.answer.get(ids[u]!)!;
    total += links;
  }
  const expected = ownOf(v) * (total === 0 ? 1 : sum / total);
  const actual = meanRun.answer.get(ids[v]!)!;
  check(`propagateQuality mean (${ids[v]})`, Math.abs(actual - expected) <= 1e-12, `${actual} vs ${expected}`);
}
const weakestRun = firstCall((chain) => propagateQuality(chain, quality, { mode: 'weakest' }));
constructionTimes.push(...weakestRun.buildMs);
for (let v = 0; v < n; v += 1) {
  let expected = Math.min(...groupOf(v).map(ownOf));
  for (const u of providersOf(v).keys()) expected = Math.min(expected, weakestRun.answer.get(ids[u]!)!);
  check(`propagateQuality weakest (${ids[v]})`, weakestRun.answer.get(ids[v]!) === expected);
}
const yieldRun = firstCall((chain) => propagateQuality(chain, quality, { mode: 'yield' }), 3); // seconds each: 3 runs
constructionTimes.push(...yieldRun.buildMs);
for (let k = 0; k < 30; k += 1) {
  const v = Math.floor((k / 30) * n);
  const upstreamDistance = bfs(rev.start, rev.source, [v], n);
  let logExpected = 0;
  for (let u = 0; u < n; u += 1) if (upstreamDistance[u]! >= 0) logExpected += Math.log(ownOf(u)); // v, its partner and everything upstream
  const actual = yieldRun.answer.get(ids[v]!)!;
  // deep units have tens of thousands of units upstream: their product is below the smallest double
  const ok = logExpected < -700 ? actual < 1e-300 : Math.abs(Math.log(actual) - logExpected) <= 1e-9 * Math.max(1, -logExpected);
  check(`propagateQuality yield (${ids[v]})`, ok, `${Math.log(actual)} vs ${logExpected}`);
}

// improvementPriorities 'mean', 1 each external customer: 5 units checked against raising each alone and
// propagating again (with the 'mean' propagation checked above)
const prioritiesRun = firstCall((chain) => improvementPriorities(chain, quality), 3);
constructionTimes.push(...prioritiesRun.buildMs);
// the same after a 'weakest' propagation on the chain: the indexes a chain builds on first need (links by
// consumer, strongly connected groups) are then made, as they are for anyone who propagated first
const warmPriorities: number[] = [];
for (let r = 0; r < 3; r += 1) {
  sampleBaseline();
  const fresh = freshChain();
  propagateQuality(fresh.chain, quality, { mode: 'weakest' });
  collect();
  const t = now();
  const rows = improvementPriorities(fresh.chain, quality);
  warmPriorities.push(now() - t);
  check('improvementPriorities after a propagation: the same rows', rows.length === prioritiesRun.answer.length && rows[0]!.id === prioritiesRun.answer[0]!.id);
}
{
  check('improvementPriorities: one row per internal unit', prioritiesRun.answer.length === org.internalCount);
  const chain = createServiceChain({ customers: org.customers, links: org.links });
  const before = propagateQuality(chain, quality);
  const rows = prioritiesRun.answer;
  for (const row of [rows[0]!, rows[10]!, rows[1000]!, rows[40_000]!, rows[rows.length - 1]!]) {
    const after = propagateQuality(chain, new Map([...quality, [row.id, 1]]));
    let rise = 0;
    let moved = 0;
    for (const id of externalIds) {
      const change = after.get(id)! - before.get(id)!;
      rise += change;
      if (change !== 0) moved += 1;
    }
    rise /= externalIds.length;
    check(`improvementPriorities lift (${row.id})`, Math.abs(row.lift - rise) <= 1e-12, `${row.lift} vs ${rise}`);
    check(`improvementPriorities reach (${row.id})`, row.reach === moved, `${row.reach} vs ${moved}`);
  }
}

// the JSON round trip, each against a createServiceChain on the same input measured just before it
const roundTripTimes: number[] = [];
const roundTripBuilds: number[] = [];
for (let r = 0; r < 3; r += 1) {
  const fresh = freshChain();
  roundTripBuilds.push(fresh.ms);
  collect();
  const t = now();
  const back = parseServiceChain(serializeChain(fresh.chain));
  roundTripTimes.push(now() - t);
  check('round trip', back.linkCount === LINKS && back.customerCount === n);
}

// memory of one chain: heap plus array buffers, with the input held throughout
collect();
const before = process.memoryUsage();
let held: ServiceChain | undefined = createServiceChain({ customers: org.customers, links: org.links });
collect();
const after = process.memoryUsage();
const megabytes = (after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers) / 1e6;
check('chain kept alive', held.linkCount === LINKS);
held = undefined;

// peer: the same graph in graphology
collect();
const peerStart = now();
const graph = new MultiDirectedGraph();
for (const customer of org.customers) graph.addNode(customer.id);
for (const link of org.links) graph.addEdge(link.from, link.to);
const peer = now() - peerStart;
check('graphology graph', graph.size === LINKS);

baseline = median(baselineTimes);
rows.push({ operation: `baseline: bare forward CSR from the string edge list (median of ${baselineTimes.length})`, ms: baseline, ratio: 1, target: 'baseline', limit: null });
add(`createServiceChain, validation included (median of ${constructionTimes.length})`, median(constructionTimes), 2.5);
add('orphans (first call)', orphanRun.ms, 0.2);
add('cycles (first call)', cycleRun.ms, 0.3);
add("propagateQuality 'mean', quality for 90,000 units (first call)", meanRun.ms, 0.5);
add("propagateQuality 'weakest' (first call)", weakestRun.ms, 0.5);
add("propagateQuality 'yield', 90,000 units below 1 (first call, median of 3)", yieldRun.ms, 30);
add("improvementPriorities 'mean', 90,000 units (first call, median of 3)", prioritiesRun.ms, 1);
add("improvementPriorities 'mean', after a propagation built the chain's indexes (median of 3)", median(warmPriorities), null);
add('distanceToExternal × 1,000 units (first calls, in total)', distanceRun.ms, 0.2);
add('criticalProviders × 10 external customers (first calls, in total)', criticalRun.ms, 0.5);
add('downstream × 20 units (first calls, in total)', downstreamRun.ms, 1);
{
  const build = median(roundTripBuilds);
  const roundTrip = median(roundTripTimes);
  const limit = (3 * build) / baseline;
  add(
    `parseServiceChain(serializeChain(chain)) (median of 3; createServiceChain on the same runs: ${build.toFixed(1)} ms, ratio ${(roundTrip / build).toFixed(2)}×)`,
    roundTrip,
    limit,
    `≤ 3× createServiceChain (${limit.toFixed(3)}×)`,
  );
}
add('peer: the same graph built in graphology', peer, null);

console.log(`\n| operation | ms (median of ${REPEATS} unless said) | ratio to baseline | target | result |`);
console.log('|---|---:|---:|---|---|');
for (const row of rows) {
  const result = row.limit === null ? '' : row.ratio <= row.limit ? 'pass' : 'FAIL';
  console.log(`| ${row.operation} | ${row.ms.toFixed(1)} | ${row.ratio.toFixed(3)}× | ${row.target} | ${result} |`);
}
const memoryOk = megabytes <= 100;
console.log(`| memory of one chain (heap + array buffers) | ${megabytes.toFixed(1)} MB | | ≤ 100 MB | ${memoryOk ? 'pass' : 'FAIL'} |`);
console.log(
  `\n(every answer checked against the baseline's own searches: ${expectedOrphans.length} orphans, ${expectedPairs.length} cycles, 1,000 distances, 20 downstream sets, 10 critical-provider sets, ${n.toLocaleString('en')} propagated qualities by 'mean' and 'weakest', 30 by 'yield', 5 priorities)`,
);
if (!memoryOk || rows.some((row) => row.limit !== null && row.ratio > row.limit)) process.exitCode = 1;
