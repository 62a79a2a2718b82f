import type { ChainState, Condensation } from './_state.js';

/**
 * The strongly connected groups of the chain, by Tarjan's algorithm
 * (R. Tarjan, "Depth-first search and linear graph algorithms", SIAM J.
 * Comput. 1(2), 1972) with an explicit stack instead of recursion. Tarjan
 * completes a group only after every group it reaches, so group ids come out
 * in reverse topological order: a provider's group has a higher id than its
 * consumers' groups. Computed once per chain.
 */
export function condensation(state: ChainState): Condensation {
  const cached = state.cache.condensation;
  if (cached !== undefined) return cached;
  const { n, outStart, outTarget } = state;
  const { group, count } = stronglyConnected(state, null);

  const memberStart = new Int32Array(count + 1);
  for (let v = 0; v < n; v += 1) (memberStart[(group[v] as number) + 1] as number) += 1;
  for (let g = 0; g < count; g += 1) (memberStart[g + 1] as number) += memberStart[g] as number;
  const members = new Int32Array(n);
  const fill = memberStart.slice(0, count);
  for (let v = 0; v < n; v += 1) members[(fill[group[v] as number] as number)++] = v;

  const result: Condensation = { group, count, memberStart, members };
  state.cache.condensation = result;
  return result;
}

/**
 * Tarjan's search over the nodes marked in `inside` (every node when null),
 * ignoring links that leave that set. Returns each node's group (-1 outside
 * the set) and the number of groups, numbered in reverse topological order.
 */
export function stronglyConnected(state: ChainState, inside: Uint8Array | null): { group: Int32Array; count: number } {
  const { n, outStart, outTarget } = state;
  const order = new Int32Array(n).fill(-1); // discovery index
  const low = new Int32Array(n);
  const group = new Int32Array(n).fill(-1);
  const cursor = new Int32Array(n); // next out-link to look at
  const walk = new Int32Array(n); // the depth-first path
  const open = new Int32Array(n); // Tarjan's stack: visited nodes not yet in a group
  let walkTop = 0;
  let openTop = 0;
  let counter = 0;
  let count = 0;
  for (let root = 0; root < n; root += 1) {
    if (order[root] !== -1 || (inside !== null && inside[root] === 0)) continue;
    order[root] = low[root] = counter++;
    cursor[root] = outStart[root] as number;
    walk[walkTop++] = root;
    open[openTop++] = root;
    while (walkTop > 0) {
      const v = walk[walkTop - 1] as number;
      // scan v's links until one leads to an unvisited node, keeping v's low-link in a local
      let k = cursor[v] as number;
      const end = outStart[v + 1] as number;
      let lowV = low[v] as number;
      let descend = -1;
      while (k < end) {
        const w = outTarget[k] as number;
        k += 1;
        const seen = order[w] as number;
        if (seen === -1) {
          if (inside !== null && inside[w] === 0) continue;
          descend = w;
          break;
        }
        if (seen < lowV && group[w] === -1) lowV = seen;
      }
      low[v] = lowV;
      if (descend >= 0) {
        cursor[v] = k;
        order[descend] = low[descend] = counter++;
        cursor[descend] = outStart[descend] as number;
        walk[walkTop++] = descend;
        open[openTop++] = descend;
        continue;
      }
      walkTop -= 1;
      if (low[v] === order[v]) {
        let w: number;
        do {
          w = open[--openTop] as number;
          group[w] = count;
        } while (w !== v);
        count += 1;
      }
      if (walkTop > 0) {
        const parent = walk[walkTop - 1] as number;
        if ((low[v] as number) < (low[parent] as number)) low[parent] = low[v] as number;
      }
    }
  }
  return { group, count };
}

/**
 * The links between strongly connected groups, each pair of groups once:
 * `providers(g)` = `provider[providerStart[g] .. providerStart[g + 1])`,
 * the groups with a link into g from outside it. The condensation is
 * acyclic, so every provider group has a higher id than g.
 */
export interface GroupLinks {
  readonly providerStart: Int32Array;
  readonly provider: Int32Array;
}

const GROUP_LINKS = /*@__PURE__*/ new WeakMap<ChainState, GroupLinks>();

/** The condensation's links (see {@link GroupLinks}), computed once per chain in O(V + E). */
export function groupLinks(state: ChainState): GroupLinks {
  const cached = GROUP_LINKS.get(state);
  if (cached !== undefined) return cached;
  const { group, count, memberStart, members } = condensation(state);
  const { inStart, inSource } = state;
  const last = new Int32Array(count).fill(-1); // the group that last listed this one as a provider
  // every in-link of g's members whose provider's group is new for g, in one fixed order
  const eachProvider = (g: number, take: (p: number) => void): void => {
    for (let j = memberStart[g] as number; j < (memberStart[g + 1] as number); j += 1) {
      const v = members[j] as number;
      for (let k = inStart[v] as number; k < (inStart[v + 1] as number); k += 1) {
        const p = group[inSource[k] as number] as number;
        if (p === g || last[p] === g) continue;
        last[p] = g;
        take(p);
      }
    }
  };
  const providerStart = new Int32Array(count + 1);
  for (let g = 0; g < count; g += 1) {
    let found = 0;
    eachProvider(g, () => (found += 1));
    providerStart[g + 1] = (providerStart[g] as number) + found;
  }
  const provider = new Int32Array(providerStart[count] as number);
  last.fill(-1);
  let at = 0;
  for (let g = 0; g < count; g += 1) eachProvider(g, (p) => (provider[at++] = p));
  const result: GroupLinks = { providerStart, provider };
  GROUP_LINKS.set(state, result);
  return result;
}
