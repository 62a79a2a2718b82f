import { expect } from 'vitest';
import { ClienteleError } from '../../src/index.js';

/** Runs `run`, expects a ClienteleError, and returns it. */
export function caught(run: () => unknown): ClienteleError {
  let error: unknown;
  try {
    run();
  } catch (thrown) {
    error = thrown;
  }
  expect(error, 'expected a ClienteleError').toBeInstanceOf(ClienteleError);
  return error as ClienteleError;
}

/** The issue paths of the ClienteleError `run` throws (code INVALID_INPUT checked). */
export function issuePaths(run: () => unknown): (string | number)[][] {
  const error = caught(run);
  expect(error.code).toBe('INVALID_INPUT');
  return error.issues.map((issue) => [...issue.path]);
}

/** Deeply freezes a value, for tests that inputs are never changed. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !ArrayBuffer.isView(value)) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

/** Splits `values` into consecutive parts at the cut points (each taken modulo the length + 1; empty parts included). */
export function partition<T>(values: readonly T[], cuts: readonly number[]): T[][] {
  const points = [...new Set(cuts.map((cut) => cut % (values.length + 1)))].sort((a, b) => a - b);
  const parts: T[][] = [];
  let start = 0;
  for (const point of points) {
    parts.push(values.slice(start, point));
    start = point;
  }
  parts.push(values.slice(start));
  return parts;
}

/** Sends a state through JSON, as a warehouse does between workers. */
export const ship = <S,>(state: S): S => JSON.parse(JSON.stringify(state)) as S;
