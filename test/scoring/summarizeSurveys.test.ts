import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SURVEY_GROUPINGS,
  ces,
  csat,
  nps,
  parseObservations,
  sampleOrganization,
  servqual,
  summarizeSurveys,
  type Survey,
} from '../../src/index.js';
import { deepFreeze, issuePaths } from './_helpers.js';

const base = { type: 'survey', respondentId: 'r', at: '2024-05-01' } as const;
const npsOf = (value: number, subjectId = 'app', stage?: 'launch' | 'established'): Survey => ({
  ...base,
  instrument: 'nps',
  subjectId,
  value,
  ...(stage ? { stage } : {}),
});
const csatOf = (value: number, subjectId = 'app', stage?: 'launch' | 'established', scale?: number): Survey => ({
  ...base,
  instrument: 'csat',
  subjectId,
  value,
  ...(stage ? { stage } : {}),
  ...(scale ? { scale } : {}),
});
const cesOf = (value: number, subjectId = 'app', stage?: 'launch' | 'established'): Survey => ({
  ...base,
  instrument: 'ces',
  subjectId,
  value,
  ...(stage ? { stage } : {}),
});
const ratings = (t: number, rel: number, res: number, a: number, e: number) => ({
  tangibles: t,
  reliability: rel,
  responsiveness: res,
  assurance: a,
  empathy: e,
});
const servqualOf = (expectations: ReturnType<typeof ratings>, perceptions: ReturnType<typeof ratings>, stage?: 'launch'): Survey => ({
  ...base,
  instrument: 'servqual',
  subjectId: 'desk',
  expectations,
  perceptions,
  ...(stage ? { stage } : {}),
});

describe('summarizeSurveys', () => {
  it('lists its groupings', () => {
    expect(SURVEY_GROUPINGS).toEqual(['stage', 'subject']);
  });

  it('gives one score per instrument, equal to the one-pass scores', () => {
    const surveys = deepFreeze([
      npsOf(10),
      npsOf(3),
      npsOf(8),
      csatOf(5),
      csatOf(2),
      cesOf(6),
      cesOf(7),
      servqualOf(ratings(5, 7, 6, 6, 5), ratings(6, 5, 5, 6, 4)),
      servqualOf(ratings(5, 7, 6, 6, 5), ratings(4, 5, 5, 6, 4)),
    ]);
    const { all, groups } = summarizeSurveys(surveys);
    expect(groups.size).toBe(0);
    expect(all.total).toBe(9);
    expect(all.nps).toEqual(nps([10, 3, 8]));
    expect(all.csat).toEqual(csat([5, 2]));
    expect(all.ces).toEqual(ces([6, 7]));
    expect(all.servqual).toEqual({
      total: 2,
      expectations: ratings(5, 7, 6, 6, 5),
      perceptions: ratings(5, 5, 5, 6, 4),
      ...servqual({ expectations: ratings(5, 7, 6, 6, 5), perceptions: ratings(5, 5, 5, 6, 4) }),
    });
  });

  it('gives null scores for instruments without answers', () => {
    const { all } = summarizeSurveys([]);
    expect(all.total).toBe(0);
    expect(all.nps.score).toBeNull();
    expect(all.csat.score).toBeNull();
    expect(all.ces.score).toBeNull();
    expect(all.servqual).toEqual({ total: 0, expectations: null, perceptions: null, gaps: null, unweighted: null, weighted: null });
  });

  it('splits launch feedback from established feedback, unstaged last', () => {
    const surveys = [
      npsOf(10, 'app', 'launch'),
      npsOf(2, 'app', 'launch'),
      npsOf(9, 'app', 'established'),
      npsOf(10, 'app'),
      csatOf(4, 'app', 'established'),
      servqualOf(ratings(5, 5, 5, 5, 5), ratings(6, 6, 6, 6, 6), 'launch'),
    ];
    const { all, groups } = summarizeSurveys(surveys, { by: 'stage' });
    expect([...groups.keys()]).toEqual(['launch', 'established', null]);
    expect(groups.get('launch')!.nps).toEqual(nps([10, 2]));
    expect(groups.get('launch')!.servqual.unweighted).toBe(1);
    expect(groups.get('launch')!.total).toBe(3);
    expect(groups.get('established')!.nps).toEqual(nps([9]));
    expect(groups.get('established')!.csat.score).toBe(100);
    expect(groups.get(null)!.nps).toEqual(nps([10]));
    expect(all.nps).toEqual(nps([10, 2, 9, 10]));
  });

  it('splits by subject, in id order, with ordinary special ids', () => {
    const surveys = [npsOf(10, 'b'), npsOf(0, '__proto__'), cesOf(5, 'b'), npsOf(9, 'a')];
    const { groups } = summarizeSurveys(surveys, { by: 'subject' });
    expect([...groups.keys()]).toEqual(['__proto__', 'a', 'b']);
    expect(groups.get('b')!.ces.score).toBe(5);
    expect(groups.get('__proto__')!.nps.score).toBe(-100);
  });

  it('groups surveys without a subject (about the organisation as a whole) under null, last', () => {
    const whole = (value: number): Survey => ({ ...base, instrument: 'nps', value });
    const surveys = [whole(10), npsOf(0, 'b'), whole(6), npsOf(9, 'a'), whole(9)];
    const { all, groups } = summarizeSurveys(surveys, { by: 'subject' });
    expect([...groups.keys()]).toEqual(['a', 'b', null]);
    // null: 10, 6, 9 → 2 promoters, 1 detractor of 3: (2 − 1) / 3 × 100
    expect(groups.get(null)!.nps).toMatchObject({ promoters: 2, passives: 0, detractors: 1, total: 3 });
    expect(groups.get(null)!.nps.score).toBeCloseTo(100 / 3, 12);
    expect(all.nps.total).toBe(5);
    // without grouping, a missing subject is an ordinary answer; an empty one is still an error
    expect(summarizeSurveys([whole(10)]).all.nps.score).toBe(100);
    expect(issuePaths(() => summarizeSurveys([{ ...whole(10), subjectId: '' }]))).toEqual([['surveys', 0, 'subjectId']]);
  });

  it('applies csatThreshold and SERVQUAL weights', () => {
    const surveys = [csatOf(3), csatOf(5), servqualOf(ratings(5, 7, 6, 6, 5), ratings(6, 5, 5, 6, 4))];
    const weights = ratings(10, 40, 20, 20, 10);
    const { all } = summarizeSurveys(surveys, { csatThreshold: 3, servqualWeights: weights });
    expect(all.csat.score).toBe(100);
    expect(all.csat.threshold).toBe(3);
    expect(all.servqual.weighted).toBe(servqual({ expectations: ratings(5, 7, 6, 6, 5), perceptions: ratings(6, 5, 5, 6, 4), weights }).weighted);
  });

  it('keeps one scale per instrument', () => {
    expect(summarizeSurveys([csatOf(7, 'a', undefined, 7), csatOf(6, 'b', undefined, 7)]).all.csat).toMatchObject({
      scale: 7,
      threshold: 6,
      score: 100,
    });
    expect(issuePaths(() => summarizeSurveys([csatOf(4), csatOf(7, 'a', undefined, 7)]))).toEqual([['surveys', 1, 'scale']]);
  });

  it('reports every bad field with its path', () => {
    const paths = issuePaths(() =>
      summarizeSurveys(
        [
          npsOf(11),
          { ...npsOf(5), scale: 10 } as never,
          { ...npsOf(5), type: 'task' } as never,
          { ...npsOf(5), instrument: 'ces2' } as never,
          { ...servqualOf(ratings(5, 5, 5, 5, 5), ratings(8, 5, 5, 5, 5)), value: 3 } as never,
          { ...npsOf(5), stage: 'growth' } as never,
          { ...npsOf(5), subjectId: '' },
          csatOf(6),
          null as never,
        ],
        { by: 'stage' },
      ),
    );
    expect(paths).toEqual([
      ['surveys', 0, 'value'],
      ['surveys', 1, 'scale'],
      ['surveys', 2, 'type'],
      ['surveys', 3, 'instrument'],
      ['surveys', 4, 'value'],
      ['surveys', 4, 'perceptions', 'tangibles'],
      ['surveys', 5, 'stage'],
      ['surveys', 6, 'subjectId'],
      ['surveys', 7, 'value'],
      ['surveys', 8],
    ]);
    expect(issuePaths(() => summarizeSurveys([], { by: 'respondent' } as never))).toEqual([['options', 'by']]);
    expect(issuePaths(() => summarizeSurveys([csatOf(5)], { csatThreshold: 6 }))).toEqual([['options', 'csatThreshold']]);
    expect(issuePaths(() => summarizeSurveys([], { servqualWeights: ratings(1, 1, 1, 1, 1) }))).toEqual([['options', 'servqualWeights']]);
  });

  it('summarises the sample organisation’s parsed surveys', () => {
    const observations = parseObservations(sampleOrganization().observations);
    const surveys = observations.filter((o): o is Survey => o.type === 'survey');
    const { all, groups } = summarizeSurveys(surveys, { by: 'stage' });
    const npsValues = surveys.flatMap((s) => (s.instrument === 'nps' ? [s.value] : []));
    expect(all.nps).toEqual(nps(npsValues));
    let total = 0;
    for (const scores of groups.values()) total += scores.total;
    expect(total).toBe(surveys.length);
  });

  it('per-group NPS counts add up to the overall counts, in any order', () => {
    const survey = fc
      .record({ value: fc.integer({ min: 0, max: 10 }), stage: fc.constantFrom('launch', 'established', undefined), subject: fc.constantFrom('a', 'b', 'c') })
      .map(({ value, stage, subject }) => npsOf(value, subject, stage as 'launch' | undefined));
    fc.assert(
      fc.property(
        fc.array(survey, { maxLength: 60 }).chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })),
        ),
        fc.constantFrom('stage', 'subject'),
        ([list, shuffled], by) => {
          const summary = summarizeSurveys(list, { by: by as 'stage' });
          let promoters = 0;
          for (const scores of summary.groups.values()) promoters += scores.nps.promoters;
          expect(promoters).toBe(summary.all.nps.promoters);
          expect(summarizeSurveys(shuffled, { by: by as 'stage' })).toEqual(summary);
        },
      ),
    );
  });
});
