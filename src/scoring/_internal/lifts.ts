/**
 * What raising one unit's own quality to a target would do, for every unit at
 * once: the engines behind `improvementPriorities`. Each takes every node's
 * own quality, every node's share of the objective (an external customer's
 * weight over the sum of weights; 0 for the others), the target and the
 * candidates (internal units below the target), and returns for each
 * candidate the exact rise of the objective Σ share(x) · effective(x) (`lift`)
 * and the number of external customers whose effective quality would change
 * (`reach`). No mode reruns the propagation per unit.
 */
import { byteTables, closureBlocks, countBits, foldSum, fullRow, usedWords } from '../../chain/_closure.js';
import { condensation, groupLinks } from '../../chain/_condensation.js';
import { SparseSets } from '../../chain/_sparseSets.js';
import { type ChainState, isExternalNode } from '../../chain/_state.js';
import { meanEffective, yieldEffective } from './propagation.js';

export interface Lifts {
  readonly lift: Float64Array;
  readonly reach: Int32Array;
}

/**
 * `'mean'`: effective quality is affine in each own quality (a unit's own
 * quality enters once, as a factor of its own effective quality, and every
 * path from it multiplies positive link shares and own qualities), so a
 * unit's lift is ∂objective/∂own(u) × (target − own(u)), exactly. One
 * backward pass over the groups, consumers first, carries the derivative of
 * the objective with respect to each effective quality (reverse-mode
 * differentiation of the forward pass); ∂/∂own(u) is that times inputs(G(u)).
 *
 * An external customer x changes when some path of links leads from u to x
 * on which the quality is passed on: u's own effective quality depends on
 * own(u) unless inputs(G(u)) is 0, and each group entered passes it to the
 * members whose own quality is above 0 (a unit's group-mates share its
 * inputs, not its output). `reach` counts those x with bit sets over the
 * external customers, by `closureBlocks` on the condensation (consumers
 * first): O(E · x / 32) word operations for x external customers.
 */
export function meanLifts(state: ChainState, own: Float64Array, share: Float64Array, target: number, candidate: Uint8Array): Lifts {
  const { n, inStart, inSource, inLink } = state;
  const weight = state.links.weight;
  const { group, count, memberStart, members } = condensation(state);
  const { inputs, largest, total } = meanEffective(state, own);

  // backward: gradient[v] = ∂objective/∂effective(v)
  const gradient = Float64Array.from(share);
  for (let g = 0; g < count; g += 1) {
    const first = memberStart[g] as number;
    const last = memberStart[g + 1] as number;
    let toInputs = 0; // ∂objective/∂inputs(G) = Σ over members of gradient × own
    for (let j = first; j < last; j += 1) {
      const v = members[j] as number;
      toInputs += (gradient[v] as number) * (own[v] as number);
    }
    // a link into g carries its weight ÷ largest[g] of total[g], as in the forward pass (no providers: total 0, no links to follow)
    const scale = largest[g] as number;
    const sum = total[g] as number;
    for (let j = first; j < last; j += 1) {
      const v = members[j] as number;
      for (let k = inStart[v] as number; k < (inStart[v + 1] as number); k += 1) {
        const u = inSource[k] as number;
        if (group[u] === g) continue;
        const w = (weight === null ? 1 : (weight[inLink[k] as number] as number)) / scale;
        (gradient[u] as number) += (toInputs * w) / sum;
      }
    }
  }
  const lift = new Float64Array(n);
  for (let u = 0; u < n; u += 1) {
    if (candidate[u] === 1) lift[u] = (gradient[u] as number) * (inputs[group[u] as number] as number) * (target - (own[u] as number));
  }
  return { lift, reach: meanReach(state, own, candidate) };
}

/**
 * `reach` for `meanLifts`: the external customers to which some path from
 * each candidate passes its quality on. Sparse sets first (small sets as
 * lists, full ones as nothing, each freed after its last reader); bit sets
 * in blocks when those would not fit in memory. `route` picks one, for the
 * test that holds the two together.
 */
export function meanReach(state: ChainState, own: Float64Array, candidate: Uint8Array, route: 'any' | 'sparse' | 'blocks' = 'any'): Int32Array {
  const zeroInputs = zeroInputGroups(state, own);
  const flow = meanFlow(state, own);
  const sparse = route === 'blocks' ? null : sparseMeanReach(state, own, candidate, zeroInputs, flow);
  if (route === 'sparse' && sparse === null) throw new Error('the sparse sets passed the memory budget');
  return sparse ?? blockMeanReach(state, own, candidate, zeroInputs, flow);
}

/** 1 for the groups whose inputs are exactly 0: every provider outside the group has effective quality 0 exactly. */
function zeroInputGroups(state: ChainState, own: Float64Array): Uint8Array {
  const { n, inStart, inSource } = state;
  const { group, count, memberStart, members } = condensation(state);
  // reach: inputs(G) is 0 exactly when every provider of G has effective quality 0 exactly
  const zeroInputs = new Uint8Array(count);
  // with no own quality at 0 nothing is 0: a group with providers has one above 0, by induction from the sources
  let any = false;
  for (let v = 0; v < n && !any; v += 1) any = own[v] === 0;
  if (!any) return zeroInputs;
  const zero = new Uint8Array(n);
  for (let g = count - 1; g >= 0; g -= 1) {
    let providers = 0;
    let zeros = 0;
    for (let j = memberStart[g] as number; j < (memberStart[g + 1] as number); j += 1) {
      const v = members[j] as number;
      for (let k = inStart[v] as number; k < (inStart[v + 1] as number); k += 1) {
        const u = inSource[k] as number;
        if (group[u] === g) continue;
        providers += 1;
        zeros += zero[u] as number;
      }
    }
    if (providers > 0 && zeros === providers) zeroInputs[g] = 1;
    for (let j = memberStart[g] as number; j < (memberStart[g + 1] as number); j += 1) {
      const v = members[j] as number;
      if (zeroInputs[g] === 1 || own[v] === 0) zero[v] = 1;
    }
  }

  return zeroInputs;
}

/**
 * The groups are visited consumers first. A group's set holds its external
 * member (when above 0) and the sets of the groups its members above 0 link
 * into; a candidate alone in its group and above 0 reaches its group's set,
 * any other candidate the union of the sets its own links lead to. Null
 * when the live sets would pass the memory budget.
 */
function sparseMeanReach(state: ChainState, own: Float64Array, candidate: Uint8Array, zeroInputs: Uint8Array, flow: Flow): Int32Array | null {
  const { n, outStart, outTarget } = state;
  const { group, count, memberStart, members } = condensation(state);
  const { fromStart, from } = flow;
  const { element, universe, weight } = externalElements(state, own);
  const reach = new Int32Array(n);
  if (universe === 0) return reach;
  // which candidates read their own links' sets rather than their group's
  const alone = (g: number, u: number): boolean => (memberStart[g + 1] as number) - (memberStart[g] as number) === 1 && own[u] !== 0;
  const refs = new Int32Array(count);
  for (let k = 0; k < from.length; k += 1) (refs[from[k] as number] as number) += 1;
  for (let u = 0; u < n; u += 1) {
    const g = group[u] as number;
    if (candidate[u] === 0 || zeroInputs[g] === 1 || alone(g, u)) continue;
    for (let k = outStart[u] as number; k < (outStart[u + 1] as number); k += 1) (refs[group[outTarget[k] as number] as number] as number) += 1;
  }
  const sets = new SparseSets(universe, count, refs, { weight });
  let targets = new Int32Array(16);
  for (let g = 0; g < count; g += 1) {
    sets.union(from, fromStart[g] as number, fromStart[g + 1] as number, g, element[g] as number, g);
    for (let j = memberStart[g] as number; j < (memberStart[g + 1] as number); j += 1) {
      const u = members[j] as number;
      if (candidate[u] === 0 || zeroInputs[g] === 1) continue;
      if (alone(g, u)) {
        reach[u] = sets.size[g] as number;
        continue;
      }
      const first = outStart[u] as number;
      const degree = (outStart[u + 1] as number) - first;
      if (targets.length < degree) targets = new Int32Array(degree * 2);
      for (let k = 0; k < degree; k += 1) targets[k] = group[outTarget[first + k] as number] as number;
      reach[u] = sets.union(targets, 0, degree, g, -1, -1);
      for (let k = 0; k < degree; k += 1) sets.release(targets[k] as number);
    }
    for (let k = fromStart[g] as number; k < (fromStart[g + 1] as number); k += 1) sets.release(from[k] as number);
    if (sets.overBudget) return null;
  }
  return reach;
}


/**
 * The elements the reach sets are made of, per group (-1: none). Each
 * external customer above 0 is one, but two with the same providers are in
 * exactly the same sets (whether a set holds one depends only on which of
 * its providers pass quality on), so they are one element weighing as many
 * as they are, when that makes fewer elements.
 */
function externalElements(state: ChainState, own: Float64Array): { element: Int32Array; universe: number; weight: Int32Array | undefined } {
  const { n, inStart, inSource } = state;
  const { count, memberStart, members } = condensation(state);
  const element = new Int32Array(count).fill(-1);
  const byProvider = new Int32Array(n).fill(-1);
  const byList = new Map<string, number>();
  const sizes: number[] = [];
  let externals = 0;
  for (let g = 0; g < count; g += 1) {
    const v = members[memberStart[g] as number] as number;
    if (!isExternalNode(state, v) || own[v] === 0) continue;
    externals += 1;
    const lo = inStart[v] as number;
    const hi = inStart[v + 1] as number;
    let single = hi > lo;
    for (let k = lo + 1; k < hi && single; k += 1) single = inSource[k] === inSource[lo];
    let known: number | undefined;
    if (single) {
      const p = inSource[lo] as number;
      if (byProvider[p] === -1) byProvider[p] = sizes.length;
      known = byProvider[p] as number;
    } else {
      const key = [...new Set(inSource.subarray(lo, hi))].sort((a, b) => a - b).join(' ');
      known = byList.get(key);
      if (known === undefined) byList.set(key, (known = sizes.length));
    }
    if (known === sizes.length) sizes.push(0);
    sizes[known] = (sizes[known] as number) + 1;
    element[g] = known;
  }
  // elements are numbered 0, 1, … as first met; when each holds one external customer, weights add nothing
  if (sizes.length === externals) return { element, universe: externals, weight: undefined };
  // numbered lightest first, as SparseSets weighs runs of equal weight
  const order = Array.from(sizes.keys()).sort((a, b) => (sizes[a] as number) - (sizes[b] as number) || a - b);
  const renamed = new Int32Array(sizes.length);
  const weight = new Int32Array(sizes.length);
  order.forEach((c, i) => {
    renamed[c] = i;
    weight[i] = sizes[c] as number;
  });
  for (let g = 0; g < count; g += 1) if (element[g] !== -1) element[g] = renamed[element[g] as number] as number;
  return { element, universe: sizes.length, weight };
}

/** Group g's set takes in the sets of `from[fromStart[g] .. fromStart[g + 1])`. */
interface Flow {
  readonly fromStart: Int32Array;
  readonly from: Int32Array;
}

/** For each group, the groups its members above 0 link into, each once: their sets flow into its set. Made once, for whichever road counts reach. */
function meanFlow(state: ChainState, own: Float64Array): Flow {
  const { outStart, outTarget } = state;
  const { group, count, memberStart, members } = condensation(state);
  const fromStart = new Int32Array(count + 1);
  // at most one entry per link: fill, then trim
  let from = new Int32Array(outTarget.length);
  let used = 0;
  const last = new Int32Array(count).fill(-1);
  for (let g = 0; g < count; g += 1) {
    for (let j = memberStart[g] as number; j < (memberStart[g + 1] as number); j += 1) {
      const v = members[j] as number;
      if (own[v] === 0) continue;
      for (let k = outStart[v] as number; k < (outStart[v + 1] as number); k += 1) {
        const h = group[outTarget[k] as number] as number;
        if (h === g || last[h] === g) continue;
        last[h] = g;
        from[used++] = h;
      }
    }
    fromStart[g + 1] = used;
  }
  if (used < from.length) from = from.slice(0, used);
  return { fromStart, from };
}

/** The same answer with bit sets in blocks of bounded memory (`closureBlocks`). */
function blockMeanReach(state: ChainState, own: Float64Array, candidate: Uint8Array, zeroInputs: Uint8Array, flow: Flow): Int32Array {
  const { n, outStart, outTarget } = state;
  const { group, count, memberStart, members } = condensation(state);
  const { fromStart, from } = flow;
  const order = new Int32Array(count);
  const bitStart = new Int32Array(count + 1);
  for (let g = 0; g < count; g += 1) {
    order[g] = g;
    const v = members[memberStart[g] as number] as number;
    // an external customer is a group of its own: nobody links from it
    const live = isExternalNode(state, v) && own[v] !== 0 ? 1 : 0;
    bitStart[g + 1] = (bitStart[g] as number) + live;
  }
  const reach = new Int32Array(n);
  closureBlocks({ order, fromStart, from, bitStart }, (block) => {
    const { rows, words, first, filled, full } = block;
    const everything = block.hi - block.lo;
    const scratch = new Int32Array(words);
    for (let g = first; g < count; g += 1) {
      if (zeroInputs[g] === 1) continue;
      const size = (memberStart[g + 1] as number) - (memberStart[g] as number);
      for (let j = memberStart[g] as number; j < (memberStart[g + 1] as number); j += 1) {
        const u = members[j] as number;
        if (candidate[u] === 0) continue;
        if (size === 1 && own[u] !== 0) {
          // the group's set is exactly what u's own links pass on
          if (filled[g] === 1) (reach[u] as number) += full[g] === 1 ? everything : countBits(rows, g * words, usedWords(block, bitStart, g));
          continue;
        }
        scratch.fill(0);
        let top = 0;
        let all = false;
        for (let k = outStart[u] as number; k < (outStart[u + 1] as number) && !all; k += 1) {
          const h = group[outTarget[k] as number] as number;
          if (h === g || h < first || filled[h] === 0) continue;
          if (full[h] === 1) {
            all = true;
            continue;
          }
          const used = usedWords(block, bitStart, h);
          for (let i = 0; i < used; i += 1) (scratch[i] as number) |= rows[h * words + i] as number;
          if (used > top) top = used;
        }
        (reach[u] as number) += all ? everything : countBits(scratch, 0, top);
      }
    }
  });
  return reach;
}

/**
 * Below this own quality a unit counts as "small" for the yield lifts: its
 * lift is computed without dividing by its own quality. Above it, dividing
 * by own(u) magnifies rounding by at most 2⁵⁰⁰, far below any effect a
 * double can show, and an x whose U holds another small unit contributes
 * at most 2⁻⁵⁰⁰.
 */
const SMALL = 2 ** -500;

/**
 * `'yield'`: effective(x) is the product of own quality over U(x). Raising
 * own(u) to the target multiplies effective(x) by target / own(u) for every
 * x with u in U(x) when own(u) > 0, and when own(u) = 0 changes only the x
 * whose U holds no other unit at 0. So:
 *
 * - reach counts the external customers downstream of u whose U holds no
 *   zero (when own(u) > 0) or no zero but u (when own(u) = 0);
 * - lift = (target / own(u) − 1) × Σ share(x) · effective(x) over the x
 *   downstream of u, found with bit sets over the external customers
 *   without a zero upstream (`closureBlocks`, consumers first, sums folded a
 *   byte at a time): O(E · x / 32) word operations for x such customers;
 * - for a small own(u) (including 0), without dividing: lift = (target −
 *   own(u)) × Σ share(x) · (product of the other own qualities in U(x)) over
 *   the x whose only small unit is u, found by carrying the first two small
 *   units of every U down the condensation (linear time).
 */
export function yieldLifts(state: ChainState, own: Float64Array, share: Float64Array, target: number, candidate: Uint8Array): Lifts {
  const { n } = state;
  const { group, count, memberStart, members } = condensation(state);
  const { providerStart, provider } = groupLinks(state);
  const effective = yieldEffective(state, own);
  const lift = new Float64Array(n);
  const reach = new Int32Array(n);

  const zeros = firstTwo(state, own, 0);
  const small = firstTwo(state, own, SMALL);
  if (small.any) {
    // an external customer whose only small unit is u rises by (target − own(u)) × the product of its other units
    const rest = yieldEffective(state, Float64Array.from(own, (q) => (q < SMALL ? 1 : q)));
    for (let x = 0; x < n; x += 1) {
      const g = group[x] as number;
      if (!isExternalNode(state, x) || small.first[g] === -1 || small.second[g] !== -1) continue;
      const u = small.first[g] as number;
      if (candidate[u] === 1) (lift[u] as number) += (share[x] as number) * (rest[x] as number) * (target - (own[u] as number));
    }
  }
  if (zeros.any) {
    for (let x = 0; x < n; x += 1) {
      const g = group[x] as number;
      if (!isExternalNode(state, x) || zeros.first[g] === -1 || zeros.second[g] !== -1) continue;
      const u = zeros.first[g] as number;
      if (candidate[u] === 1) (reach[u] as number) += 1;
    }
  }

  // the external customers with no zero upstream, as bits; each group's set holds those downstream of it
  const consumerStart = new Int32Array(count + 1);
  for (let k = 0; k < provider.length; k += 1) (consumerStart[(provider[k] as number) + 1] as number) += 1;
  for (let g = 0; g < count; g += 1) (consumerStart[g + 1] as number) += consumerStart[g] as number;
  const consumer = new Int32Array(provider.length);
  const fill = consumerStart.slice(0, count);
  for (let g = 0; g < count; g += 1) {
    for (let k = providerStart[g] as number; k < (providerStart[g + 1] as number); k += 1) consumer[(fill[provider[k] as number] as number)++] = g;
  }
  const order = new Int32Array(count);
  const bitStart = new Int32Array(count + 1);
  const value: number[] = [];
  for (let g = 0; g < count; g += 1) {
    order[g] = g;
    const x = members[memberStart[g] as number] as number;
    if (isExternalNode(state, x) && zeros.first[g] === -1) value.push((share[x] as number) * (effective[x] as number));
    bitStart[g + 1] = value.length;
  }
  const values = Float64Array.from(value);
  const downstreamShare = new Float64Array(count);
  const downstreamCount = new Int32Array(count);
  closureBlocks({ order, fromStart: consumerStart, from: consumer, bitStart }, (block) => {
    const tables = byteTables(values, block.lo, block.hi, 'sum');
    const whole = foldSum(fullRow(block), 0, block.words, tables);
    for (let g = block.first; g < count; g += 1) {
      if (block.filled[g] === 0) continue;
      if (block.full[g] === 1) {
        (downstreamShare[g] as number) += whole;
        (downstreamCount[g] as number) += block.hi - block.lo;
        continue;
      }
      const used = usedWords(block, bitStart, g);
      (downstreamShare[g] as number) += foldSum(block.rows, g * block.words, used, tables);
      (downstreamCount[g] as number) += countBits(block.rows, g * block.words, used);
    }
  });
  for (let u = 0; u < n; u += 1) {
    if (candidate[u] === 0 || own[u] === 0) continue;
    const g = group[u] as number;
    reach[u] = downstreamCount[g] as number;
    if ((own[u] as number) >= SMALL) lift[u] = (downstreamShare[g] as number) * (target / (own[u] as number) - 1);
  }
  return { lift, reach };
}

/**
 * The first two distinct units (-1: none) whose own quality is at most
 * `bound` (exactly 0 when `bound` is 0, else below it), in each group's
 * closed upstream set: enough to tell none, one (and which) or several.
 * Linear time, providers first.
 */
function firstTwo(state: ChainState, own: Float64Array, bound: number): { first: Int32Array; second: Int32Array; any: boolean } {
  const { count, memberStart, members } = condensation(state);
  const { providerStart, provider } = groupLinks(state);
  const first = new Int32Array(count).fill(-1);
  const second = new Int32Array(count).fill(-1);
  const add = (g: number, u: number): void => {
    if (first[g] === -1) first[g] = u;
    else if (first[g] !== u && second[g] === -1) second[g] = u;
  };
  let any = false;
  for (let g = count - 1; g >= 0; g -= 1) {
    for (let j = memberStart[g] as number; j < (memberStart[g + 1] as number); j += 1) {
      const v = members[j] as number;
      const q = own[v] as number;
      if (bound === 0 ? q === 0 : q < bound) add(g, v);
    }
    for (let k = providerStart[g] as number; k < (providerStart[g + 1] as number) && second[g] === -1; k += 1) {
      const p = provider[k] as number;
      if (first[p] !== -1) add(g, first[p] as number);
      if (second[p] !== -1) add(g, second[p] as number);
    }
    if (first[g] !== -1) any = true;
  }
  return { first, second, any };
}

/**
 * `'weakest'`: effective(x) is the smallest own quality over U(x). Raising
 * own(u) changes x only when u is the one unit holding that minimum; x then
 * rises to min(target, the smallest own quality over U(x) without u). One
 * pass over the groups, providers first, carries for each U its smallest
 * value, the unit holding it and the smallest value among the other units
 * (equal to the first when two units share the minimum): linear time.
 */
export function weakestLifts(state: ChainState, own: Float64Array, share: Float64Array, target: number, candidate: Uint8Array): Lifts {
  const { n } = state;
  const { group, count, memberStart, members } = condensation(state);
  const { providerStart, provider } = groupLinks(state);
  const smallest = new Float64Array(count).fill(Infinity);
  const holder = new Int32Array(count).fill(-1);
  const second = new Float64Array(count).fill(Infinity);
  // merges the set (value, unit, next) into group g's
  const merge = (g: number, value: number, unit: number, next: number): void => {
    const a = smallest[g] as number;
    if (holder[g] === unit) second[g] = Math.min(second[g] as number, next);
    else if (value < a) {
      second[g] = Math.min(a, next);
      smallest[g] = value;
      holder[g] = unit;
    } else if (a < value) second[g] = Math.min(second[g] as number, value);
    else second[g] = a; // two units share the minimum
  };
  for (let g = count - 1; g >= 0; g -= 1) {
    for (let j = memberStart[g] as number; j < (memberStart[g + 1] as number); j += 1) {
      const v = members[j] as number;
      merge(g, own[v] as number, v, Infinity);
    }
    for (let k = providerStart[g] as number; k < (providerStart[g + 1] as number); k += 1) {
      const p = provider[k] as number;
      merge(g, smallest[p] as number, holder[p] as number, second[p] as number);
    }
  }
  const lift = new Float64Array(n);
  const reach = new Int32Array(n);
  for (let x = 0; x < n; x += 1) {
    if (!isExternalNode(state, x)) continue;
    const g = group[x] as number;
    const u = holder[g] as number;
    const low = smallest[g] as number;
    const next = second[g] as number;
    if (candidate[u] === 0 || !(next > low)) continue;
    (lift[u] as number) += (share[x] as number) * (Math.min(target, next) - low);
    (reach[u] as number) += 1;
  }
  return { lift, reach };
}
