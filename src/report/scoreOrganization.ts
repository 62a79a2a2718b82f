import { ClienteleError, type Issue } from '../errors.js';
import { describe, fail } from '../_internal/fail.js';
import { inclusiveEnd, isDateOnly, isoInstant, toInstant } from '../_internal/dates.js';
import type { Customer } from '../customers/schemas.js';
import { INTERNAL_KINDS, type CustomerKind } from '../customers/kinds.js';
import {
  chainAsOf,
  chainCustomers,
  chainLinks,
  criticalProviders,
  orphans,
  type ServiceChain,
  type ServiceLink,
} from '../chain/index.js';
import { parseObservations, type Observation } from '../observations/index.js';
import {
  balance,
  ces,
  csat,
  enps,
  internalServiceQuality,
  kFactor,
  nps,
  referralRate,
  retentionRate,
  rfm,
  type BalanceOptions,
  type BalanceResult,
  type RfmRow,
} from '../scoring/index.js';
import { propagateQuality } from '../scoring/propagateQuality.js';

/**
 * Options of {@link scoreOrganization}.
 *
 * @category Report
 */
export interface ScoreOrganizationOptions {
  /** The moment the report speaks for: observations after it are ignored; open tasks past their SLA at this moment count as late. */
  readonly asOf: Date | string;
  /**
   * The period whose observations count: `from` (inclusive, default: no lower
   * bound) to `to` (inclusive, default and upper limit: `asOf`). A date-only
   * `to` covers its whole UTC day. Retention compares this window with the
   * period of the same length just before it, so it needs `from`.
   */
  readonly window?: { readonly from?: Date | string; readonly to?: Date | string };
  /** `balance` thresholds, passed through. */
  readonly balance?: { readonly tolerance?: number; readonly floor?: number };
  /** How internal quality travels down the chain (see `propagateQuality`). Default `'yield'`. */
  readonly propagation?: 'yield' | 'mean';
}

/** The four components of internal service quality, each 0..100 or `null` when nothing measured it. @category Report */
export interface QualityComponents {
  /** CSAT (percentage satisfied) of internal consumers' csat surveys about the provider. */
  readonly satisfaction: number | null;
  /** SLA attainment of the provider's tasks, SLA from the task or else from the link. */
  readonly timeliness: number | null;
  /** First-pass yield of the provider's completed tasks. */
  readonly accuracy: number | null;
  /** Mean of coverage (share of linked consumers it interacted with) and initiative (share of interactions it started). */
  readonly collaboration: number | null;
}

/** The counts behind a provider's or a link's quality. @category Report */
export interface QualityCounts {
  /** csat surveys from internal consumers about this provider. */
  readonly surveys: number;
  /** Of those, answers at or above the satisfied threshold. */
  readonly satisfied: number;
  /** Tasks requested in the window. */
  readonly tasks: number;
  /** Tasks finished within their SLA. */
  readonly onTime: number;
  /** Tasks finished after their SLA, or open and already past it. */
  readonly late: number;
  /** Open tasks not yet past their SLA. */
  readonly open: number;
  /** Tasks with no SLA on the task or its link: counted here, left out of timeliness. */
  readonly withoutSla: number;
  /** Completed tasks with no defects and no rework. */
  readonly passed: number;
  /** Completed tasks (the base of accuracy). */
  readonly completed: number;
  /** Interactions between the provider and its consumers. */
  readonly interactions: number;
  /** Of those, started by the provider. */
  readonly initiated: number;
  /** Consumers the provider links to. */
  readonly consumers: number;
  /** Of those, consumers it interacted with at least once. */
  readonly consumersReached: number;
}

/** Internal quality of one provider. @category Report */
export interface ProviderQuality {
  /** The provider's id. */
  readonly id: string;
  /** Its name. */
  readonly name: string;
  /** Its kind (department, employee or shareholder). */
  readonly kind: CustomerKind;
  /** `internalServiceQuality` of the components, 0..100, or `null` when none was measured. */
  readonly score: number | null;
  /** The components. */
  readonly components: QualityComponents;
  /** The counts behind them. */
  readonly counts: QualityCounts;
}

/** Internal quality of one link (the observations between its provider and consumer). @category Report */
export interface LinkQuality {
  /** The provider. */
  readonly from: string;
  /** The consumer. */
  readonly to: string;
  /** The service the link carries. */
  readonly service: string;
  /** `internalServiceQuality` of the components, or `null`. */
  readonly score: number | null;
  /** The components. */
  readonly components: QualityComponents;
  /** The counts behind them. */
  readonly counts: QualityCounts;
}

/** A score with the number of answers behind it. @category Report */
export interface CountedScore {
  /** The score, or `null` without answers. */
  readonly score: number | null;
  /** How many answers it rests on. */
  readonly total: number;
}

/** External scores of one customer or one group. @category Report */
export interface ExternalScores {
  /** NPS of the nps answers, -100..100. */
  readonly nps: CountedScore;
  /** CSAT, percentage satisfied. */
  readonly csat: CountedScore;
  /** CES, mean on a 1..7 scale (higher is easier). */
  readonly ces: CountedScore;
  /** Purchases in the window and their total amount. */
  readonly purchases: { readonly count: number; readonly amount: number; readonly currency: string | null };
  /** Referrals made in the window, and how many converted. */
  readonly referrals: { readonly made: number; readonly converted: number };
}

/** One external customer's scores. @category Report */
export interface ExternalCustomerReport extends ExternalScores {
  /** The customer's id. */
  readonly id: string;
  /** Its name. */
  readonly name: string;
  /** user, buyer or beneficiary. */
  readonly kind: CustomerKind;
  /** Its segment, or `null`. */
  readonly segment: string | null;
  /** Its RFM row at `asOf`, or `null` without purchases. */
  readonly rfm: RfmRow | null;
  /** The effective internal quality that reaches it through the chain, 0..1. */
  readonly propagatedQuality: number;
  /** The internal customers without which it is cut off from every starting point of the chain. */
  readonly criticalProviders: readonly string[];
}

/** Scores of a group of external customers (one kind or one segment). @category Report */
export interface ExternalGroupReport extends ExternalScores {
  /** The kind or the segment (`'(none)'` for customers without a segment). */
  readonly group: string;
  /** Customers in the group. */
  readonly customers: number;
  /** Retention rate over the window vs the period before it, or `null` when it cannot be computed (no `window.from`, or nobody bought in the period before). */
  readonly retention: { readonly rate: number | null; readonly start: number; readonly end: number; readonly acquired: number };
  /** Word of mouth: `referralRate` and `kFactor` of the group, or `null` without customers / referrals. */
  readonly wordOfMouth: { readonly referralRate: number | null; readonly kFactor: number | null; readonly referrers: number };
  /** Mean propagated quality of the group's customers, 0..1, or `null` for an empty group. */
  readonly propagatedQuality: number | null;
}

/** The whole report made by {@link scoreOrganization}. @category Report */
export interface OrganizationReport {
  /** The moment of the report, as an ISO date-time. */
  readonly asOf: string;
  /** The window used, as ISO date-times (`from` is `null` without a lower bound). */
  readonly window: { readonly from: string | null; readonly to: string };
  /** How many records of each kind the report rests on. */
  readonly counts: {
    readonly customers: number;
    readonly internal: number;
    readonly external: number;
    readonly links: number;
    readonly observations: number;
    readonly observationsInWindow: number;
  };
  /** Internal quality per provider (every internal customer that provides a link) and per link, and the internal index. */
  readonly internal: {
    readonly index: number | null;
    /** eNPS: the nps answers given by employees (about the organisation or any unit), -100..100. */
    readonly enps: CountedScore;
    readonly providers: readonly ProviderQuality[];
    readonly links: readonly LinkQuality[];
  };
  /** External scores per customer, per kind and per segment, and the external index. */
  readonly external: {
    readonly index: number | null;
    readonly overall: ExternalScores;
    readonly customers: readonly ExternalCustomerReport[];
    readonly byKind: readonly ExternalGroupReport[];
    readonly bySegment: readonly ExternalGroupReport[];
    /** Referrals made by employees of outsiders (word of mouth from inside). */
    readonly employeeReferrals: { readonly made: number; readonly converted: number };
  };
  /** Internal customers that reach no external customer. */
  readonly orphans: readonly string[];
  /** Providers that are a single point of failure for at least one external customer, with how many they hold, most first. */
  readonly criticalProviders: readonly { readonly id: string; readonly customers: number }[];
  /** The balance verdict and the two indices it compared. */
  readonly balance: ReportBalance;
}

/**
 * The balance verdict of a report: `balance` of the internal and external
 * indices, or, when one side has no data at all, a verdict that says so
 * rather than guessing.
 *
 * @category Report
 */
export type ReportBalance =
  | BalanceResult
  | {
      /** No gap without both indices. */
      readonly gap: null;
      /** No focus without both indices. */
      readonly focus: null;
      /** Why there is no verdict. */
      readonly reason: 'not-enough-data';
      /** The internal index, or `null`. */
      readonly internal: number | null;
      /** The external index, or `null`. */
      readonly external: number | null;
    };

const INTERNAL: ReadonlySet<string> = new Set(INTERNAL_KINDS);

/** Counts kept per provider and per link while the observations are read once. */
interface Acc {
  surveys: number;
  satisfied: number;
  taskCount: number;
  onTime: number;
  late: number;
  open: number;
  withoutSla: number;
  completed: number;
  passed: number;
  interactions: number;
  initiated: number;
  /** Consumers interacted with; kept for providers only (a link has one consumer). */
  reached: Set<string> | null;
}

function newAcc(trackReach: boolean): Acc {
  return {
    surveys: 0, satisfied: 0, taskCount: 0, onTime: 0, late: 0, open: 0, withoutSla: 0,
    completed: 0, passed: 0, interactions: 0, initiated: 0, reached: trackReach ? new Set() : null,
  };
}

const HOUR_MS = 3_600_000;

/**
 * How a task stands against its SLA, by the rules of `slaAttainment`:
 * finishing at or before requestedAt + slaHours is on time; an open task
 * whose deadline has passed at `asOf` is late.
 */
function slaStanding(requested: number, completed: number | null, slaHours: number, asOf: number): 'onTime' | 'late' | 'open' {
  const deadline = requested + slaHours * HOUR_MS;
  if (completed !== null) return completed <= deadline ? 'onTime' : 'late';
  return asOf > deadline ? 'late' : 'open';
}

/** A csat answer counts as satisfied at or above `scale − 1` of its own scale (5 when absent), csat's default threshold. */
function satisfiedAnswer(survey: { readonly value: number; readonly scale?: number | undefined }): boolean {
  return survey.value >= (survey.scale ?? 5) - 1;
}

const percent = (part: number, whole: number): number | null => (whole > 0 ? (part / whole) * 100 : null);

function quality(acc: Acc, consumers: number): { score: number | null; components: QualityComponents; counts: QualityCounts } {
  const reached = acc.reached === null ? (acc.interactions > 0 ? 1 : 0) : acc.reached.size;
  const coverage = acc.interactions > 0 ? percent(reached, consumers) : null;
  const initiative = percent(acc.initiated, acc.interactions);
  const components: QualityComponents = {
    satisfaction: percent(acc.satisfied, acc.surveys),
    timeliness: percent(acc.onTime, acc.onTime + acc.late),
    accuracy: percent(acc.passed, acc.completed),
    collaboration: coverage === null || initiative === null ? null : (coverage + initiative) / 2,
  };
  const measured =
    components.satisfaction !== null || components.timeliness !== null || components.accuracy !== null || components.collaboration !== null;
  return {
    score: measured ? internalServiceQuality(components).score : null,
    components,
    counts: {
      surveys: acc.surveys,
      satisfied: acc.satisfied,
      tasks: acc.taskCount,
      onTime: acc.onTime,
      late: acc.late,
      open: acc.open,
      withoutSla: acc.withoutSla,
      passed: acc.passed,
      completed: acc.completed,
      interactions: acc.interactions,
      initiated: acc.initiated,
      consumers,
      consumersReached: reached,
    },
  };
}

interface ExtAcc {
  nps: number[];
  csatSatisfied: number;
  csatTotal: number;
  ces: number[];
  purchases: number;
  amount: number;
  referrals: number;
  converted: number;
}

function newExtAcc(): ExtAcc {
  return { nps: [], csatSatisfied: 0, csatTotal: 0, ces: [], purchases: 0, amount: 0, referrals: 0, converted: 0 };
}

function mergeExt(into: ExtAcc, from: ExtAcc): void {
  for (const value of from.nps) into.nps.push(value);
  for (const value of from.ces) into.ces.push(value);
  into.csatSatisfied += from.csatSatisfied;
  into.csatTotal += from.csatTotal;
  into.purchases += from.purchases;
  into.amount += from.amount;
  into.referrals += from.referrals;
  into.converted += from.converted;
}

function externalScores(acc: ExtAcc, currency: string | null): ExternalScores {
  const promoter = nps(acc.nps);
  const effort = ces(acc.ces);
  return {
    nps: { score: promoter.score, total: promoter.total },
    csat: { score: percent(acc.csatSatisfied, acc.csatTotal), total: acc.csatTotal },
    ces: { score: effort.score, total: effort.total },
    purchases: { count: acc.purchases, amount: acc.amount, currency: acc.purchases > 0 ? currency : null },
    referrals: { made: acc.referrals, converted: acc.converted },
  };
}

/**
 * The external index, 0..100: the mean of the external scores present, each
 * put on 0..100 — CSAT as is, NPS as (nps + 100) / 2, CES on a 1..7 scale
 * where higher is easier as 100 × (ces − 1) / 6.
 */
function externalIndex(scores: ExternalScores): number | null {
  const parts: number[] = [];
  if (scores.csat.score !== null) parts.push(scores.csat.score);
  if (scores.nps.score !== null) parts.push((scores.nps.score + 100) / 2);
  if (scores.ces.score !== null) parts.push((100 * (scores.ces.score - 1)) / 6);
  return parts.length === 0 ? null : parts.reduce((sum, value) => sum + value, 0) / parts.length;
}

function observationTime(observation: Observation): string {
  return observation.type === 'task' ? observation.requestedAt : observation.at;
}

function checkReferences(observations: readonly Observation[], byId: ReadonlyMap<string, Customer>): void {
  const issues: Issue[] = [];
  let currency: string | undefined;
  const need = (index: number, field: string, id: string, side?: 'internal' | 'external'): void => {
    const customer = byId.get(id);
    if (!customer) {
      issues.push({ path: [index, field], code: 'UNKNOWN_REFERENCE', message: `no customer with id ${JSON.stringify(id)} in the chain` });
    } else if (side === 'internal' && !INTERNAL.has(customer.kind)) {
      issues.push({ path: [index, field], code: 'WRONG_KIND', message: `${JSON.stringify(id)} is a ${customer.kind}, not an internal customer` });
    }
  };
  observations.forEach((observation, index) => {
    switch (observation.type) {
      case 'survey':
        need(index, 'respondentId', observation.respondentId);
        need(index, 'subjectId', observation.subjectId);
        break;
      case 'task':
        need(index, 'providerId', observation.providerId, 'internal');
        need(index, 'consumerId', observation.consumerId);
        break;
      case 'purchase':
        need(index, 'customerId', observation.customerId);
        currency ??= observation.currency;
        if (observation.currency !== currency) {
          issues.push({
            path: [index, 'currency'],
            code: 'INVALID_INPUT',
            message: `purchases must share one currency: ${JSON.stringify(observation.currency)} differs from ${JSON.stringify(currency)}`,
          });
        }
        break;
      case 'referral':
        need(index, 'referrerId', observation.referrerId);
        need(index, 'referredId', observation.referredId);
        break;
      case 'interaction':
        need(index, 'fromId', observation.fromId);
        need(index, 'toId', observation.toId);
        break;
    }
  });
  if (issues.length > 0) throw new ClienteleError('INVALID_INPUT', issues);
}

/**
 * Checks the balance thresholds up front, whether or not the data will allow
 * a verdict, and reports their issues under `['options', 'balance']`.
 */
function readBalanceOptions(value: unknown): BalanceOptions {
  const options = (value ?? {}) as BalanceOptions;
  try {
    balance({ internal: 50, external: 50 }, options);
  } catch (error) {
    if (!(error instanceof ClienteleError)) throw error;
    throw new ClienteleError(
      'INVALID_INPUT',
      error.issues.map((issue) => ({
        ...issue,
        path: ['options', 'balance', ...(issue.path[0] === 'options' ? issue.path.slice(1) : issue.path)],
      })),
    );
  }
  return options;
}

/** Reads each option once (a getter may throw, or answer differently the next time). */
function readOptions(options: unknown): { [K in keyof ScoreOrganizationOptions]-?: unknown } {
  if (typeof options !== 'object' || options === null) fail(['options'], `must be an object with asOf, not ${describe(options)}`);
  try {
    const { asOf, window, balance, propagation } = options as Record<string, unknown>;
    return { asOf, window, balance, propagation };
  } catch {
    return fail(['options'], 'could not be read');
  }
}

function readWindow(window: unknown, asOf: number): { from: number | null; to: number } {
  if (window === undefined) return { from: null, to: asOf };
  if (typeof window !== 'object' || window === null) fail(['options', 'window'], `must be an object, not ${describe(window)}`);
  let rawFrom: unknown;
  let raw: unknown;
  try {
    ({ from: rawFrom, to: raw } = window as Record<string, unknown>);
  } catch {
    fail(['options', 'window'], 'could not be read');
  }
  const from = rawFrom === undefined ? null : toInstant(rawFrom, ['options', 'window', 'from']);
  let to = asOf;
  if (raw !== undefined) {
    const end = toInstant(raw, ['options', 'window', 'to']);
    to = Math.min(typeof raw === 'string' && isDateOnly(raw) ? inclusiveEnd(raw) : end, asOf);
  }
  if (from !== null && from > to) fail(['options', 'window', 'from'], 'must not be after the end of the window');
  return { from, to };
}

/**
 * Scores a whole organisation in one call: internal quality per provider and
 * per link, external scores per customer, kind and segment, internal quality
 * propagated down the chain to every external customer, the orphans, the
 * critical providers, and the balance verdict.
 *
 * The chain is read as it stood at `asOf` (see `chainAsOf`): a link that
 * ended before it, or begins after it, plays no part in the providers, the
 * orphans, the critical providers or the propagation. Every figure carries
 * the counts behind it, so a reader can see when a score rests on three
 * answers. How each figure is made:
 * - satisfaction: the share of csat answers from internal customers about the
 *   provider at or above `scale − 1` (each survey's own scale, 5 by default);
 * - timeliness: `slaAttainment` of the provider's tasks, with the SLA from the
 *   task or else from a link between the two that was valid when the task
 *   was requested (the smallest, if several);
 *   tasks with no SLA anywhere are counted in `withoutSla`;
 * - accuracy: `firstPassYield` of the completed tasks;
 * - collaboration: the mean of coverage (share of the provider's consumers it
 *   interacted with) and initiative (share of its interactions it started);
 * - these four combine by `internalServiceQuality` with equal weights;
 * - the internal index is the mean provider score; the external index is the
 *   mean of CSAT, (NPS + 100) / 2 and 100 × (CES − 1) / 6 over all external
 *   answers; `balance` compares the two;
 * - retention of a group compares buyers in the window with those of the
 *   period of equal length before it: start = active before, end = active
 *   now, acquired = active now but not before.
 *
 * @param chain - the organisation, made by `createServiceChain`
 * @param observations - survey, task, purchase, referral and interaction records (validated here)
 * @param options - `asOf`, and optionally `window`, `balance` thresholds and the `propagation` mode
 * @returns the report, as plain data
 * @throws {ClienteleError} with code `INVALID_INPUT` when an observation is malformed or names an id that is not in the chain (issue code `UNKNOWN_REFERENCE`, path `[index, field]`), when options are malformed, or when purchases mix currencies
 *
 * @example
 * ```ts
 * import { createServiceChain, scoreOrganization } from 'clientele';
 *
 * const chain = createServiceChain({
 *   customers: [
 *     { kind: 'department', id: 'it', name: 'IT' },
 *     { kind: 'department', id: 'sales', name: 'Sales' },
 *     { kind: 'buyer', id: 'b1', name: 'Acme', party: 'organization' },
 *   ],
 *   links: [
 *     { from: 'it', to: 'sales', service: 'laptops', deliverable: 'tool', slaHours: 24 },
 *     { from: 'sales', to: 'b1', service: 'quotes', deliverable: 'service' },
 *   ],
 * });
 * const report = scoreOrganization(chain, [
 *   { type: 'task', providerId: 'it', consumerId: 'sales', requestedAt: '2025-03-01T09:00:00Z', completedAt: '2025-03-01T17:00:00Z' },
 *   { type: 'survey', respondentId: 'b1', subjectId: 'sales', instrument: 'nps', value: 9, at: '2025-03-02' },
 * ], { asOf: '2025-12-31' });
 * report.internal.providers.find((p) => p.id === 'it').components.timeliness
 * //=> 100
 * report.external.overall.nps
 * //=> { score: 100, total: 1 }
 * report.criticalProviders
 * //=> [{ id: 'it', customers: 1 }, { id: 'sales', customers: 1 }]
 * ```
 *
 * @category Report
 */
export function scoreOrganization(
  chain: ServiceChain,
  observations: readonly unknown[],
  options: ScoreOrganizationOptions,
): OrganizationReport {
  const settings = readOptions(options);
  const asOf = toInstant(settings.asOf, ['options', 'asOf']);
  const window = readWindow(settings.window, asOf);
  const mode = settings.propagation ?? 'yield';
  if (mode !== 'yield' && mode !== 'mean') fail(['options', 'propagation'], `must be 'yield' or 'mean', not ${describe(mode)}`);
  const balanceOptions = readBalanceOptions(settings.balance);

  // links that had ended, or not yet begun, by asOf play no part in the
  // structure the report describes (providers, orphans, critical providers,
  // propagation); the chain is read as it stood at asOf
  const allLinks = chainLinks(chain);
  const current = chainAsOf(chain, new Date(asOf));
  const customers = chainCustomers(current);
  const links = chainLinks(current);
  const byId = new Map<string, Customer>();
  for (const customer of customers) byId.set(customer.id, customer);

  const parsed = parseObservations(observations);
  checkReferences(parsed, byId);

  // each observation's moment is read once; purchases in the period of equal
  // length before the window are kept aside for retention
  const inWindow: Observation[] = [];
  const inWindowAt: number[] = [];
  const activeBefore = new Set<string>();
  for (const observation of parsed) {
    const at = isoInstant(observationTime(observation)) as number;
    if (window.from !== null && at < window.from) {
      if (observation.type === 'purchase' && at >= window.from - (window.to - window.from) - 1) {
        activeBefore.add(observation.customerId);
      }
      continue;
    }
    if (at > window.to) continue;
    inWindow.push(observation);
    inWindowAt.push(at);
  }

  // ---- internal quality ------------------------------------------------
  const consumersOf = new Map<string, Set<string>>();
  // "from\u0000to" -> the links between them that carry an SLA, whenever valid:
  // a task takes its SLA from a link valid when the task was requested
  const slaLinks = new Map<string, { slaHours: number; from: number; to: number }[]>();
  const pairKey = (from: string, to: string): string => `${from}\u0000${to}`;
  for (const link of links) {
    let set = consumersOf.get(link.from);
    if (!set) consumersOf.set(link.from, (set = new Set()));
    set.add(link.to);
  }
  for (const link of allLinks) {
    if (link.slaHours === undefined) continue;
    const key = pairKey(link.from, link.to);
    let list = slaLinks.get(key);
    if (!list) slaLinks.set(key, (list = []));
    list.push({
      slaHours: link.slaHours,
      from: link.validFrom === undefined ? -Infinity : (isoInstant(link.validFrom) as number),
      to: link.validTo === undefined ? Infinity : inclusiveEnd(link.validTo),
    });
  }
  const slaAt = (key: string, at: number): number | undefined => {
    let best: number | undefined;
    for (const link of slaLinks.get(key) ?? []) {
      if (at >= link.from && at <= link.to && (best === undefined || link.slaHours < best)) best = link.slaHours;
    }
    return best;
  };
  const providerAcc = new Map<string, Acc>();
  const pairAcc = new Map<string, Acc>();
  const accFor = (map: Map<string, Acc>, key: string): Acc => {
    let acc = map.get(key);
    if (!acc) map.set(key, (acc = newAcc(map === providerAcc)));
    return acc;
  };
  const isInternalId = (id: string): boolean => INTERNAL.has((byId.get(id) as Customer).kind);

  // ---- external accumulation -------------------------------------------
  const extAcc = new Map<string, ExtAcc>();
  const extFor = (id: string): ExtAcc => {
    let acc = extAcc.get(id);
    if (!acc) extAcc.set(id, (acc = newExtAcc()));
    return acc;
  };
  const employeeReferrals = { made: 0, converted: 0 };
  const enpsAnswers: number[] = [];
  let currency: string | null = null;
  const purchases: Observation[] = [];

  for (let index = 0; index < inWindow.length; index += 1) {
    const observation = inWindow[index] as Observation;
    switch (observation.type) {
      case 'survey': {
        const respondentInternal = isInternalId(observation.respondentId);
        if (respondentInternal && isInternalId(observation.subjectId)) {
          if (observation.instrument === 'nps' && byId.get(observation.respondentId)?.kind === 'employee') {
            enpsAnswers.push(observation.value);
          }
          if (observation.instrument === 'csat') {
            const satisfied = satisfiedAnswer(observation) ? 1 : 0;
            for (const acc of [accFor(providerAcc, observation.subjectId), accFor(pairAcc, pairKey(observation.subjectId, observation.respondentId))]) {
              acc.surveys += 1;
              acc.satisfied += satisfied;
            }
          }
        } else if (!respondentInternal && observation.instrument !== 'servqual') {
          const acc = extFor(observation.respondentId);
          if (observation.instrument === 'nps') acc.nps.push(observation.value);
          else if (observation.instrument === 'csat') {
            acc.csatTotal += 1;
            if (satisfiedAnswer(observation)) acc.csatSatisfied += 1;
          } else if (observation.instrument === 'ces') {
            const scale = observation.scale ?? 7;
            acc.ces.push(1 + ((observation.value - 1) * 6) / (scale - 1));
          }
        }
        break;
      }
      case 'task': {
        const key = pairKey(observation.providerId, observation.consumerId);
        const requested = inWindowAt[index] as number;
        const completed = observation.completedAt === undefined ? null : (isoInstant(observation.completedAt) as number);
        const slaHours = observation.slaHours ?? slaAt(key, requested);
        const standing = slaHours === undefined ? null : slaStanding(requested, completed, slaHours, asOf);
        const passed = completed !== null && (observation.defects ?? 0) === 0 && observation.reworked !== true;
        for (const acc of [accFor(providerAcc, observation.providerId), accFor(pairAcc, key)]) {
          acc.taskCount += 1;
          if (standing === null) acc.withoutSla += 1;
          else acc[standing] += 1;
          if (completed !== null) {
            acc.completed += 1;
            if (passed) acc.passed += 1;
          }
        }
        break;
      }
      case 'interaction': {
        const pairs: [string, string][] = [
          [observation.fromId, observation.toId],
          [observation.toId, observation.fromId],
        ];
        for (const [provider, consumer] of pairs) {
          if (!consumersOf.get(provider)?.has(consumer)) continue;
          for (const acc of [accFor(providerAcc, provider), accFor(pairAcc, pairKey(provider, consumer))]) {
            acc.interactions += 1;
            if (observation.initiatedBy === provider) acc.initiated += 1;
            acc.reached?.add(consumer);
          }
        }
        break;
      }
      case 'purchase': {
        if (currency === null) currency = observation.currency;
        purchases.push(observation);
        if (!isInternalId(observation.customerId)) {
          const acc = extFor(observation.customerId);
          acc.purchases += 1;
          acc.amount += observation.amount;
        }
        break;
      }
      case 'referral': {
        const referrer = byId.get(observation.referrerId) as Customer;
        if (referrer.kind === 'employee') {
          if (!isInternalId(observation.referredId)) {
            employeeReferrals.made += 1;
            if (observation.converted) employeeReferrals.converted += 1;
          }
        } else if (!INTERNAL.has(referrer.kind)) {
          const acc = extFor(observation.referrerId);
          acc.referrals += 1;
          if (observation.converted) acc.converted += 1;
        }
        break;
      }
    }
  }


  const providers: ProviderQuality[] = [];
  for (const customer of customers) {
    const consumers = consumersOf.get(customer.id);
    if (!consumers) continue;
    const result = quality(providerAcc.get(customer.id) ?? newAcc(true), consumers.size);
    providers.push({ id: customer.id, name: customer.name, kind: customer.kind, ...result });
  }
  const EMPTY_LINK = newAcc(false);
  const linkQualities: LinkQuality[] = links.map((link: ServiceLink) => ({
    from: link.from,
    to: link.to,
    service: link.service,
    ...quality(pairAcc.get(pairKey(link.from, link.to)) ?? EMPTY_LINK, 1),
  }));
  const scored = providers.filter((provider) => provider.score !== null);
  const internalIndex = scored.length === 0 ? null : scored.reduce((sum, provider) => sum + (provider.score as number), 0) / scored.length;

  // ---- propagation, orphans, critical providers -------------------------
  const qualityMap = new Map<string, number>();
  for (const provider of providers) if (provider.score !== null) qualityMap.set(provider.id, provider.score / 100);
  const propagated = propagateQuality(current, qualityMap, { mode });
  const orphanIds = orphans(current);

  const rfmRows = new Map<string, RfmRow>();
  const asOfDate = new Date(asOf);
  const externalPurchases = purchases.filter((observation) => observation.type === 'purchase' && !isInternalId(observation.customerId));
  if (externalPurchases.length > 0) {
    for (const row of rfm(externalPurchases as Parameters<typeof rfm>[0], { asOf: asOfDate })) rfmRows.set(row.customerId, row);
  }

  const criticalCount = new Map<string, number>();
  const externalReports: ExternalCustomerReport[] = [];
  const groupAcc = new Map<string, { acc: ExtAcc; members: string[] }>();
  const groupFor = (key: string): { acc: ExtAcc; members: string[] } => {
    let group = groupAcc.get(key);
    if (!group) groupAcc.set(key, (group = { acc: newExtAcc(), members: [] }));
    return group;
  };
  const overall = newExtAcc();
  for (const customer of customers) {
    if (INTERNAL.has(customer.kind)) continue;
    const acc = extAcc.get(customer.id) ?? newExtAcc();
    const critical = criticalProviders(current, customer.id);
    for (const id of critical) criticalCount.set(id, (criticalCount.get(id) ?? 0) + 1);
    const segment = 'segment' in customer && customer.segment !== undefined ? customer.segment : null;
    externalReports.push({
      id: customer.id,
      name: customer.name,
      kind: customer.kind,
      segment,
      ...externalScores(acc, currency),
      rfm: rfmRows.get(customer.id) ?? null,
      propagatedQuality: propagated.get(customer.id) as number,
      criticalProviders: critical,
    });
    for (const key of [`kind\u0000${customer.kind}`, `segment\u0000${segment ?? '(none)'}`]) {
      const group = groupFor(key);
      mergeExt(group.acc, acc);
      group.members.push(customer.id);
    }
    mergeExt(overall, acc);
  }

  const activeNow = new Set(externalPurchases.map((observation) => (observation as { customerId: string }).customerId));
  const groupReport = (key: string, label: string): ExternalGroupReport => {
    const group = groupAcc.get(key) as { acc: ExtAcc; members: string[] };
    const start = group.members.filter((id) => activeBefore.has(id)).length;
    const end = group.members.filter((id) => activeNow.has(id)).length;
    const acquired = group.members.filter((id) => activeNow.has(id) && !activeBefore.has(id)).length;
    const referrers = group.members.filter((id) => (extAcc.get(id)?.referrals ?? 0) > 0).length;
    const qualities = group.members.map((id) => propagated.get(id) as number);
    return {
      group: label,
      customers: group.members.length,
      ...externalScores(group.acc, currency),
      retention: { rate: window.from !== null && start > 0 ? retentionRate({ start, end, acquired }) : null, start, end, acquired },
      wordOfMouth: {
        referralRate: group.members.length > 0 ? referralRate({ customers: group.members.length, referrers }) : null,
        kFactor: group.acc.referrals > 0 ? kFactor({ customers: group.members.length, referrals: group.acc.referrals, conversions: group.acc.converted }) : null,
        referrers,
      },
      propagatedQuality: qualities.length === 0 ? null : qualities.reduce((sum, value) => sum + value, 0) / qualities.length,
    };
  };
  const groupsOf = (prefix: string): ExternalGroupReport[] =>
    [...groupAcc.keys()]
      .filter((key) => key.startsWith(`${prefix}\u0000`))
      .sort()
      .map((key) => groupReport(key, key.slice(prefix.length + 1)));

  const enpsResult = enps(enpsAnswers);
  const overallScores = externalScores(overall, currency);
  const externalIndexValue = externalIndex(overallScores);
  const verdict: ReportBalance =
    internalIndex === null || externalIndexValue === null
      ? { gap: null, focus: null, reason: 'not-enough-data', internal: internalIndex, external: externalIndexValue }
      : balance({ internal: internalIndex, external: externalIndexValue }, balanceOptions);

  const counts = {
    customers: customers.length,
    internal: customers.filter((customer) => INTERNAL.has(customer.kind)).length,
    external: customers.filter((customer) => !INTERNAL.has(customer.kind)).length,
    links: links.length,
    observations: parsed.length,
    observationsInWindow: inWindow.length,
  };
  return {
    asOf: new Date(asOf).toISOString(),
    window: { from: window.from === null ? null : new Date(window.from).toISOString(), to: new Date(window.to).toISOString() },
    counts,
    internal: { index: internalIndex, enps: { score: enpsResult.score, total: enpsResult.total }, providers, links: linkQualities },
    external: {
      index: externalIndexValue,
      overall: overallScores,
      customers: externalReports,
      byKind: groupsOf('kind'),
      bySegment: groupsOf('segment'),
      employeeReferrals,
    },
    orphans: orphanIds,
    criticalProviders: [...criticalCount.entries()]
      .map(([id, count]) => ({ id, customers: count }))
      .sort((a, b) => b.customers - a.customers || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    balance: verdict,
  };
}
