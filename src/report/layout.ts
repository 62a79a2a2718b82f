import { inclusiveEnd, isoInstant } from '../_internal/dates.js';
import { INTERNAL_KINDS } from '../customers/kinds.js';
import type { Customer } from '../customers/schemas.js';
import { chainAsOf, chainCustomers, chainLinks, type ServiceChain, type ServiceLink } from '../chain/index.js';
import type { ReportSettings } from './options.js';

const INTERNAL: ReadonlySet<string> = new Set(INTERNAL_KINDS);

/** A link that carries an SLA, with the instants it was valid. */
interface SlaLink {
  readonly slaHours: number;
  readonly calendar: ServiceLink['calendar'];
  readonly from: number;
  readonly to: number;
}

/**
 * What depends on the chain alone, worked out once per accumulator: dense
 * customer indices (the chain's own order), the provider–consumer pairs of
 * the links valid at `asOf`, and every link that carries an SLA. States
 * index their slots by these numbers, never by strings.
 */
export interface Layout {
  /** The chain as it stood at `asOf`. */
  readonly current: ServiceChain;
  readonly customers: readonly Customer[];
  readonly index: ReadonlyMap<string, number>;
  readonly internal: Uint8Array;
  readonly employee: Uint8Array;
  /** Links valid at `asOf`, in chain order. */
  readonly links: readonly ServiceLink[];
  /** Pair slot of each current link. */
  readonly linkPair: Int32Array;
  /** `from \u0000 to` → pair slot, for the current links. */
  readonly pairIndex: ReadonlyMap<string, number>;
  readonly pairFrom: Int32Array;
  readonly pairTo: Int32Array;
  /** Distinct internal consumers of each customer's current links (0 for a customer that provides none). */
  readonly internalConsumers: Int32Array;
  /** Whether each customer provides a current link. */
  readonly provides: Uint8Array;
  /** Links with an SLA, valid at any time, by pair key. */
  readonly slaLinks: ReadonlyMap<string, readonly SlaLink[]>;
  /** A fingerprint of the chain and the settings: states with another fingerprint cannot be merged. */
  readonly fingerprint: string;
}

/** The pair key of a provider and a consumer. */
export function pairKey(from: string, to: string): string {
  return `${from}\u0000${to}`;
}

/** FNV-1a over a string, continuing from `hash`. */
function fnv(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** Builds the layout of a chain for a report's settings. */
export function layoutOf(chain: ServiceChain, settings: ReportSettings): Layout {
  const current = chainAsOf(chain, new Date(settings.asOf));
  const customers = chainCustomers(current);
  const n = customers.length;
  const index = new Map<string, number>();
  const internal = new Uint8Array(n);
  const employee = new Uint8Array(n);
  let hash = 2166136261;
  customers.forEach((customer, i) => {
    index.set(customer.id, i);
    if (INTERNAL.has(customer.kind)) internal[i] = 1;
    if (customer.kind === 'employee') employee[i] = 1;
    hash = fnv(hash, `${customer.kind}:${customer.id}\u0000`);
  });
  const links = chainLinks(current);
  const linkPair = new Int32Array(links.length);
  const pairIndex = new Map<string, number>();
  const pairFrom: number[] = [];
  const pairTo: number[] = [];
  const internalConsumers = new Int32Array(n);
  const provides = new Uint8Array(n);
  links.forEach((link, l) => {
    const key = pairKey(link.from, link.to);
    let pair = pairIndex.get(key);
    if (pair === undefined) {
      pair = pairFrom.length;
      pairIndex.set(key, pair);
      const from = index.get(link.from)!;
      const to = index.get(link.to)!;
      pairFrom.push(from);
      pairTo.push(to);
      if (internal[to] === 1) internalConsumers[from]! += 1;
    }
    provides[index.get(link.from)!] = 1;
    linkPair[l] = pair;
    hash = fnv(hash, `${key}\u0000${link.service}\u0000`);
  });
  const slaLinks = new Map<string, SlaLink[]>();
  for (const link of chainLinks(chain)) {
    if (link.slaHours === undefined) continue;
    const key = pairKey(link.from, link.to);
    let list = slaLinks.get(key);
    if (list === undefined) slaLinks.set(key, (list = []));
    list.push({
      slaHours: link.slaHours,
      calendar: link.calendar,
      from: link.validFrom === undefined ? -Infinity : isoInstant(link.validFrom)!,
      to: link.validTo === undefined ? Infinity : inclusiveEnd(link.validTo),
    });
  }
  const fingerprint = [
    `chain:${n}:${links.length}:${hash.toString(16)}`,
    `asOf:${settings.asOf}`,
    `window:${settings.from ?? ''}..${settings.to}`,
    `minRespondents:${settings.minRespondents}`,
  ].join(' ');
  return {
    current,
    customers,
    index,
    internal,
    employee,
    links,
    linkPair,
    pairIndex,
    pairFrom: Int32Array.from(pairFrom),
    pairTo: Int32Array.from(pairTo),
    internalConsumers,
    provides,
    slaLinks,
    fingerprint,
  };
}

/**
 * The SLA of a task between two units that carries none of its own: the
 * smallest `slaHours` among the links between them valid when the task was
 * requested, with that link's calendar; `undefined` when none has one.
 */
export function linkSla(layout: Layout, key: string, requested: number): SlaLink | undefined {
  const list = layout.slaLinks.get(key);
  if (list === undefined) return undefined;
  let best: SlaLink | undefined;
  for (const link of list) {
    if (requested >= link.from && requested <= link.to && (best === undefined || link.slaHours < best.slaHours)) best = link;
  }
  return best;
}
