/**
 * Builds a chain's adjacency from its columnar links with stable counting
 * sorts: the forward CSR (links grouped by provider) at once, the reverse
 * CSR (grouped by consumer) when first asked for.
 */
import type { Issue } from '../errors.js';
import { describe } from '../_internal/fail.js';
import type { Customer } from '../customers/schemas.js';
import type { ChainState, LinkColumns } from './_state.js';

/** What a chain and the chains derived from it (chainAsOf) share. */
export interface ChainBase {
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly customers: readonly Customer[];
  readonly kinds: Uint8Array;
}

/**
 * Stable counting sort of the kept links (from ≥ 0) by `key`: bucket starts,
 * the link indices, and `value` of each link in the same order (placed in
 * the same pass, which costs less than gathering it afterwards by index).
 */
function groupLinks(n: number, from: Int32Array, key: Int32Array, value: Int32Array, m: number): { start: Int32Array; link: Int32Array; values: Int32Array } {
  const total = from.length;
  const start = new Int32Array(n + 1);
  for (let l = 0; l < total; l += 1) if ((from[l] as number) >= 0) (start[(key[l] as number) + 1] as number) += 1;
  for (let v = 0; v < n; v += 1) (start[v + 1] as number) += start[v] as number;
  const cursor = start.slice(0, n);
  const link = new Int32Array(m);
  const values = new Int32Array(m);
  for (let l = 0; l < total; l += 1) {
    if ((from[l] as number) < 0) continue;
    const at = (cursor[key[l] as number] as number)++;
    link[at] = l;
    values[at] = value[l] as number;
  }
  return { start, link, values };
}

/**
 * Builds the state; links whose `from` is -1 are left out of the adjacency.
 * The forward CSR is built now; the reverse one (links grouped by consumer)
 * on first use, since many questions never need it.
 */
export function buildState(base: ChainBase, links: LinkColumns): ChainState {
  const n = base.ids.length;
  const { from, to } = links;
  let m = 0;
  for (let l = 0; l < from.length; l += 1) if ((from[l] as number) >= 0) m += 1;
  const forward = groupLinks(n, from, from, to, m);
  const outLink = forward.link;
  const outTarget = forward.values;

  let reverse: { start: Int32Array; source: Int32Array; link: Int32Array } | undefined;
  const incoming = () => {
    if (reverse === undefined) {
      const grouped = groupLinks(n, from, to, from, m);
      reverse = { start: grouped.start, source: grouped.values, link: grouped.link };
    }
    return reverse;
  };

  return {
    n,
    m,
    ids: base.ids,
    index: base.index,
    customers: base.customers,
    kinds: base.kinds,
    links,
    outStart: forward.start,
    outTarget,
    outLink,
    get inStart() {
      return incoming().start;
    },
    get inSource() {
      return incoming().source;
    },
    get inLink() {
      return incoming().link;
    },
    cache: {},
  };
}

/**
 * Reports every link that repeats the provider, consumer and service of an
 * earlier link (in input order) whose validity overlaps it, at
 * `[...prefix, index]`, in input order. A provider's links are scanned once
 * with a stamp per consumer; only a provider that serves some consumer more
 * than once has its links sorted and compared.
 */
export function findDuplicateLinks(state: ChainState, prefix: readonly (string | number)[], issues: Issue[]): void {
  const { outStart, outTarget, outLink, links, n } = state;
  const stamp = new Int32Array(n).fill(-1);
  const found: Issue[] = [];
  for (let u = 0; u < n; u += 1) {
    const first = outStart[u] as number;
    const last = outStart[u + 1] as number;
    let repeated = false;
    for (let k = first; k < last; k += 1) {
      const v = outTarget[k] as number;
      if (stamp[v] === u) repeated = true;
      stamp[v] = u;
    }
    if (!repeated) continue;
    const order = Array.from(outLink.subarray(first, last)).sort((a, b) => (links.to[a] as number) - (links.to[b] as number) || a - b);
    let k = 0;
    while (k < order.length) {
      let runEnd = k + 1;
      while (runEnd < order.length && links.to[order[runEnd] as number] === links.to[order[k] as number]) runEnd += 1;
      if (runEnd - k > 1) duplicatesInRun(Int32Array.from(order.slice(k, runEnd)), links, prefix, found);
      k = runEnd;
    }
  }
  if (found.length === 0) return;
  found.sort((a, b) => (a.path[prefix.length] as number) - (b.path[prefix.length] as number));
  for (const issue of found) issues.push(issue); // not push(...found): a million arguments overflow the stack
}

/** Links with the same from and to: group them by service, then check each group's validity ranges. */
function duplicatesInRun(run: Int32Array, links: LinkColumns, prefix: readonly (string | number)[], found: Issue[]): void {
  const service = links.service;
  const order = Array.from(run).sort((a, b) => {
    const sa = service[a] as string;
    const sb = service[b] as string;
    if (sa !== sb) return sa < sb ? -1 : 1;
    return a - b;
  });
  let first = 0;
  while (first < order.length) {
    let last = first + 1;
    while (last < order.length && service[order[last] as number] === service[order[first] as number]) last += 1;
    if (last - first > 1) overlapsInGroup(order.slice(first, last), links, prefix, found);
    first = last;
  }
}

/**
 * `group` holds link indices in input order, all with the same from, to and
 * service. Each link that overlaps an earlier one is reported. Whether some
 * earlier range [s, e] overlaps [s', e'] is: the largest e among earlier
 * ranges with s ≤ e' is at least s'; a Fenwick tree over the ranks of the
 * starts keeps that prefix maximum, so a group of r links costs O(r log r).
 */
function overlapsInGroup(group: number[], links: LinkColumns, prefix: readonly (string | number)[], found: Issue[]): void {
  const start = (l: number): number => (links.start === null ? Number.NEGATIVE_INFINITY : (links.start[l] as number));
  const end = (l: number): number => (links.end === null ? Number.POSITIVE_INFINITY : (links.end[l] as number));
  const starts = [...new Set(group.map(start))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const size = starts.length;
  const bestEnd = new Float64Array(size + 1).fill(Number.NEGATIVE_INFINITY);
  const bestLink = new Int32Array(size + 1).fill(-1);
  // the number of starts that are ≤ value
  const rankAtMost = (value: number): number => {
    let low = 0;
    let high = size;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((starts[mid] as number) <= value) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  for (const l of group) {
    let best = Number.NEGATIVE_INFINITY;
    let earlier = -1;
    for (let i = rankAtMost(end(l)); i > 0; i -= i & -i) {
      if ((bestEnd[i] as number) > best) {
        best = bestEnd[i] as number;
        earlier = bestLink[i] as number;
      }
    }
    if (earlier >= 0 && best >= start(l)) {
      found.push({
        path: [...prefix, l],
        code: 'DUPLICATE_LINK',
        message: `repeats links[${earlier}]: same from, to and service (${describe(links.service[l])}), with overlapping validity`,
      });
    }
    for (let i = rankAtMost(start(l)); i <= size; i += i & -i) {
      if (end(l) > (bestEnd[i] as number)) {
        bestEnd[i] = end(l);
        bestLink[i] = l;
      }
    }
  }
}
