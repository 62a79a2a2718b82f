import { INTERNAL_KINDS } from '../customers/kinds.js';
import type { Customer } from '../customers/schemas.js';
import { stateOf, type ChainState } from '../chain/_state.js';
import { chainAsOf, type ServiceChain } from '../chain/index.js';
import type { Calendar } from '../chain/calendar.js';
import type { ReportSettings } from './options.js';

const INTERNAL: ReadonlySet<string> = new Set(INTERNAL_KINDS);

/**
 * What depends on the chain alone, worked out once per accumulator, in
 * numbers only: dense customer indices (the chain's own order), the
 * provider–consumer pairs of the links valid at `asOf` (grouped by provider,
 * consumers ascending, so a pair is found by a binary search and never by a
 * string key), and the columns of the whole chain for the SLAs of tasks
 * requested at any time. States index their slots by these numbers.
 */
export interface Layout {
  /** The chain as it stood at `asOf`. */
  readonly current: ServiceChain;
  /** The state of `current`: its links, in chain order, are the report's links. */
  readonly now: ChainState;
  /** The state of the whole chain, links valid at any time. */
  readonly whole: ChainState;
  readonly customers: readonly Customer[];
  readonly index: ReadonlyMap<string, number>;
  readonly internal: Uint8Array;
  readonly employee: Uint8Array;
  /** Each employee's department (its `departmentId`), -1 for every other customer. */
  readonly department: Int32Array;
  /** Pair slot of each current link. */
  readonly linkPair: Int32Array;
  /** The pairs of provider u are slots `pairStart[u] .. pairStart[u + 1]`, their consumers ascending. */
  readonly pairStart: Int32Array;
  /** Each pair slot's consumer; its length is the number of pairs. */
  readonly pairTo: Int32Array;
  /** Distinct internal consumers of each customer's current links (0 for a customer that provides none). */
  readonly internalConsumers: Int32Array;
  /** Whether each customer provides a current link. */
  readonly provides: Uint8Array;
  /**
   * For a chain whose links carry no dates (every link current at every
   * moment), the link whose SLA each pair's tasks take, -1 for none; null
   * for a dated chain, whose tasks look their links up by when they were
   * requested.
   */
  readonly pairSlaLink: Int32Array | null;
  /** A fingerprint of the chain and the settings: states with another fingerprint cannot be merged. */
  readonly fingerprint: string;
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

/** FNV-1a over the four bytes of a 32-bit integer. */
function fnvInt(hash: number, value: number): number {
  let h = hash;
  for (let shift = 0; shift < 32; shift += 8) {
    h ^= (value >>> shift) & 0xff;
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** Builds the layout of a chain for a report's settings. */
export function layoutOf(chain: ServiceChain, settings: ReportSettings): Layout {
  const whole = stateOf(chain);
  const current = chainAsOf(chain, new Date(settings.asOf));
  const now = stateOf(current);
  const { n, customers, index } = now;
  const internal = new Uint8Array(n);
  const employee = new Uint8Array(n);
  const department = new Int32Array(n).fill(-1);
  let hash = 2166136261;
  for (let i = 0; i < n; i += 1) {
    const customer = customers[i]!;
    if (INTERNAL.has(customer.kind)) internal[i] = 1;
    if (customer.kind === 'employee') {
      employee[i] = 1;
      // the chain checked that it names a department
      department[i] = index.get(customer.departmentId)!;
    }
    hash = fnv(fnv(hash, customer.kind), customer.id);
  }

  // pairs: each provider's distinct consumers, ascending
  const { outStart, outTarget } = now;
  const pairStart = new Int32Array(n + 1);
  const pairTo = new Int32Array(now.m); // at most one pair per link: trimmed below
  let pairs = 0;
  const internalConsumers = new Int32Array(n);
  const provides = new Uint8Array(n);
  for (let u = 0; u < n; u += 1) {
    const first = outStart[u]!;
    const last = outStart[u + 1]!;
    if (last > first) {
      provides[u] = 1;
      const targets = outTarget.slice(first, last).sort();
      for (let k = 0; k < targets.length; k += 1) {
        const v = targets[k]!;
        if (k > 0 && targets[k - 1] === v) continue;
        pairTo[pairs++] = v;
        if (internal[v] === 1) internalConsumers[u]! += 1;
      }
    }
    pairStart[u + 1] = pairs;
  }
  const layoutBase = { pairStart, pairTo: pairTo.slice(0, pairs) };
  const { from, to, service } = now.links;
  const linkPair = new Int32Array(now.m);
  for (let l = 0; l < now.m; l += 1) {
    linkPair[l] = findPair(layoutBase, from[l]!, to[l]!);
    hash = fnv(fnvInt(fnvInt(hash, from[l]!), to[l]!), service[l]!);
  }
  let pairSlaLink: Int32Array | null = null;
  const { sla } = whole.links;
  if (whole.links.start === null && sla !== null) {
    // undated: the whole chain is the current one, link for link; the smallest SLA of each pair, the first link on a tie
    pairSlaLink = new Int32Array(pairs).fill(-1);
    for (let l = 0; l < now.m; l += 1) {
      const hours = sla[l]!;
      if (Number.isNaN(hours)) continue;
      const pair = linkPair[l]!;
      const best = pairSlaLink[pair]!;
      if (best === -1 || hours < sla[best]!) pairSlaLink[pair] = l;
    }
  }
  const fingerprint = [
    `chain:${n}:${now.m}:${hash.toString(16)}`,
    `asOf:${settings.asOf}`,
    `window:${settings.from ?? ''}..${settings.to}`,
    `minRespondents:${settings.minRespondents}`,
  ].join(' ');
  return {
    current,
    now,
    whole,
    customers,
    index,
    internal,
    employee,
    department,
    linkPair,
    pairStart,
    pairTo: layoutBase.pairTo,
    internalConsumers,
    provides,
    pairSlaLink,
    fingerprint,
  };
}

/**
 * What sets a state's fingerprint apart from this accumulator's, part by part
 * (`chain:customers:links:hash asOf:… window:… minRespondents:…`, written
 * by `layoutOf` above). The chain's hash follows the order of its customers and links,
 * as the state's slots do, so the same records in another order make another
 * chain: said outright, as that is the surprise.
 */
export function fingerprintDifference(theirs: string, ours: string): string {
  const part = (fingerprint: string, name: string): string | undefined =>
    fingerprint.split(' ').find((piece) => piece.startsWith(`${name}:`))?.slice(name.length + 1);
  const differences: string[] = [];
  const [theirChain, ourChain] = [part(theirs, 'chain'), part(ours, 'chain')];
  if (theirChain !== ourChain) {
    const sizes = (text: string | undefined): string => (text ?? '').split(':').slice(0, 2).join(':');
    differences.push(
      sizes(theirChain) === sizes(ourChain)
        ? 'it was made for another chain of as many customers and links: other records, or the same ones in another order (a state keeps one slot per customer and link in the chain\'s order, so build every chain from records in one fixed order, e.g. sorted by id)'
        : `it was made for another chain (${theirChain ?? '?'} customers:links:hash, this one ${ourChain})`,
    );
  }
  // asOf and the window's ends are kept as epoch milliseconds: shown as ISO instants
  const instant = (ms: string): string => (ms === '' ? 'open' : Number.isFinite(Number(ms)) ? new Date(Number(ms)).toISOString() : ms);
  const readable = (name: string, value: string | undefined): string =>
    value === undefined ? 'missing' : name === 'asOf' ? instant(value) : name === 'window' ? value.split('..').map(instant).join(' to ') : value;
  for (const name of ['asOf', 'window', 'minRespondents']) {
    const [a, b] = [part(theirs, name), part(ours, name)];
    if (a !== b) differences.push(`its ${name} is ${readable(name, a)}, this accumulator's ${readable(name, b)}`);
  }
  return differences.length === 0 ? 'it was made by another version or by hand' : differences.join('; ');
}

/** The pair slot of a provider and a consumer, or -1 when no current link joins them. */
export function findPair(layout: { readonly pairStart: Int32Array; readonly pairTo: Int32Array }, from: number, to: number): number {
  let lo = layout.pairStart[from]!;
  let hi = layout.pairStart[from + 1]!;
  const { pairTo } = layout;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pairTo[mid]! < to) lo = mid + 1;
    else hi = mid;
  }
  return lo < layout.pairStart[from + 1]! && pairTo[lo] === to ? lo : -1;
}

/**
 * The pair whose satisfaction an internal customer's csat answer about
 * `provider` counts for, or -1 for none. A department cannot answer a
 * survey, its people do: the answer counts for the link to the respondent
 * itself when the provider serves it directly, else for the link to the
 * respondent's department when it is an employee and the provider serves
 * that department (its own department only, not the ones above it). So
 * each answer counts for one link at most, and a provider's links hold
 * disjoint answers.
 */
export function answeringPair(layout: Pick<Layout, 'pairStart' | 'pairTo' | 'department'>, provider: number, respondent: number): number {
  const own = findPair(layout, provider, respondent);
  if (own !== -1) return own;
  const department = layout.department[respondent]!;
  return department === -1 ? -1 : findPair(layout, provider, department);
}

/** The SLA a task takes from the links it was requested under. */
export interface LinkSla {
  readonly slaHours: number;
  readonly calendar: Calendar | undefined;
}

/**
 * The SLA of a task between two units that carries none of its own: the
 * smallest `slaHours` among the links between them valid when the task was
 * requested (the first in chain order on a tie), with that link's calendar;
 * `undefined` when none has one. `pair` is their current pair slot (-1 for none).
 */
export function linkSla(layout: Layout, from: number, to: number, pair: number, requested: number): LinkSla | undefined {
  const { whole } = layout;
  const { sla, start, end, calendar } = whole.links;
  if (sla === null) return undefined;
  let best = -1;
  if (layout.pairSlaLink !== null) {
    best = pair === -1 ? -1 : layout.pairSlaLink[pair]!;
    return best === -1 ? undefined : { slaHours: sla[best]!, calendar: calendar === null ? undefined : calendar[best] };
  }
  for (let k = whole.outStart[from]!; k < whole.outStart[from + 1]!; k += 1) {
    if (whole.outTarget[k] !== to) continue;
    const l = whole.outLink[k]!;
    const hours = sla[l]!;
    if (Number.isNaN(hours)) continue;
    if (start !== null && !(requested >= start[l]! && requested <= end![l]!)) continue;
    if (best === -1 || hours < sla[best]! || (hours === sla[best]! && l < best)) best = l;
  }
  return best === -1 ? undefined : { slaHours: sla[best]!, calendar: calendar === null ? undefined : calendar[best] };
}
