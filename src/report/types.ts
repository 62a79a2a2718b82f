import type { CustomerKind } from '../customers/kinds.js';
import type { BalanceResult } from '../scoring/balance.js';
import type { AttentionResult } from '../scoring/attentionBalance.js';
import type { FirstPassYieldResult } from '../scoring/firstPassYield.js';
import type { NpsResult } from '../scoring/nps.js';
import type { PurchaseResult } from '../scoring/purchaseAccumulator.js';
import type { RfmRow } from '../scoring/rfm.js';
import type { SlaResult } from '../scoring/slaAttainment.js';
import type { PriorityRow } from '../scoring/improvementPriorities.js';

/**
 * The interval of a figure at the report's `confidence`: `null` ends when
 * the figure has no answers (or fewer than two, for a mean).
 *
 * @category Report
 */
export interface Bounds {
  /** The lower end, in the figure's own unit. */
  readonly low: number | null;
  /** The upper end. */
  readonly high: number | null;
}

/** NPS with its counts (as {@link nps} gives them) and its adjusted-Wald interval. @category Report */
export type NpsFigure = NpsResult & Bounds;

/** A share of satisfied answers in percent, with the counts and the Wilson interval. @category Report */
export interface CsatFigure extends Bounds {
  /** satisfied ÷ total × 100; `null` without answers. */
  readonly score: number | null;
  /** Answers at or above the default threshold of their own scale (top two boxes from 4 points up, the top box below). */
  readonly satisfied: number;
  readonly total: number;
}

/** CES with every answer put on 1..7, its sample standard deviation and Student-t interval. @category Report */
export interface CesFigure extends Bounds {
  /** The mean on 1..7 (higher is easier); `null` without answers. */
  readonly score: number | null;
  /** The sample standard deviation (n − 1); `null` below 2 answers. */
  readonly sd: number | null;
  readonly total: number;
}

/**
 * A figure made from internal customers' answers, withheld with its counts
 * so that no answer can be recovered from the report: it rests on fewer
 * distinct respondents than `minRespondents`, or showing it would let a
 * reader subtract it from a shown total and find such answers
 * (complementary suppression; see {@link scoreOrganization}).
 *
 * @category Report
 */
export interface Suppressed {
  readonly score: null;
  readonly suppressed: true;
}

/** Survey figures of external customers' answers. @category Report */
export interface SurveyFigures {
  readonly nps: NpsFigure;
  readonly csat: CsatFigure;
  readonly ces: CesFigure;
}

/** Timeliness: {@link slaAttainment}'s counts, tasks without an SLA, and the Wilson interval. @category Report */
export type TimelinessFigure = SlaResult & Bounds & { readonly withoutSla: number };

/** Accuracy: {@link firstPassYield} of the tasks, with the Wilson interval. @category Report */
export type AccuracyFigure = FirstPassYieldResult & Bounds;

/** Collaboration with internal consumers: the mean of coverage and initiative. @category Report */
export interface CollaborationFigure {
  /** (coverage + initiative) ÷ 2, 0..100; `null` without interactions. */
  readonly score: number | null;
  /** Share of the internal consumers interacted with, in percent. */
  readonly coverage: number | null;
  /** Share of the interactions the provider started, in percent. */
  readonly initiative: number | null;
  readonly interactions: number;
  readonly initiated: number;
  /** Internal consumers the provider (or the link) serves. */
  readonly consumers: number;
  /** Of those, consumers interacted with at least once. */
  readonly reached: number;
}

/** The four components of internal service quality. @category Report */
export interface QualityComponents {
  /** Internal customers' csat answers about the provider; for a link, those of its consumer and of the consumer's employees. */
  readonly satisfaction: CsatFigure | Suppressed;
  readonly timeliness: TimelinessFigure;
  readonly accuracy: AccuracyFigure;
  readonly collaboration: CollaborationFigure;
}

/**
 * An improvement priority as the report gives it: `improvementPriorities`'
 * row with what the unit's own quality rests on, so that a lift from one
 * late task is not read like one from sixty.
 *
 * @category Report
 */
export interface ReportPriority extends PriorityRow {
  /** The records behind the unit's quality, from its figures in `internal.providers`. */
  readonly evidence: {
    /** Its tasks in the window (timeliness and accuracy; a task without an SLA counts for accuracy only). */
    readonly tasks: number;
    /** Its interactions with internal consumers (collaboration). */
    readonly interactions: number;
    /** Internal answers about it (satisfaction); `null` when that figure is withheld for privacy. */
    readonly answers: number | null;
  };
}

/** Internal quality of one provider, and what others say of it. @category Report */
export interface ProviderQuality {
  readonly id: string;
  readonly name: string;
  readonly kind: CustomerKind;
  /** `internalServiceQuality` of the measured, unsuppressed components, 0..100; `null` when none. */
  readonly score: number | null;
  readonly components: QualityComponents;
  /** External customers' answers about this unit. */
  readonly external: SurveyFigures;
  /** Employees' NPS answers about this unit (withheld under the privacy rule). */
  readonly enps: NpsFigure | Suppressed;
}

/** Internal quality of one link (the observations between its provider and consumer). @category Report */
export interface LinkQuality {
  readonly from: string;
  readonly to: string;
  readonly service: string;
  /** The accountable employee's id, or `null` for an unowned link. */
  readonly owner: string | null;
  readonly score: number | null;
  /**
   * The figures of the link's provider and consumer over the window. Tasks,
   * answers and interactions name a provider and a consumer, not a service,
   * so every link in force between the two shows the same figures (see
   * `pairLinks`), and they include what the pair did under a link retired
   * in the window. Links with the same counts share one frozen object: a
   * million links hold a few thousand distinct ones.
   */
  readonly components: QualityComponents;
  /** How many links in force join this provider and consumer, this one included: above 1, they share these figures rather than each having its own. */
  readonly pairLinks: number;
}

/** External figures of one customer or one group. @category Report */
export interface ExternalScores extends SurveyFigures {
  /** Purchases in the window: count, exact total, currency, last moment. */
  readonly purchases: PurchaseResult;
  /** Referrals made in the window, and how many converted. */
  readonly referrals: { readonly made: number; readonly converted: number };
}

/** One external customer's figures. @category Report */
export interface ExternalCustomerReport extends ExternalScores {
  readonly id: string;
  readonly name: string;
  readonly kind: CustomerKind;
  readonly segment: string | null;
  /** Its RFM row at `asOf` (among the customers who bought in the window), or `null` without purchases. */
  readonly rfm: RfmRow | null;
  /** The effective internal quality that reaches it through the chain, 0..1. */
  readonly propagatedQuality: number;
  /** The internal customers without which it is cut off from every starting point of the chain. */
  readonly criticalProviders: readonly string[];
  /** Answered a survey or took part in an interaction in the window. */
  readonly heard: boolean;
}

/** Figures of a group of external customers (one kind or one segment). @category Report */
export interface ExternalGroupReport extends ExternalScores {
  /** The kind or the segment (`'(none)'` for customers without a segment). */
  readonly group: string;
  readonly customers: number;
  /** Retention over the window vs the period of equal length before it; `rate` is `null` without `window.from` or with nobody active before. */
  readonly retention: { readonly rate: number | null; readonly start: number; readonly end: number; readonly acquired: number } & Bounds;
  /** `referralRate` and `kFactor` of the group, or `null` without customers / referrals. */
  readonly wordOfMouth: { readonly referralRate: number | null; readonly kFactor: number | null; readonly referrers: number };
  /** Mean propagated quality of the group's customers, 0..1; `null` for an empty group. */
  readonly propagatedQuality: number | null;
}

/** The links one employee is accountable for. @category Report */
export interface OwnerReport {
  readonly owner: string;
  readonly name: string;
  /** Their links' qualities, in chain order. */
  readonly links: readonly LinkQuality[];
  /** The mean score over the provider–consumer pairs of those links that have one, each pair once (two of their links between the same two units share one score); `null` when none has. */
  readonly score: number | null;
}

/** How many answers each index rests on. @category Report */
export interface Evidence {
  /**
   * Internal answers and records behind the internal index, over the
   * providers with a score: the csat answers of their shown satisfaction
   * figures (a withheld one, whether too small itself or withheld to
   * protect another, adds none), their tasks and their interactions. It is
   * thus the sum of figures the report shows, and subtracting them leaves
   * nothing of a withheld answer.
   */
  readonly internal: number;
  /** External answers behind the external index: nps, csat and ces answers. */
  readonly external: number;
  /** The fewest either side needs before the report names a side. */
  readonly minAnswers: number;
}

/**
 * The balance verdict of a report: `balance` of the internal and external
 * indices with the answers each rests on, or `'not-enough-data'` when
 * either index is missing or rests on fewer than `minAnswers`.
 *
 * @category Report
 */
export type ReportBalance =
  | (BalanceResult & { readonly evidence: Evidence })
  | {
      readonly gap: null;
      readonly focus: null;
      readonly reason: 'not-enough-data';
      readonly internal: number | null;
      readonly external: number | null;
      readonly evidence: Evidence;
    };

/** The whole report made by {@link scoreOrganization}. @category Report */
export interface OrganizationReport {
  /** The moment of the report, as an ISO date-time. */
  readonly asOf: string;
  /** The window used (`from` is `null` without a lower bound). */
  readonly window: { readonly from: string | null; readonly to: string };
  /** The confidence of every interval in the report. */
  readonly confidence: number;
  /** How many records of each kind the report rests on. */
  readonly counts: {
    readonly customers: number;
    readonly internal: number;
    readonly external: number;
    readonly links: number;
    readonly observations: number;
    readonly observationsInWindow: number;
    /** Observations in the window that feed no figure (a servqual answer, a purchase by an internal customer, an interaction outside any link …). */
    readonly unused: number;
  };
  readonly internal: {
    /** The mean provider score, 0..100; `null` when no provider has one. */
    readonly index: number | null;
    /** eNPS: every employee's nps answer (withheld under the privacy rule). */
    readonly enps: NpsFigure | Suppressed;
    /** Every internal customer that provides a link at `asOf`, or has figures, in chain order. */
    readonly providers: readonly ProviderQuality[];
    readonly links: readonly LinkQuality[];
    /** Per accountable employee, the links they own. */
    readonly owners: readonly OwnerReport[];
    /** Links with no owner. */
    readonly unowned: readonly LinkQuality[];
  };
  readonly external: {
    /** The mean of CSAT, (NPS + 100) ÷ 2 and 100 × (CES − 1) ÷ 6 over every external answer, 0..100. */
    readonly index: number | null;
    /** Every external answer, with a subject or without. */
    readonly overall: ExternalScores;
    readonly customers: readonly ExternalCustomerReport[];
    readonly byKind: readonly ExternalGroupReport[];
    readonly bySegment: readonly ExternalGroupReport[];
    /** Referrals of outsiders made by employees. */
    readonly employeeReferrals: { readonly made: number; readonly converted: number };
    /** Users, buyers and beneficiaries heard in the window (`attentionBalance`). */
    readonly attention: AttentionResult;
  };
  /** Internal customers that provide a link and yet reach no external customer. */
  readonly orphans: readonly string[];
  /** Providers that are a single point of failure for external customers, with how many, most first. */
  readonly criticalProviders: readonly { readonly id: string; readonly customers: number }[];
  /** `improvementPriorities` over the providers' qualities, weighted by purchases in the window (1 each without purchases). */
  readonly priorities: readonly ReportPriority[];
  readonly balance: ReportBalance;
}
