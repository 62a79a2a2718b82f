/**
 * Random organisations for property tests, and a naive oracle: adjacency
 * lists keyed by id and plain searches, written for clarity, not speed, and
 * sharing no code with src/chain.
 */
import fc from 'fast-check';
import type { CustomerInput, ServiceLinkInput } from '../../src/index.js';

export interface Org {
  readonly customers: CustomerInput[];
  readonly links: ServiceLinkInput[];
}

const INTERNAL = ['department', 'employee', 'shareholder'] as const;
const EXTERNAL = ['user', 'buyer', 'beneficiary'] as const;
const AWKWARD_IDS = ['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf', 'a b', 'Ω', '"q"', '#1'];
const SERVICES = ['CRM', 'laptops', 'leads', 'deliveries', 'reports'];
const DELIVERABLE = ['tool', 'information', 'support', 'product', 'service'] as const;

const idArb = fc.oneof(fc.constantFrom(...AWKWARD_IDS), fc.string({ minLength: 1, maxLength: 4 }));

/**
 * An organisation with internal units of the three kinds (shareholders
 * included), external customers (some that nobody serves), isolated units,
 * and links that often form cycles.
 */
export function orgArb(options: { maxInternal?: number; maxExternal?: number; maxLinks?: number } = {}): fc.Arbitrary<Org> {
  const maxInternal = options.maxInternal ?? 12;
  const maxExternal = options.maxExternal ?? 6;
  const maxLinks = options.maxLinks ?? 40;
  return fc
    .record({
      ids: fc.uniqueArray(idArb, { minLength: 1, maxLength: maxInternal + maxExternal }),
      internalShare: fc.double({ min: 0.3, max: 1, noNaN: true }),
      kinds: fc.array(fc.nat(2), { minLength: maxInternal + maxExternal, maxLength: maxInternal + maxExternal }),
      weights: fc.array(fc.constantFrom(undefined, 0.5, 1, 2, 7), { minLength: maxLinks, maxLength: maxLinks }),
      pairs: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(SERVICES.length - 1), fc.nat(4)), { maxLength: maxLinks }),
    })
    .map(({ ids, internalShare, kinds, weights, pairs }) => {
      const internalCount = Math.max(1, Math.min(maxInternal, Math.round(ids.length * internalShare)));
      const internalIds = ids.slice(0, internalCount);
      const externalIds = ids.slice(internalCount);
      const customers: CustomerInput[] = [];
      internalIds.forEach((id, i) => {
        const kind = i === 0 ? 'department' : INTERNAL[kinds[i] as number];
        if (kind === 'employee') customers.push({ kind, id, name: `Person ${i}`, departmentId: internalIds[0] as string });
        else customers.push({ kind: kind as 'department' | 'shareholder', id, name: `Unit ${i}` });
      });
      externalIds.forEach((id, j) => {
        customers.push({ kind: EXTERNAL[kinds[internalCount + j] as number] as 'user', id, name: `Outsider ${j}` });
      });
      const links: ServiceLinkInput[] = [];
      const seen = new Set<string>();
      pairs.forEach(([a, b, s, d], k) => {
        const from = internalIds[a % internalIds.length] as string;
        const to = ids[b % ids.length] as string;
        const service = SERVICES[s] as string;
        const key = JSON.stringify([from, to, service]);
        if (from === to || seen.has(key)) return;
        seen.add(key);
        const weight = weights[k];
        const link: ServiceLinkInput = { from, to, service, deliverable: DELIVERABLE[d] as 'tool' };
        if (weight !== undefined) link.weight = weight;
        links.push(link);
      });
      return { customers, links };
    });
}

/** The naive model of an organisation. */
export class Oracle {
  readonly ids: string[];
  readonly external = new Set<string>();
  readonly out = new Map<string, string[]>();
  readonly into = new Map<string, string[]>();

  constructor(readonly org: Org) {
    this.ids = org.customers.map((c) => c.id);
    for (const c of org.customers) {
      if ((EXTERNAL as readonly string[]).includes(c.kind)) this.external.add(c.id);
      this.out.set(c.id, []);
      this.into.set(c.id, []);
    }
    for (const link of org.links) {
      this.out.get(link.from)!.push(link.to);
      this.into.get(link.to)!.push(link.from);
    }
  }

  /** Everything reachable from `id` (itself excluded) along `edges`, skipping `blocked`. */
  reach(id: string, edges: Map<string, string[]> = this.out, blocked?: string): Set<string> {
    const seen = new Set<string>([id]);
    const stack = [id];
    while (stack.length > 0) {
      const v = stack.pop()!;
      for (const w of edges.get(v)!) {
        if (w === blocked || seen.has(w)) continue;
        seen.add(w);
        stack.push(w);
      }
    }
    seen.delete(id);
    return seen;
  }

  downstream(id: string): string[] {
    return [...this.reach(id)].sort();
  }

  upstream(id: string): string[] {
    return [...this.reach(id, this.into)].sort();
  }

  externalReach(id: string): string[] {
    return this.downstream(id).filter((v) => this.external.has(v));
  }

  distanceToExternal(id: string): number | null {
    if (this.external.has(id)) return 0;
    let frontier = [id];
    const seen = new Set(frontier);
    for (let distance = 1; frontier.length > 0; distance += 1) {
      const next: string[] = [];
      for (const v of frontier) {
        for (const w of this.out.get(v)!) {
          if (this.external.has(w)) return distance;
          if (!seen.has(w)) {
            seen.add(w);
            next.push(w);
          }
        }
      }
      frontier = next;
    }
    return null;
  }

  /** Internal customers that provide at least one link and reach no external customer. */
  orphans(): string[] {
    return this.ids
      .filter((id) => !this.external.has(id) && this.out.get(id)!.length > 0 && this.externalReach(id).length === 0)
      .sort();
  }

  /** The strongly connected group of `id`: itself plus everything it reaches that also reaches it. */
  group(id: string): string[] {
    const down = this.reach(id);
    return [id, ...[...down].filter((v) => this.reach(v).has(id))].sort();
  }

  cycles(): string[][] {
    const groups = new Map<string, string[]>();
    for (const id of this.ids) {
      const group = this.group(id);
      if (group.length > 1) groups.set(group[0]!, group);
    }
    return [...groups.values()].sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  }

  /** A starting point: every customer that reaches it is in its own group. */
  isStart(id: string): boolean {
    const group = new Set(this.group(id));
    return [...this.reach(id, this.into)].every((v) => group.has(v));
  }

  /** By removal, one unit at a time: the slow definition. */
  criticalProviders(id: string): string[] {
    const starts = this.ids.filter((v) => this.isStart(v));
    if (starts.includes(id)) return [];
    const reachedWithout = (blocked: string | undefined): boolean =>
      starts.some((s) => s !== blocked && (s === id || this.reach(s, this.out, blocked).has(id)));
    if (!reachedWithout(undefined)) return [];
    return this.ids.filter((v) => v !== id && !this.external.has(v) && !reachedWithout(v)).sort();
  }

  /** Effective quality by the spec's definition, group by group until every group is known. */
  propagate(quality: Record<string, number>, mode: 'yield' | 'mean'): Map<string, number> {
    const own = (id: string) => (Object.prototype.hasOwnProperty.call(quality, id) ? quality[id]! : 1);
    const effective = new Map<string, number>();
    const groupOf = new Map(this.ids.map((id) => [id, this.group(id)]));
    while (effective.size < this.ids.length) {
      for (const id of this.ids) {
        if (effective.has(id)) continue;
        const group = groupOf.get(id)!;
        const inGroup = new Set(group);
        const weights = new Map<string, number>();
        for (const link of this.org.links) {
          if (!inGroup.has(link.to) || inGroup.has(link.from)) continue;
          weights.set(link.from, (weights.get(link.from) ?? 0) + (link.weight ?? 1));
        }
        if ([...weights.keys()].some((p) => !effective.has(p))) continue;
        let inputs = 1;
        if (mode === 'yield') {
          for (const p of weights.keys()) inputs *= effective.get(p)!;
        } else if (weights.size > 0) {
          let sum = 0;
          let total = 0;
          for (const [p, w] of weights) {
            sum += w * effective.get(p)!;
            total += w;
          }
          inputs = sum / total;
        }
        for (const member of group) effective.set(member, own(member) * inputs);
      }
    }
    return new Map(this.ids.map((id) => [id, effective.get(id)!]));
  }
}
