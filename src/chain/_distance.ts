import { FIRST_EXTERNAL, type ChainState } from './_state.js';

/**
 * For every node, the fewest links to any external customer (0 for an
 * external customer, -1 when none is reachable): one breadth-first search
 * against the links, started from every external customer at once.
 * Computed once per chain.
 */
export function distances(state: ChainState): Int32Array {
  const cached = state.cache.distance;
  if (cached !== undefined) return cached;
  const { n, kinds, inStart, inSource } = state;
  const distance = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let tail = 0;
  for (let v = 0; v < n; v += 1) {
    if ((kinds[v] as number) >= FIRST_EXTERNAL) {
      distance[v] = 0;
      queue[tail++] = v;
    }
  }
  for (let head = 0; head < tail; head += 1) {
    const v = queue[head] as number;
    const next = (distance[v] as number) + 1;
    const end = inStart[v + 1] as number;
    for (let k = inStart[v] as number; k < end; k += 1) {
      const u = inSource[k] as number;
      if (distance[u] === -1) {
        distance[u] = next;
        queue[tail++] = u;
      }
    }
  }
  state.cache.distance = distance;
  return distance;
}
