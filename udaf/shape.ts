/**
 * Turns a clientele accumulator into the four functions a warehouse's
 * JavaScript user-defined aggregate function exports (BigQuery's shape:
 * `initialState`, `aggregate`, `merge`, `finalize`; the warehouse keeps the
 * state between calls and serialises it as JSON between workers, and expects
 * `aggregate` and `merge` to update the state they are given).
 */
import type { Accumulator } from '../src/scoring/accumulator.js';

export interface Udaf<State, Input> {
  initialState(): State;
  aggregate(state: State, value: Input): void;
  merge(state: State, partialState: State): void;
  finalize(state: State): number | null;
}

export function udaf<State extends object, Input, Result extends { score: number | null }>(
  accumulator: Accumulator<State, Input, Result>,
): Udaf<State, Input> {
  return {
    initialState: () => accumulator.empty(),
    aggregate(state, value) {
      Object.assign(state, accumulator.add(state, value));
    },
    merge(state, partialState) {
      Object.assign(state, accumulator.merge(state, partialState));
    },
    finalize: (state) => accumulator.result(state).score,
  };
}
