/**
 * Extreme chain shapes and the answers each shape implies, for the extreme
 * correctness tests (test/fuzz/extreme.test.ts, smaller sizes) and the timing
 * script (test/bench/extreme.bench.ts, full sizes):
 *
 * - a path: p0 → p1 → … → pN, pN a buyer;
 * - a star: one hub serving N units, the first half departments, the rest users;
 * - a complete bipartite layer: a root serving K providers, each of which
 *   serves each of K users (K + K² links);
 * - a cycle: c0 → c1 → … → c(N−1) → c0, and c(N−1) serving one user from
 *   mid-2024 (before that the cycle feeds nobody outside: its members are orphans).
 *
 * Expected answers are derived from the shape alone (no library code), in
 * O(size), and compared element by element.
 */
import {
  chainAsOf,
  chainCustomers,
  chainLinks,
  createServiceChain,
  criticalProviders,
  cycles,
  distanceToExternal,
  downstream,
  externalReach,
  internalRoles,
  orphans,
  parseServiceChain,
  propagateQuality,
  serializeChain,
  sipoc,
  toDot,
  toMermaid,
  unownedLinks,
  upstream,
  type CustomerInput,
  type ServiceChain,
  type ServiceLinkInput,
} from '../../src/index.js';

export interface Check {
  /** What is asked, e.g. `downstream(head)`. */
  readonly query: string;
  /** Asks it. */
  readonly run: (chain: ServiceChain) => unknown;
  /** Throws unless the answer is the one the shape implies. */
  readonly verify: (answer: unknown) => void;
}

export interface Shape {
  readonly name: string;
  readonly customers: CustomerInput[];
  readonly links: ServiceLinkInput[];
  readonly checks: readonly Check[];
}

/** An id whose string order is its number's order. */
export function padded(prefix: string, i: number): string {
  return `${prefix}${String(i).padStart(7, '0')}`;
}

function fail(message: string): never {
  throw new Error(message);
}

/** Throws unless `actual` is an array equal, element by element, to `expected`. */
export function sameList(actual: unknown, expected: readonly unknown[], what: string): void {
  if (!Array.isArray(actual)) fail(`${what}: not an array`);
  if (actual.length !== expected.length) fail(`${what}: ${actual.length} items, expected ${expected.length}`);
  for (let i = 0; i < expected.length; i += 1) {
    if (!Object.is(actual[i], expected[i])) fail(`${what}: item ${i} is ${String(actual[i])}, expected ${String(expected[i])}`);
  }
}

function same(actual: unknown, expected: unknown, what: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) fail(`${what}: ${a.slice(0, 200)}, expected ${e.slice(0, 200)}`);
}

function range(prefix: string, from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i += 1) out.push(padded(prefix, i));
  return out;
}

function lineCount(text: unknown): number {
  if (typeof text !== 'string') fail('a diagram is not a string');
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines += 1;
  return lines;
}

/** Lines a diagram has besides one per node and one per link (measured on a chain of one unit serving one user). */
function diagramOverhead(draw: (chain: ServiceChain) => string): number {
  const tiny = createServiceChain({
    customers: [
      { kind: 'department', id: 'a', name: 'A' },
      { kind: 'user', id: 'b', name: 'B' },
    ],
    links: [{ from: 'a', to: 'b', service: 's', deliverable: 'tool' }],
  });
  return lineCount(draw(tiny)) - 3;
}

/** Checks every query shares: chainCustomers/chainLinks counts, the JSON round trip and both diagrams. */
function commonChecks(customers: number, links: number): Check[] {
  return [
    { query: 'chainCustomers', run: (chain) => chainCustomers(chain).length, verify: (n) => same(n, customers, 'chainCustomers') },
    { query: 'chainLinks', run: (chain) => chainLinks(chain).length, verify: (n) => same(n, links, 'chainLinks') },
    // no shape names owners: every link is unowned
    { query: 'unownedLinks', run: (chain) => unownedLinks(chain).length, verify: (n) => same(n, links, 'unownedLinks') },
    {
      query: 'serializeChain',
      run: (chain) => serializeChain(chain),
      verify: (data) => {
        const { customers: c, links: l } = data as { customers: unknown[]; links: unknown[] };
        same([c.length, l.length], [customers, links], 'serializeChain');
      },
    },
    {
      query: 'parseServiceChain(JSON text)',
      run: (chain) => {
        const text = JSON.stringify(serializeChain(chain));
        const back = parseServiceChain(text);
        return JSON.stringify(serializeChain(back)) === text ? back : undefined;
      },
      verify: (back) => {
        if (back === undefined) fail('parseServiceChain: the round trip changed the chain');
        same([(back as ServiceChain).customerCount, (back as ServiceChain).linkCount], [customers, links], 'parseServiceChain');
      },
    },
    { query: 'toMermaid', run: (chain) => lineCount(toMermaid(chain)), verify: (n) => same(n, diagramOverhead(toMermaid) + customers + links, 'toMermaid lines') },
    { query: 'toDot', run: (chain) => lineCount(toDot(chain)), verify: (n) => same(n, diagramOverhead(toDot) + customers + links, 'toDot lines') },
  ];
}

function checkQuality(map: unknown, expected: (id: string) => number, ids: readonly string[], what: string, closeTo = 0): void {
  if (!(map instanceof Map)) fail(`${what}: not a Map`);
  if (map.size !== ids.length) fail(`${what}: ${map.size} entries, expected ${ids.length}`);
  for (const id of ids) {
    const got = map.get(id) as number;
    const want = expected(id);
    const ok = closeTo === 0 ? Object.is(got, want) : Math.abs(got - want) <= closeTo * Math.abs(want);
    if (!ok) fail(`${what}: ${id} has ${got}, expected ${want}`);
  }
}

// ---------------------------------------------------------------------------

/** p0 → … → pN (N links); pN is a buyer. Link N/2 was valid only in 2020. */
export function pathShape(n: number): Shape {
  const id = (i: number) => padded('p', i);
  const customers: CustomerInput[] = [];
  for (let i = 0; i < n; i += 1) customers.push({ kind: 'department', id: id(i), name: 'Unit' });
  customers.push({ kind: 'buyer', id: id(n), name: 'End' });
  const cut = Math.floor(n / 2);
  const links: ServiceLinkInput[] = [];
  for (let i = 0; i < n; i += 1) {
    const link: ServiceLinkInput = { from: id(i), to: id(i + 1), service: 's', deliverable: 'tool' };
    links.push(i === cut ? { ...link, validFrom: '2020-01-01', validTo: '2020-12-31' } : link);
  }
  const head = id(0);
  const tail = id(n);
  const mid = id(cut + 1);
  const all = range('p', 0, n + 1);
  // quality: every step-th unit 0.5, the others 1 (left out); powers of two multiply exactly
  const step = Math.max(1, Math.floor(n / 9));
  const quality = new Map<string, number>();
  for (let i = 0; i < n; i += step) quality.set(id(i), 0.5);
  const halvingsUpTo = (i: number) => (i >= n ? Math.floor((n - 1) / step) + 1 : Math.floor(i / step) + 1);
  const effective = (text: string) => 0.5 ** halvingsUpTo(Number(text.slice(1)));
  return {
    name: `path of ${n.toLocaleString('en')} links`,
    customers,
    links,
    checks: [
      { query: 'downstream(head)', run: (c) => downstream(c, head), verify: (r) => sameList(r, all.slice(1), 'downstream') },
      { query: 'upstream(tail)', run: (c) => upstream(c, tail), verify: (r) => sameList(r, all.slice(0, n), 'upstream') },
      { query: 'externalReach(head)', run: (c) => externalReach(c, head), verify: (r) => sameList(r, [tail], 'externalReach') },
      { query: 'distanceToExternal(head)', run: (c) => distanceToExternal(c, head), verify: (r) => same(r, n, 'distanceToExternal(head)') },
      { query: 'distanceToExternal(middle)', run: (c) => distanceToExternal(c, mid), verify: (r) => same(r, n - cut - 1, 'distanceToExternal(middle)') },
      { query: 'orphans', run: (c) => orphans(c), verify: (r) => sameList(r, [], 'orphans') },
      { query: 'cycles', run: (c) => cycles(c), verify: (r) => sameList(r, [], 'cycles') },
      { query: 'criticalProviders(tail)', run: (c) => criticalProviders(c, tail), verify: (r) => sameList(r, all.slice(0, n), 'criticalProviders') },
      {
        query: 'internalRoles(middle, survey)',
        run: (c) => [internalRoles(c, mid, [{ type: 'survey', respondentId: mid, subjectId: id(cut) }]), internalRoles(c, head)],
        verify: (r) => same(r, [['orderer', 'evaluator'], []], 'internalRoles'),
      },
      {
        query: 'sipoc(middle)',
        run: (c) => sipoc(c, mid),
        verify: (r) => same(r, { suppliers: [id(cut)], inputs: ['s'], process: mid, outputs: ['s'], customers: [id(cut + 2)] }, 'sipoc'),
      },
      {
        query: 'chainAsOf(2024) + queries',
        run: (c) => {
          const now = chainAsOf(c, '2024-01-01');
          return [now.linkCount, distanceToExternal(now, head), orphans(now), downstream(now, head).length, upstream(now, tail).length];
        },
        verify: (r) => {
          const [links, distance, lost, down, up] = r as [number, number | null, string[], number, number];
          same([links, distance, down, up], [n - 1, null, cut, n - cut - 1], 'chainAsOf');
          // p(cut) lost its only link, so it provides nothing and is no orphan; the units before it still provide
          sameList(lost, all.slice(0, cut), 'orphans as of 2024');
        },
      },
      { query: "propagateQuality 'yield'", run: (c) => propagateQuality(c, quality, { mode: 'yield' }), verify: (r) => checkQuality(r, effective, all, 'yield') },
      { query: "propagateQuality 'mean'", run: (c) => propagateQuality(c, quality, { mode: 'mean' }), verify: (r) => checkQuality(r, effective, all, 'mean') },
      ...commonChecks(n + 1, n),
    ],
  };
}

/** A hub serving N units: s0…s(N/2−1) departments, the rest users. Links to departments ended in mid-2023. */
export function starShape(n: number): Shape {
  const id = (i: number) => padded('s', i);
  const half = Math.floor(n / 2);
  const customers: CustomerInput[] = [{ kind: 'department', id: 'h', name: 'Hub' }];
  const links: ServiceLinkInput[] = [];
  const services = ['s-a', 's-b', 's-c'];
  for (let i = 0; i < n; i += 1) {
    customers.push(i < half ? { kind: 'department', id: id(i), name: 'Leaf' } : { kind: 'user', id: id(i), name: 'User' });
    links.push({
      from: 'h',
      to: id(i),
      service: services[i % 3] as string,
      deliverable: 'service',
      validFrom: '2023-01-01',
      ...(i < half ? { validTo: '2023-06-30' } : {}),
    });
  }
  const leaves = range('s', 0, n);
  const users = leaves.slice(half);
  const quality = new Map<string, number>([['h', 0.5]]);
  for (let i = 0; i < n; i += 1000) quality.set(id(i), 0.5);
  const effective = (text: string) => (text === 'h' ? 0.5 : 0.5 * (quality.get(text) ?? 1));
  const everyone = ['h', ...leaves];
  return {
    name: `star of ${n.toLocaleString('en')} links`,
    customers,
    links,
    checks: [
      { query: 'downstream(hub)', run: (c) => downstream(c, 'h'), verify: (r) => sameList(r, leaves, 'downstream') },
      { query: 'upstream(leaf)', run: (c) => upstream(c, id(n - 1)), verify: (r) => sameList(r, ['h'], 'upstream') },
      { query: 'externalReach(hub)', run: (c) => externalReach(c, 'h'), verify: (r) => sameList(r, users, 'externalReach') },
      {
        query: 'distanceToExternal(hub, leaf, user)',
        run: (c) => [distanceToExternal(c, 'h'), distanceToExternal(c, id(0)), distanceToExternal(c, id(n - 1))],
        verify: (r) => same(r, [1, null, 0], 'distanceToExternal'),
      },
      // the leaves only receive: not orphans, whether they are departments or users
      { query: 'orphans', run: (c) => orphans(c), verify: (r) => sameList(r, [], 'orphans') },
      { query: 'cycles', run: (c) => cycles(c), verify: (r) => sameList(r, [], 'cycles') },
      { query: 'criticalProviders(user)', run: (c) => criticalProviders(c, id(n - 1)), verify: (r) => sameList(r, ['h'], 'criticalProviders') },
      {
        query: 'internalRoles(hub, leaf)',
        run: (c) => [internalRoles(c, 'h'), internalRoles(c, id(0))],
        verify: (r) => same(r, [[], ['orderer']], 'internalRoles'),
      },
      {
        query: 'sipoc(hub)',
        run: (c) => sipoc(c, 'h'),
        verify: (r) => {
          const s = r as { suppliers: string[]; inputs: string[]; process: string; outputs: string[]; customers: string[] };
          same([s.suppliers, s.inputs, s.process, s.outputs], [[], [], 'h', n >= 3 ? services : services.slice(0, n)], 'sipoc');
          sameList(s.customers, leaves, 'sipoc customers');
        },
      },
      {
        query: 'chainAsOf(2024) + queries',
        run: (c) => {
          const now = chainAsOf(c, '2024-01-01');
          return [now.linkCount, downstream(now, 'h'), orphans(now).length];
        },
        verify: (r) => {
          const [links, down, lost] = r as [number, string[], number];
          same([links, lost], [n - half, 0], 'chainAsOf');
          sameList(down, users, 'downstream as of 2024');
        },
      },
      { query: "propagateQuality 'yield'", run: (c) => propagateQuality(c, quality, { mode: 'yield' }), verify: (r) => checkQuality(r, effective, everyone, 'yield') },
      { query: "propagateQuality 'mean'", run: (c) => propagateQuality(c, quality, { mode: 'mean' }), verify: (r) => checkQuality(r, effective, everyone, 'mean') },
      ...commonChecks(n + 1, n),
    ],
  };
}

/** A root serving K providers b*, each serving each of K users c*: K + K² links. b0's links weigh 3. */
export function bipartiteShape(k: number): Shape {
  const b = (i: number) => padded('b', i);
  const u = (j: number) => padded('c', j);
  const customers: CustomerInput[] = [{ kind: 'department', id: 'a-root', name: 'Root' }];
  const links: ServiceLinkInput[] = [];
  for (let i = 0; i < k; i += 1) {
    customers.push({ kind: 'department', id: b(i), name: 'Provider' });
    links.push({ from: 'a-root', to: b(i), service: 'plan', deliverable: 'information' });
  }
  for (let j = 0; j < k; j += 1) customers.push({ kind: 'user', id: u(j), name: 'User' });
  for (let i = 0; i < k; i += 1) {
    for (let j = 0; j < k; j += 1) {
      links.push({ from: b(i), to: u(j), service: 'work', deliverable: 'product', ...(i === 0 ? { weight: 3 } : {}) });
    }
  }
  const providers = range('b', 0, k);
  const users = range('c', 0, k);
  const quality = new Map<string, number>([
    ['a-root', 0.5],
    [b(0), 0.5],
  ]);
  if (k > 1) quality.set(b(1), 0.25);
  const own = (id: string) => quality.get(id) ?? 1;
  const providerEffective = (id: string) => 0.5 * own(id);
  // yield: each user gets the product of the own qualities upstream, the root once and every provider once
  let product = 0.5;
  for (const id of providers) product *= own(id);
  // mean: weighted by the sum of each provider's link weights into the user
  let sum = 0;
  let total = 0;
  for (const id of providers) {
    const w = id === b(0) ? 3 : 1;
    sum += w * providerEffective(id);
    total += w;
  }
  const everyone = ['a-root', ...providers, ...users];
  const expectYield = (id: string) => (id === 'a-root' ? 0.5 : id.startsWith('b') ? providerEffective(id) : product);
  const expectMean = (id: string) => (id === 'a-root' ? 0.5 : id.startsWith('b') ? providerEffective(id) : sum / total);
  return {
    name: `complete bipartite ${k.toLocaleString('en')} × ${k.toLocaleString('en')}`,
    customers,
    links,
    checks: [
      { query: 'downstream(root)', run: (c) => downstream(c, 'a-root'), verify: (r) => sameList(r, [...providers, ...users], 'downstream') },
      { query: 'upstream(user)', run: (c) => upstream(c, u(k - 1)), verify: (r) => sameList(r, ['a-root', ...providers], 'upstream') },
      { query: 'externalReach(provider)', run: (c) => externalReach(c, b(k - 1)), verify: (r) => sameList(r, users, 'externalReach') },
      {
        query: 'distanceToExternal(root, provider)',
        run: (c) => [distanceToExternal(c, 'a-root'), distanceToExternal(c, b(0))],
        verify: (r) => same(r, [2, 1], 'distanceToExternal'),
      },
      { query: 'orphans', run: (c) => orphans(c), verify: (r) => sameList(r, [], 'orphans') },
      { query: 'cycles', run: (c) => cycles(c), verify: (r) => sameList(r, [], 'cycles') },
      // every provider can be bypassed through another; only the root cannot
      { query: 'criticalProviders(user)', run: (c) => criticalProviders(c, u(0)), verify: (r) => sameList(r, k > 1 ? ['a-root'] : ['a-root', b(0)], 'criticalProviders') },
      {
        query: 'internalRoles(root, provider)',
        run: (c) => [internalRoles(c, 'a-root'), internalRoles(c, b(0))],
        verify: (r) => same(r, [[], ['orderer']], 'internalRoles'),
      },
      {
        query: 'sipoc(user)',
        run: (c) => sipoc(c, u(0)),
        verify: (r) => {
          const s = r as { suppliers: string[]; inputs: string[]; process: string; outputs: string[]; customers: string[] };
          same([s.inputs, s.process, s.outputs, s.customers], [['work'], u(0), [], []], 'sipoc');
          sameList(s.suppliers, providers, 'sipoc suppliers');
        },
      },
      { query: 'chainAsOf(2024)', run: (c) => chainAsOf(c, '2024-01-01').linkCount, verify: (r) => same(r, k + k * k, 'chainAsOf') },
      { query: "propagateQuality 'yield'", run: (c) => propagateQuality(c, quality, { mode: 'yield' }), verify: (r) => checkQuality(r, expectYield, everyone, 'yield') },
      {
        query: "propagateQuality 'mean'",
        run: (c) => propagateQuality(c, quality, { mode: 'mean' }),
        verify: (r) => checkQuality(r, expectMean, everyone, 'mean', 1e-12),
      },
      ...commonChecks(1 + 2 * k, k + k * k),
    ],
  };
}

/** c0 → c1 → … → c(N−1) → c0, and c(N−1) serving the user z from mid-2024 on. */
export function cycleShape(n: number): Shape {
  const id = (i: number) => padded('c', i);
  const customers: CustomerInput[] = [];
  const links: ServiceLinkInput[] = [];
  for (let i = 0; i < n; i += 1) {
    customers.push({ kind: 'department', id: id(i), name: 'Unit' });
    links.push({ from: id(i), to: id((i + 1) % n), service: 'hand-off', deliverable: 'support' });
  }
  customers.push({ kind: 'user', id: 'z', name: 'User' });
  links.push({ from: id(n - 1), to: 'z', service: 'result', deliverable: 'service', validFrom: '2024-06-01' });
  const units = range('c', 0, n);
  const quality = new Map<string, number>([
    [id(0), 0.5],
    [id(n - 1), 0.25],
  ]);
  // mean: members of a cycle share its (empty) inputs, so each keeps its own quality; z gets c(N−1)'s
  const effective = (text: string) => (text === 'z' ? 0.25 : (quality.get(text) ?? 1));
  // yield and weakest: every member and z have the whole cycle upstream: 0.5 × 0.25, and min 0.25
  const everyUnit = (value: number) => () => value;
  const everyone = [...units, 'z'];
  return {
    name: `cycle of ${n.toLocaleString('en')} units`,
    customers,
    links,
    checks: [
      { query: 'downstream(c0)', run: (c) => downstream(c, id(0)), verify: (r) => sameList(r, [...units.slice(1), 'z'], 'downstream') },
      { query: 'upstream(z)', run: (c) => upstream(c, 'z'), verify: (r) => sameList(r, units, 'upstream') },
      { query: 'externalReach(c0)', run: (c) => externalReach(c, id(0)), verify: (r) => sameList(r, ['z'], 'externalReach') },
      {
        query: 'distanceToExternal(c0, c(N−1))',
        run: (c) => [distanceToExternal(c, id(0)), distanceToExternal(c, id(n - 1))],
        verify: (r) => same(r, [n, 1], 'distanceToExternal'),
      },
      { query: 'orphans', run: (c) => orphans(c), verify: (r) => sameList(r, [], 'orphans') },
      {
        query: 'cycles',
        run: (c) => cycles(c),
        verify: (r) => {
          same((r as unknown[]).length, 1, 'cycles: the number of groups');
          sameList((r as string[][])[0], units, 'cycles[0]');
        },
      },
      // the whole cycle is the starting group; z hangs on c(N−1) alone
      { query: 'criticalProviders(z)', run: (c) => criticalProviders(c, 'z'), verify: (r) => sameList(r, [id(n - 1)], 'criticalProviders') },
      { query: 'internalRoles(c1)', run: (c) => internalRoles(c, id(1)), verify: (r) => same(r, n === 2 ? ['orderer', 'partner'] : ['orderer'], 'internalRoles') },
      {
        query: 'sipoc(c0)',
        run: (c) => sipoc(c, id(0)),
        verify: (r) => same(r, { suppliers: [id(n - 1)], inputs: ['hand-off'], process: id(0), outputs: ['hand-off'], customers: [id(1)] }, 'sipoc'),
      },
      {
        // before z was served the cycle fed nobody outside: every member is an orphan
        query: 'chainAsOf(January 2024) + orphans',
        run: (c) => {
          const now = chainAsOf(c, new Date(Date.UTC(2024, 0, 1)));
          return [now.linkCount, orphans(now)];
        },
        verify: (r) => {
          const [links, lost] = r as [number, string[]];
          same(links, n, 'chainAsOf');
          sameList(lost, units, 'orphans as of January 2024');
        },
      },
      { query: "propagateQuality 'yield'", run: (c) => propagateQuality(c, quality, { mode: 'yield' }), verify: (r) => checkQuality(r, everyUnit(0.125), everyone, 'yield') },
      { query: "propagateQuality 'weakest'", run: (c) => propagateQuality(c, quality, { mode: 'weakest' }), verify: (r) => checkQuality(r, everyUnit(0.25), everyone, 'weakest') },
      { query: "propagateQuality 'mean'", run: (c) => propagateQuality(c, quality, { mode: 'mean' }), verify: (r) => checkQuality(r, effective, everyone, 'mean') },
      ...commonChecks(n + 1, n + 1),
    ],
  };
}
