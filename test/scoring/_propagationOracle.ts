/**
 * Naive definitions of effective quality and of improvement priorities, for
 * property tests: closed upstream sets by plain searches over the naive
 * organisation model, and priorities by changing one unit and propagating
 * again. Shares no code with src.
 */
import { Oracle } from '../chain/_org.js';

export type Mode = 'mean' | 'yield' | 'weakest';

const own = (quality: Record<string, number>, id: string) => (Object.prototype.hasOwnProperty.call(quality, id) ? quality[id]! : 1);

/** U(id): id and every customer from which a path of links leads to it (its group's members included). */
export function closedUpstream(oracle: Oracle, id: string): string[] {
  return [id, ...oracle.reach(id, oracle.into)];
}

/** Effective quality of every customer by the SPEC's definition of `mode`. */
export function naivePropagate(oracle: Oracle, quality: Record<string, number>, mode: Mode): Map<string, number> {
  if (mode === 'mean') return oracle.propagate(quality, 'mean');
  const result = new Map<string, number>();
  for (const id of oracle.ids) {
    const values = closedUpstream(oracle, id).map((u) => own(quality, u));
    result.set(id, mode === 'yield' ? values.reduce((a, b) => a * b, 1) : Math.min(...values));
  }
  return result;
}

export interface NaiveRow {
  readonly id: string;
  readonly own: number;
  readonly lift: number;
  readonly reach: number;
}

/** Priorities by brute force: each internal unit below target raised alone, everything propagated again. */
export function naivePriorities(oracle: Oracle, quality: Record<string, number>, mode: Mode, target: number, weights: Map<string, number>): NaiveRow[] {
  const before = naivePropagate(oracle, quality, mode);
  const externals = oracle.ids.filter((id) => oracle.external.has(id));
  const total = externals.reduce((sum, x) => sum + (weights.get(x) ?? 0), 0);
  const rows: NaiveRow[] = [];
  for (const id of oracle.ids) {
    if (oracle.external.has(id) || own(quality, id) >= target) continue;
    const changed: Record<string, number> = Object.create(null) as Record<string, number>;
    for (const key of Object.keys(quality)) changed[key] = quality[key]!;
    changed[id] = target;
    const after = naivePropagate(oracle, changed, mode);
    let lift = 0;
    let reach = 0;
    for (const x of externals) {
      const rise = after.get(x)! - before.get(x)!;
      if (rise !== 0) reach += 1;
      lift += total === 0 ? 0 : ((weights.get(x) ?? 0) * rise) / total;
    }
    rows.push({ id, own: own(quality, id), lift, reach });
  }
  return rows;
}
