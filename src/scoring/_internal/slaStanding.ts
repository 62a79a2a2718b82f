/**
 * How one task stands against its SLA: the one rule behind slaAttainment,
 * slaAccumulator and the report's timeliness.
 */
import { ClienteleError } from '../../errors.js';
import { isoInstant } from '../../_internal/dates.js';
import type { Calendar } from '../../chain/calendar.js';
import type { Task } from '../../observations/schemas.js';
import { workingClock, type WorkingClock } from './workingTime.js';

/** How one task stands: done within its SLA, late (done late, or open and already past it at `asOf`), or open. */
export type SlaStanding = 'onTime' | 'late' | 'open';

const HOUR_MS = 3_600_000;

/**
 * The time a task has used of its SLA by `end`, in milliseconds: working
 * time within `clock` (wall-clock time when `clock` is null) from `requested`
 * to `end`, less the same measure of each pause up to `end`. `pauses` holds
 * flat `[from, to, …]` instants, in time order, inside the task.
 */
export function usedMs(requested: number, end: number, pauses: readonly number[], clock: WorkingClock | null): number {
  let used = clock === null ? Math.max(0, end - requested) : clock.workingMs(requested, end);
  for (let p = 0; p < pauses.length; p += 2) {
    const from = pauses[p]!;
    const to = Math.min(pauses[p + 1]!, end);
    if (to > from) used -= clock === null ? to - from : clock.workingMs(from, to);
  }
  return used;
}

/**
 * The standing from instants: a completed task is on time when the time it
 * used is at most its SLA (finishing exactly at the deadline is on time); an
 * open task is late when, at `asOf`, it has already used more than its SLA,
 * and open otherwise (always open without `asOf`). Pauses after `asOf` have
 * not happened yet at `asOf` and count only up to it.
 */
export function standingOf(
  requested: number,
  completed: number | null,
  pauses: readonly number[],
  slaHours: number,
  clock: WorkingClock | null,
  asOf: number | null,
): SlaStanding {
  const budget = slaHours * HOUR_MS;
  if (completed !== null) return usedMs(requested, completed, pauses, clock) <= budget ? 'onTime' : 'late';
  if (asOf === null) return 'open';
  return usedMs(requested, asOf, pauses, clock) > budget ? 'late' : 'open';
}

/**
 * How a validated task stands against its SLA at `asOf` (epoch ms; `null`
 * leaves open tasks open). The task's own `slaHours` and `calendar` win over
 * the ones given here (the link's, or a score's default); with no calendar
 * at all the time is wall-clock time. Pauses are subtracted either way.
 *
 * @param task - a task that passed TaskSchema (or the SLA scores' reader)
 * @param slaHours - the SLA when the task has none of its own
 * @param calendar - the calendar when the task has none of its own (a validated one)
 * @param asOf - the moment open tasks are judged at, or null
 * @throws {ClienteleError} INVALID_INPUT at `['slaHours']` when neither the task nor the call gives an SLA
 */
export function slaStanding(
  task: Pick<Task, 'requestedAt' | 'completedAt' | 'slaHours' | 'paused' | 'calendar'>,
  slaHours: number | undefined,
  calendar: Calendar | undefined,
  asOf: number | null,
): SlaStanding {
  const hours = task.slaHours ?? slaHours;
  if (hours === undefined) {
    throw new ClienteleError('INVALID_INPUT', [
      { path: ['slaHours'], code: 'INVALID_INPUT', message: 'is required: neither the task nor its link gives slaHours' },
    ]);
  }
  const pauses: number[] = [];
  for (const pause of task.paused ?? []) pauses.push(isoInstant(pause.from)!, isoInstant(pause.to)!);
  const applies = task.calendar ?? calendar;
  return standingOf(
    isoInstant(task.requestedAt)!,
    task.completedAt === undefined ? null : isoInstant(task.completedAt)!,
    pauses,
    hours,
    applies === undefined ? null : workingClock(applies),
    asOf,
  );
}
