import type { CustomerInput } from '../customers/index.js';
import type { Calendar } from '../chain/calendar.js';

/**
 * What a service link delivers to its consumer.
 *
 * @category Sample
 */
export type SampleDeliverable = 'tool' | 'information' | 'support' | 'product' | 'service';

/**
 * One service link of the sample organisation: `from` (always an internal
 * customer) provides `service` to `to` (internal or external).
 *
 * @category Sample
 */
export interface SampleServiceLink {
  /** Id of the provider, an internal customer. */
  from: string;
  /** Id of the consumer, internal or external. */
  to: string;
  /** Name of the service provided. */
  service: string;
  /** What the consumer receives. */
  deliverable: SampleDeliverable;
  /** Hours within which a request over this link should be completed. */
  slaHours?: number;
  /** How much the consumer depends on this link (default 1). */
  weight?: number;
  /** First day the link exists (ISO date, inclusive). */
  validFrom?: string;
  /** Last day the link exists (ISO date, inclusive). */
  validTo?: string;
  /** The employee accountable for the link; a few links have none, on purpose. */
  owner?: string;
  /** The working calendar its SLA counts in (the Hanoi office's, on the links between departments). */
  calendar?: Calendar;
}

/**
 * The five SERVQUAL dimensions, each rated 1..7.
 *
 * @category Sample
 */
export interface SampleServqualDimensions {
  /** Physical facilities, equipment and appearance of staff. */
  tangibles: number;
  /** Performing the promised service dependably and accurately. */
  reliability: number;
  /** Willingness to help and to give prompt service. */
  responsiveness: number;
  /** Knowledge and courtesy of staff and the trust they inspire. */
  assurance: number;
  /** Caring, individual attention. */
  empathy: number;
}

/**
 * A survey answer with one value: an NPS answer (integer 0..10), a CSAT
 * rating (integer 1..scale, scale 5 by default) or a CES rating (integer
 * 1..scale, scale 7 by default).
 *
 * @category Sample
 */
export interface SampleRatingSurvey {
  /** Discriminant. */
  type: 'survey';
  /** Optional record id. */
  id?: string;
  /** Who answered. */
  respondentId: string;
  /** Who was rated. */
  subjectId: string;
  /** The instrument asked. */
  instrument: 'nps' | 'csat' | 'ces';
  /** The answer. */
  value: number;
  /** The rating scale's top value, for CSAT and CES. */
  scale?: number;
  /** When it was answered (ISO date or date-time). */
  at: string;
  /** Whether the survey followed a launch or a product long on the market. */
  stage?: 'launch' | 'established';
}

/**
 * A SERVQUAL answer: what the respondent expected and what it perceived, on
 * each of the five dimensions.
 *
 * @category Sample
 */
export interface SampleServqualSurvey {
  /** Discriminant. */
  type: 'survey';
  /** Optional record id. */
  id?: string;
  /** Who answered. */
  respondentId: string;
  /** Who was rated. */
  subjectId: string;
  /** The instrument asked. */
  instrument: 'servqual';
  /** Expected service, per dimension. */
  expectations: SampleServqualDimensions;
  /** Perceived service, per dimension. */
  perceptions: SampleServqualDimensions;
  /** When it was answered (ISO date or date-time). */
  at: string;
  /** Whether the survey followed a launch or a product long on the market. */
  stage?: 'launch' | 'established';
}

/**
 * Any survey answer of the sample.
 *
 * @category Sample
 */
export type SampleSurvey = SampleRatingSurvey | SampleServqualSurvey;

/**
 * A piece of work one customer did for another along a service link.
 *
 * @category Sample
 */
export interface SampleTask {
  /** Discriminant. */
  type: 'task';
  /** Optional record id. */
  id?: string;
  /** Who did the work (the link's `from`). */
  providerId: string;
  /** Who asked for it (the link's `to`). */
  consumerId: string;
  /** When it was asked for. */
  requestedAt: string;
  /** When it was finished; absent while open. */
  completedAt?: string;
  /** Hours allowed. */
  slaHours?: number;
  /** Defects found in the work (integer ≥ 0). */
  defects?: number;
  /** Whether the work had to be redone. */
  reworked?: boolean;
  /** Stretches in which the work waited on its consumer: the SLA clock stops in them. */
  paused?: { from: string; to: string }[];
}

/**
 * A purchase by an external customer.
 *
 * @category Sample
 */
export interface SamplePurchase {
  /** Discriminant. */
  type: 'purchase';
  /** Optional record id. */
  id?: string;
  /** Who paid. */
  customerId: string;
  /** When. */
  at: string;
  /** How much (≥ 0), in `currency`. */
  amount: number;
  /** ISO 4217 code; the sample uses `'VND'` only. */
  currency: string;
}

/**
 * One customer recommending the company to someone else.
 *
 * @category Sample
 */
export interface SampleReferral {
  /** Discriminant. */
  type: 'referral';
  /** Optional record id. */
  id?: string;
  /** Who recommended. */
  referrerId: string;
  /** Who was recommended to. */
  referredId: string;
  /** When. */
  at: string;
  /** Whether the referred party became a customer. */
  converted: boolean;
}

/**
 * A contact between two customers (a call, a visit, a message).
 *
 * @category Sample
 */
export interface SampleInteraction {
  /** Discriminant. */
  type: 'interaction';
  /** Optional record id. */
  id?: string;
  /** One side of the contact. */
  fromId: string;
  /** The other side. */
  toId: string;
  /** When. */
  at: string;
  /** How (`'phone'`, `'email'`, `'store'`, `'chat'`, `'meeting'`, `'zalo'`). */
  channel: string;
  /** Who started it: `fromId` or `toId`. */
  initiatedBy: string;
}

/**
 * Any observation of the sample, discriminated on `type`.
 *
 * @category Sample
 */
export type SampleObservation = SampleSurvey | SampleTask | SamplePurchase | SampleReferral | SampleInteraction;

/**
 * The sample organisation as plain JSON data: its customers, the service
 * links between them and a year of observations.
 *
 * @category Sample
 */
export interface SampleOrganization {
  /** Departments, employees, shareholders, users, buyers and beneficiaries. */
  customers: CustomerInput[];
  /** The internal service chain and its links to external customers. */
  links: SampleServiceLink[];
  /** Surveys, tasks, purchases, referrals and interactions of 2025. */
  observations: SampleObservation[];
}
