import { inclusiveEnd, isoInstant } from '../_internal/dates.js';

/** The message for a validity range that ends before it starts. */
export const VALIDITY_ORDER_MESSAGE =
  'must not be earlier than validFrom (a date-only validTo covers its whole UTC day)';

/**
 * True when a link's validity range is in order: `validFrom` no later than
 * `validTo`, a date-only `validTo` covering its whole UTC day. A range with a
 * missing or unreadable bound passes here: the field checks report those.
 */
export function validityInOrder(validFrom: unknown, validTo: unknown): boolean {
  if (typeof validFrom !== 'string' || typeof validTo !== 'string') return true;
  const start = isoInstant(validFrom);
  if (start === null || isoInstant(validTo) === null) return true;
  return start <= inclusiveEnd(validTo);
}
