import type { Issue, IssuePath } from '../errors.js';
import { isoInstant } from '../_internal/dates.js';
import { readObservation } from '../observations/readObservation.js';
import type { Interaction, Observation, Purchase, Referral, Survey, Task } from '../observations/schemas.js';
import { addExact } from '../scoring/_internal/exactSum.js';
import { addSquare } from '../scoring/_internal/spread.js';
import { cesOnSevenPoints } from '../scoring/ces.js';
import { isSatisfied } from '../scoring/csat.js';
import { npsGroup } from '../scoring/nps.js';
import { countFirstPass } from '../scoring/firstPassAccumulator.js';
import { countPurchase } from '../scoring/purchaseAccumulator.js';
import { slaStanding } from '../scoring/slaAttainment.js';
import { answeringPair, findPair, linkSla, type Layout } from './layout.js';
import { insertSorted } from './privacy.js';
import { PairTable } from './pairs.js';
import type { ReportSettings } from './options.js';
import { emptyCustomer, emptyUnit, PAIR_COUNTS, type CustomerSlot, type EnpsSlot, type ReportState, type SurveySlot, type UnitSlot } from './state.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] extends object ? Mutable<T[K]> : T[K] };
type Work = Omit<Mutable<ReportState>, 'pairs'> & { units: (Mutable<UnitSlot> | null)[]; customers: (Mutable<CustomerSlot> | null)[] };

/** Positions of the pair counters, from their one list (state.ts). */
const at = (name: (typeof PAIR_COUNTS)[number]): number => PAIR_COUNTS.indexOf(name);
const SATISFIED = at('satisfied');
const ANSWERS = at('answers');
const STANDING = { onTime: at('onTime'), late: at('late'), open: at('open') } as const;
const WITHOUT_SLA = at('withoutSla');
const PASSED = at('passed');
const COMPLETED = at('completed');
const OPEN_TASKS = at('openTasks');
const INTERACTIONS = at('interactions');
const INITIATED = at('initiated');

function unitOf(work: Work, node: number): Mutable<UnitSlot> {
  return (work.units[node] ??= emptyUnit() as Mutable<UnitSlot>);
}

function customerOf(work: Work, node: number): Mutable<CustomerSlot> {
  return (work.customers[node] ??= emptyCustomer() as Mutable<CustomerSlot>);
}

/** Adds one external answer (nps, csat or ces) to a survey slot. */
function addAnswer(slot: Mutable<SurveySlot>, survey: Survey): void {
  switch (survey.instrument) {
    case 'nps':
      slot.nps[npsGroup(survey.value)] += 1;
      return;
    case 'csat':
      slot.csat.total += 1;
      if (isSatisfied(survey.value, survey.scale ?? 5)) slot.csat.satisfied += 1;
      return;
    case 'ces': {
      const value = cesOnSevenPoints(survey.value, survey.scale ?? 7);
      slot.ces.total += 1;
      addExact(slot.ces.partials, value);
      addSquare(slot.ces.squares, value);
      return;
    }
    default:
      return;
  }
}

function timeOf(observation: Observation): number {
  return isoInstant(observation.type === 'task' ? observation.requestedAt : observation.at)!;
}

/**
 * The fold's `add`, in place on a working copy: validates one observation
 * (issues under `path`), checks its ids against the chain, keeps the window,
 * and routes it to the slots it feeds. Returns false when it had issues.
 */
export class Folder {
  /** The currency of every purchase seen in this batch or before it, routed or not, so a second one is caught even after other issues. */
  private currency: string | null;

  /** A task's first-pass counts, reused: the kernel counts into it, the fold adds it to the unit's and the pair's. */
  private readonly firstPass = { passed: 0, total: 0, open: 0 };

  constructor(
    private readonly layout: Layout,
    private readonly settings: ReportSettings,
    private readonly work: Work,
    private readonly pairs: PairTable,
  ) {
    this.currency = work.currency;
  }

  static start(layout: Layout, settings: ReportSettings, state: ReportState): Folder {
    // one deep copy per batch: add and merge never change the states they are given
    const { pairs, ...rest } = state;
    return new Folder(layout, settings, structuredClone(rest) as Work, PairTable.from(pairs, layout.pairTo.length));
  }

  /** The state holding everything added so far. */
  finish(): ReportState {
    return { ...this.work, pairs: this.pairs.slots() };
  }

  /** For a report assembled at once: the state without its pair columns, and the table that holds them, never turned into JSON. */
  finishForReport(): { state: ReportState; pairs: PairTable } {
    return { state: { ...this.work, pairs: { slots: [], counts: [], respondents: [] } }, pairs: this.pairs };
  }

  add(input: unknown, path: IssuePath, issues: Issue[]): void {
    const observation = readObservation(input, path, issues);
    if (observation === undefined) return;
    // each id looked up once: the indices travel with the observation (-1: not in the chain, -2: absent)
    let first: number;
    let second = -2;
    switch (observation.type) {
      case 'survey':
        first = this.node(path, 'respondentId', observation.respondentId, issues);
        if (observation.subjectId !== undefined) second = this.node(path, 'subjectId', observation.subjectId, issues);
        break;
      case 'task':
        first = this.node(path, 'providerId', observation.providerId, issues, true);
        second = this.node(path, 'consumerId', observation.consumerId, issues);
        break;
      case 'purchase':
        first = this.node(path, 'customerId', observation.customerId, issues);
        break;
      case 'referral':
        first = this.node(path, 'referrerId', observation.referrerId, issues);
        second = this.node(path, 'referredId', observation.referredId, issues);
        break;
      case 'interaction':
        first = this.node(path, 'fromId', observation.fromId, issues);
        second = this.node(path, 'toId', observation.toId, issues);
        break;
    }
    let ok = first !== -1 && second !== -1;
    if (observation.type === 'purchase') {
      const currency = this.currency;
      if (currency === null) this.currency = observation.currency;
      else if (observation.currency !== currency) {
        issues.push({ path: [...path, 'currency'], code: 'INVALID_INPUT', message: `must be ${currency} like the purchases before it: no exchange rates here, not ${observation.currency}` });
        ok = false;
      }
    }
    if (!ok || issues.length > 0) return;
    this.route(observation, first, second, path, issues);
  }

  /** The index of the customer `id` names (an internal one, for a provider), or -1 after recording an issue. */
  private node(path: IssuePath, field: string, id: string, issues: Issue[], provider = false): number {
    const node = this.layout.index.get(id);
    if (node === undefined) {
      issues.push({ path: [...path, field], code: 'UNKNOWN_REFERENCE', message: `names no customer of the chain: ${JSON.stringify(id).slice(0, 60)}` });
      return -1;
    }
    if (provider && this.layout.internal[node] === 0) {
      issues.push({
        path: [...path, field],
        code: 'WRONG_KIND',
        message: `must be an internal customer (a department, employee or shareholder), not the ${this.layout.customers[node]!.kind} ${JSON.stringify(id)}`,
      });
      return -1;
    }
    return node;
  }

  /** Routes a valid observation whose ids are the customers `first` and `second` (-2 when it names one). */
  private route(observation: Observation, first: number, second: number, path: IssuePath, issues: Issue[]): void {
    const { work, settings } = this;
    work.observations += 1;
    if (observation.type === 'purchase') work.currency = observation.currency;
    const at = timeOf(observation);
    const { from, to } = settings;
    if (from !== null && at < from) {
      // the period of equal length just before the window: who bought then, for retention
      if (observation.type === 'purchase' && at >= from - (to - from) - 1) {
        if (this.layout.internal[first] === 0) customerOf(work, first).before = true;
      }
      return;
    }
    if (at > to) return;
    work.inWindow += 1;
    let used: boolean;
    switch (observation.type) {
      case 'survey':
        used = this.survey(observation, first, second);
        break;
      case 'task':
        used = this.task(observation, at, first, second);
        break;
      case 'interaction':
        used = this.interaction(observation, first, second);
        break;
      case 'purchase':
        used = this.purchase(observation, first, path, issues);
        break;
      case 'referral':
        used = this.referral(observation, first, second);
        break;
    }
    if (!used) work.unused += 1;
  }

  private survey(survey: Survey, respondent: number, subject: number): boolean {
    const { layout, work, settings } = this;
    const subjectInternal = subject >= 0 && layout.internal[subject] === 1;
    if (layout.internal[respondent] === 1) {
      if (survey.instrument === 'nps' && layout.employee[respondent] === 1) {
        const group = npsGroup(survey.value);
        const count = (slot: Mutable<EnpsSlot>): void => {
          slot.nps[group] += 1;
          insertSorted(slot.respondents, respondent, settings.minRespondents);
        };
        count(work.organization.enps);
        if (subjectInternal) count(unitOf(work, subject).enps);
        else insertSorted(work.organization.enpsRest, respondent, settings.minRespondents);
        return true;
      }
      if (survey.instrument === 'csat' && subjectInternal) {
        const satisfied = isSatisfied(survey.value, survey.scale ?? 5);
        const unit = unitOf(work, subject);
        const slot = unit.satisfaction;
        slot.total += 1;
        if (satisfied) slot.satisfied += 1;
        insertSorted(slot.respondents, respondent, settings.minRespondents);
        const pair = answeringPair(layout, subject, respondent);
        if (pair === -1) insertSorted(unit.satisfactionRest, respondent, settings.minRespondents);
        else {
          this.pairs.add(pair, ANSWERS);
          if (satisfied) this.pairs.add(pair, SATISFIED);
          this.pairs.addRespondent(pair, respondent, settings.minRespondents);
        }
        return true;
      }
      return false;
    }
    if (survey.instrument === 'servqual') return false;
    const customer = customerOf(work, respondent);
    customer.heard = true;
    addAnswer(customer.surveys, survey);
    addAnswer(work.organization.surveys, survey);
    if (subjectInternal) addAnswer(unitOf(work, subject).external, survey);
    return true;
  }

  private task(task: Task, requested: number, provider: number, consumer: number): boolean {
    const { layout, work, settings, pairs } = this;
    const pair = findPair(layout, provider, consumer);
    const fromLink = task.slaHours === undefined ? linkSla(layout, provider, consumer, pair, requested) : undefined;
    const slaHours = task.slaHours ?? fromLink?.slaHours;
    const standing = slaHours === undefined ? null : slaStanding(task, slaHours, task.calendar ?? fromLink?.calendar, settings.asOf);
    // the kernel counts the task once; the unit and its pair each add that count
    const first = this.firstPass;
    first.passed = first.total = first.open = 0;
    countFirstPass(first, task);
    const unit = unitOf(work, provider);
    if (standing === null) unit.sla.withoutSla += 1;
    else unit.sla[standing] += 1;
    unit.firstPass.passed += first.passed;
    unit.firstPass.total += first.total;
    unit.firstPass.open += first.open;
    if (pair !== -1) {
      pairs.add(pair, standing === null ? WITHOUT_SLA : STANDING[standing]);
      pairs.add(pair, PASSED, first.passed);
      pairs.add(pair, COMPLETED, first.total);
      pairs.add(pair, OPEN_TASKS, first.open);
    }
    return true;
  }

  private interaction(interaction: Interaction, from: number, to: number): boolean {
    const initiator = interaction.initiatedBy === interaction.fromId ? from : interaction.initiatedBy === interaction.toId ? to : -1;
    // each side is a provider serving the other, when a current link says so
    const one = this.collaborate(from, to, initiator);
    const other = this.collaborate(to, from, initiator);
    return one || other;
  }

  /** Records an interaction for `provider` serving `consumer`; whether it fed a figure. */
  private collaborate(provider: number, consumer: number, initiator: number): boolean {
    const { layout, work, pairs } = this;
    if (layout.internal[consumer] === 0) {
      // an outsider taking part is heard, whoever started it
      customerOf(work, consumer).heard = true;
      return true;
    }
    const pair = findPair(layout, provider, consumer);
    if (pair === -1) return false;
    const slot = unitOf(work, provider).collaboration;
    slot.interactions += 1;
    if (initiator === provider) slot.initiated += 1;
    insertSorted(slot.reached, consumer, Number.MAX_SAFE_INTEGER);
    pairs.add(pair, INTERACTIONS);
    if (initiator === provider) pairs.add(pair, INITIATED);
    return true;
  }

  private purchase(purchase: Purchase, node: number, path: IssuePath, issues: Issue[]): boolean {
    const { layout, work } = this;
    if (layout.internal[node] === 1) return false;
    const slot = customerOf(work, node);
    // in place, on the folder's own copy; the currency was checked against the state's already: what is left is a total past the largest number
    const problem = countPurchase(slot.purchases, purchase);
    if (problem !== null) issues.push({ path: [...path, problem.field], code: 'INVALID_INPUT', message: problem.message });
    return true;
  }

  private referral(referral: Referral, referrer: number, referred: number): boolean {
    const { layout, work } = this;
    if (layout.employee[referrer] === 1 && layout.internal[referred] === 0) {
      work.organization.employeeReferrals.made += 1;
      if (referral.converted) work.organization.employeeReferrals.converted += 1;
      return true;
    }
    if (layout.internal[referrer] === 1) return false;
    const slot = customerOf(work, referrer).referrals;
    slot.made += 1;
    if (referral.converted) slot.converted += 1;
    return true;
  }
}
