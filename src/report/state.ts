import * as z from 'zod';
import type { NpsState } from '../scoring/npsAccumulator.js';
import type { FirstPassState } from '../scoring/firstPassAccumulator.js';
import { emptyPurchases, type PurchaseState } from '../scoring/purchaseAccumulator.js';
import type { PairCounts } from './pairs.js';

/**
 * The plain-JSON state of {@link reportAccumulator}. Its size follows the
 * chain — a slot per customer (counts, exact partial sums and a few capped
 * id lists) and eleven counts per provider–consumer pair that holds
 * something — never the number of observations. Slots are indexed by the
 * chain's dense customer order.
 * Treat it as opaque: send it between workers with `JSON.stringify` /
 * `JSON.parse`, `merge` it, and ask `result` for the report.
 *
 * @category Report
 */
export interface ReportState {
  /** `'clientele.report/3'` (3: links' csat respondents and the rest of each family, for complementary suppression). */
  readonly format: typeof FORMAT;
  /** The chain and the settings the state belongs to: states with another fingerprint cannot be merged. */
  readonly fingerprint: string;
  /** Valid observations added, in the window or not. */
  readonly observations: number;
  /** Of those, observations inside the window. */
  readonly inWindow: number;
  /** Observations in the window that feed no figure (a servqual answer, a purchase by an internal customer …). */
  readonly unused: number;
  /** The currency of every purchase added; `null` before the first. */
  readonly currency: string | null;
  /** One slot per customer index: internal customers' unit figures (`null` until something is recorded). */
  readonly units: readonly (UnitSlot | null)[];
  /** The provider–consumer pairs of the chain at `asOf` that hold something, as columns. */
  readonly pairs: PairSlots;
  /** One slot per customer index: external customers' figures. */
  readonly customers: readonly (CustomerSlot | null)[];
  /** Figures of the organisation as a whole. */
  readonly organization: OrganizationSlot;
}

/** Counts of csat answers, and the distinct respondents behind them (capped at `minRespondents`). */
export interface SatisfactionSlot {
  readonly satisfied: number;
  readonly total: number;
  readonly respondents: readonly number[];
}

/** NPS counts of employees' answers, and the distinct respondents (capped). */
export interface EnpsSlot {
  readonly nps: NpsState;
  readonly respondents: readonly number[];
}

/** Effort answers put on 1..7: count and exact sums of the values and of their squares. */
export interface EffortSlot {
  readonly total: number;
  readonly partials: readonly number[];
  readonly squares: readonly number[];
}

/** External customers' survey answers. */
export interface SurveySlot {
  readonly nps: NpsState;
  readonly csat: { readonly satisfied: number; readonly total: number };
  readonly ces: EffortSlot;
}

/** Tasks against their SLA. */
export interface SlaSlot {
  readonly onTime: number;
  readonly late: number;
  readonly open: number;
  /** Tasks with no SLA on the task or a link valid when it was requested. */
  readonly withoutSla: number;
}

/** Interactions between a provider and its internal consumers. */
export interface CollaborationSlot {
  readonly interactions: number;
  readonly initiated: number;
  /** Consumer indices interacted with, sorted. */
  readonly reached: readonly number[];
}

/** What a unit or a link is measured by on the inside. */
export interface InternalSlot {
  readonly satisfaction: SatisfactionSlot;
  readonly sla: SlaSlot;
  readonly firstPass: FirstPassState;
  readonly collaboration: CollaborationSlot;
}

/** A unit's slot: its internal figures, and what others say of it. */
export interface UnitSlot extends InternalSlot {
  /** Distinct respondents (capped at `minRespondents`) of the csat answers about this unit that no link of it holds: from someone it serves neither directly nor through their department. */
  readonly satisfactionRest: readonly number[];
  /** External customers' answers about this unit. */
  readonly external: SurveySlot;
  /** Employees' NPS answers about this unit. */
  readonly enps: EnpsSlot;
}

/** An external customer's slot. */
export interface CustomerSlot {
  readonly surveys: SurveySlot;
  readonly purchases: PurchaseState;
  readonly referrals: { readonly made: number; readonly converted: number };
  /** Bought in the period of equal length just before the window. */
  readonly before: boolean;
  /** Answered a survey or took part in an interaction in the window. */
  readonly heard: boolean;
}

/**
 * The counters of one provider–consumer pair, in this order: csat answers
 * satisfied and in all; tasks on time, late, open against an SLA and without
 * one; tasks that passed first time, completed and open; interactions and
 * those the provider started. A pair has one consumer, so the consumers it
 * reached are that consumer or nobody; its csat respondents (the consumer
 * and the consumer's employees) are listed apart, in {@link PairSlots}'
 * `respondents`.
 */
export const PAIR_COUNTS = ['satisfied', 'answers', 'onTime', 'late', 'open', 'withoutSla', 'passed', 'completed', 'openTasks', 'interactions', 'initiated'] as const;

/** How many numbers each pair slot takes in {@link PairSlots}' `counts`. */
export const PAIR_WIDTH = PAIR_COUNTS.length;

/**
 * The linked pairs that hold something, as two columns of numbers rather
 * than an object per pair (a million links make a million pairs): `slots`
 * lists their pair indices, increasing; `counts` holds, for the i-th of
 * them, its counters at `i × 11 … i × 11 + 10` in the order of the pair
 * counters (csat satisfied, csat answers, on time, late, open, without SLA,
 * passed first time, completed, open tasks, interactions, initiated).
 * `respondents` lists, for each pair with csat answers (pairs increasing),
 * `[pair, id, id, …]`: the distinct respondents behind them, ascending, at
 * most `minRespondents` kept.
 *
 * @category Report
 */
export interface PairSlots {
  readonly slots: readonly number[];
  readonly counts: readonly number[];
  readonly respondents: readonly (readonly number[])[];
}

/** The organisation's slot. */
export interface OrganizationSlot {
  /** Every external customer's answer, with a subject or without. */
  readonly surveys: SurveySlot;
  /** Every employee's NPS answer. */
  readonly enps: EnpsSlot;
  /** Distinct respondents (capped) of the employees' NPS answers about no unit: without a subject, or about an external one. */
  readonly enpsRest: readonly number[];
  /** Referrals of outsiders made by employees. */
  readonly employeeReferrals: { readonly made: number; readonly converted: number };
}

export const FORMAT = 'clientele.report/3';

export function emptySurveys(): SurveySlot {
  return { nps: { promoters: 0, passives: 0, detractors: 0 }, csat: { satisfied: 0, total: 0 }, ces: { total: 0, partials: [], squares: [] } };
}

export function emptyInternal(): InternalSlot {
  return {
    satisfaction: { satisfied: 0, total: 0, respondents: [] },
    sla: { onTime: 0, late: 0, open: 0, withoutSla: 0 },
    firstPass: { passed: 0, total: 0, open: 0 },
    collaboration: { interactions: 0, initiated: 0, reached: [] },
  };
}

export function emptyUnit(): UnitSlot {
  return { ...emptyInternal(), satisfactionRest: [], external: emptySurveys(), enps: { nps: { promoters: 0, passives: 0, detractors: 0 }, respondents: [] } };
}

export function emptyCustomer(): CustomerSlot {
  return { surveys: emptySurveys(), purchases: emptyPurchases(), referrals: { made: 0, converted: 0 }, before: false, heard: false };
}

export function emptyState(fingerprint: string, customers: number): ReportState {
  return {
    format: FORMAT,
    fingerprint,
    observations: 0,
    inWindow: 0,
    unused: 0,
    currency: null,
    units: new Array<UnitSlot | null>(customers).fill(null),
    pairs: { slots: [], counts: [], respondents: [] },
    customers: new Array<CustomerSlot | null>(customers).fill(null),
    organization: {
      surveys: emptySurveys(),
      enps: { nps: { promoters: 0, passives: 0, detractors: 0 }, respondents: [] },
      enpsRest: [],
      employeeReferrals: { made: 0, converted: 0 },
    },
  };
}

// ---- the shape, checked when a state crosses a boundary (merge, result, add) ----

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const finite = z.number().finite();
const ids = z.array(count);
const NpsStateShape = z.strictObject({ promoters: count, passives: count, detractors: count });
const SurveyShape = z.strictObject({
  nps: NpsStateShape,
  csat: z.strictObject({ satisfied: count, total: count }),
  ces: z.strictObject({ total: count, partials: z.array(finite), squares: z.array(finite) }),
});
const InternalShape = {
  satisfaction: z.strictObject({ satisfied: count, total: count, respondents: ids }),
  sla: z.strictObject({ onTime: count, late: count, open: count, withoutSla: count }),
  firstPass: z.strictObject({ passed: count, total: count, open: count }),
  collaboration: z.strictObject({ interactions: count, initiated: count, reached: ids }),
};
const EnpsShape = z.strictObject({ nps: NpsStateShape, respondents: ids });
const PurchaseShape = z.strictObject({
  currency: z.string().regex(/^[A-Z]{3}$/).nullable(),
  count,
  partials: z.array(finite),
  last: finite.nullable(),
});

/**
 * The view of one pair's counters (row `row` of `pairs`) as an internal
 * slot, for the public figures: its csat respondents as listed, and the
 * pair's consumer the only consumer it can reach.
 */
export function pairSlot(pairs: PairCounts, row: number, consumer: number): InternalSlot {
  const at = (name: (typeof PAIR_COUNTS)[number]): number => pairs.count(row, PAIR_COUNTS.indexOf(name));
  const interactions = at('interactions');
  return {
    satisfaction: { satisfied: at('satisfied'), total: at('answers'), respondents: pairs.respondents(row) },
    sla: { onTime: at('onTime'), late: at('late'), open: at('open'), withoutSla: at('withoutSla') },
    firstPass: { passed: at('passed'), total: at('completed'), open: at('openTasks') },
    collaboration: { interactions, initiated: at('initiated'), reached: interactions > 0 ? [consumer] : [] },
  };
}

/** The shape of a report state, for states that arrive from elsewhere. */
export const ReportStateShape = /*@__PURE__*/ z.strictObject({
  format: z.literal(FORMAT),
  fingerprint: z.string(),
  observations: count,
  inWindow: count,
  unused: count,
  currency: z.string().regex(/^[A-Z]{3}$/).nullable(),
  units: z.array(z.strictObject({ ...InternalShape, satisfactionRest: ids, external: SurveyShape, enps: EnpsShape }).nullable()),
  // columns of counts, checked with a loop by the accumulator (millions of numbers)
  pairs: z.strictObject({ slots: z.array(z.unknown()), counts: z.array(z.unknown()), respondents: z.array(z.unknown()) }),
  customers: z.array(
    z
      .strictObject({
        surveys: SurveyShape,
        purchases: PurchaseShape,
        referrals: z.strictObject({ made: count, converted: count }),
        before: z.boolean(),
        heard: z.boolean(),
      })
      .nullable(),
  ),
  organization: z.strictObject({
    surveys: SurveyShape,
    enps: EnpsShape,
    enpsRest: ids,
    employeeReferrals: z.strictObject({ made: count, converted: count }),
  }),
});
