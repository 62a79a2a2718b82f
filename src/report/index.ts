export { scoreOrganization } from './scoreOrganization.js';
export type {
  ScoreOrganizationOptions,
  QualityComponents,
  QualityCounts,
  ProviderQuality,
  LinkQuality,
  CountedScore,
  ExternalScores,
  ExternalCustomerReport,
  ExternalGroupReport,
  OrganizationReport,
  ReportBalance,
} from './scoreOrganization.js';
export { jsonSchemas } from './jsonSchemas.js';
export type { JsonSchemaName, JsonSchema } from './jsonSchemas.js';
