import { ClienteleError, type Issue, type IssuePath } from '../errors.js';
import { safeRun } from '../_internal/zod.js';
import { describe } from '../_internal/fail.js';
import type { SafeParseResult } from '../customers/parseCustomer.js';
import { ObservationSchema, type Observation } from './schemas.js';

/** Parses one observation, collecting issues under `path`; used by the report too. */
export function collectObservation(input: unknown, path: IssuePath, issues: Issue[]): Observation | undefined {
  const result = safeRun(ObservationSchema, input, path);
  if (!result.success) {
    // one by one: push(...list) overflows the stack when an object has a few hundred thousand unknown keys
    for (const issue of result.issues) issues.push(issue);
    return undefined;
  }
  return result.data;
}

function collectList(list: unknown, issues: Issue[]): Observation[] {
  let isArray: boolean;
  try {
    isArray = Array.isArray(list);
  } catch {
    // a revoked proxy
    issues.push({ path: [], code: 'INVALID_INPUT', message: 'could not be read' });
    return [];
  }
  if (!isArray) {
    issues.push({ path: [], code: 'INVALID_INPUT', message: `must be an array of observations, not ${describe(list)}` });
    return [];
  }
  const array = list as readonly unknown[];
  const parsed: Observation[] = [];
  let length: number;
  try {
    length = array.length;
  } catch {
    issues.push({ path: [], code: 'INVALID_INPUT', message: 'could not be read' });
    return [];
  }
  for (let index = 0; index < length; index += 1) {
    let item: unknown;
    try {
      item = array[index];
    } catch {
      issues.push({ path: [index], code: 'INVALID_INPUT', message: 'could not be read' });
      continue;
    }
    const observation = collectObservation(item, [index], issues);
    if (observation !== undefined) parsed.push(observation);
  }
  return parsed;
}

/**
 * Validates an unknown value as one observation (a survey answer, a task, a
 * purchase, a referral or an interaction) and returns a fresh copy. The input
 * is never changed. Unknown keys are rejected.
 *
 * @param input - the value to check, typically parsed JSON
 * @returns the observation, typed by its `type` (and a survey by its `instrument`)
 * @throws {ClienteleError} with code `INVALID_INPUT` and one issue per problem, each with its path inside the record
 *
 * @example
 * ```ts
 * import { parseObservation } from 'clientele';
 *
 * parseObservation({ type: 'purchase', customerId: 'b1', at: '2024-05-01', amount: 40, currency: 'USD' })
 * //=> { type: 'purchase', customerId: 'b1', at: '2024-05-01', amount: 40, currency: 'USD' }
 * parseObservation({ type: 'survey', instrument: 'nps', respondentId: 'u1', subjectId: 'app', at: '2024-05-01', value: 11 })
 * //=> throws INVALID_INPUT
 * ```
 *
 * @category Observations
 */
export function parseObservation(input: unknown): Observation {
  const issues: Issue[] = [];
  const observation = collectObservation(input, [], issues);
  if (observation === undefined) throw new ClienteleError('INVALID_INPUT', issues);
  return observation;
}

/**
 * Like {@link parseObservation}, but returns a result object instead of
 * throwing.
 *
 * @param input - the value to check
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @throws {ClienteleError} never: every problem is returned in `error`
 *
 * @example
 * ```ts
 * import { safeParseObservation } from 'clientele';
 *
 * const result = safeParseObservation({ type: 'task', providerId: 'it', consumerId: 'sales', requestedAt: '2024-05-02', completedAt: '2024-05-01' });
 * result.success
 * //=> false
 *
 * // `error` is there when `success` is false
 * !result.success && result.error.issues.map((issue) => issue.path)
 * //=> [['completedAt']]
 * ```
 *
 * @category Observations
 */
export function safeParseObservation(input: unknown): SafeParseResult<Observation> {
  const issues: Issue[] = [];
  const observation = collectObservation(input, [], issues);
  if (observation === undefined) return { success: false, error: new ClienteleError('INVALID_INPUT', issues) };
  return { success: true, data: observation };
}

/**
 * Validates a list of observations at once and reports every problem in
 * every record in one error, each path starting with the record's index
 * (`[3, 'value']`).
 *
 * @param list - an array of unknown values, typically parsed JSON
 * @returns fresh copies of the observations, in the same order
 * @throws {ClienteleError} with code `INVALID_INPUT` when `list` is not an array or any record is invalid
 *
 * @example
 * ```ts
 * import { parseObservations, ClienteleError } from 'clientele';
 *
 * let caught: unknown;
 * try {
 *   parseObservations([
 *     { type: 'referral', referrerId: 'u1', referredId: 'u2', at: '2024-05-01', converted: true },
 *     { type: 'purchase', customerId: 'b1', at: '2024-05-01', amount: -5, currency: 'USD' },
 *     { type: 'survey', instrument: 'csat', respondentId: 'u1', subjectId: 'app', at: '2024-05-01', value: 0 },
 *   ]);
 * } catch (error) {
 *   caught = error;
 * }
 * caught instanceof ClienteleError
 * //=> true
 * const { issues } = caught as ClienteleError;
 * issues.map((issue) => issue.path)
 * //=> [[1, 'amount'], [2, 'value']]
 * ```
 *
 * @category Observations
 */
export function parseObservations(list: unknown): Observation[] {
  const issues: Issue[] = [];
  const parsed = collectList(list, issues);
  if (issues.length > 0) throw new ClienteleError('INVALID_INPUT', issues);
  return parsed;
}

/**
 * Like {@link parseObservations}, but returns a result object instead of
 * throwing.
 *
 * @param list - an array of unknown values
 * @returns `{ success: true, data }` or `{ success: false, error }` with every problem, paths starting with the index
 * @throws {ClienteleError} never: every problem is returned in `error`
 *
 * @example
 * ```ts
 * import { safeParseObservations } from 'clientele';
 *
 * const result = safeParseObservations([{ type: 'referral', referrerId: 'u1', referredId: 'u2', at: '2024-05-01' }]);
 * result.success
 * //=> false
 *
 * // `error` is there when `success` is false
 * !result.success && result.error.issues.map((issue) => issue.path)
 * //=> [[0, 'converted']]
 * ```
 *
 * @category Observations
 */
export function safeParseObservations(list: unknown): SafeParseResult<Observation[]> {
  const issues: Issue[] = [];
  const parsed = collectList(list, issues);
  if (issues.length > 0) return { success: false, error: new ClienteleError('INVALID_INPUT', issues) };
  return { success: true, data: parsed };
}
