// The label key lists in src/i18n must name exactly the values the other
// modules export, so that every kind, side, role, deliverable, instrument and
// SERVQUAL dimension has words in every locale.
import { describe, expect, it } from 'vitest';
import {
  CUSTOMER_KINDS,
  DELIVERABLES,
  INSTRUMENTS,
  INTERNAL_ROLES,
  LABEL_GROUPS,
  LOCALES,
  SERVQUAL_DIMENSIONS,
  SIDES,
  label,
} from '../../src/index.js';

describe('label keys match the values the library uses', () => {
  it.each([
    ['kind', CUSTOMER_KINDS],
    ['side', SIDES],
    ['role', INTERNAL_ROLES],
    ['deliverable', DELIVERABLES],
    ['instrument', INSTRUMENTS],
    ['dimension', SERVQUAL_DIMENSIONS],
  ] as const)('%s', (group, values) => {
    expect([...LABEL_GROUPS[group]]).toEqual([...values]);
    for (const value of values) for (const locale of LOCALES) expect(label(value, locale).length).toBeGreaterThan(0);
  });
});
