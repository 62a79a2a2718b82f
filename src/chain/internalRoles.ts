import { describe, fail, throwIfAny } from '../_internal/fail.js';
import type { Issue } from '../errors.js';
import { FIRST_EXTERNAL, nodeOf, stateOf } from './_state.js';
import type { ServiceChain } from './serviceChain.js';

/**
 * The three roles an internal customer plays towards the units that serve it.
 *
 * - `orderer`: orders and receives work;
 * - `evaluator`: rates that work;
 * - `partner`: works with another unit towards a shared goal.
 *
 * @example
 * ```ts
 * import { INTERNAL_ROLES } from 'clientele';
 *
 * INTERNAL_ROLES
 * //=> ['orderer', 'evaluator', 'partner']
 * ```
 *
 * @category Chain
 */
export const INTERNAL_ROLES = /*@__PURE__*/ Object.freeze(['orderer', 'evaluator', 'partner'] as const);

/** One of {@link INTERNAL_ROLES}. @category Chain */
export type InternalRole = (typeof INTERNAL_ROLES)[number];

/**
 * The part of an observation that `internalRoles` reads. Any record with a
 * `type` will do; only surveys (`type: 'survey'`) are looked at.
 *
 * @category Chain
 */
export interface RoleObservation {
  /** The observation's type; `'survey'` marks a survey answer. */
  readonly type: string;
  /** Who answered the survey. */
  readonly respondentId?: string;
  /** Whom the survey rated. */
  readonly subjectId?: string;
}

/**
 * The roles an internal customer plays, in the order of
 * {@link INTERNAL_ROLES}:
 *
 * - `orderer` when it receives at least one link from an internal provider;
 * - `evaluator` when `observations` hold a survey (`type: 'survey'`) it
 *   answered (`respondentId`) about an internal provider of the chain
 *   (`subjectId`: another internal customer that provides at least one
 *   link; a survey about a unit that serves nobody rates no work);
 * - `partner` when it and another internal customer link to each other.
 *
 * @param chain - a chain made by `createServiceChain`
 * @param id - an internal customer of the chain
 * @param observations - optional records, such as those of `ObservationSchema`; only surveys are read
 * @returns the roles, possibly none
 * @throws {ClienteleError} `UNKNOWN_REFERENCE` at `['id']` for an id not in the chain; `WRONG_KIND` at `['id']` for an external customer; `INVALID_INPUT` when `observations` is not iterable (`['observations']`) or holds a non-object (`['observations', i]`)
 *
 * @example
 * ```ts
 * import { createServiceChain, internalRoles } from 'clientele';
 *
 * const chain = createServiceChain({
 *   customers: [
 *     { kind: 'department', id: 'marketing', name: 'Marketing' },
 *     { kind: 'department', id: 'sales', name: 'Sales' },
 *     { kind: 'department', id: 'it', name: 'IT' },
 *   ],
 *   links: [
 *     { from: 'marketing', to: 'sales', service: 'leads', deliverable: 'information' },
 *     { from: 'sales', to: 'marketing', service: 'market feedback', deliverable: 'information' },
 *     { from: 'it', to: 'sales', service: 'CRM', deliverable: 'tool' },
 *   ],
 * });
 * internalRoles(chain, 'sales', [{ type: 'survey', respondentId: 'sales', subjectId: 'it' }])
 * //=> ['orderer', 'evaluator', 'partner']
 * internalRoles(chain, 'it')
 * //=> []
 * ```
 *
 * @category Chain
 */
export function internalRoles(
  chain: ServiceChain,
  id: string,
  observations?: Iterable<RoleObservation>,
): InternalRole[] {
  const state = stateOf(chain);
  const node = nodeOf(state, id);
  const { kinds, inStart, inSource, outStart, outTarget } = state;
  if ((kinds[node] as number) >= FIRST_EXTERNAL) {
    fail(['id'], `${JSON.stringify(id)} is an external customer; roles belong to internal ones`, 'WRONG_KIND');
  }
  const evaluator = observations === undefined ? false : answeredSurvey(state.index, kinds, outStart, id, observations);
  const roles: InternalRole[] = [];
  const inFirst = inStart[node] as number;
  const inLast = inStart[node + 1] as number;
  if (inLast > inFirst) roles.push('orderer');
  if (evaluator) roles.push('evaluator');
  const providers = new Set<number>();
  for (let k = inFirst; k < inLast; k += 1) providers.add(inSource[k] as number);
  const outLast = outStart[node + 1] as number;
  for (let k = outStart[node] as number; k < outLast; k += 1) {
    const w = outTarget[k] as number;
    if (providers.has(w) && (kinds[w] as number) < FIRST_EXTERNAL) {
      roles.push('partner');
      break;
    }
  }
  return roles;
}

function answeredSurvey(
  index: ReadonlyMap<string, number>,
  kinds: Uint8Array,
  outStart: Int32Array,
  id: string,
  observations: Iterable<RoleObservation>,
): boolean {
  let iterator: Iterator<unknown>;
  try {
    iterator = (observations as Iterable<unknown>)[Symbol.iterator]();
  } catch {
    return fail(['observations'], `must be an iterable of observations, not ${describe(observations)}`);
  }
  if (typeof iterator !== 'object' || iterator === null) {
    fail(['observations'], `must be an iterable of observations, not ${describe(observations)}`);
  }
  let found = false;
  const issues: Issue[] = [];
  for (let position = 0; ; position += 1) {
    let type: unknown;
    let respondentId: unknown;
    let subjectId: unknown;
    try {
      const step = iterator.next();
      if (step.done === true) break;
      const record = step.value;
      if (typeof record !== 'object' || record === null) {
        issues.push({ path: ['observations', position], code: 'INVALID_INPUT', message: `must be an observation object, not ${describe(record)}` });
        continue;
      }
      ({ type, respondentId, subjectId } = record as Record<string, unknown>);
    } catch {
      issues.push({ path: ['observations', position], code: 'INVALID_INPUT', message: 'could not be read' });
      break;
    }
    if (found || type !== 'survey' || respondentId !== id || typeof subjectId !== 'string' || subjectId === id) continue;
    const subject = index.get(subjectId);
    // an internal provider: internal, and the provider of at least one link
    if (subject !== undefined && (kinds[subject] as number) < FIRST_EXTERNAL && (outStart[subject + 1] as number) > (outStart[subject] as number)) found = true;
  }
  throwIfAny(issues);
  return found;
}
