import { roundExact } from '../scoring/_internal/exactSum.js';
import { attentionBalance } from '../scoring/attentionBalance.js';
import { balance } from '../scoring/balance.js';
import { firstPassFromCounts } from '../scoring/firstPassYield.js';
import { internalServiceQuality } from '../scoring/internalServiceQuality.js';
import { kFactor } from '../scoring/kFactor.js';
import { studentInterval } from '../scoring/meanInterval.js';
import { sampleSd } from '../scoring/_internal/spread.js';
import { npsFromCounts } from '../scoring/nps.js';
import { npsBounds } from '../scoring/npsInterval.js';
import { wilsonInterval } from '../scoring/proportionInterval.js';
import { emptyPurchases, mergePurchases, purchaseResult } from '../scoring/purchaseAccumulator.js';
import { fail } from '../_internal/fail.js';
import { referralRate } from '../scoring/referralRate.js';
import { retentionRate } from '../scoring/retentionRate.js';
import { rfmFromTotals } from '../scoring/rfm.js';
import { slaFromCounts } from '../scoring/slaAttainment.js';
import { EXTERNAL_KINDS, type CustomerKind } from '../customers/kinds.js';
import type { Layout } from './layout.js';
import { mergeSurveys } from './merge.js';
import { withholding } from './privacy.js';
import type { ReportSettings } from './options.js';
import { PairColumns, type PairCounts } from './pairs.js';
import { emptyCustomer, emptyInternal, emptySurveys, emptyUnit, PAIR_WIDTH, pairSlot, type CustomerSlot, type EnpsSlot, type InternalSlot, type ReportState, type SurveySlot } from './state.js';
import { structureOf, unitEvidence } from './structure.js';
import type {
  Bounds,
  CesFigure,
  CollaborationFigure,
  CsatFigure,
  ExternalCustomerReport,
  ExternalGroupReport,
  ExternalScores,
  LinkQuality,
  NpsFigure,
  OrganizationReport,
  OwnerReport,
  ProviderQuality,
  QualityComponents,
  ReportBalance,
  Suppressed,
  SurveyFigures,
} from './types.js';
import { compareCodeUnits } from '../_internal/compare.js';

const SUPPRESSED: Suppressed = Object.freeze({ score: null, suppressed: true });

/**
 * A key for a pair's counters and its number of consumers (0 or 1): a
 * number when every counter is below 16 (four bits each, 45 bits in all,
 * exact in a double), else a string. `row` is -1 for a pair without counters.
 */
function tupleKey(pairs: PairCounts, row: number, consumers: number): number | string {
  if (row === -1) return consumers - 2;
  let key = consumers;
  for (let j = 0; j < PAIR_WIDTH; j += 1) {
    const count = pairs.count(row, j);
    if (count >= 16) return `${consumers}:${Array.from({ length: PAIR_WIDTH }, (_, i) => pairs.count(row, i)).join(',')}`;
    key = key * 16 + count;
  }
  return key;
}

/** Freezes an object and every object inside it. */
function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) if (typeof inner === 'object' && inner !== null) deepFreeze(inner as object);
  return Object.freeze(value);
}

function percent(part: number, whole: number): number | null {
  return whole > 0 ? (part / whole) * 100 : null;
}

function bounds(interval: { readonly low: number; readonly high: number } | null): Bounds {
  return interval === null ? { low: null, high: null } : { low: interval.low, high: interval.high };
}

/** The pieces of a report that take the settings: each figure from its public function, with its interval. */
class Figures {
  constructor(readonly settings: ReportSettings) {}

  /** Links' figures by their counters, those whose satisfaction is shown and those whose satisfaction is withheld. */
  private readonly linkFigures = [
    new Map<number | string, { readonly components: QualityComponents; readonly score: number | null }>(),
    new Map<number | string, { readonly components: QualityComponents; readonly score: number | null }>(),
  ] as const;
  private readonly made = new Map<string, object>();

  /** The Wilson interval at the report's confidence, from counts the fold made. */
  private share(part: number, whole: number): Bounds {
    return bounds(wilsonInterval(part, whole, this.settings.confidence));
  }

  /**
   * A figure made once per distinct input and frozen: a hundred thousand
   * customers with a handful of answers each share a few hundred figures.
   */
  private once<T extends object>(key: string, make: () => T): T {
    let made = this.made.get(key) as T | undefined;
    if (made === undefined) this.made.set(key, (made = deepFreeze(make())));
    return made;
  }

  nps(counts: { promoters: number; passives: number; detractors: number }): NpsFigure {
    const { promoters, passives, detractors } = counts;
    return this.once(`n${promoters},${passives},${detractors}`, () => ({
      ...npsFromCounts(promoters, passives, detractors),
      ...bounds(npsBounds(promoters, passives, detractors, this.settings.confidence)),
    }));
  }

  csat(satisfied: number, total: number): CsatFigure {
    return this.once(`c${satisfied},${total}`, () => ({ score: percent(satisfied, total), satisfied, total, ...this.share(satisfied, total) }));
  }

  ces(total: number, partials: readonly number[], squares: readonly number[]): CesFigure {
    // the partial sums stand for their exact total: equal lists, equal figures
    return this.once(`e${total}|${partials.join(',')}|${squares.join(',')}`, () => this.effort(total, partials, squares));
  }

  referrals(made: number, converted: number): { readonly made: number; readonly converted: number } {
    return this.once(`r${made},${converted}`, () => ({ made, converted }));
  }

  private effort(total: number, partials: readonly number[], squares: readonly number[]): CesFigure {
    const score = total === 0 ? null : roundExact(partials) / total;
    // answers on 1..7: no value is anywhere near the range where squares overflow
    const sd = sampleSd(total, partials, squares, 7);
    const interval = score === null || sd === null ? null : studentInterval(score, sd, total, this.settings.confidence);
    return { score, sd, total, ...bounds(interval) };
  }

  surveys(slot: SurveySlot): SurveyFigures {
    return { nps: this.nps(slot.nps), csat: this.csat(slot.csat.satisfied, slot.csat.total), ces: this.ces(slot.ces.total, slot.ces.partials, slot.ces.squares) };
  }

  /** eNPS, or withheld when the report's privacy rule says so (see `withholding`). */
  enps(slot: EnpsSlot, withheld: boolean): NpsFigure | Suppressed {
    return withheld ? SUPPRESSED : this.nps(slot.nps);
  }

  /**
   * A link's components and score, made once per distinct pair counters,
   * number of consumers and privacy verdict, and frozen: most links of a
   * large chain share a few.
   */
  link(pairs: PairCounts, row: number, consumer: number, consumers: number, withheld: boolean): { readonly components: QualityComponents; readonly score: number | null } {
    const key = tupleKey(pairs, row, consumers);
    const cache = this.linkFigures[withheld ? 1 : 0];
    let made = cache.get(key);
    if (made === undefined) {
      const components = deepFreeze(this.components(row === -1 ? emptyInternal() : pairSlot(pairs, row, consumer), consumers, withheld));
      made = { components, score: row === -1 ? null : this.score(components) };
      cache.set(key, made);
    }
    return made;
  }

  /** The four components of a unit or a link; its satisfaction withheld when the privacy rule says so (see `withholding`). */
  components(slot: InternalSlot, consumers: number, withheld: boolean): QualityComponents {
    const { satisfaction, sla, firstPass, collaboration } = slot;
    const decided = sla.onTime + sla.late;
    const coverage = collaboration.interactions > 0 ? percent(collaboration.reached.length, consumers) : null;
    const initiative = percent(collaboration.initiated, collaboration.interactions);
    const together: CollaborationFigure = {
      score: coverage === null || initiative === null ? null : (coverage + initiative) / 2,
      coverage,
      initiative,
      interactions: collaboration.interactions,
      initiated: collaboration.initiated,
      consumers,
      reached: collaboration.reached.length,
    };
    return {
      satisfaction: withheld ? SUPPRESSED : this.csat(satisfaction.satisfied, satisfaction.total),
      timeliness: { ...slaFromCounts(sla.onTime, sla.late, sla.open), withoutSla: sla.withoutSla, ...this.share(sla.onTime, decided) },
      accuracy: { ...firstPassFromCounts(firstPass.passed, firstPass.total, firstPass.open), ...this.share(firstPass.passed, firstPass.total) },
      collaboration: together,
    };
  }

  /** `internalServiceQuality` of the components that were measured and are not suppressed. */
  score(components: QualityComponents): number | null {
    return internalServiceQuality({
      satisfaction: components.satisfaction.score,
      timeliness: components.timeliness.score,
      accuracy: components.accuracy.score,
      collaboration: components.collaboration.score,
    }).score;
  }
}

/**
 * The external index, 0..100: the mean of the external figures present,
 * each put on 0..100 — CSAT as it is, NPS as (NPS + 100) ÷ 2, CES (1..7,
 * higher is easier) as 100 × (CES − 1) ÷ 6.
 */
export function externalIndex(figures: SurveyFigures): number | null {
  const parts: number[] = [];
  if (figures.csat.score !== null) parts.push(figures.csat.score);
  if (figures.nps.score !== null) parts.push((figures.nps.score + 100) / 2);
  if (figures.ces.score !== null) parts.push((100 * (figures.ces.score - 1)) / 6);
  return parts.length === 0 ? null : parts.reduce((sum, value) => sum + value, 0) / parts.length;
}

function externalScores(figures: Figures, slot: CustomerSlot): ExternalScores {
  return { ...figures.surveys(slot.surveys), purchases: purchaseResult(slot.purchases), referrals: figures.referrals(slot.referrals.made, slot.referrals.converted) };
}

/** Merges customer slots into a group's: surveys, purchases (exactly) and referrals. */
function groupSlot(members: readonly CustomerSlot[]): CustomerSlot {
  let surveys = emptySurveys();
  let purchases = emptyPurchases();
  let made = 0;
  let converted = 0;
  for (const member of members) {
    surveys = mergeSurveys(surveys, member.surveys);
    const merged = mergePurchases(purchases, member.purchases);
    if ('message' in merged) fail(['observations'], `purchases of one group: ${merged.message}`);
    purchases = merged;
    made += member.referrals.made;
    converted += member.referrals.converted;
  }
  return { surveys, purchases, referrals: { made, converted }, before: false, heard: false };
}

/** Assembles the report from a state: every figure from its public function over the slots. */
export function assemble(layout: Layout, settings: ReportSettings, state: ReportState, pairs: PairCounts = new PairColumns(state.pairs, layout.pairTo.length)): OrganizationReport {
  const figures = new Figures(settings);
  const { customers } = layout;
  const withheld = withholding(layout, settings.minRespondents, state, pairs);

  // ---- internal ------------------------------------------------------------
  const providers: ProviderQuality[] = [];
  let evidenceInternal = 0;
  const scores: number[] = [];
  customers.forEach((customer, node) => {
    if (layout.internal[node] === 0) return;
    const slot = state.units[node];
    if (layout.provides[node] === 0 && slot === null) return;
    const unit = slot ?? emptyUnit();
    const components = figures.components(unit, layout.internalConsumers[node]!, withheld.satisfaction[node] === 1);
    const score = figures.score(components);
    if (score !== null) {
      scores.push(score);
      // answers, tasks and interactions, as each priority's evidence counts them (a withheld satisfaction: none)
      const { answers, tasks, interactions } = unitEvidence(components);
      evidenceInternal += (answers ?? 0) + tasks + interactions;
    }
    providers.push({
      id: customer.id,
      name: customer.name,
      kind: customer.kind,
      score,
      components,
      external: figures.surveys(unit.external),
      enps: figures.enps(unit.enps, withheld.enps[node] === 1),
    });
  });
  const { now } = layout;
  // sized at once: a million pushes would leave every outgrown copy behind
  const links = new Array<LinkQuality>(now.m);
  const pairLinks = new Int32Array(layout.pairTo.length);
  for (let l = 0; l < now.m; l += 1) pairLinks[layout.linkPair[l]!]! += 1;
  let unownedCount = 0;
  for (let l = 0; l < now.m; l += 1) {
    const pair = layout.linkPair[l]!;
    const consumer = layout.pairTo[pair]!;
    const consumers = layout.internal[consumer] === 1 ? 1 : 0;
    const { components, score } = figures.link(pairs, pairs.rowOf(pair), consumer, consumers, withheld.pairs[pair] === 1);
    const owner = now.links.owner === null ? -1 : now.links.owner[l]!;
    if (owner === -1) unownedCount += 1;
    links[l] = {
      from: now.ids[now.links.from[l]!]!,
      to: now.ids[consumer]!,
      service: now.links.service[l]!,
      owner: owner === -1 ? null : now.ids[owner]!,
      score,
      components,
      pairLinks: pairLinks[pair]!,
    };
  }
  const unowned = new Array<LinkQuality>(unownedCount);
  for (let l = 0, k = 0; l < links.length; l += 1) if (links[l]!.owner === null) unowned[k++] = links[l]!;
  const byOwner = new Map<string, { links: LinkQuality[]; pairs: Map<number, number | null> }>();
  links.forEach((link, l) => {
    if (link.owner === null) return;
    let owned = byOwner.get(link.owner);
    if (owned === undefined) byOwner.set(link.owner, (owned = { links: [], pairs: new Map() }));
    owned.links.push(link);
    // a pair's figures once, however many of its links the owner holds
    owned.pairs.set(layout.linkPair[l]!, link.score);
  });
  const owners: OwnerReport[] = [...byOwner.entries()]
    .sort(([a], [b]) => compareCodeUnits(a, b))
    .map(([owner, owned]) => {
      const scored = [...owned.pairs.values()].filter((score): score is number => score !== null);
      return {
        owner,
        name: customers[layout.index.get(owner)!]!.name,
        links: owned.links,
        score: scored.length === 0 ? null : scored.reduce((sum, score) => sum + score, 0) / scored.length,
      };
    });
  const internalIndex = scores.length === 0 ? null : scores.reduce((sum, value) => sum + value, 0) / scores.length;

  // ---- structure: propagation, orphans, critical providers, priorities ------
  const externalNodes: number[] = [];
  customers.forEach((_, node) => {
    if (layout.internal[node] === 0) externalNodes.push(node);
  });
  const structure = structureOf(layout, settings, providers, state, externalNodes);

  // ---- external -------------------------------------------------------------
  const totals: { customerId: string; last: number; count: number; monetary: number }[] = [];
  for (const node of externalNodes) {
    const purchases = state.customers[node]?.purchases;
    if (purchases !== undefined && purchases.count > 0) {
      totals.push({ customerId: customers[node]!.id, last: purchases.last!, count: purchases.count, monetary: purchaseResult(purchases).amount });
    }
  }
  const rfmRows = new Map(rfmFromTotals(totals, settings.asOf, 5).map((row) => [row.customerId, row]));
  const externalReports: ExternalCustomerReport[] = [];
  const groups = new Map<string, number[]>();
  const member = (key: string, node: number): void => {
    let list = groups.get(key);
    if (list === undefined) groups.set(key, (list = []));
    list.push(node);
  };
  const empty = emptyCustomer();
  for (const node of externalNodes) {
    const customer = customers[node]!;
    const slot = state.customers[node] ?? empty;
    const segment = 'segment' in customer && customer.segment !== undefined ? customer.segment : null;
    externalReports.push({
      id: customer.id,
      name: customer.name,
      kind: customer.kind,
      segment,
      // field by field rather than spread: no interim object per customer
      nps: figures.nps(slot.surveys.nps),
      csat: figures.csat(slot.surveys.csat.satisfied, slot.surveys.csat.total),
      ces: figures.ces(slot.surveys.ces.total, slot.surveys.ces.partials, slot.surveys.ces.squares),
      purchases: purchaseResult(slot.purchases),
      referrals: figures.referrals(slot.referrals.made, slot.referrals.converted),
      rfm: rfmRows.get(customer.id) ?? null,
      propagatedQuality: structure.propagated.get(customer.id)!,
      criticalProviders: structure.critical.get(customer.id)!,
      heard: slot.heard,
    });
    member(`kind\u0000${customer.kind}`, node);
    member(`segment\u0000${segment ?? '(none)'}`, node);
  }
  const groupReport = (key: string, label: string): ExternalGroupReport => {
    const nodes = groups.get(key)!;
    const slots = nodes.map((node) => state.customers[node] ?? empty);
    const group = groupSlot(slots);
    const start = slots.filter((slot) => slot.before).length;
    const end = slots.filter((slot) => slot.purchases.count > 0).length;
    const retained = slots.filter((slot) => slot.before && slot.purchases.count > 0).length;
    const referrers = slots.filter((slot) => slot.referrals.made > 0).length;
    const qualities = nodes.map((node) => structure.propagated.get(customers[node]!.id)!);
    const canRetain = settings.from !== null && start > 0;
    return {
      group: label,
      customers: nodes.length,
      ...externalScores(figures, group),
      retention: {
        rate: canRetain ? retentionRate({ start, end, acquired: end - retained }) : null,
        start,
        end,
        acquired: end - retained,
        ...bounds(canRetain ? wilsonInterval(retained, start, settings.confidence) : null),
      },
      wordOfMouth: {
        referralRate: nodes.length > 0 ? referralRate({ customers: nodes.length, referrers }) : null,
        kFactor: group.referrals.made > 0 ? kFactor({ customers: nodes.length, referrals: group.referrals.made, conversions: group.referrals.converted }) : null,
        referrers,
      },
      propagatedQuality: qualities.length === 0 ? null : qualities.reduce((sum, value) => sum + value, 0) / qualities.length,
    };
  };
  const groupsOf = (prefix: string): ExternalGroupReport[] =>
    [...groups.keys()]
      .filter((key) => key.startsWith(`${prefix}\u0000`))
      .sort()
      .map((key) => groupReport(key, key.slice(prefix.length + 1)));
  const overallSlot: CustomerSlot = { ...groupSlot(externalNodes.map((node) => state.customers[node] ?? empty)), surveys: state.organization.surveys };
  const overall = externalScores(figures, overallSlot);
  const externalIndexValue = externalIndex(overall);
  const attention = attentionBalance(
    EXTERNAL_KINDS.map((kind: CustomerKind) => {
      const nodes = groups.get(`kind\u0000${kind}`) ?? [];
      return { kind, customers: nodes.length, heard: nodes.filter((node) => state.customers[node]?.heard === true).length };
    }) as Parameters<typeof attentionBalance>[0],
  );

  // ---- verdict ----------------------------------------------------------------
  const evidence = {
    internal: evidenceInternal,
    external: overall.nps.total + overall.csat.total + overall.ces.total,
    minAnswers: settings.minAnswers,
  };
  const verdict: ReportBalance =
    internalIndex === null || externalIndexValue === null || evidence.internal < evidence.minAnswers || evidence.external < evidence.minAnswers
      ? { gap: null, focus: null, reason: 'not-enough-data', internal: internalIndex, external: externalIndexValue, evidence }
      : { ...balance({ internal: internalIndex, external: externalIndexValue }, settings.balance), evidence };

  const internalCount = layout.internal.reduce((sum, flag) => sum + flag, 0);
  return {
    asOf: new Date(settings.asOf).toISOString(),
    window: { from: settings.from === null ? null : new Date(settings.from).toISOString(), to: new Date(settings.to).toISOString() },
    confidence: settings.confidence,
    counts: {
      customers: customers.length,
      internal: internalCount,
      external: customers.length - internalCount,
      links: now.m,
      observations: state.observations,
      observationsInWindow: state.inWindow,
      unused: state.unused,
    },
    internal: {
      index: internalIndex,
      enps: figures.enps(state.organization.enps, withheld.companyEnps),
      providers,
      links,
      owners,
      unowned,
    },
    external: {
      index: externalIndexValue,
      overall,
      customers: externalReports,
      byKind: groupsOf('kind'),
      bySegment: groupsOf('segment'),
      employeeReferrals: { ...state.organization.employeeReferrals },
      attention,
    },
    orphans: structure.orphans,
    criticalProviders: structure.criticalCounts,
    priorities: structure.priorities,
    balance: verdict,
  };
}
