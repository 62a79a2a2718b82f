export { scoreOrganization } from './scoreOrganization.js';
export { reportAccumulator } from './reportAccumulator.js';
export type { ReportAccumulator } from './reportAccumulator.js';
export type { ScoreOrganizationOptions } from './options.js';
export type {
  ReportState,
  PairSlots,
  SatisfactionSlot,
  EnpsSlot,
  EffortSlot,
  SurveySlot,
  SlaSlot,
  CollaborationSlot,
  InternalSlot,
  UnitSlot,
  CustomerSlot,
  OrganizationSlot,
} from './state.js';
export type {
  Bounds,
  NpsFigure,
  CsatFigure,
  CesFigure,
  Suppressed,
  SurveyFigures,
  TimelinessFigure,
  AccuracyFigure,
  CollaborationFigure,
  QualityComponents,
  ProviderQuality,
  ReportPriority,
  LinkQuality,
  ExternalScores,
  ExternalCustomerReport,
  ExternalGroupReport,
  OwnerReport,
  Evidence,
  ReportBalance,
  OrganizationReport,
} from './types.js';
export { jsonSchemas } from './jsonSchemas.js';
export type { JsonSchemaName, JsonSchema } from './jsonSchemas.js';
