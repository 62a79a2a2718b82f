import type { Issue, IssuePath } from '../errors.js';
import { describe } from '../_internal/fail.js';
import { INSTRUMENTS, SERVQUAL_DIMENSIONS, STAGES, type ServqualRatings, type Stage } from '../observations/kinds.js';
import type { Survey } from '../observations/schemas.js';
import { addExact, roundExact } from './_internal/exactSum.js';
import { MAX_SCALE, optionPath, readNamed } from './_internal/options.js';
import { checkNumber, eachItem, issue, throwIssues } from './_internal/read.js';
import { cesFromSum, type CesResult } from './ces.js';
import { csatFromCounts, defaultCsatThreshold, type CsatResult } from './csat.js';
import { npsFromCounts, type NpsResult } from './nps.js';
import { readDimensions, readWeights, servqualFrom } from './servqual.js';

/**
 * How {@link summarizeSurveys} can split its summary.
 *
 * @example
 * ```ts
 * import { SURVEY_GROUPINGS } from 'clientele';
 *
 * SURVEY_GROUPINGS
 * //=> ['stage', 'subject']
 * ```
 *
 * @category Scoring
 */
export const SURVEY_GROUPINGS = /*@__PURE__*/ Object.freeze(['stage', 'subject'] as const);

/**
 * One of {@link SURVEY_GROUPINGS}.
 *
 * @category Scoring
 */
export type SurveyGrouping = (typeof SURVEY_GROUPINGS)[number];

/**
 * Options of {@link summarizeSurveys}.
 *
 * @category Scoring
 */
export interface SurveySummaryOptions {
  /** Split the summary by `stage` (`launch`, `established`, or `null` for surveys without a stage) or by `subject` (`subjectId`). */
  readonly by?: SurveyGrouping;
  /** The lowest CSAT rating that counts as satisfied; default as for {@link csat} (top two boxes from 4 points up, the top box below). */
  readonly csatThreshold?: number;
  /** SERVQUAL importance weights (summing to 1 or 100), for the weighted gap. */
  readonly servqualWeights?: ServqualRatings;
}

/**
 * The SERVQUAL part of a survey summary.
 *
 * @category Scoring
 */
export interface ServqualSummary {
  /** SERVQUAL answers in the group. */
  readonly total: number;
  /** Mean expectation per dimension; `null` with no answers. */
  readonly expectations: ServqualRatings | null;
  /** Mean perception per dimension; `null` with no answers. */
  readonly perceptions: ServqualRatings | null;
  /** Mean perception − mean expectation per dimension; `null` with no answers. */
  readonly gaps: ServqualRatings | null;
  /** The mean of the five gaps; `null` with no answers. */
  readonly unweighted: number | null;
  /** The weighted mean of the gaps; `null` with no answers or without `servqualWeights`. */
  readonly weighted: number | null;
}

/**
 * The scores of one group of surveys, one per instrument; an instrument with
 * no answers in the group has `score: null` (SERVQUAL: `null` fields).
 *
 * @category Scoring
 */
export interface SurveyScores {
  /** Surveys in the group, all instruments. */
  readonly total: number;
  /** NPS of the group's NPS answers. */
  readonly nps: NpsResult;
  /** CSAT of the group's CSAT answers. */
  readonly csat: CsatResult;
  /** CES of the group's CES answers. */
  readonly ces: CesResult;
  /** SERVQUAL gaps of the group's SERVQUAL answers. */
  readonly servqual: ServqualSummary;
}

/**
 * The result of {@link summarizeSurveys}.
 *
 * @category Scoring
 */
export interface SurveySummary {
  /** Scores over every survey. */
  readonly all: SurveyScores;
  /**
   * Scores per group when `by` is given (empty otherwise): by stage in the
   * order `launch`, `established`, then `null` (no stage), each only when
   * present; by subject in `subjectId` order (UTF-16 code units), then
   * `null` for surveys without a subject (about the organisation as a whole).
   */
  readonly groups: Map<string | null, SurveyScores>;
}

interface Tally {
  total: number;
  nps: Float64Array;
  csat: Float64Array;
  cesSum: number;
  cesSquares: number;
  cesTotal: number;
  servqualTotal: number;
  expectations: number[][];
  perceptions: number[][];
}

function newTally(): Tally {
  return {
    total: 0,
    nps: new Float64Array(11),
    csat: new Float64Array(MAX_SCALE + 1),
    cesSum: 0,
    cesSquares: 0,
    cesTotal: 0,
    servqualTotal: 0,
    expectations: SERVQUAL_DIMENSIONS.map(() => []),
    perceptions: SERVQUAL_DIMENSIONS.map(() => []),
  };
}

/** What one survey contributes, once validated; one scratch object is reused for every survey. */
interface Answer {
  instrument: 'nps' | 'csat' | 'ces' | 'servqual';
  value: number;
  expectations: number[] | undefined;
  perceptions: number[] | undefined;
  stage: Stage | null;
  /** `null` for a survey about the organisation as a whole. */
  subject: string | null;
}

function addTo(tally: Tally, answer: Answer): void {
  tally.total += 1;
  switch (answer.instrument) {
    case 'nps':
      tally.nps[answer.value]! += 1;
      break;
    case 'csat':
      tally.csat[answer.value]! += 1;
      break;
    case 'ces':
      tally.cesSum += answer.value;
      tally.cesSquares += answer.value * answer.value;
      tally.cesTotal += 1;
      break;
    case 'servqual':
      tally.servqualTotal += 1;
      for (let d = 0; d < 5; d += 1) {
        addExact(tally.expectations[d]!, answer.expectations![d]!);
        addExact(tally.perceptions[d]!, answer.perceptions![d]!);
      }
      break;
  }
}

interface Scales {
  csat: number | undefined;
  csatAt: number;
  ces: number | undefined;
  cesAt: number;
}

/** The fields a survey may carry that {@link summarizeSurveys} reads. */
interface Fields {
  type: unknown;
  instrument: unknown;
  stage: unknown;
  subjectId: unknown;
  value: unknown;
  scale: unknown;
  expectations: unknown;
  perceptions: unknown;
}

function readFields(record: Record<string, unknown>): Fields {
  return {
    type: record.type,
    instrument: record.instrument,
    stage: record.stage,
    subjectId: record.subjectId,
    value: record.value,
    scale: record.scale,
    expectations: record.expectations,
    perceptions: record.perceptions,
  };
}

/** The path of a survey's field. */
function at(index: number, key: string): IssuePath {
  return ['surveys', index, key];
}

function isRating(value: unknown, bottom: number, top: number): value is number {
  return typeof value === 'number' && value >= bottom && value <= top && Math.floor(value) === value;
}

/**
 * Validates one survey into `answer`; returns false (with issues recorded)
 * when it is not valid. The happy path allocates nothing but the field read.
 */
function readAnswer(item: unknown, index: number, scales: Scales, issues: Issue[], answer: Answer): boolean {
  let fields: Fields;
  try {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      issues.push(issue(['surveys', index], `must be a survey object, not ${describe(item)}`));
      return false;
    }
    fields = readFields(item as Record<string, unknown>);
  } catch {
    issues.push(issue(['surveys', index], 'could not be read'));
    return false;
  }
  const before = issues.length;
  const { type, instrument, stage, subjectId } = fields;
  if (type !== 'survey') issues.push(issue(at(index, 'type'), `must be 'survey', not ${describe(type)}`));
  if (stage !== undefined && stage !== 'launch' && stage !== 'established') {
    issues.push(issue(at(index, 'stage'), `must be one of ${STAGES.join(', ')}, not ${describe(stage)}`));
  }
  if (subjectId !== undefined && (typeof subjectId !== 'string' || subjectId.length === 0)) {
    issues.push(issue(at(index, 'subjectId'), `must be a non-empty string when given, not ${describe(subjectId)}`));
  }
  if (instrument !== 'nps' && instrument !== 'csat' && instrument !== 'ces' && instrument !== 'servqual') {
    issues.push(issue(at(index, 'instrument'), `must be one of ${INSTRUMENTS.join(', ')}, not ${describe(instrument)}`));
    return false;
  }
  if (instrument === 'servqual') {
    if (fields.value !== undefined) issues.push(issue(at(index, 'value'), 'is not allowed on a servqual survey'));
    if (fields.scale !== undefined) issues.push(issue(at(index, 'scale'), 'is not allowed on a servqual survey'));
    const expectations = readDimensions(fields.expectations, at(index, 'expectations'), issues, 1, 7);
    const perceptions = readDimensions(fields.perceptions, at(index, 'perceptions'), issues, 1, 7);
    answer.expectations = expectations;
    answer.perceptions = perceptions;
  } else {
    if (fields.expectations !== undefined) issues.push(issue(at(index, 'expectations'), `is not allowed on a ${instrument} survey`));
    if (fields.perceptions !== undefined) issues.push(issue(at(index, 'perceptions'), `is not allowed on a ${instrument} survey`));
    let top = 10;
    let bottom = 0;
    if (instrument === 'nps') {
      if (fields.scale !== undefined) issues.push(issue(at(index, 'scale'), 'is not allowed on a nps survey'));
    } else {
      bottom = 1;
      const given = fields.scale;
      top = given === undefined ? (instrument === 'csat' ? 5 : 7) : -1;
      if (given !== undefined && checkNumber(given, at(index, 'scale'), issues, 2, MAX_SCALE, true)) top = given;
      if (top > 0) {
        const seen = instrument === 'csat' ? scales.csat : scales.ces;
        if (seen === undefined) {
          if (instrument === 'csat') [scales.csat, scales.csatAt] = [top, index];
          else [scales.ces, scales.cesAt] = [top, index];
        } else if (seen !== top) {
          const first = instrument === 'csat' ? scales.csatAt : scales.cesAt;
          issues.push(issue(at(index, 'scale'), `must be ${seen} like survey ${first}: ${instrument} answers on different scales cannot be combined`));
        }
      }
    }
    const value = fields.value;
    if (top > 0) {
      if (isRating(value, bottom, top)) answer.value = value;
      else issues.push(issue(at(index, 'value'), `must be an integer from ${bottom} to ${top}, not ${describe(value)}`));
    }
  }
  if (issues.length > before) return false;
  answer.instrument = instrument;
  answer.stage = (stage as Stage | undefined) ?? null;
  answer.subject = (subjectId as string | undefined) ?? null;
  return true;
}

function meansOf(sums: number[][], total: number): ServqualRatings {
  const means = sums.map((partials) => Math.min(7, Math.max(1, roundExact(partials) / total)));
  const [tangibles, reliability, responsiveness, assurance, empathy] = means as [number, number, number, number, number];
  return { tangibles, reliability, responsiveness, assurance, empathy };
}

function scoresOf(
  tally: Tally,
  csatScale: number,
  csatThreshold: number,
  cesScale: number,
  weights: { weights: number[]; sum: number } | undefined,
): SurveyScores {
  const n = tally.nps;
  const promoters = n[9]! + n[10]!;
  const passives = n[7]! + n[8]!;
  let satisfied = 0;
  let csatTotal = 0;
  for (let v = 1; v <= csatScale; v += 1) {
    csatTotal += tally.csat[v]!;
    if (v >= csatThreshold) satisfied += tally.csat[v]!;
  }
  let servqual: ServqualSummary = { total: 0, expectations: null, perceptions: null, gaps: null, unweighted: null, weighted: null };
  if (tally.servqualTotal > 0) {
    const expectations = meansOf(tally.expectations, tally.servqualTotal);
    const perceptions = meansOf(tally.perceptions, tally.servqualTotal);
    const result = servqualFrom(
      SERVQUAL_DIMENSIONS.map((d) => expectations[d]),
      SERVQUAL_DIMENSIONS.map((d) => perceptions[d]),
      weights,
    );
    servqual = { total: tally.servqualTotal, expectations, perceptions, ...result };
  }
  let npsTotal = 0;
  for (let v = 0; v <= 10; v += 1) npsTotal += n[v]!;
  return {
    total: tally.total,
    nps: npsFromCounts(promoters, passives, npsTotal - promoters - passives),
    csat: csatFromCounts(satisfied, csatTotal, { scale: csatScale, threshold: csatThreshold }),
    ces: cesFromSum(tally.cesSum, tally.cesSquares, tally.cesTotal, cesScale),
    servqual,
  };
}

/**
 * Summarises survey answers into one score per instrument — NPS, CSAT, CES
 * and SERVQUAL — over all answers and, optionally, per group: by `stage`,
 * since feedback right after a launch and feedback on a product long on the
 * market mean different things and should not be blended unseen; or by
 * `subject`, to score each provider or product separately.
 *
 * The scores are exactly those of {@link nps}, {@link csat} and {@link ces}
 * over the group's answers; SERVQUAL gaps are the mean perception minus the
 * mean expectation per dimension. All CSAT answers must share one scale, and
 * so must all CES answers (a 5-point and a 7-point effort score do not
 * average). Each survey's `type`, `instrument`, `stage`, `subjectId`,
 * `value`, `scale`, `expectations` and `perceptions` are checked, including
 * fields that do not belong to the instrument; run `parseObservations` first
 * to check whole records (respondents, dates, unknown keys).
 *
 * Full precision: nothing is rounded; round for display.
 *
 * @param surveys - survey observations
 * @param options - `by` (`'stage'` or `'subject'`), `csatThreshold`, `servqualWeights`
 * @returns `{ all, groups }`: scores over everything and per group
 * @throws {ClienteleError} INVALID_INPUT at `['surveys', i, field]` for every bad field or a scale differing from an earlier answer's; at `['options', 'by']`, `['options', 'csatThreshold']` or `['options', 'servqualWeights', …]` for bad options
 *
 * @example
 * ```ts
 * import { summarizeSurveys } from 'clientele';
 *
 * const base = { type: 'survey', instrument: 'nps', respondentId: 'u', subjectId: 'app', at: '2024-05-01' } as const;
 * const summary = summarizeSurveys(
 *   [
 *     { ...base, value: 10, stage: 'launch' },
 *     { ...base, value: 4, stage: 'launch' },
 *     { ...base, value: 9, stage: 'established' },
 *     { ...base, instrument: 'csat', value: 5, stage: 'established' },
 *   ],
 *   { by: 'stage' },
 * );
 * summary.all.nps.score
 * //=> 33.33333333333333
 * summary.groups.get('launch')!.nps
 * //=> { score: 0, promoters: 1, passives: 0, detractors: 1, total: 2 }
 * summary.groups.get('established')!.csat.score
 * //=> 100
 * Array.from(summary.groups.keys())
 * //=> ['launch', 'established']
 * ```
 *
 * @category Scoring
 */
export function summarizeSurveys(surveys: readonly Survey[], options?: SurveySummaryOptions): SurveySummary {
  const issues: Issue[] = [];
  const named = readNamed(options, ['by', 'csatThreshold', 'servqualWeights'], issues);
  let by: SurveyGrouping | undefined;
  let weights: { weights: number[]; sum: number } | undefined;
  if (named !== undefined) {
    if (named.by !== undefined) {
      if (named.by === 'stage' || named.by === 'subject') by = named.by;
      else issues.push(issue(optionPath('by'), `must be one of ${SURVEY_GROUPINGS.join(', ')}, not ${describe(named.by)}`));
    }
    if (named.servqualWeights !== undefined) {
      const found: Issue[] = [];
      weights = readWeights(named.servqualWeights, found);
      for (const one of found) issues.push(issue(optionPath('servqualWeights', ...one.path.slice(1)), one.message));
    }
  }
  const all = newTally();
  const groups = new Map<string | null, Tally>();
  const scales: Scales = { csat: undefined, csatAt: -1, ces: undefined, cesAt: -1 };
  const answer: Answer = { instrument: 'nps', value: 0, expectations: undefined, perceptions: undefined, stage: null, subject: null };
  eachItem(surveys, ['surveys'], issues, (item, index) => {
    if (!readAnswer(item, index, scales, issues, answer)) return;
    addTo(all, answer);
    if (by === undefined) return;
    const key = by === 'stage' ? answer.stage : answer.subject;
    let tally = groups.get(key);
    if (tally === undefined) {
      tally = newTally();
      groups.set(key, tally);
    }
    addTo(tally, answer);
  });
  const csatScale = scales.csat ?? 5;
  let csatThreshold = defaultCsatThreshold(csatScale);
  if (named !== undefined && named.csatThreshold !== undefined) {
    if (checkNumber(named.csatThreshold, optionPath('csatThreshold'), issues, 1, csatScale, true)) csatThreshold = named.csatThreshold;
  }
  throwIssues(issues);
  const cesScale = scales.ces ?? 7;
  const keys = [...groups.keys()];
  if (by === 'stage') {
    const order = (key: string | null) => (key === null ? STAGES.length : STAGES.indexOf(key as Stage));
    keys.sort((a, b) => order(a) - order(b));
  } else {
    // surveys about the organisation as a whole (no subject) come last, as null
    keys.sort((a, b) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1));
  }
  const out = new Map<string | null, SurveyScores>();
  for (const key of keys) out.set(key, scoresOf(groups.get(key)!, csatScale, csatThreshold, cesScale, weights));
  return { all: scoresOf(all, csatScale, csatThreshold, cesScale, weights), groups: out };
}
