/**
 * The rules that tie a task's pauses to the task and to each other, written
 * once without zod: TaskSchema runs them as a refinement, and the task
 * reader of the SLA scores (which stays free of zod) runs the same function.
 */
import { isoInstant } from '../_internal/dates.js';

export const PAUSE_END_RULE = 'must be after the pause’s from';
export const PAUSE_START_RULE = 'must not be before the task’s requestedAt';
export const PAUSE_PAST_RULE = 'must not be after the task’s completedAt';
export const PAUSE_ORDER_RULE = 'must not be before the previous pause’s to (pauses are in time order and do not overlap)';

/** A problem found by the rules, its path relative to the task. */
export interface PauseProblem {
  readonly path: (string | number)[];
  readonly rule: string;
  readonly value: unknown;
}

function instantOf(value: unknown): number | null {
  return typeof value === 'string' ? isoInstant(value) : null;
}

function fieldOf(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * Checks the pauses of a task that may be malformed (only pauses whose
 * `from` and `to` are valid dates are compared): each ends after it starts,
 * lies inside the task (not before `requestedAt`, not after `completedAt`
 * when the task is done) and starts no earlier than the previous pause
 * ended (touching is fine).
 */
export function pauseProblems(task: unknown): PauseProblem[] {
  const problems: PauseProblem[] = [];
  const paused = fieldOf(task, 'paused');
  if (!Array.isArray(paused)) return problems;
  const requested = instantOf(fieldOf(task, 'requestedAt'));
  const completed = instantOf(fieldOf(task, 'completedAt'));
  let previousEnd = Number.NEGATIVE_INFINITY;
  for (let j = 0; j < paused.length; j += 1) {
    const pause: unknown = paused[j];
    const fromText = fieldOf(pause, 'from');
    const toText = fieldOf(pause, 'to');
    const from = instantOf(fromText);
    const to = instantOf(toText);
    if (from === null || to === null) continue;
    if (to <= from) problems.push({ path: ['paused', j, 'to'], rule: PAUSE_END_RULE, value: toText });
    if (requested !== null && from < requested) problems.push({ path: ['paused', j, 'from'], rule: PAUSE_START_RULE, value: fromText });
    if (completed !== null && to > completed) problems.push({ path: ['paused', j, 'to'], rule: PAUSE_PAST_RULE, value: toText });
    if (from < previousEnd) problems.push({ path: ['paused', j, 'from'], rule: PAUSE_ORDER_RULE, value: fromText });
    previousEnd = Math.max(previousEnd, to);
  }
  return problems;
}
