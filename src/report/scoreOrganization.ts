import type { ServiceChain } from '../chain/serviceChain.js';
import type { ScoreOrganizationOptions } from './options.js';
import { makeAccumulator } from './reportAccumulator.js';
import type { OrganizationReport } from './types.js';

/**
 * Scores a whole organisation in one call: internal quality per provider and
 * per link (with owners), what external customers say of each unit, external
 * scores per customer, kind and segment, internal quality propagated down the
 * chain, the orphans, the critical providers, what to fix first, and the
 * balance verdict with the evidence behind it.
 *
 * It is the fold of {@link reportAccumulator}: `result(addAll(empty(),
 * observations))` (one pass through the same fold, without re-checking a
 * state that never left the call), so a report made from partitions merged in any order is
 * this report exactly. Every figure comes from the public score of the same
 * name over the observations routed to it, with its counts and, for answers,
 * its interval at `confidence`:
 * - satisfaction: internal customers' csat answers about the provider,
 *   each satisfied at the default threshold of its own scale (see `csat`).
 *   A department cannot answer a survey, its people do: a link provider →
 *   consumer holds the answers about the provider given by the consumer
 *   itself or by an employee whose `departmentId` is the consumer — unless
 *   the provider also links to that employee directly, whose answers then
 *   count for that link only. So each answer counts for one link at most,
 *   and a department's own sub-departments do not roll up into it;
 * - privacy: a figure made from internal customers' answers (a provider's
 *   or a link's satisfaction, a unit's or the company's eNPS) is `{ score:
 *   null, suppressed: true }` when it rests on fewer than `minRespondents`
 *   distinct respondents, and also when the report would otherwise give
 *   such answers away by subtraction (complementary suppression): when the
 *   company's eNPS minus the units' shown eNPS, or a provider's
 *   satisfaction minus its links' shown satisfaction, would leave answers
 *   of more than 0 but fewer than `minRespondents` people, the smallest
 *   shown part is withheld as well (fewest distinct respondents, then
 *   fewest answers, then the smallest id), or the total when no part is
 *   left. A withheld satisfaction is left out of the unit's or link's
 *   score and out of `balance.evidence`;
 * - timeliness: `slaAttainment` of the provider's tasks, with the SLA of the
 *   task or else of a link between the two valid when the task was
 *   requested (the smallest, with its calendar); tasks with no SLA anywhere
 *   are counted in `withoutSla`;
 * - accuracy: `firstPassYield` of the provider's tasks;
 * - collaboration: the mean of coverage (share of the provider's INTERNAL
 *   consumers it interacted with) and initiative (share of those
 *   interactions it started);
 * - these four combine by `internalServiceQuality` with equal weights; the
 *   internal index is the mean provider score;
 * - external figures: nps, csat (satisfied at each answer's own default
 *   threshold) and ces (every answer put on 1..7 by `1 + (v − 1) × 6 / (scale
 *   − 1)`); each unit's `external` figures are external customers' answers
 *   about it; answers without a subject count for the organisation only;
 * - the external index is the mean of CSAT, (NPS + 100) ÷ 2 and 100 × (CES −
 *   1) ÷ 6 over every external answer; `balance` compares the two indices
 *   once each rests on `minAnswers` answers;
 * - retention of a group compares who bought in the window with who bought
 *   in the period of equal length before it;
 * - priorities: `improvementPriorities` over the providers' scores ÷ 100
 *   (each row with the `evidence` its unit's score rests on),
 *   weighted by each external customer's purchases in the window.
 *
 * The chain is read as it stood at `asOf` (see `chainAsOf`).
 *
 * @param chain - the organisation, made by `createServiceChain`
 * @param observations - survey, task, purchase, referral and interaction records (validated here)
 * @param options - `asOf`, and optionally `window`, `balance`, `propagation`, `minRespondents`, `confidence`
 * @returns the report, as plain data
 * @throws {ClienteleError} INVALID_INPUT with every problem: at `['observations', index, field]` for a malformed observation, an id not in the chain (`UNKNOWN_REFERENCE`), a task from an external provider (`WRONG_KIND`) or a second currency; at `['options', key, …]` for bad or unknown options
 *
 * @example
 * ```ts
 * import { createServiceChain, scoreOrganization } from 'clientele';
 *
 * const chain = createServiceChain({
 *   customers: [
 *     { kind: 'department', id: 'it', name: 'IT' },
 *     { kind: 'department', id: 'sales', name: 'Sales' },
 *     { kind: 'buyer', id: 'b1', name: 'Acme', party: 'organization' },
 *   ],
 *   links: [
 *     { from: 'it', to: 'sales', service: 'laptops', deliverable: 'tool', slaHours: 24 },
 *     { from: 'sales', to: 'b1', service: 'quotes', deliverable: 'service' },
 *   ],
 * });
 * const report = scoreOrganization(chain, [
 *   { type: 'task', providerId: 'it', consumerId: 'sales', requestedAt: '2025-03-01T09:00:00Z', completedAt: '2025-03-01T17:00:00Z' },
 *   { type: 'survey', respondentId: 'b1', subjectId: 'sales', instrument: 'nps', value: 9, at: '2025-03-02' },
 * ], { asOf: '2025-12-31' });
 * report.internal.providers.find((p) => p.id === 'it')!.components.timeliness.score
 * //=> 100
 * report.internal.providers.find((p) => p.id === 'sales')!.external.nps.score
 * //=> 100
 * report.external.overall.nps.total
 * //=> 1
 * report.balance.reason
 * //=> 'not-enough-data'
 *
 * // @ts-expect-error: a misspelt option is refused by the types and at run time
 * scoreOrganization(chain, [], { asOf: '2025-12-31', windw: { from: '2025-01-01' } })
 * //=> throws INVALID_INPUT
 * ```
 *
 * @category Report
 */
export function scoreOrganization(
  chain: ServiceChain,
  observations: readonly unknown[],
  options: ScoreOrganizationOptions,
): OrganizationReport {
  return makeAccumulator(chain, options).onePass(observations);
}
