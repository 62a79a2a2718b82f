import * as z from 'zod';
import { isoInstant } from '../_internal/dates.js';
import { IdSchema, IsoDateSchema } from '../customers/schemas.js';
import { CalendarSchema } from '../chain/calendar.js';
import { STAGES } from './kinds.js';
import { pauseProblems } from './_pauses.js';

const NON_EMPTY = 'must be a non-empty string';

/** Reads a field of an object that may not be an object yet (refinements run on partial input). */
function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

const StageSchema = /*@__PURE__*/ z.enum(STAGES);

const surveyCommon = {
  type: z.literal('survey'),
  id: IdSchema.optional(),
  respondentId: IdSchema,
  /** What the answer is about (a unit, a product); absent for a question about the organisation as a whole, such as the usual NPS question. */
  subjectId: IdSchema.optional(),
  at: IsoDateSchema,
  stage: StageSchema.optional(),
};

/**
 * A Net Promoter Score answer: "how likely are you to recommend …", an
 * integer from 0 to 10.
 *
 * @example
 * ```ts
 * import { NpsSurveySchema } from 'clientele';
 *
 * NpsSurveySchema.safeParse({ type: 'survey', instrument: 'nps', respondentId: 'u1', subjectId: 'app', at: '2024-05-01', value: 9 }).success
 * //=> true
 * NpsSurveySchema.safeParse({ type: 'survey', instrument: 'nps', respondentId: 'u1', subjectId: 'app', at: '2024-05-01', value: 9.5 }).success
 * //=> false
 * ```
 *
 * @category Observations
 */
export const NpsSurveySchema = /*@__PURE__*/ z.strictObject({
  ...surveyCommon,
  instrument: z.literal('nps'),
  value: z.number().int('must be an integer').min(0, 'must be from 0 to 10').max(10, 'must be from 0 to 10'),
});

const ScaleSchema = /*@__PURE__*/ z
  .number()
  .int('must be an integer')
  .min(2, 'must be from 2 to 100')
  .max(100, 'must be from 2 to 100');

function ratingWithin(defaultScale: number) {
  return {
    path: ['value'],
    message: `must be from 1 to the scale (default ${defaultScale})`,
    when: (payload: { value: unknown }) => {
      const scale = field(payload.value, 'scale');
      return isInteger(field(payload.value, 'value')) && (scale === undefined || (isInteger(scale) && scale >= 2 && scale <= 100));
    },
  };
}

/**
 * A customer satisfaction answer: an integer from 1 to `scale` (an integer
 * from 2 to 100, default 5).
 *
 * @example
 * ```ts
 * import { CsatSurveySchema } from 'clientele';
 *
 * CsatSurveySchema.safeParse({ type: 'survey', instrument: 'csat', respondentId: 'u1', subjectId: 'app', at: '2024-05-01', value: 4 }).success
 * //=> true
 * CsatSurveySchema.safeParse({ type: 'survey', instrument: 'csat', respondentId: 'u1', subjectId: 'app', at: '2024-05-01', value: 7 }).success
 * //=> false
 * CsatSurveySchema.safeParse({ type: 'survey', instrument: 'csat', respondentId: 'u1', subjectId: 'app', at: '2024-05-01', value: 7, scale: 10 }).success
 * //=> true
 * ```
 *
 * @category Observations
 */
export const CsatSurveySchema = /*@__PURE__*/ z
  .strictObject({
    ...surveyCommon,
    instrument: z.literal('csat'),
    value: z.number().int('must be an integer').min(1, 'must be at least 1'),
    scale: ScaleSchema.optional(),
  })
  .refine((survey) => survey.value <= (survey.scale ?? 5), ratingWithin(5));

/**
 * A customer effort answer: an integer from 1 to `scale` (an integer from 2
 * to 100, default 7), where
 * a higher number means less effort on the usual "the company made it easy"
 * wording.
 *
 * @example
 * ```ts
 * import { CesSurveySchema } from 'clientele';
 *
 * CesSurveySchema.safeParse({ type: 'survey', instrument: 'ces', respondentId: 'u1', subjectId: 'app', at: '2024-05-01', value: 6 }).success
 * //=> true
 * CesSurveySchema.safeParse({ type: 'survey', instrument: 'ces', respondentId: 'u1', subjectId: 'app', at: '2024-05-01', value: 6, scale: 5 }).success
 * //=> false
 * ```
 *
 * @category Observations
 */
export const CesSurveySchema = /*@__PURE__*/ z
  .strictObject({
    ...surveyCommon,
    instrument: z.literal('ces'),
    value: z.number().int('must be an integer').min(1, 'must be at least 1'),
    scale: ScaleSchema.optional(),
  })
  .refine((survey) => survey.value <= (survey.scale ?? 7), ratingWithin(7));

const LikertSchema = /*@__PURE__*/ z.number().min(1, 'must be from 1 to 7').max(7, 'must be from 1 to 7');

/**
 * The five SERVQUAL dimensions, each a number from 1 to 7 (a dimension is
 * often the mean of several questionnaire items, so fractions are allowed).
 * Every dimension is required and no other key is allowed.
 *
 * @example
 * ```ts
 * import { ServqualRatingsSchema } from 'clientele';
 *
 * ServqualRatingsSchema.safeParse({ tangibles: 6, reliability: 6.5, responsiveness: 5, assurance: 6, empathy: 5.25 }).success
 * //=> true
 * ServqualRatingsSchema.safeParse({ tangibles: 6, reliability: 6.5, responsiveness: 5, assurance: 6 }).success
 * //=> false
 * ```
 *
 * @category Observations
 */
export const ServqualRatingsSchema = /*@__PURE__*/ z.strictObject({
  tangibles: LikertSchema,
  reliability: LikertSchema,
  responsiveness: LikertSchema,
  assurance: LikertSchema,
  empathy: LikertSchema,
});

/**
 * A SERVQUAL answer: what the respondent expected and what they perceived,
 * on each of the five dimensions. It carries no `value`.
 *
 * @example
 * ```ts
 * import { ServqualSurveySchema } from 'clientele';
 *
 * const ratings = { tangibles: 5, reliability: 6, responsiveness: 6, assurance: 5, empathy: 4 };
 * ServqualSurveySchema.safeParse({
 *   type: 'survey', instrument: 'servqual', respondentId: 'u1', subjectId: 'help-desk', at: '2024-05-01',
 *   expectations: ratings, perceptions: ratings,
 * }).success
 * //=> true
 * ```
 *
 * @category Observations
 */
export const ServqualSurveySchema = /*@__PURE__*/ z.strictObject({
  ...surveyCommon,
  instrument: z.literal('servqual'),
  expectations: ServqualRatingsSchema,
  perceptions: ServqualRatingsSchema,
});

/**
 * A survey answer: a union of the four instruments, discriminated on
 * `instrument`. A field that does not belong to the instrument (a `value` on
 * a SERVQUAL survey, a `scale` on an NPS survey, `expectations` on a CSAT
 * survey) is an unknown key and rejected.
 *
 * @example
 * ```ts
 * import { SurveySchema } from 'clientele';
 *
 * SurveySchema.safeParse({ type: 'survey', instrument: 'nps', respondentId: 'u1', subjectId: 'app', at: '2024-05-01', value: 10, stage: 'launch' }).success
 * //=> true
 * SurveySchema.safeParse({ type: 'survey', instrument: 'nps', respondentId: 'u1', subjectId: 'app', at: '2024-05-01', value: 10, scale: 10 }).success
 * //=> false
 * ```
 *
 * @category Observations
 */
export const SurveySchema = /*@__PURE__*/ z.discriminatedUnion('instrument', [
  NpsSurveySchema,
  CsatSurveySchema,
  CesSurveySchema,
  ServqualSurveySchema,
]);

/** A stretch in which a task waited on its consumer (an answer, an approval): its SLA clock stops from `from` to `to`. */
const PauseSchema = /*@__PURE__*/ z.strictObject({ from: IsoDateSchema, to: IsoDateSchema });

/**
 * A piece of work a provider did for a consumer: when it was requested, when
 * (if yet) it was completed, its service-level target in hours, how many
 * defects were found and whether it had to be reworked. `completedAt` before
 * `requestedAt` is an error at `['completedAt']`; so is a task whose provider
 * is its consumer (at `['consumerId']`).
 *
 * `paused` lists the stretches `{ from, to }` in which the task waited on its
 * consumer; the SLA clock stops in them. They lie inside the task (not
 * before `requestedAt`, not after `completedAt`), each ends after it starts,
 * and they are in time order without overlap; a problem is reported at
 * `['paused', j, 'from']` or `['paused', j, 'to']`. `calendar` (a
 * {@link CalendarSchema} calendar) makes the task's SLA count working time;
 * without it the link's calendar, or the score's, applies.
 *
 * @example
 * ```ts
 * import { TaskSchema } from 'clientele';
 *
 * TaskSchema.safeParse({ type: 'task', providerId: 'it', consumerId: 'sales', requestedAt: '2024-05-01T09:00:00Z', completedAt: '2024-05-01T15:00:00Z', slaHours: 8 }).success
 * //=> true
 * TaskSchema.safeParse({ type: 'task', providerId: 'it', consumerId: 'sales', requestedAt: '2024-05-02', completedAt: '2024-05-01' }).success
 * //=> false
 * ```
 *
 * @category Observations
 */
export const TaskSchema = /*@__PURE__*/ z
  .strictObject({
    type: z.literal('task'),
    id: IdSchema.optional(),
    providerId: IdSchema,
    consumerId: IdSchema,
    requestedAt: IsoDateSchema,
    completedAt: IsoDateSchema.optional(),
    slaHours: z.number().positive('must be greater than 0').optional(),
    defects: z.number().int('must be an integer').min(0, 'must be at least 0').optional(),
    reworked: z.boolean().optional(),
    paused: z.array(PauseSchema).optional(),
    calendar: CalendarSchema.optional(),
  })
  .superRefine(
    (task, context) => {
      for (const problem of pauseProblems(task)) {
        context.addIssue({ code: 'custom', path: problem.path, message: problem.rule, input: problem.value });
      }
    },
    // pauses are checked against the task even when another field is wrong, so every problem shows at once
    { when: (payload) => Array.isArray(field(payload.value, 'paused')) },
  )
  .refine((task) => task.completedAt === undefined || isoInstant(task.completedAt)! >= isoInstant(task.requestedAt)!, {
    path: ['completedAt'],
    message: 'must not be before requestedAt',
    when: (payload) => {
      const requested = field(payload.value, 'requestedAt');
      const completed = field(payload.value, 'completedAt');
      return (
        typeof requested === 'string' &&
        typeof completed === 'string' &&
        isoInstant(requested) !== null &&
        isoInstant(completed) !== null
      );
    },
  })
  .refine((task) => task.providerId !== task.consumerId, {
    path: ['consumerId'],
    message: 'must differ from providerId',
    when: (payload) => typeof field(payload.value, 'providerId') === 'string',
  });

/**
 * A purchase by an external customer: a non-negative, finite amount in one
 * ISO 4217 currency (three capital letters).
 *
 * @example
 * ```ts
 * import { PurchaseSchema } from 'clientele';
 *
 * PurchaseSchema.safeParse({ type: 'purchase', customerId: 'b1', at: '2024-05-01', amount: 120.5, currency: 'EUR' }).success
 * //=> true
 * PurchaseSchema.safeParse({ type: 'purchase', customerId: 'b1', at: '2024-05-01', amount: 120.5, currency: 'eur' }).success
 * //=> false
 * ```
 *
 * @category Observations
 */
export const PurchaseSchema = /*@__PURE__*/ z.strictObject({
  type: z.literal('purchase'),
  id: IdSchema.optional(),
  customerId: IdSchema,
  at: IsoDateSchema,
  amount: z.number().min(0, 'must be at least 0'),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code: three capital letters'),
});

/**
 * A referral: one customer recommended the product to someone, who
 * `converted` when they became a customer. Referring oneself is an error at
 * `['referredId']`.
 *
 * @example
 * ```ts
 * import { ReferralSchema } from 'clientele';
 *
 * ReferralSchema.safeParse({ type: 'referral', referrerId: 'u1', referredId: 'u2', at: '2024-05-01', converted: true }).success
 * //=> true
 * ReferralSchema.safeParse({ type: 'referral', referrerId: 'u1', referredId: 'u1', at: '2024-05-01', converted: true }).success
 * //=> false
 * ```
 *
 * @category Observations
 */
export const ReferralSchema = /*@__PURE__*/ z
  .strictObject({
    type: z.literal('referral'),
    id: IdSchema.optional(),
    referrerId: IdSchema,
    referredId: IdSchema,
    at: IsoDateSchema,
    converted: z.boolean(),
  })
  .refine((referral) => referral.referrerId !== referral.referredId, {
    path: ['referredId'],
    message: 'must differ from referrerId',
    when: (payload) => typeof field(payload.value, 'referrerId') === 'string',
  });

/**
 * A contact between two parties (an email, a meeting, a chat, a call),
 * `initiatedBy` naming whichever of `fromId` and `toId` started it. An
 * `initiatedBy` that is neither is an error at `['initiatedBy']`; a contact
 * with oneself is an error at `['toId']`.
 *
 * @example
 * ```ts
 * import { InteractionSchema } from 'clientele';
 *
 * InteractionSchema.safeParse({ type: 'interaction', fromId: 'sales', toId: 'b1', at: '2024-05-01T10:00:00Z', channel: 'meeting', initiatedBy: 'b1' }).success
 * //=> true
 * InteractionSchema.safeParse({ type: 'interaction', fromId: 'sales', toId: 'b1', at: '2024-05-01T10:00:00Z', channel: 'meeting', initiatedBy: 'x' }).success
 * //=> false
 * ```
 *
 * @category Observations
 */
export const InteractionSchema = /*@__PURE__*/ z
  .strictObject({
    type: z.literal('interaction'),
    id: IdSchema.optional(),
    fromId: IdSchema,
    toId: IdSchema,
    at: IsoDateSchema,
    channel: z.string().min(1, NON_EMPTY),
    initiatedBy: IdSchema,
  })
  .refine((interaction) => interaction.fromId !== interaction.toId, {
    path: ['toId'],
    message: 'must differ from fromId',
    when: (payload) => typeof field(payload.value, 'fromId') === 'string',
  })
  .refine(
    (interaction) => interaction.initiatedBy === interaction.fromId || interaction.initiatedBy === interaction.toId,
    {
      path: ['initiatedBy'],
      message: 'must equal fromId or toId',
      when: (payload) =>
        typeof field(payload.value, 'initiatedBy') === 'string' &&
        typeof field(payload.value, 'fromId') === 'string' &&
        typeof field(payload.value, 'toId') === 'string',
    },
  );

/**
 * Any observation: a union of the five record types, discriminated on
 * `type` (and, for surveys, on `instrument`).
 *
 * @example
 * ```ts
 * import { ObservationSchema } from 'clientele';
 *
 * ObservationSchema.safeParse({ type: 'referral', referrerId: 'u1', referredId: 'u2', at: '2024-05-01', converted: false }).success
 * //=> true
 * ObservationSchema.safeParse({ type: 'complaint', at: '2024-05-01' }).success
 * //=> false
 * ```
 *
 * @category Observations
 */
export const ObservationSchema = /*@__PURE__*/ z.discriminatedUnion('type', [
  SurveySchema,
  TaskSchema,
  PurchaseSchema,
  ReferralSchema,
  InteractionSchema,
]);

/** An NPS answer as parsed. @category Observations */
export type NpsSurvey = z.output<typeof NpsSurveySchema>;
/** A CSAT answer as parsed (`scale` left as given; 5 when absent). @category Observations */
export type CsatSurvey = z.output<typeof CsatSurveySchema>;
/** A CES answer as parsed (`scale` left as given; 7 when absent). @category Observations */
export type CesSurvey = z.output<typeof CesSurveySchema>;
/** A SERVQUAL answer as parsed. @category Observations */
export type ServqualSurvey = z.output<typeof ServqualSurveySchema>;
/** Any survey answer as parsed. @category Observations */
export type Survey = z.output<typeof SurveySchema>;
/** A stretch in which a task waited on its consumer, as parsed (see {@link TaskSchema}). @category Observations */
export type Pause = z.output<typeof PauseSchema>;
/** A task as parsed. @category Observations */
export type Task = z.output<typeof TaskSchema>;
/** A purchase as parsed. @category Observations */
export type Purchase = z.output<typeof PurchaseSchema>;
/** A referral as parsed. @category Observations */
export type Referral = z.output<typeof ReferralSchema>;
/** An interaction as parsed. @category Observations */
export type Interaction = z.output<typeof InteractionSchema>;
/** Any observation as parsed. @category Observations */
export type Observation = z.output<typeof ObservationSchema>;
/** What `parseObservation` accepts (the same shape: parsing applies no defaults). @category Observations */
export type ObservationInput = z.input<typeof ObservationSchema>;
