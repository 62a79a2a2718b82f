import type { Issue } from '../errors.js';
import { got } from '../_internal/fail.js';
import { INSTRUMENTS, type Instrument } from '../observations/kinds.js';
import { readRecordOf } from '../observations/readObservation.js';
import type { Survey } from '../observations/schemas.js';
import { readConfidenceOptions } from './_internal/confidence.js';
import { optionPath, readNamed } from './_internal/options.js';
import { eachItem, issue, readInstant, throwIssues } from './_internal/read.js';
import { cesOnSevenPoints } from './ces.js';
import { compareMeans } from './compareMeans.js';
import { compareNps } from './compareNps.js';
import { compareProportions, type ProportionCounts } from './compareProportions.js';
import { csatFromCounts, isSatisfied } from './csat.js';
import type { Comparison, ConfidenceOptions, Interval } from './interval.js';
import { mean, type MeanResult } from './mean.js';
import { meanInterval } from './meanInterval.js';
import { nps, type NpsResult } from './nps.js';
import { npsInterval } from './npsInterval.js';
import { proportionInterval } from './proportionInterval.js';
import { isCalendarDate, periodStarts, readPeriodOptions, type TrendPeriod } from './trend.js';

/**
 * An instrument {@link surveyTrend} can follow: one of the survey
 * instruments with a single score (SERVQUAL has five gaps, not one).
 *
 * @category Scoring
 */
export type SurveyTrendInstrument = Exclude<Instrument, 'servqual'>;

/**
 * Options of {@link surveyTrend}; `instrument` and `period` are required.
 *
 * @category Scoring
 */
export interface SurveyTrendOptions extends ConfidenceOptions {
  /** Whose answers to score: `'nps'`, `'csat'` or `'ces'`; surveys of other instruments are passed over. */
  readonly instrument: SurveyTrendInstrument;
  /** The calendar period to bucket by (weeks start on Monday). */
  readonly period: TrendPeriod;
  /** The IANA time zone whose calendar the periods follow; `'UTC'` by default. */
  readonly timeZone?: string;
}

/**
 * One period of {@link surveyTrend}'s result.
 *
 * @category Scoring
 */
export interface SurveyTrendBucket {
  /** The period's first day, `YYYY-MM-DD`, on the calendar of the time zone asked for. */
  readonly start: string;
  /** The period's score: NPS points (−100..100), percent satisfied (CSAT), or mean effort on the 7-point scale (CES). */
  readonly score: number;
  /** The period's answers of the instrument. */
  readonly total: number;
  /** The lower end of the score's interval at `confidence`; `null` for CES from a single answer (no spread to measure). */
  readonly low: number | null;
  /** The upper end of the score's interval; `null` where `low` is. */
  readonly high: number | null;
  /**
   * The score against the previous period in the list (the last one with
   * answers): {@link compareNps}, {@link compareProportions} or
   * {@link compareMeans}, `difference` being this period's score minus
   * that one's. `null` for the first period, and for CES when either period
   * has a single answer.
   */
  readonly change: Comparison | null;
}

/** What one period collects: the NPS answers or the CES answers on 7 points; for CSAT, the counts of answers and of satisfied ones. */
interface Tally {
  values: number[];
  answers: number;
  satisfied: number;
}

/** One period's figure, with the sample its comparison reads. */
interface Figure {
  score: number;
  total: number;
  interval: Interval | null;
  sample: NpsResult | ProportionCounts | MeanResult;
}

/**
 * Each answer reduced to its verdict, 2 (satisfied on its own scale) or 1
 * (not): the CSAT of the verdicts, top box of 2, is the share satisfied.
 */
const VERDICTS = { scale: 2, threshold: 2 } as const;

function figureOf(instrument: SurveyTrendInstrument, tally: Tally, confidence: number): Figure {
  switch (instrument) {
    case 'nps': {
      const result = nps(tally.values);
      return { score: result.score!, total: result.total, interval: npsInterval(result, { confidence }), sample: result };
    }
    case 'csat': {
      const total = tally.answers;
      const score = csatFromCounts(tally.satisfied, total, VERDICTS).score!;
      return { score, total, interval: proportionInterval(tally.satisfied, total, { confidence }), sample: { successes: tally.satisfied, total } };
    }
    case 'ces': {
      const result = mean(tally.values);
      return { score: result.score!, total: result.total, interval: meanInterval(result, { confidence }), sample: result };
    }
  }
}

function changeOf(instrument: SurveyTrendInstrument, before: Figure, after: Figure, confidence: number): Comparison | null {
  switch (instrument) {
    case 'nps':
      return compareNps(before.sample as NpsResult, after.sample as NpsResult, { confidence });
    case 'csat':
      return compareProportions(before.sample as ProportionCounts, after.sample as ProportionCounts, { confidence });
    case 'ces':
      // null when either period has a single answer (no spread to test)
      return compareMeans(before.sample as MeanResult, after.sample as MeanResult, { confidence });
  }
}

/**
 * Follows one survey instrument through time: its score per calendar
 * period (as {@link trend} buckets them: day, week from Monday, month,
 * quarter or year, on the calendar of an IANA time zone, UTC by default),
 * with a confidence interval, and how the score changed from the period
 * before — whether a rise from 31 to 38 is news or noise. An answer dated
 * by a calendar date `YYYY-MM-DD` stays on that date whatever the zone;
 * one with a date-time belongs to the local date its instant has there.
 *
 * Per period: NPS is {@link nps} of the answers, with the adjusted-Wald
 * {@link npsInterval}, compared by {@link compareNps}. CSAT is the percent
 * of answers satisfied, each on its own scale at that scale's default
 * threshold (top two boxes from 4 points up, the top box below), with the
 * Wilson {@link proportionInterval}, compared by {@link compareProportions}.
 * CES is the mean of the answers put on the 7-point scale,
 * 1 + (value − 1) × 6 / (scale − 1), with the Student t
 * {@link meanInterval}, compared by {@link compareMeans}. So answers on
 * different scales can share a trend.
 *
 * Every survey is validated as an observation (run `parseObservations`
 * first to learn about all records at once); surveys of another instrument
 * are valid data and are passed over, so one list of mixed surveys can feed
 * one trend per instrument. A record that is not a survey is an error.
 * Periods without answers are left out; `change` compares with the previous
 * period listed.
 *
 * Full precision: nothing is rounded; round for display.
 *
 * @param surveys - survey observations (any instrument)
 * @param options - `instrument` and `period` (required), `timeZone` (IANA name, default `'UTC'`), `confidence` (default 0.95)
 * @returns one bucket per period with answers of the instrument, oldest first
 * @throws {ClienteleError} INVALID_INPUT at `['surveys', i, …]` for a record that is not a valid survey (at `['surveys', i, 'type']` for another observation) or whose local date falls outside 0001–9999; at `['options', 'instrument']`, `['options', 'period']`, `['options', 'timeZone']` or `['options', 'confidence']` for a bad option
 *
 * @example
 * ```ts
 * import { surveyTrend } from 'clientele';
 *
 * const answer = (at: string, value: number) => ({ type: 'survey', instrument: 'nps', respondentId: 'r', at, value }) as const;
 * const weeks = surveyTrend(
 *   [
 *     answer('2024-04-01', 10),
 *     answer('2024-04-02', 9),
 *     answer('2024-04-03', 3),
 *     answer('2024-04-04', 7),
 *     answer('2024-04-08', 10),
 *     answer('2024-04-09', 10),
 *     answer('2024-04-10', 8),
 *     answer('2024-04-11', 9),
 *     { type: 'survey', instrument: 'csat', respondentId: 'r', at: '2024-04-11', value: 2 },
 *   ],
 *   { instrument: 'nps', period: 'week' },
 * );
 * weeks.map(({ start, score, total }) => ({ start, score, total }))
 * //=> [{ start: '2024-04-01', score: 25, total: 4 }, { start: '2024-04-08', score: 75, total: 4 }]
 * weeks[0]?.change
 * //=> null
 * weeks[1]?.change?.difference
 * //=> 50
 * weeks[1]?.change?.significant
 * //=> false
 * surveyTrend([answer('2025-10-01', 9)], { instrument: 'nps', period: 'month', timeZone: 'America/New_York' })[0]?.start
 * //=> '2025-10-01'
 *
 * // @ts-expect-error -- SERVQUAL has five gaps, not one score to follow
 * surveyTrend([], { instrument: 'servqual', period: 'week' })
 * //=> throws INVALID_INPUT
 * ```
 *
 * @category Scoring
 */
export function surveyTrend(surveys: readonly Survey[], options: SurveyTrendOptions): SurveyTrendBucket[] {
  const issues: Issue[] = [];
  const named = readNamed(options, ['instrument', 'period', 'timeZone', 'confidence'], issues, 'options', ['options'], false);
  const instruments = INSTRUMENTS.filter((name): name is SurveyTrendInstrument => name !== 'servqual');
  let instrument: SurveyTrendInstrument | undefined;
  let calendar: { period?: TrendPeriod; timeZone?: string } = {};
  let confidence: number | undefined;
  if (named !== undefined) {
    const given = named.instrument;
    if ((instruments as readonly unknown[]).includes(given)) instrument = given as SurveyTrendInstrument;
    else issues.push(issue(optionPath('instrument'), got(`must be one of ${instruments.join(', ')} (SERVQUAL has no single score)`, given)));
    calendar = readPeriodOptions(named, issues);
    // the confidence rule, and its default, are those of every interval
    confidence = readConfidenceOptions({ confidence: named.confidence }, issues)?.confidence;
  }
  const startOf = periodStarts(calendar.period, calendar.timeZone);
  const tallies = new Map<string, Tally>();
  eachItem(surveys, ['surveys'], issues, (item, index) => {
    const path = ['surveys', index];
    const survey = readRecordOf('survey', item, path, issues);
    if (survey === undefined) return;
    // another instrument's answer is valid data this trend does not follow
    if (survey.instrument !== instrument) return;
    const at = readInstant(survey.at, [...path, 'at'], issues);
    const start = at === undefined ? undefined : startOf(at, isCalendarDate(survey.at), [...path, 'at'], issues);
    if (start === undefined) return;
    let tally = tallies.get(start);
    if (tally === undefined) {
      tally = { values: [], answers: 0, satisfied: 0 };
      tallies.set(start, tally);
    }
    if (survey.instrument === 'nps') tally.values.push(survey.value);
    else if (survey.instrument === 'ces') tally.values.push(cesOnSevenPoints(survey.value, survey.scale ?? 7));
    else if (survey.instrument === 'csat') {
      tally.answers += 1;
      if (isSatisfied(survey.value, survey.scale ?? 5)) tally.satisfied += 1;
    }
  });
  throwIssues(issues);
  const out: SurveyTrendBucket[] = [];
  let previous: Figure | undefined;
  for (const start of [...tallies.keys()].sort()) {
    const figure = figureOf(instrument!, tallies.get(start)!, confidence!);
    out.push({
      start,
      score: figure.score,
      total: figure.total,
      low: figure.interval === null ? null : figure.interval.low,
      high: figure.interval === null ? null : figure.interval.high,
      change: previous === undefined ? null : changeOf(instrument!, previous, figure, confidence!),
    });
    previous = figure;
  }
  return out;
}
