/**
 * clientele: an organisation's internal and external customers, the internal
 * service chain that links them, and the scores that say how well each link
 * serves. Pure functions over plain data; no I/O.
 *
 * @categoryDescription Guides
 * Read these first, in this order: the ideas, every score and its source,
 * recipes, the sample company, warehouses, questions.
 *
 * @categoryDescription Customers
 * Who counts as a customer: internal ones (departments, employees,
 * shareholders) and external ones (users, buyers, beneficiaries), their
 * schemas, parsing and the policy for suppliers and partners.
 * Guide: [Concepts](../docs/concepts.md).
 *
 * @categoryDescription Chain
 * The internal service chain: build it from customers and links, ask which
 * providers are critical, which units are orphans, where cycles are, and draw
 * it. Guide: [Concepts](../docs/concepts.md#the-internal-service-chain).
 *
 * @categoryDescription Observations
 * What happened, as plain records: surveys, tasks, purchases, referrals and
 * interactions, with their schemas and parsers.
 *
 * @categoryDescription Scoring
 * One pure function per score (NPS, CSAT, CES, SERVQUAL, SLA attainment,
 * first-pass yield, RFM, CLV and more), their intervals and comparisons, and
 * mergeable accumulators for streams and warehouses. Functions first, then
 * their options and results. Guide: [Scores](../docs/scores.md).
 *
 * @categoryDescription Report
 * `scoreOrganization` and its parts: one pass over the observations that
 * gives every figure of the organisation, and the accumulator behind it.
 * Guide: [Scores](../docs/scores.md#the-whole-report-and-how-each-figure-is-made-scoreorganization).
 *
 * @categoryDescription Sample
 * `sampleOrganization()`, an invented electronics retailer to try everything
 * on, and the types of its data. Guide: [The sample organisation](../docs/sample-organization.md).
 *
 * @categoryDescription I18n
 * Labels for the report, the diagrams and the demo in English, Vietnamese and
 * Russian, and locale tags.
 *
 * @categoryDescription Errors
 * `ClienteleError`, the one error every function throws, and its issue codes.
 * Guide: [FAQ](../docs/faq.md#what-happens-with-bad-input).
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
