import type { ChainState } from './_state.js';

/** The nodes reached from `source` along (`forward`) or against the links, `source` itself excluded; iterative BFS. */
export function reach(
  state: ChainState,
  source: number,
  forward: boolean,
): { readonly nodes: Int32Array; readonly count: number; readonly marked: Uint8Array } {
  const start = forward ? state.outStart : state.inStart;
  const next = forward ? state.outTarget : state.inSource;
  const marked = new Uint8Array(state.n);
  const queue = new Int32Array(state.n);
  marked[source] = 1;
  let head = 0;
  let tail = 0;
  queue[tail++] = source;
  while (head < tail) {
    const v = queue[head++] as number;
    const end = start[v + 1] as number;
    for (let k = start[v] as number; k < end; k += 1) {
      const w = next[k] as number;
      if (marked[w] === 0) {
        marked[w] = 1;
        queue[tail++] = w;
      }
    }
  }
  marked[source] = 0;
  return { nodes: queue.subarray(1, tail), count: tail - 1, marked };
}
