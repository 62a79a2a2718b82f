/**
 * Builds a chain's adjacency from its columnar links: two stable counting
 * sorts give the reverse CSR (links grouped by consumer) and then the
 * forward CSR (grouped by provider, each group ordered by consumer), so equal
 * (from, to) pairs sit side by side for the duplicate check.
 */
import type { Issue } from '../errors.js';
import type { Customer } from '../customers/schemas.js';
import type { ChainState, LinkColumns } from './_state.js';

/** What a chain and the chains derived from it (chainAsOf) share. */
export interface ChainBase {
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly customers: readonly Customer[];
  readonly kinds: Uint8Array;
}

/** Builds the state; links whose `from` is -1 are left out of the adjacency. */
export function buildState(base: ChainBase, links: LinkColumns): ChainState {
  const n = base.ids.length;
  const total = links.from.length;
  const from = links.from;
  const to = links.to;

  const inStart = new Int32Array(n + 1);
  const outStart = new Int32Array(n + 1);
  let m = 0;
  for (let l = 0; l < total; l += 1) {
    const u = from[l] as number;
    if (u < 0) continue;
    m += 1;
    (outStart[u + 1] as number) += 1;
    (inStart[(to[l] as number) + 1] as number) += 1;
  }
  for (let v = 0; v < n; v += 1) {
    (inStart[v + 1] as number) += inStart[v] as number;
    (outStart[v + 1] as number) += outStart[v] as number;
  }

  const inLink = new Int32Array(m);
  const inSource = new Int32Array(m);
  const cursor = inStart.slice(0, n);
  for (let l = 0; l < total; l += 1) {
    const u = from[l] as number;
    if (u < 0) continue;
    const k = (cursor[to[l] as number] as number)++;
    inLink[k] = l;
    inSource[k] = u;
  }
  const outLink = new Int32Array(m);
  const outTarget = new Int32Array(m);
  cursor.set(outStart.subarray(0, n));
  for (let j = 0; j < m; j += 1) {
    const l = inLink[j] as number;
    const k = (cursor[inSource[j] as number] as number)++;
    outLink[k] = l;
    outTarget[k] = to[l] as number;
  }

  return {
    n,
    m,
    ids: base.ids,
    index: base.index,
    customers: base.customers,
    kinds: base.kinds,
    links,
    outStart,
    outTarget,
    outLink,
    inStart,
    inSource,
    inLink,
    cache: {},
  };
}

/**
 * Reports every link that repeats the provider, consumer and service of an
 * earlier link (in input order) whose validity overlaps it, at
 * `[...prefix, index]`, in input order.
 */
export function findDuplicateLinks(state: ChainState, prefix: readonly (string | number)[], issues: Issue[]): void {
  const { outStart, outTarget, outLink, links, n } = state;
  const found: Issue[] = [];
  for (let u = 0; u < n; u += 1) {
    const last = outStart[u + 1] as number;
    let k = outStart[u] as number;
    while (k < last) {
      let runEnd = k + 1;
      while (runEnd < last && outTarget[runEnd] === outTarget[k]) runEnd += 1;
      if (runEnd - k > 1) duplicatesInRun(outLink.subarray(k, runEnd), links, prefix, found);
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
        message: `repeats links[${earlier}]: same from, to and service, with overlapping validity`,
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
