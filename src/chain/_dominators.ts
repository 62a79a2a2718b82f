import { condensation } from './_condensation.js';
import type { ChainState } from './_state.js';

/**
 * The immediate dominator of every node in the flow graph made of the chain
 * plus a virtual root linked to every starting point (each member of a
 * strongly connected group that no link enters from outside). `idom[v]` is a
 * node index, `n` for the virtual root, and -1 for the root's own slot or a
 * node the root does not reach.
 *
 * Lengauer and Tarjan's algorithm with path compression ("A fast algorithm
 * for finding dominators in a flowgraph", ACM TOPLAS 1(1), 1979), O(m log n),
 * with the depth-first search and the path compression made iterative.
 * Computed once per chain.
 */
export function dominators(state: ChainState): Int32Array {
  const cached = state.cache.idom;
  if (cached !== undefined) return cached;
  const { n, outStart, outTarget, inStart, inSource } = state;
  const { group, isSource } = condensation(state);
  const isStart = new Uint8Array(n);
  for (let v = 0; v < n; v += 1) if (isSource[group[v] as number] === 1) isStart[v] = 1;

  // Depth-first numbering from the root (number 1); nodes get 2, 3, ….
  const size = n + 2;
  const dfn = new Int32Array(n); // node → number, 0 when unreached
  const vertex = new Int32Array(size); // number → node
  const parent = new Int32Array(size);
  const cursor = new Int32Array(n);
  const stack = new Int32Array(n);
  vertex[1] = n;
  let count = 1;
  for (let s = 0; s < n; s += 1) {
    if (isStart[s] === 0 || dfn[s] !== 0) continue;
    dfn[s] = ++count;
    vertex[count] = s;
    parent[count] = 1;
    cursor[s] = outStart[s] as number;
    let top = 0;
    stack[top++] = s;
    while (top > 0) {
      const v = stack[top - 1] as number;
      const k = cursor[v] as number;
      if (k < (outStart[v + 1] as number)) {
        cursor[v] = k + 1;
        const w = outTarget[k] as number;
        if (dfn[w] === 0) {
          dfn[w] = ++count;
          vertex[count] = w;
          parent[count] = dfn[v] as number;
          cursor[w] = outStart[w] as number;
          stack[top++] = w;
        }
      } else {
        top -= 1;
      }
    }
  }

  const semi = new Int32Array(size);
  const label = new Int32Array(size);
  const ancestor = new Int32Array(size);
  const idom = new Int32Array(size);
  const bucketHead = new Int32Array(size);
  const bucketNext = new Int32Array(size);
  const path = new Int32Array(size);
  for (let i = 1; i <= count; i += 1) {
    semi[i] = i;
    label[i] = i;
  }

  const evaluate = (v: number): number => {
    if (ancestor[v] === 0) return v;
    // compress the path from v towards the forest root, top down
    let top = 0;
    let x = v;
    while (ancestor[ancestor[x] as number] !== 0) {
      path[top++] = x;
      x = ancestor[x] as number;
    }
    while (top > 0) {
      x = path[--top] as number;
      const a = ancestor[x] as number;
      if ((semi[label[a] as number] as number) < (semi[label[x] as number] as number)) label[x] = label[a] as number;
      ancestor[x] = ancestor[a] as number;
    }
    return label[v] as number;
  };

  for (let i = count; i >= 2; i -= 1) {
    const w = vertex[i] as number;
    if (isStart[w] === 1) semi[i] = 1;
    const end = inStart[w + 1] as number;
    for (let k = inStart[w] as number; k < end; k += 1) {
      const d = dfn[inSource[k] as number] as number;
      if (d === 0) continue;
      const u = evaluate(d);
      if ((semi[u] as number) < (semi[i] as number)) semi[i] = semi[u] as number;
    }
    const s = semi[i] as number;
    bucketNext[i] = bucketHead[s] as number;
    bucketHead[s] = i;
    const p = parent[i] as number;
    ancestor[i] = p;
    let x = bucketHead[p] as number;
    bucketHead[p] = 0;
    while (x !== 0) {
      const u = evaluate(x);
      idom[x] = (semi[u] as number) < (semi[x] as number) ? u : p;
      x = bucketNext[x] as number;
    }
  }
  for (let i = 2; i <= count; i += 1) {
    if (idom[i] !== semi[i]) idom[i] = idom[idom[i] as number] as number;
  }

  const result = new Int32Array(n).fill(-1);
  for (let i = 2; i <= count; i += 1) result[vertex[i] as number] = vertex[idom[i] as number] as number;
  state.cache.idom = result;
  return result;
}
