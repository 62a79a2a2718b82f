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
 * Reports every link that repeats the provider, consumer and service of
 * another link whose validity overlaps it; of two such links, the later one
 * in input order is reported.
 */
export function findDuplicateLinks(state: ChainState, prefix: readonly (string | number)[], issues: Issue[]): void {
  const { outStart, outTarget, outLink, links, n } = state;
  const service = links.service;
  for (let u = 0; u < n; u += 1) {
    const last = outStart[u + 1] as number;
    let k = outStart[u] as number;
    while (k < last) {
      let runEnd = k + 1;
      while (runEnd < last && outTarget[runEnd] === outTarget[k]) runEnd += 1;
      if (runEnd - k > 1) duplicatesInRun(outLink.subarray(k, runEnd), service, links, prefix, issues);
      k = runEnd;
    }
  }
}

function duplicatesInRun(
  run: Int32Array,
  service: readonly string[],
  links: LinkColumns,
  prefix: readonly (string | number)[],
  issues: Issue[],
): void {
  const start = links.start;
  const end = links.end;
  const startOf = (l: number): number => (start === null ? Number.NEGATIVE_INFINITY : (start[l] as number));
  const endOf = (l: number): number => (end === null ? Number.POSITIVE_INFINITY : (end[l] as number));
  const order = Array.from(run);
  order.sort((a, b) => {
    const sa = service[a] as string;
    const sb = service[b] as string;
    if (sa !== sb) return sa < sb ? -1 : 1;
    const byStart = startOf(a) - startOf(b);
    if (byStart !== 0 && !Number.isNaN(byStart)) return byStart;
    return a - b;
  });
  const reported = new Set<number>();
  let holder = -1;
  for (const l of order) {
    if (holder >= 0 && service[holder] === service[l] && startOf(l) <= endOf(holder)) {
      const later = Math.max(l, holder);
      if (!reported.has(later)) {
        reported.add(later);
        issues.push({
          path: [...prefix, later],
          code: 'DUPLICATE_LINK',
          message: `repeats links[${Math.min(l, holder)}] (same from, to and service, overlapping validity)`,
        });
      }
      if (endOf(l) > endOf(holder)) holder = l;
    } else if (holder < 0 || service[holder] !== service[l] || endOf(l) > endOf(holder)) {
      holder = l;
    }
  }
}
