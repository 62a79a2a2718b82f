import { stronglyConnected } from './_condensation.js';
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

  // Depth-first numbering from the root (number 1); nodes get 2, 3, ….
  const size = n + 2;
  const dfn = new Int32Array(n); // node → number, 0 when unreached
  const vertex = new Int32Array(size); // number → node
  const parent = new Int32Array(size);
  const cursor = new Int32Array(n);
  const stack = new Int32Array(n);
  const isStart = new Uint8Array(n);
  vertex[1] = n;
  let count = 1;
  const search = (s: number): void => {
    dfn[s] = ++count;
    vertex[count] = s;
    parent[count] = 1;
    cursor[s] = outStart[s] as number;
    let top = 0;
    stack[top++] = s;
    while (top > 0) {
      const v = stack[top - 1] as number;
      let k = cursor[v] as number;
      const end = outStart[v + 1] as number;
      while (k < end && dfn[outTarget[k] as number] !== 0) k += 1;
      if (k === end) {
        top -= 1;
        continue;
      }
      const w = outTarget[k] as number;
      cursor[v] = k + 1;
      dfn[w] = ++count;
      vertex[count] = w;
      parent[count] = dfn[v] as number;
      cursor[w] = outStart[w] as number;
      stack[top++] = w;
    }
  };

  const known = state.cache.condensation;
  if (known !== undefined) {
    // a starting group is one that no link enters from outside it
    const { group, count: groups } = known;
    const entered = new Uint8Array(groups);
    for (let v = 0; v < n; v += 1) {
      const gv = group[v] as number;
      for (let k = inStart[v] as number; k < (inStart[v + 1] as number); k += 1) {
        if (group[inSource[k] as number] !== gv) {
          entered[gv] = 1;
          break;
        }
      }
    }
    for (let v = 0; v < n; v += 1) if (entered[group[v] as number] === 0) isStart[v] = 1;
    for (let s = 0; s < n; s += 1) if (isStart[s] === 1 && dfn[s] === 0) search(s);
  } else {
    // Without the condensation at hand, avoid computing it for the whole chain: a unit
    // nobody serves is a starting point on its own; what it reaches cannot hold another
    // starting point; and the starting groups among the rest (cycles nobody outside
    // serves) are the source groups of the part left unreached, found by Tarjan there.
    for (let v = 0; v < n; v += 1) if (inStart[v] === inStart[v + 1]) isStart[v] = 1;
    for (let s = 0; s < n; s += 1) if (isStart[s] === 1) search(s);
    if (count - 1 < n) {
      const rest = new Uint8Array(n);
      for (let v = 0; v < n; v += 1) if (dfn[v] === 0) rest[v] = 1;
      const { group, count: groups } = stronglyConnected(state, rest);
      const entered = new Uint8Array(groups);
      for (let v = 0; v < n; v += 1) {
        if (rest[v] === 0) continue;
        for (let k = inStart[v] as number; k < (inStart[v + 1] as number); k += 1) {
          if (group[inSource[k] as number] !== group[v]) entered[group[v] as number] = 1;
        }
      }
      for (let v = 0; v < n; v += 1) if (rest[v] === 1 && entered[group[v] as number] === 0) isStart[v] = 1;
      for (let s = 0; s < n; s += 1) if (isStart[s] === 1 && dfn[s] === 0) search(s);
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
      // a predecessor numbered before w is not linked yet: it is its own candidate
      const candidate = d < i ? d : (semi[evaluate(d)] as number);
      if (candidate < (semi[i] as number)) semi[i] = candidate;
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
