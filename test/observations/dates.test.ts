// Dates of the first century: Date.UTC reads the years 0–99 as 1900–1999.
import { describe, expect, it } from 'vitest';
import { parseObservation } from '../../src/index.js';
import { isoInstant } from '../../src/_internal/dates.js';

describe('ISO dates before the year 100', () => {
  it('are read as written, not as 19xx', () => {
    // the year 50 began 1,920 years before 1970: count its days from 0050-01-01 to 1970-01-01 instead of trusting Date
    // 1970 − 50 = 1920 years, of which leap years: ⌊1969/4⌋ − ⌊1969/100⌋ + ⌊1969/400⌋ − (⌊49/4⌋ − ⌊49/100⌋ + ⌊49/400⌋) = 477 − 12 = 465
    const days = 1920 * 365 + 465;
    expect(isoInstant('0050-01-01')).toBe(-days * 86_400_000);
    expect(new Date(isoInstant('0000-02-29T12:00:00Z')!).toISOString()).toBe('0000-02-29T12:00:00.000Z');
    expect(isoInstant('0001-02-29')).toBeNull();
  });

  it('keep their order against later dates in the records that carry them', () => {
    const early = parseObservation({ type: 'purchase', customerId: 'c', at: '0099-12-31', amount: 1, currency: 'EUR' });
    expect(early.type === 'purchase' && isoInstant(early.at)! < isoInstant('1900-01-01')!).toBe(true);
  });
});
