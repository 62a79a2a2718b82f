/**
 * clientele: an organisation's internal and external customers, the internal
 * service chain that links them, and the scores that say how well each link
 * serves. Pure functions over plain data; no I/O.
 *
 * @packageDocumentation
 */
export { ClienteleError, ISSUE_CODES } from './errors.js';
export type { Issue, IssueCode, IssuePath } from './errors.js';
export * from './customers/index.js';
export * from './chain/index.js';
export * from './observations/index.js';
export * from './scoring/index.js';
export { propagateQuality } from './scoring/propagateQuality.js';
export type { PropagationMode, PropagateQualityOptions } from './scoring/propagateQuality.js';
export { improvementPriorities } from './scoring/improvementPriorities.js';
export type { ImprovementPrioritiesOptions, PriorityRow } from './scoring/improvementPriorities.js';
export type { QualityInput } from './chain/_quality.js';
export * from './report/index.js';
export * from './i18n/index.js';
export * from './sample/index.js';
