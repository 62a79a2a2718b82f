import { describe } from '../_internal/fail.js';
import { orderByNumber } from '../_internal/orderByNumber.js';
import type { Issue } from '../errors.js';
import { type ChainState, isExternalNode, stateOf } from '../chain/_state.js';
import type { ServiceChain } from '../chain/serviceChain.js';
import { type Lifts, meanLifts, weakestLifts, yieldLifts } from './_internal/lifts.js';
import { readMode, readOptionsObject, readOwnQuality, throwAll } from './_internal/propagation.js';
import type { PropagationMode } from './propagateQuality.js';
import { compareCodeUnits } from '../_internal/compare.js';

/**
 * Options of `improvementPriorities`.
 *
 * @category Scoring
 */
export interface ImprovementPrioritiesOptions {
  /** How quality travels down the chain, as in `propagateQuality`; `'mean'` by default. */
  readonly mode?: PropagationMode;
  /** The own quality each unit is imagined raised to, in [0, 1]; 1 by default. Units already at or above it are left out. */
  readonly target?: number;
  /**
   * How much each external customer counts (revenue, CLV): a Map or a record
   * of external customer id → weight ≥ 0. An external customer left out
   * weighs 0. Without it every external customer weighs 1.
   */
  readonly weights?: ReadonlyMap<string, number> | Readonly<Record<string, number>>;
}

/**
 * One internal unit worth improving.
 *
 * @category Scoring
 */
export interface PriorityRow {
  readonly id: string;
  /** The unit's own quality now. */
  readonly own: number;
  /** How much the weighted mean effective quality of the external customers would rise with this unit alone at the target. */
  readonly lift: number;
  /** How many external customers' effective quality would change. */
  readonly reach: number;
}

/**
 * Which internal units to improve first: for every internal customer whose
 * own quality is below `target`, the exact rise of the weighted mean
 * effective quality of all external customers (`propagateQuality` in the same
 * mode) if that unit's own quality alone were raised to `target`, most lift
 * first (ties by id).
 *
 * The propagation is not rerun once per unit. In `'mean'` mode effective
 * quality is affine in each own quality, so one backward pass over the
 * chain's condensation gives every lift at once; `'weakest'` carries each
 * upstream set's two smallest qualities down the chain (linear time, reach
 * included); `'yield'` multiplies each customer's effective quality by
 * target / own. In `'mean'` and `'yield'`, `reach` and the `'yield'` sums
 * need the external customers downstream of each unit. `'mean'` keeps those
 * sets as lists while small, bit words when large and nothing once full
 * (a union stops as soon as it is full), freeing each after its last
 * reader, and counts external customers with the same providers as one
 * element weighing as many; `'yield'` uses bit sets in blocks. Either way
 * the worst case is a transitive closure, O(E · x / 32) word operations for
 * x external customers, in bounded memory: at a million links, `reach` is
 * most of the cost (on a chain of ten random layers, 100,000 customers and
 * 1,000,000 links, the 'mean' priorities cost 1.7 to 2.1 times building a
 * bare adjacency array from the same links).
 *
 * @param chain - a chain made by `createServiceChain`
 * @param quality - each unit's own quality in [0, 1], as a Map or a plain record keyed by customer id (a customer left out counts as 1)
 * @param options - `{ mode, target, weights }`
 * @returns one row per internal customer below the target, most lift first, then by id
 * @throws {ClienteleError} `UNKNOWN_REFERENCE` at `['quality', id]` or `['options', 'weights', id]` for an id not in the chain; `WRONG_KIND` at `['options', 'weights', id]` for a weight on a customer that is not external; `INVALID_INPUT` for a quality outside [0, 1], a weight that is not a finite number ≥ 0 (`['options', 'weights', id]`), weights that are all 0 (`['options', 'weights']`), a target outside [0, 1] (`['options', 'target']`), an unknown mode or an unknown option
 *
 * @example
 * ```ts
 * import { createServiceChain, improvementPriorities } from 'clientele';
 *
 * const chain = createServiceChain({
 *   customers: [
 *     { kind: 'department', id: 'purchasing', name: 'Purchasing' },
 *     { kind: 'department', id: 'assembly', name: 'Assembly' },
 *     { kind: 'buyer', id: 'client', name: 'Client' },
 *   ],
 *   links: [
 *     { from: 'purchasing', to: 'assembly', service: 'parts', deliverable: 'product' },
 *     { from: 'assembly', to: 'client', service: 'machines', deliverable: 'product' },
 *   ],
 * });
 * // the client gets 0.9 × 0.5 = 0.45; assembly at 1 gives 0.9, purchasing at 1 gives 0.5
 * improvementPriorities(chain, { purchasing: 0.9, assembly: 0.5 })
 * //=> [{ id: 'assembly', own: 0.5, lift: 0.45, reach: 1 }, { id: 'purchasing', own: 0.9, lift: 0.04999999999999999, reach: 1 }]
 * improvementPriorities(chain, { purchasing: 0.9, assembly: 0.5 }, { mode: 'weakest', target: 0.8 })
 * //=> [{ id: 'assembly', own: 0.5, lift: 0.30000000000000004, reach: 1 }]
 * improvementPriorities(chain, {}, { weights: { assembly: 2 } })
 * //=> throws WRONG_KIND
 * ```
 *
 * @category Scoring
 */
export function improvementPriorities(
  chain: ServiceChain,
  quality: ReadonlyMap<string, number> | Readonly<Record<string, number>>,
  options: ImprovementPrioritiesOptions = {},
): PriorityRow[] {
  const state = stateOf(chain);
  const issues: Issue[] = [];
  const named = readOptionsObject(options, ['mode', 'target', 'weights'], issues);
  const mode = readMode(named?.mode, issues);
  const target = readTarget(named?.target, issues);
  const share = readShares(state, named?.weights, issues);
  const own = readOwnQuality(state, quality, issues);
  throwAll(issues);
  if (own === undefined || share === undefined) throw new Error('unreachable: issues were thrown');

  const candidate = new Uint8Array(state.n);
  for (let v = 0; v < state.n; v += 1) if (!isExternalNode(state, v) && (own[v] as number) < target) candidate[v] = 1;
  const engine = mode === 'yield' ? yieldLifts : mode === 'weakest' ? weakestLifts : meanLifts;
  const { lift, reach }: Lifts = engine(state, own, share, target, candidate);
  let m = 0;
  for (let v = 0; v < state.n; v += 1) m += candidate[v] as number;
  const nodes = new Int32Array(m);
  const lifts = new Float64Array(m);
  for (let v = 0, i = 0; v < state.n; v += 1) {
    if (candidate[v] === 0) continue;
    nodes[i] = v;
    lifts[i++] = lift[v] as number;
  }
  const order = orderByNumber(lifts);
  const rows = new Array<PriorityRow>(m);
  for (let i = 0; i < m; i += 1) {
    const v = nodes[order[i] as number] as number;
    rows[i] = { id: state.ids[v] as string, own: own[v] as number, lift: (lift[v] as number) + 0, reach: reach[v] as number };
  }
  // most lift first; equal lifts by id
  for (let i = 0; i < rows.length; ) {
    let j = i + 1;
    while (j < rows.length && (rows[j] as PriorityRow).lift === (rows[i] as PriorityRow).lift) j += 1;
    if (j - i > 1) {
      const tied = rows.slice(i, j).sort((a, b) => compareCodeUnits(a.id, b.id));
      for (let k = i; k < j; k += 1) rows[k] = tied[k - i] as PriorityRow;
    }
    i = j;
  }
  return rows;
}

function readTarget(value: unknown, issues: Issue[]): number {
  if (value === undefined) return 1;
  if (typeof value === 'number' && value >= 0 && value <= 1) return value;
  issues.push({ path: ['options', 'target'], code: 'INVALID_INPUT', message: `must be a number from 0 to 1, not ${describe(value)}` });
  return 1;
}

/**
 * Each node's share of the objective: an external customer's weight over the
 * sum of all weights (weights scaled by the largest first, so the sum neither
 * overflows nor vanishes); 0 for internal customers. Every external customer
 * weighs 1 without `weights`. Undefined when the weights had issues.
 */
function readShares(state: ChainState, weights: unknown, issues: Issue[]): Float64Array | undefined {
  const weight = new Float64Array(state.n);
  const before = issues.length;
  if (weights === undefined) {
    for (let v = 0; v < state.n; v += 1) if (isExternalNode(state, v)) weight[v] = 1;
  } else {
    const take = (value: unknown, id: unknown): void => {
      if (typeof id !== 'string') {
        issues.push({ path: ['options', 'weights'], code: 'INVALID_INPUT', message: `has a key that is not a customer id: ${describe(id)}` });
        return;
      }
      const node = state.index.get(id);
      if (node === undefined) {
        issues.push({ path: ['options', 'weights', id], code: 'UNKNOWN_REFERENCE', message: `no customer ${JSON.stringify(id)} in the chain` });
      } else if (!isExternalNode(state, node)) {
        issues.push({ path: ['options', 'weights', id], code: 'WRONG_KIND', message: `${JSON.stringify(id)} is not an external customer` });
      } else if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        issues.push({ path: ['options', 'weights', id], code: 'INVALID_INPUT', message: `must be a finite number ≥ 0, not ${describe(value)}` });
      } else {
        weight[node] = value;
      }
    };
    try {
      if (weights instanceof Map) {
        (weights as Map<unknown, unknown>).forEach(take);
      } else if (typeof weights === 'object' && weights !== null && !Array.isArray(weights)) {
        const record = weights as Record<string, unknown>;
        for (const id of Object.keys(record)) take(record[id], id);
      } else {
        issues.push({ path: ['options', 'weights'], code: 'INVALID_INPUT', message: `must be a Map or a record of external customer id → weight ≥ 0, not ${describe(weights)}` });
      }
    } catch {
      issues.push({ path: ['options', 'weights'], code: 'INVALID_INPUT', message: 'could not be read' });
    }
  }
  if (issues.length > before) return undefined;
  let largest = 0;
  for (let v = 0; v < state.n; v += 1) largest = Math.max(largest, weight[v] as number);
  if (largest === 0) {
    if (weights !== undefined) issues.push({ path: ['options', 'weights'], code: 'INVALID_INPUT', message: 'must give at least one external customer a weight above 0' });
    return weights === undefined ? weight : undefined; // no external customer at all: every lift is 0
  }
  let total = 0;
  for (let v = 0; v < state.n; v += 1) total += (weight[v] as number) / largest;
  for (let v = 0; v < state.n; v += 1) weight[v] = (weight[v] as number) / largest / total;
  return weight;
}
