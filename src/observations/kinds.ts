/**
 * The five kinds of observation record, the values of `type`.
 *
 * @example
 * ```ts
 * import { OBSERVATION_TYPES } from 'clientele';
 *
 * OBSERVATION_TYPES
 * //=> ['survey', 'task', 'purchase', 'referral', 'interaction']
 * ```
 *
 * @category Observations
 */
export const OBSERVATION_TYPES = /*@__PURE__*/ Object.freeze(['survey', 'task', 'purchase', 'referral', 'interaction'] as const);

/**
 * One of {@link OBSERVATION_TYPES}.
 *
 * @category Observations
 */
export type ObservationType = (typeof OBSERVATION_TYPES)[number];

/**
 * The survey instruments a `survey` observation can record: Net Promoter
 * Score (`nps`, 0..10), customer satisfaction (`csat`, 1..scale, default 5),
 * customer effort (`ces`, 1..scale, default 7) and SERVQUAL (expectations and
 * perceptions on five dimensions, 1..7).
 *
 * @example
 * ```ts
 * import { INSTRUMENTS } from 'clientele';
 *
 * INSTRUMENTS
 * //=> ['nps', 'csat', 'ces', 'servqual']
 * ```
 *
 * @category Observations
 */
export const INSTRUMENTS = /*@__PURE__*/ Object.freeze(['nps', 'csat', 'ces', 'servqual'] as const);

/**
 * One of {@link INSTRUMENTS}.
 *
 * @category Observations
 */
export type Instrument = (typeof INSTRUMENTS)[number];

/**
 * When, in a product's life, a survey answer was given: right after a
 * `launch`, or once the product is `established` on the market. Feedback in
 * the two stages means different things, so survey summaries can be split by
 * stage.
 *
 * @example
 * ```ts
 * import { STAGES } from 'clientele';
 *
 * STAGES
 * //=> ['launch', 'established']
 * ```
 *
 * @category Observations
 */
export const STAGES = /*@__PURE__*/ Object.freeze(['launch', 'established'] as const);

/**
 * One of {@link STAGES}.
 *
 * @category Observations
 */
export type Stage = (typeof STAGES)[number];

/**
 * The five SERVQUAL dimensions (Parasuraman, Zeithaml and Berry, 1988), in
 * their usual order.
 *
 * @example
 * ```ts
 * import { SERVQUAL_DIMENSIONS } from 'clientele';
 *
 * SERVQUAL_DIMENSIONS
 * //=> ['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy']
 * ```
 *
 * @category Observations
 */
export const SERVQUAL_DIMENSIONS = /*@__PURE__*/ Object.freeze(['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy'] as const);

/**
 * One of {@link SERVQUAL_DIMENSIONS}.
 *
 * @category Observations
 */
export type ServqualDimension = (typeof SERVQUAL_DIMENSIONS)[number];

/**
 * One number per SERVQUAL dimension.
 *
 * @category Observations
 */
export interface ServqualRatings {
  /** Physical facilities, equipment and the appearance of personnel. */
  readonly tangibles: number;
  /** Ability to perform the promised service dependably and accurately. */
  readonly reliability: number;
  /** Willingness to help customers and provide prompt service. */
  readonly responsiveness: number;
  /** Knowledge and courtesy of staff and their ability to inspire trust. */
  readonly assurance: number;
  /** Caring, individualised attention given to customers. */
  readonly empathy: number;
}
