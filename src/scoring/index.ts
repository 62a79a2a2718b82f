// Public exports of src/scoring. (propagateQuality and scoreOrganization are exported by their own owners.)
//
// Conventions shared by every score here:
// - Issue paths start with the name of the parameter that holds the bad value,
//   as the signature names it: nps(scores) → ['scores', 3]; slaAttainment(tasks)
//   → ['tasks', 2, 'completedAt']; internalServiceQuality(components, weights)
//   → ['weights', 'accuracy']. Options are always under 'options':
//   ['options', 'scale'], ['options', key] for an unknown option. Named values
//   that are the input (dpmo({ defects, … }), balance({ internal, external }))
//   are named by their key: ['defects'], ['internal']; the object itself, when
//   it is not an object, by the parameter: ['input']. (The full convention is
//   written once, in src/_internal/fail.ts.)
// - Every bad value is reported (one issue each), nothing is clipped or skipped.
// - Empty input gives score: null; figures are never rounded.
export { nps, enps } from './nps.js';
export type { NumericColumn, NpsResult } from './nps.js';
export { csat } from './csat.js';
export type { CsatOptions, CsatResult } from './csat.js';
export { ces } from './ces.js';
export type { CesOptions, CesResult } from './ces.js';
export { mean } from './mean.js';
export type { MeanResult } from './mean.js';
export type { ConfidenceOptions, Interval, Comparison } from './interval.js';
export { npsInterval, NPS_INTERVAL_METHODS } from './npsInterval.js';
export type { NpsCounts, NpsIntervalMethod, NpsIntervalOptions, NpsInterval } from './npsInterval.js';
export { proportionInterval } from './proportionInterval.js';
export { meanInterval } from './meanInterval.js';
export type { MeanSummary } from './meanInterval.js';
export { compareNps } from './compareNps.js';
export { compareProportions } from './compareProportions.js';
export type { ProportionCounts } from './compareProportions.js';
export { compareMeans } from './compareMeans.js';
export { servqual } from './servqual.js';
export type { ServqualInput, ServqualResult } from './servqual.js';
export { slaAttainment } from './slaAttainment.js';
export { workingHoursBetween } from './workingHoursBetween.js';
export type { SlaTask, SlaOptions, SlaResult } from './slaAttainment.js';
export { firstPassYield } from './firstPassYield.js';
export type { FirstPassYieldResult } from './firstPassYield.js';
export { firstPassAccumulator } from './firstPassAccumulator.js';
export type { FirstPassState } from './firstPassAccumulator.js';
export { purchaseAccumulator } from './purchaseAccumulator.js';
export type { PurchaseState, PurchaseResult } from './purchaseAccumulator.js';
export { dpmo } from './dpmo.js';
export type { DpmoInput } from './dpmo.js';
export { rolledThroughputYield } from './rolledThroughputYield.js';
export { rfm } from './rfm.js';
export type { RfmOptions, RfmRow } from './rfm.js';
export { clv } from './clv.js';
export type { ClvInput } from './clv.js';
export { retentionRate } from './retentionRate.js';
export type { RetentionInput } from './retentionRate.js';
export { churnRate } from './churnRate.js';
export { referralRate } from './referralRate.js';
export type { ReferralRateInput } from './referralRate.js';
export { kFactor } from './kFactor.js';
export type { KFactorInput } from './kFactor.js';
export { internalServiceQuality, INTERNAL_QUALITY_COMPONENTS } from './internalServiceQuality.js';
export type {
  InternalQualityComponent,
  InternalQualityComponents,
  InternalQualityWeights,
  InternalQualityResult,
} from './internalServiceQuality.js';
export { healthScore } from './healthScore.js';
export type { HealthIndicator, HealthOptions, HealthBand, HealthContribution, HealthResult } from './healthScore.js';
export { attentionBalance } from './attentionBalance.js';
export type { AttentionGroup, AttentionOptions, AttentionCoverage, AttentionResult } from './attentionBalance.js';
export { balance } from './balance.js';
export type { BalanceInput, BalanceOptions, BalanceFocus, BalanceReason, BalanceResult } from './balance.js';
export { trend, TREND_PERIODS, TREND_AGGREGATES } from './trend.js';
export type { TrendPeriod, TrendAggregate, TrendPoint, TrendOptions, TrendBucket } from './trend.js';
export { surveyTrend } from './surveyTrend.js';
export type { SurveyTrendInstrument, SurveyTrendOptions, SurveyTrendBucket } from './surveyTrend.js';
export { summarizeSurveys, SURVEY_GROUPINGS } from './summarizeSurveys.js';
export type {
  SurveyGrouping,
  SurveySummaryOptions,
  ServqualSummary,
  SurveyScores,
  SurveySummary,
} from './summarizeSurveys.js';
export type { Accumulator } from './accumulator.js';
export type {
  ColumnAccumulator,
  SqlAggregate,
  SqlDialect,
  SqlOptions,
  SqlRead,
  SlaAccumulator,
  SlaSqlColumns,
  SlaSqlDialect,
  SlaSqlOptions,
  FirstPassAccumulator,
  FirstPassSqlColumns,
  PurchaseAccumulator,
  PurchaseSqlColumns,
  PurchaseSqlOptions,
} from './sqlAggregate.js';
export { npsAccumulator } from './npsAccumulator.js';
export type { NpsState } from './npsAccumulator.js';
export { csatAccumulator } from './csatAccumulator.js';
export type { CsatState } from './csatAccumulator.js';
export { cesAccumulator } from './cesAccumulator.js';
export type { CesState } from './cesAccumulator.js';
export { meanAccumulator } from './meanAccumulator.js';
export type { MeanState } from './meanAccumulator.js';
export { slaAccumulator } from './slaAccumulator.js';
export type { SlaState } from './slaAccumulator.js';
