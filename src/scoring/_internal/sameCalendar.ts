import type { Calendar } from '../../chain/calendar.js';

/**
 * True when `value` (read from an accumulator state, perhaps sent through
 * JSON) is the same calendar as `expected`, or both are null: the same zone,
 * the same intervals day by day, the same holidays in the same order and
 * the same dated hours (`workingDates`, whatever their key order).
 * Never throws: a value of any other shape is simply not the same.
 */
export function sameCalendar(value: unknown, expected: Calendar | null): boolean {
  if (value === expected) return true;
  if (expected === null || typeof value !== 'object' || value === null) return false;
  try {
    return canonical(value) === canonical(expected);
  } catch {
    return false;
  }
}

/** A text that two calendars share exactly when they are equal, whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value).filter((key) => (value as Record<string, unknown>)[key] !== undefined).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
