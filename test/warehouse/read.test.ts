/**
 * Regression tests for rows that the fuzz targets of `sql().read`
 * (test/fuzz/sql.test.ts) found mishandled: a sum too large for any double
 * let a RangeError escape; a group with no rows whose zeros came as '0.000'
 * was refused; and sums no ratings can have were read into a state that
 * `merge` and `result` then refused. Each row here is one the select cannot
 * make, except the empty group, which it makes.
 */
import { describe, expect, it } from 'vitest';
import { cesAccumulator } from '../../src/scoring/cesAccumulator.js';
import { meanAccumulator } from '../../src/scoring/meanAccumulator.js';
import { npsAccumulator } from '../../src/scoring/npsAccumulator.js';
import { purchaseAccumulator } from '../../src/scoring/purchaseAccumulator.js';
import { caught } from './_engines.js';

const paths = (run: () => unknown) => caught(run).issues.map((issue) => issue.path);
const huge = `1${'0'.repeat(400)}`;

describe('sql().read of rows no select makes', () => {
  it('a mean sum or sum of squares beyond what its count of whole numbers can sum is refused, not a RangeError', () => {
    const { read } = meanAccumulator().sql('x');
    // two values within ±(2^31 − 1): sum 5 = 2 + 3, squares 13 = 4 + 9
    const row = { clientele_total: 2, clientele_sum: 5, clientele_squares: 13, clientele_min: 2, clientele_max: 3, clientele_invalid: 0, clientele_missing: 0 };
    expect(read(row).state).toEqual({ total: 2, partials: [5], squares: [13], min: 2, max: 3 });
    expect(paths(() => read({ ...row, clientele_sum: huge }))).toEqual([['row', 'clientele_sum']]);
    expect(paths(() => read({ ...row, clientele_squares: huge }))).toEqual([['row', 'clientele_squares']]);
    expect(paths(() => read({ ...row, clientele_squares: -1 }))).toEqual([['row', 'clientele_squares']]);
    // 2 × (2^31 − 1) = 4294967294 is the largest sum of two; one more is not a sum of two
    expect(paths(() => read({ ...row, clientele_sum: 4294967295 }))).toEqual([['row', 'clientele_sum']]);
    expect(read({ ...row, clientele_sum: 4294967294, clientele_squares: '9223372028264841218' }).state.partials).toEqual([4294967294]);
  });

  it('a mean minimum above the maximum is refused', () => {
    const { read } = meanAccumulator().sql('x');
    const row = { clientele_total: 2, clientele_sum: 5, clientele_squares: 13, clientele_min: 3, clientele_max: 2, clientele_invalid: 0, clientele_missing: 0 };
    expect(paths(() => read(row))).toEqual([['row', 'clientele_min']]);
  });

  it('a purchase piece sum beyond count × (2^32 − 1) is refused, not a RangeError', () => {
    const { read } = purchaseAccumulator().sql({ amount: 'a', currency: 'c', at: 't' }, { dialect: 'duckdb' });
    // one purchase of 1: 2^80 units, so piece 2 (bits 64–95) is 2^16 = 65536
    const row = {
      clientele_count: 1n,
      clientele_sum0: 0n,
      clientele_sum1: 0n,
      clientele_sum2: 65536n,
      clientele_sum3: 0n,
      clientele_last: 1717200000000000n,
      clientele_currencyMin: 'EUR',
      clientele_currencyMax: 'EUR',
      clientele_invalid: 0n,
      clientele_missing: 0n,
    };
    expect(purchaseAccumulator().result(read(row).state).amount).toBe(1);
    expect(paths(() => read({ ...row, clientele_sum3: huge }))).toEqual([['row', 'clientele_sum3']]);
    expect(paths(() => read({ ...row, clientele_sum0: 4294967296n }))).toEqual([['row', 'clientele_sum0']]);
  });

  it("a group with no rows reads as empty whatever form its zeros take ('0', '0.000', 0n)", () => {
    const { read } = npsAccumulator().sql('x');
    const row = { clientele_promoters: null, clientele_passives: null, clientele_detractors: null, clientele_invalid: null, clientele_missing: '0.000' };
    expect(read(row)).toEqual({ state: { promoters: 0, passives: 0, detractors: 0 }, missing: 0 });
    expect(read({ ...row, clientele_missing: 0n, clientele_invalid: '-0' }).missing).toBe(0);
    // a NULL beside a count that is not zero is still refused
    expect(paths(() => read({ ...row, clientele_missing: '0.001' }))).toEqual([
      ['row', 'clientele_promoters'],
      ['row', 'clientele_passives'],
      ['row', 'clientele_detractors'],
      ['row', 'clientele_invalid'],
      ['row', 'clientele_missing'],
    ]);
  });

  it('CES sums no ratings can have are refused by read, as merge refuses them', () => {
    const acc = cesAccumulator();
    const { read } = acc.sql('x');
    // ratings 7, 7, 1: total 3, sum 15, squares 49 + 49 + 1 = 99
    const row = { clientele_total: 3, clientele_sum: 15, clientele_sumSquares: 99, clientele_invalid: 0, clientele_missing: 0 };
    expect(read(row).state).toEqual({ scale: 7, sum: 15, sumSquares: 99, total: 3 });
    // no ratings with a sum of 19
    expect(paths(() => read({ ...row, clientele_total: 0, clientele_sum: 19, clientele_sumSquares: 19 }))).toEqual([['row', 'clientele_sum']]);
    // three ratings of 1..7 sum to 3..21
    expect(paths(() => read({ ...row, clientele_sum: 22 }))).toEqual([['row', 'clientele_sum']]);
    // three ratings summing to 15 have squares of at least 15²/3 = 75 (5, 5, 5)
    expect(read({ ...row, clientele_sumSquares: 75 }).state.sumSquares).toBe(75);
    expect(paths(() => read({ ...row, clientele_sumSquares: 74 }))).toEqual([['row', 'clientele_sumSquares']]);
    // one rating of 5 has the square 25 exactly
    expect(paths(() => read({ ...row, clientele_total: 1, clientele_sum: 5, clientele_sumSquares: 26 }))).toEqual([['row', 'clientele_sumSquares']]);
  });
});
