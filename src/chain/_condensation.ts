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
  const order = new Int32Array(n).fill(-1); // discovery index
  const low = new Int32Array(n);
  const group = new Int32Array(n).fill(-1);
  const cursor = new Int32Array(n); // next out-edge to look at
  const walk = new Int32Array(n); // the DFS path
  const open = new Int32Array(n); // Tarjan's stack of nodes not yet in a group
  let walkTop = 0;
  let openTop = 0;
  let counter = 0;
  let count = 0;
  for (let root = 0; root < n; root += 1) {
    if (order[root] !== -1) continue;
    order[root] = low[root] = counter++;
    cursor[root] = outStart[root] as number;
    walk[walkTop++] = root;
    open[openTop++] = root;
    while (walkTop > 0) {
      const v = walk[walkTop - 1] as number;
      const k = cursor[v] as number;
      if (k < (outStart[v + 1] as number)) {
        cursor[v] = k + 1;
        const w = outTarget[k] as number;
        if (order[w] === -1) {
          order[w] = low[w] = counter++;
          cursor[w] = outStart[w] as number;
          walk[walkTop++] = w;
          open[openTop++] = w;
        } else if (group[w] === -1 && (order[w] as number) < (low[v] as number)) {
          low[v] = order[w] as number;
        }
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

  const memberStart = new Int32Array(count + 1);
  for (let v = 0; v < n; v += 1) (memberStart[(group[v] as number) + 1] as number) += 1;
  for (let g = 0; g < count; g += 1) (memberStart[g + 1] as number) += memberStart[g] as number;
  const members = new Int32Array(n);
  const fill = memberStart.slice(0, count);
  for (let v = 0; v < n; v += 1) members[(fill[group[v] as number] as number)++] = v;

  const isSource = new Uint8Array(count).fill(1);
  for (let u = 0; u < n; u += 1) {
    const gu = group[u] as number;
    const end = outStart[u + 1] as number;
    for (let k = outStart[u] as number; k < end; k += 1) {
      const gv = group[outTarget[k] as number] as number;
      if (gv !== gu) isSource[gv] = 0;
    }
  }
  const result: Condensation = { group, count, memberStart, members, isSource };
  state.cache.condensation = result;
  return result;
}
