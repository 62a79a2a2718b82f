import { describe, expectTypeOf, it } from 'vitest';
import {
  csatAccumulator,
  healthScore,
  nps,
  npsAccumulator,
  rfm,
  slaAttainment,
  summarizeSurveys,
  trend,
  type Accumulator,
  type ColumnAccumulator,
  type CsatResult,
  type CsatState,
  type HealthBand,
  type NpsResult,
  type NpsState,
  type RfmRow,
  type SurveyScores,
  type Task,
  type TrendBucket,
} from '../../src/index.js';

describe('scoring types', () => {
  it('results are flat, named types', () => {
    expectTypeOf(nps).returns.toEqualTypeOf<NpsResult>();
    expectTypeOf<NpsResult['score']>().toEqualTypeOf<number | null>();
    expectTypeOf(healthScore).returns.toHaveProperty('band').toEqualTypeOf<HealthBand | null>();
    expectTypeOf(rfm).returns.toEqualTypeOf<RfmRow[]>();
    expectTypeOf(trend).returns.toEqualTypeOf<TrendBucket[]>();
    expectTypeOf(summarizeSurveys).returns.toHaveProperty('groups').toEqualTypeOf<Map<string | null, SurveyScores>>();
  });

  it('columns may be arrays or typed arrays, not bigint arrays or strings', () => {
    expectTypeOf(nps).toBeCallableWith([1, 2]);
    expectTypeOf(nps).toBeCallableWith(new Uint8Array(3));
    expectTypeOf(nps).toBeCallableWith(new Float64Array(3));
    const misuse = () => {
      // @ts-expect-error a BigInt64Array holds bigints
      nps(new BigInt64Array(1));
      // @ts-expect-error strings are not answers
      nps(['9']);
    };
    expectTypeOf(misuse).toBeFunction();
  });

  it('parsed tasks fit the task scores', () => {
    expectTypeOf(slaAttainment).toBeCallableWith([] as Task[], { slaHours: 4 });
  });

  it('accumulators are typed by state, input and result', () => {
    // column accumulators are accumulators of numbers that can also write their counting as SQL
    expectTypeOf(npsAccumulator()).toEqualTypeOf<ColumnAccumulator<NpsState, NpsResult>>();
    expectTypeOf(csatAccumulator({ scale: 7 })).toEqualTypeOf<ColumnAccumulator<CsatState, CsatResult>>();
    expectTypeOf(npsAccumulator()).toMatchTypeOf<Accumulator<NpsState, number, NpsResult>>();
    const misuse = () => {
      // @ts-expect-error options are named
      csatAccumulator(7);
    };
    expectTypeOf(misuse).toBeFunction();
  });
});

describe('observation literals fit the record scores', () => {
  it('task and purchase observations are accepted as written', () => {
    expectTypeOf(slaAttainment).toBeCallableWith(
      [{ type: 'task', id: 't', providerId: 'it', consumerId: 'hr', requestedAt: '2024-01-01', slaHours: 4, defects: 0, reworked: false }],
      {},
    );
    expectTypeOf(rfm).toBeCallableWith([{ type: 'purchase', id: 'p', customerId: 'c', at: '2024-01-01', amount: 1, currency: 'EUR' }], {
      asOf: '2024-02-01',
    });
  });
});
