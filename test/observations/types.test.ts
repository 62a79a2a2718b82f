import { describe, expectTypeOf, it } from 'vitest';
import {
  parseObservation,
  type CsatSurvey,
  type Interaction,
  type Observation,
  type ObservationInput,
  type Purchase,
  type Referral,
  type ServqualRatings,
  type ServqualSurvey,
  type Stage,
  type Survey,
  type Task,
} from '../../src/index.js';

describe('observation types', () => {
  it('narrow on type and instrument', () => {
    expectTypeOf(parseObservation).returns.toEqualTypeOf<Observation>();
    expectTypeOf(narrow).toBeFunction();
  });

  function narrow(observation: Observation): void {
    if (observation.type === 'survey') {
      expectTypeOf(observation).toEqualTypeOf<Survey>();
      expectTypeOf(observation.stage).toEqualTypeOf<Stage | undefined>();
      if (observation.instrument === 'servqual') {
        expectTypeOf(observation).toEqualTypeOf<ServqualSurvey>();
        expectTypeOf(observation.expectations.empathy).toBeNumber();
        // @ts-expect-error a SERVQUAL survey has no value
        void observation.value;
      } else if (observation.instrument === 'csat') {
        expectTypeOf(observation).toEqualTypeOf<CsatSurvey>();
        expectTypeOf(observation.scale).toEqualTypeOf<number | undefined>();
        expectTypeOf(observation.value).toBeNumber();
      } else {
        expectTypeOf(observation.value).toBeNumber();
      }
    } else if (observation.type === 'task') {
      expectTypeOf(observation).toEqualTypeOf<Task>();
      expectTypeOf(observation.completedAt).toEqualTypeOf<string | undefined>();
      expectTypeOf(observation.reworked).toEqualTypeOf<boolean | undefined>();
    } else if (observation.type === 'purchase') {
      expectTypeOf(observation).toEqualTypeOf<Purchase>();
      expectTypeOf(observation.amount).toBeNumber();
    } else if (observation.type === 'referral') {
      expectTypeOf(observation).toEqualTypeOf<Referral>();
      expectTypeOf(observation.converted).toBeBoolean();
    } else {
      expectTypeOf(observation).toEqualTypeOf<Interaction>();
      expectTypeOf(observation.initiatedBy).toBeString();
    }
  }

  it('input and output shapes agree (parsing applies no defaults)', () => {
    expectTypeOf<ObservationInput>().toEqualTypeOf<Observation>();
    expectTypeOf<ServqualSurvey['perceptions']>().toMatchTypeOf<ServqualRatings>();
  });

  it('rejects misuse at compile time', () => {
    // @ts-expect-error instrument must be one of the four
    const bad: Survey = { type: 'survey', instrument: 'ces2', respondentId: 'a', subjectId: 'b', at: '2024-01-01', value: 1 };
    void bad;
  });
});
