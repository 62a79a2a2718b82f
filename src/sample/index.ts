// Public exports of src/sample: the built-in sample organisation.
export { sampleOrganization } from './sampleOrganization.js';
export { HANOI_OFFICE } from './calendar.js';
export type {
  SampleOrganization,
  SampleDeliverable,
  SampleServiceLink,
  SampleServqualDimensions,
  SampleRatingSurvey,
  SampleServqualSurvey,
  SampleSurvey,
  SampleTask,
  SamplePurchase,
  SampleReferral,
  SampleInteraction,
  SampleObservation,
} from './types.js';
