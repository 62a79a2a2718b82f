/**
 * Effective quality by each propagation mode, over dense node indices: the
 * engines behind `propagateQuality` and `improvementPriorities`. Each takes
 * the own quality of every node (1 where none was given) and returns the
 * effective quality of every node.
 */
import { byteTables, closureBlocks, foldProduct, fullRow, usedWords } from '../../chain/_closure.js';
import { condensation, groupLinks } from '../../chain/_condensation.js';
import type { ChainState } from '../../chain/_state.js';
import { isArrayOrUnreadable } from '../../chain/_fields.js';
import { describe } from '../../_internal/fail.js';
import { unknownKeyMessage } from '../../_internal/keys.js';
import { ClienteleError, type Issue } from '../../errors.js';
import { readQuality } from '../../chain/_quality.js';
import type { PropagationMode } from '../propagateQuality.js';

/** Every node's effective quality by `mode`, from every node's own quality. */
export function effectiveQuality(state: ChainState, own: Float64Array, mode: PropagationMode): Float64Array {
  if (mode === 'yield') return yieldEffective(state, own);
  if (mode === 'weakest') return weakestEffective(state, own);
  return meanEffective(state, own).effective;
}

/**
 * Reads an options object whose only keys may be `allowed`: an issue at
 * `['options']` when it is not an object, at `['options', key]` for each
 * unknown key. Returns the allowed keys' values (undefined when absent), or
 * undefined when the object could not be read.
 */
export function readOptionsObject(options: unknown, allowed: readonly string[], issues: Issue[]): Record<string, unknown> | undefined {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || isArrayOrUnreadable(options)) {
    issues.push({ path: ['options'], code: 'INVALID_INPUT', message: `must be an object such as { mode: 'mean' }, not ${describe(options)}` });
    return undefined;
  }
  const values: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  try {
    for (const key of Object.keys(options)) {
      if (!allowed.includes(key)) issues.push({ path: ['options', key], code: 'INVALID_INPUT', message: unknownKeyMessage(key, allowed) });
    }
    for (const key of allowed) values[key] = (options as Record<string, unknown>)[key];
  } catch {
    issues.push({ path: ['options'], code: 'INVALID_INPUT', message: 'could not be read' });
    return undefined;
  }
  return values;
}

/** Reads own qualities like `readQuality` at `['quality', …]`, adding its issues to `issues` instead of throwing them. */
export function readOwnQuality(state: ChainState, quality: unknown, issues: Issue[]): Float64Array | undefined {
  try {
    return readQuality(state, quality, ['quality'], 1);
  } catch (error) {
    if (!(error instanceof ClienteleError)) throw error;
    issues.push(...error.issues);
    return undefined;
  }
}

/** Throws every issue at once: under their shared code when they all have one, else INVALID_INPUT. */
export function throwAll(issues: readonly Issue[]): void {
  const code = issues[0]?.code;
  if (code !== undefined) throw new ClienteleError(issues.every((issue) => issue.code === code) ? code : 'INVALID_INPUT', issues);
}

/** The `mode` option: `'mean'` when absent, an issue at `['options', 'mode']` when unknown. */
export function readMode(mode: unknown, issues: Issue[]): PropagationMode {
  if (mode === undefined) return 'mean';
  if (mode === 'mean' || mode === 'yield' || mode === 'weakest') return mode;
  issues.push({ path: ['options', 'mode'], code: 'INVALID_INPUT', message: `must be 'mean', 'yield' or 'weakest', not ${describe(mode)}` });
  return 'mean';
}

/**
 * The providers' qualities a group's members receive, by `'mean'`: inputs(G)
 * is the mean of the effective qualities of the distinct providers outside G
 * that link into G, each weighted by the sum of its links' weights into G
 * (1 without such providers). Returns every node's effective quality
 * own × inputs, every group's inputs, and the two numbers that weigh a link
 * into a group (its weight ÷ `largest[g]`, over `total[g]`, the sum of those
 * scaled weights; 0 without providers), in one pass over the groups,
 * providers first. The backward pass of `improvementPriorities` weighs links
 * with these same numbers.
 */
export function meanEffective(state: ChainState, own: Float64Array): MeanPass {
  const { n, inStart, inSource, inLink } = state;
  const weight = state.links.weight;
  const { group, count, memberStart, members } = condensation(state);
  const effective = new Float64Array(n);
  const inputs = new Float64Array(count).fill(1);
  const largestInto = new Float64Array(count);
  const total = new Float64Array(count);
  const seenIn = new Int32Array(n).fill(-1); // the group for which a provider was last counted
  const providerWeight = new Float64Array(n);
  const touched = new Int32Array(n);
  // Groups come in reverse topological order: providers' groups have higher ids.
  for (let g = count - 1; g >= 0; g -= 1) {
    const first = memberStart[g] as number;
    const last = memberStart[g + 1] as number;
    const largest = largestWeightInto(state, group, members, first, last, g);
    largestInto[g] = largest;
    let providers = 0;
    for (let j = first; j < last; j += 1) {
      const v = members[j] as number;
      for (let k = inStart[v] as number; k < (inStart[v + 1] as number); k += 1) {
        const u = inSource[k] as number;
        if (group[u] === g) continue;
        // weights are scaled by the largest weight entering the group, so sums neither overflow nor vanish
        const w = (weight === null ? 1 : (weight[inLink[k] as number] as number)) / largest;
        if (seenIn[u] !== g) {
          seenIn[u] = g;
          providerWeight[u] = 0;
          touched[providers++] = u;
        }
        (providerWeight[u] as number) += w;
      }
    }
    if (providers > 0) {
      let sum = 0;
      let weights = 0;
      for (let t = 0; t < providers; t += 1) {
        const u = touched[t] as number;
        sum += (providerWeight[u] as number) * (effective[u] as number);
        weights += providerWeight[u] as number;
      }
      inputs[g] = sum / weights;
      total[g] = weights;
    }
    const value = inputs[g] as number;
    for (let j = first; j < last; j += 1) {
      const v = members[j] as number;
      effective[v] = (own[v] as number) * value;
    }
  }
  return { effective, inputs, largest: largestInto, total };
}

/** What the `'mean'` forward pass leaves: see {@link meanEffective}. */
export interface MeanPass {
  readonly effective: Float64Array;
  readonly inputs: Float64Array;
  readonly largest: Float64Array;
  readonly total: Float64Array;
}

/** The largest weight of a link into group g (members[first .. last]) from outside it; 1 when none. */
export function largestWeightInto(state: ChainState, group: Int32Array, members: Int32Array, first: number, last: number, g: number): number {
  const weight = state.links.weight;
  if (weight === null) return 1;
  const { inStart, inSource, inLink } = state;
  let largest = 0;
  for (let j = first; j < last; j += 1) {
    const v = members[j] as number;
    for (let k = inStart[v] as number; k < (inStart[v + 1] as number); k += 1) {
      if (group[inSource[k] as number] === g) continue;
      const w = weight[inLink[k] as number] as number;
      if (w > largest) largest = w;
    }
  }
  return largest === 0 ? 1 : largest;
}

/**
 * `'weakest'`: the smallest own quality over each node's closed upstream set
 * U(v) (v, its group, every customer with a path to v). One pass over the
 * groups, providers first: a group's minimum is that of its members and of
 * its provider groups' minimums.
 */
export function weakestEffective(state: ChainState, own: Float64Array): Float64Array {
  const { group, count, memberStart, members } = condensation(state);
  const { inStart, inSource } = state;
  const smallest = new Float64Array(count);
  // straight over the members' in-links: a minimum does not mind a provider group met twice
  for (let g = count - 1; g >= 0; g -= 1) {
    let m = 1;
    for (let j = memberStart[g] as number; j < (memberStart[g + 1] as number); j += 1) {
      const v = members[j] as number;
      m = Math.min(m, own[v] as number);
      for (let k = inStart[v] as number; k < (inStart[v + 1] as number); k += 1) {
        const p = group[inSource[k] as number] as number;
        if (p !== g) m = Math.min(m, smallest[p] as number);
      }
    }
    smallest[g] = m;
  }
  return perNode(state, group, smallest);
}

/**
 * `'yield'`: the product of own quality over each node's closed upstream set
 * U(v), each unit counted once however many paths lead from it to v.
 *
 * All members of a group share U. A group with no provider group multiplies
 * its members; a group with exactly one provider group P has U = its members
 * plus U(P), disjoint, so its value is P's times its members' product (a
 * line or a tree is linear). A group with two or more provider groups has
 * U = its members plus a union of sets that may overlap: those unions are
 * built as bit sets over the units whose own quality is below 1 (a unit at 1
 * changes no product), for the merging groups and every group upstream of
 * one, by `closureBlocks`. That is O(E · k / 32) word operations for k such
 * units in the worst case, in bounded memory. Each merging group's product
 * is taken over its set in one fixed order (upstream groups first, then
 * customer order), so the answer does not depend on which paths lead where.
 */
export function yieldEffective(state: ChainState, own: Float64Array): Float64Array {
  const { group, count, memberStart, members } = condensation(state);
  const { providerStart, provider } = groupLinks(state);
  const providerCount = (g: number) => (providerStart[g + 1] as number) - (providerStart[g] as number);

  // a group needs its set as bits when it merges two or more provider groups, or feeds one that does
  const needed = new Uint8Array(count);
  let neededCount = 0;
  for (let g = 0; g < count; g += 1) {
    if (providerCount(g) >= 2) needed[g] = 1;
    if (needed[g] === 0) continue;
    neededCount += 1;
    for (let k = providerStart[g] as number; k < (providerStart[g + 1] as number); k += 1) needed[provider[k] as number] = 1;
  }
  // positions: the needed groups, providers first; bits: their members below 1, in that order
  const order = new Int32Array(neededCount);
  const bitStart = new Int32Array(neededCount + 1);
  let p = 0;
  for (let g = count - 1; g >= 0; g -= 1) {
    if (needed[g] === 0) continue;
    let imperfect = 0;
    for (let j = memberStart[g] as number; j < (memberStart[g + 1] as number); j += 1) if ((own[members[j] as number] as number) < 1) imperfect += 1;
    order[p] = g;
    bitStart[p + 1] = (bitStart[p] as number) + imperfect;
    p += 1;
  }
  const value = new Float64Array(bitStart[neededCount] as number);
  let bit = 0;
  for (let q = 0; q < neededCount; q += 1) {
    const g = order[q] as number;
    for (let j = memberStart[g] as number; j < (memberStart[g + 1] as number); j += 1) {
      const quality = own[members[j] as number] as number;
      if (quality < 1) value[bit++] = quality;
    }
  }

  const merged = new Float64Array(count).fill(1);
  closureBlocks({ order, fromStart: providerStart, from: provider, bitStart }, (block) => {
    const tables = byteTables(value, block.lo, block.hi, 'product');
    const whole = foldProduct(fullRow(block), 0, block.words, tables);
    for (let q = block.first; q < neededCount; q += 1) {
      const g = order[q] as number;
      if (block.filled[q] === 0 || providerCount(g) < 2) continue;
      (merged[g] as number) *= block.full[q] === 1 ? whole : foldProduct(block.rows, q * block.words, usedWords(block, bitStart, q), tables);
    }
  });

  const product = new Float64Array(count);
  for (let g = count - 1; g >= 0; g -= 1) {
    const providers = providerCount(g);
    if (providers >= 2) {
      product[g] = merged[g] as number;
      continue;
    }
    let result = providers === 1 ? (product[provider[providerStart[g] as number] as number] as number) : 1;
    for (let j = memberStart[g] as number; j < (memberStart[g + 1] as number); j += 1) result *= own[members[j] as number] as number;
    product[g] = result;
  }
  return perNode(state, group, product);
}

function perNode(state: ChainState, group: Int32Array, perGroup: Float64Array): Float64Array {
  const out = new Float64Array(state.n);
  for (let v = 0; v < state.n; v += 1) out[v] = perGroup[group[v] as number] as number;
  return out;
}
