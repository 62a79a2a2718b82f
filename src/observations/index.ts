export { OBSERVATION_TYPES, INSTRUMENTS, STAGES, SERVQUAL_DIMENSIONS } from './kinds.js';
export type { ObservationType, Instrument, Stage, ServqualDimension, ServqualRatings } from './kinds.js';
export {
  NpsSurveySchema,
  CsatSurveySchema,
  CesSurveySchema,
  ServqualRatingsSchema,
  ServqualSurveySchema,
  SurveySchema,
  TaskSchema,
  PurchaseSchema,
  ReferralSchema,
  InteractionSchema,
  ObservationSchema,
} from './schemas.js';
export type {
  NpsSurvey,
  CsatSurvey,
  CesSurvey,
  ServqualSurvey,
  Survey,
  Task,
  Pause,
  Purchase,
  Referral,
  Interaction,
  Observation,
  ObservationInput,
} from './schemas.js';
export { parseObservation, safeParseObservation, parseObservations, safeParseObservations } from './parseObservation.js';
