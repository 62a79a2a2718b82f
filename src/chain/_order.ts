import type { ChainState } from './_state.js';

/** Every node, ordered by id (plain `<` on strings); computed once per chain. */
export function idOrder(state: ChainState): Int32Array {
  const cached = state.cache.byId;
  if (cached !== undefined) return cached;
  const sorted = state.ids.slice().sort();
  const order = new Int32Array(state.n);
  for (let r = 0; r < sorted.length; r += 1) order[r] = state.index.get(sorted[r] as string) as number;
  state.cache.byId = order;
  return order;
}

/**
 * The ids of `nodes[0 .. count)`, sorted. `marked` must be non-zero exactly
 * for those nodes: a large answer is read off the chain's id order in one
 * scan instead of being sorted again.
 */
export function sortedIds(state: ChainState, nodes: Int32Array, count: number, marked: Uint8Array): string[] {
  const ids = state.ids;
  if (count * 16 < state.n) {
    const out: string[] = [];
    for (let k = 0; k < count; k += 1) out.push(ids[nodes[k] as number] as string);
    return out.sort();
  }
  const order = idOrder(state);
  const out: string[] = [];
  for (let r = 0; r < order.length; r += 1) {
    const node = order[r] as number;
    if (marked[node] !== 0) out.push(ids[node] as string);
  }
  return out;
}

