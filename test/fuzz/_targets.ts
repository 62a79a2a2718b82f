/**
 * The table of fuzz targets: every runtime function exported by
 * src/index.ts (and every method of the accumulators it makes), each with a
 * generator of valid argument lists that the harness then corrupts.
 */
import fc from 'fast-check';
import * as lib from '../../src/index.js';
import { CHAIN, checkError, Ref, type Target } from './_harness.js';
import {
  asOfArb,
  balanceArgs,
  cesArgs,
  chainInputArb,
  clvArb,
  csatArgs,
  customerArb,
  doubleColumn,
  dpmoArb,
  healthArgs,
  attentionArgs,
  intColumn,
  kFactorArb,
  observationArb,
  qualityArgs,
  qualityInputArb,
  referralRateArb,
  retentionArb,
  rfmArgs,
  servqualInputArb,
  slaArgs,
  calendarArb,
  workingHoursArgs,
  summarizeArgs,
  surveyTrendArgs,
  surveyArb,
  trendArgs,
  yieldTasksArb,
  yieldTaskArb,
  eurPurchaseArb,
  compact,
  isoArb,
  instantArb,
  iso,
  sqlColumnArb,
  sqlOptionsArb,
  engineDialectArb,
  sqlRowArb,
  npsSqlCells,
  csatSqlCells,
  cesSqlCells,
  meanSqlCells,
  slaSqlCells,
  firstPassSqlCells,
  purchaseSqlCells,
} from './_valid.js';

/** A safeParse result: either data, or a well-formed ClienteleError. */
function checkSafeResult(result: unknown, where: string): void {
  const r = result as { success?: unknown; error?: unknown; data?: unknown };
  if (r.success === true) return;
  if (r.success !== false) throw new Error(`${where}: result has no boolean success`);
  checkError(r.error, `${where} (returned error)`);
}

function checkBoolean(result: unknown, where: string): void {
  if (typeof result !== 'boolean') throw new Error(`${where}: a type guard returned ${typeof result}`);
}

const chain = chainInputArb();
const tuple = <T extends unknown[]>(...arbs: { [K in keyof T]: fc.Arbitrary<T[K]> }) => fc.tuple(...arbs) as fc.Arbitrary<readonly unknown[]>;
const refArb = (among: 'any' | 'internal' | 'external' = 'any') => fc.nat().map((n) => new Ref(n, among));
const one = <T>(arb: fc.Arbitrary<T>) => arb.map((value) => [value] as const);

// ---------------------------------------------------------------------------

const factsArb = fc.record(
  {
    employeeOf: fc.boolean(),
    holdsSharesIn: fc.boolean(),
    buysFrom: fc.boolean(),
    usesProductOf: fc.boolean(),
    suppliesTo: fc.boolean(),
    distributesFor: fc.boolean(),
    partnerOf: fc.boolean(),
  },
  { requiredKeys: [] },
);

export const CUSTOMER_TARGETS: Target[] = [
  { name: 'parseCustomer', valid: one(customerArb), call: ([input]) => lib.parseCustomer(input) },
  { name: 'safeParseCustomer', valid: one(customerArb), call: ([input]) => lib.safeParseCustomer(input), throws: 'never', checkResult: checkSafeResult },
  {
    name: 'sideOf',
    valid: one(fc.oneof(fc.constantFrom(...lib.CUSTOMER_KINDS), fc.constantFrom(...lib.CUSTOMER_KINDS).map((kind) => ({ kind })), customerArb)),
    call: ([value]) => lib.sideOf(value as never),
  },
  { name: 'isInternal', valid: one(customerArb), call: ([value]) => lib.isInternal(value as never), throws: 'never', checkResult: checkBoolean },
  { name: 'isExternal', valid: one(customerArb), call: ([value]) => lib.isExternal(value as never), throws: 'never', checkResult: checkBoolean },
  {
    name: 'classifyParty',
    valid: tuple(factsArb, fc.record({ partners: fc.constantFrom('internal', 'external') }, { requiredKeys: [] })),
    call: (args) => lib.classifyParty(...(args as [never, never])),
  },
];

// ---------------------------------------------------------------------------

const serializedArb = chainInputArb().map(({ customers, links }) => ({ version: 1, customers, links }));
const roleObservations = fc.array(
  fc.oneof(
    fc.record({ type: fc.constant('survey'), respondentId: refArb('internal'), subjectId: refArb('internal') }),
    observationArb,
  ),
  { maxLength: 6 },
);
const localeTag = fc.constantFrom('en', 'vi', 'ru', 'en-GB', 'vi-VN', 'ru-RU', 'RU', 'vi-Latn-VN');
const diagramOptions = fc.record(
  {
    direction: fc.constantFrom('LR', 'RL', 'TB', 'BT'),
    quality: qualityInputArb,
    locale: localeTag,
    labels: fc.boolean(),
    groupByDepartment: fc.boolean(),
    legend: fc.boolean(),
    highlight: fc.constant({ criticalProviders: [], orphans: [] }),
  },
  { requiredKeys: [] },
);

/** A query of the run's chain; each run builds the chain (and a twin to check it is left as it was), so fewer quick runs. */
function chainTarget(
  name: string,
  valid: fc.Arbitrary<readonly unknown[]>,
  call: (args: unknown[]) => unknown,
  params?: readonly string[],
  chainArb: fc.Arbitrary<unknown> = chain,
): Target {
  return { name, valid, call, chain: chainArb, quick: 50, ...(params === undefined ? {} : { params }) };
}

/**
 * A chain with at least one external customer: in one without, a
 * `Ref(n, 'external')` falls back to an internal id, which functions that take
 * an external customer rightly reject (WRONG_KIND), so the argument list would
 * not be valid.
 */
const chainWithExternal = chainInputArb().filter(({ customers }) => customers.some((c) => lib.isExternal(c as never)));

export const CHAIN_TARGETS: Target[] = [
  { name: 'createServiceChain', valid: one(chainInputArb()), call: ([input]) => lib.createServiceChain(input as never) },
  {
    name: 'parseServiceChain',
    valid: one(fc.oneof(serializedArb, serializedArb.map((data) => JSON.stringify(data)))),
    call: ([json]) => lib.parseServiceChain(json),
  },
  chainTarget('chainCustomers', fc.constant([CHAIN]), (args) => lib.chainCustomers(...(args as [never]))),
  chainTarget('chainLinks', fc.constant([CHAIN]), (args) => lib.chainLinks(...(args as [never]))),
  chainTarget('findCustomer', tuple(fc.constant(CHAIN), refArb()), (args) => lib.findCustomer(...(args as [never, never]))),
  chainTarget('downstream', tuple(fc.constant(CHAIN), refArb()), (args) => lib.downstream(...(args as [never, never]))),
  chainTarget('upstream', tuple(fc.constant(CHAIN), refArb()), (args) => lib.upstream(...(args as [never, never]))),
  chainTarget('externalReach', tuple(fc.constant(CHAIN), refArb()), (args) => lib.externalReach(...(args as [never, never]))),
  chainTarget('distanceToExternal', tuple(fc.constant(CHAIN), refArb()), (args) => lib.distanceToExternal(...(args as [never, never]))),
  chainTarget('orphans', fc.constant([CHAIN]), (args) => lib.orphans(...(args as [never]))),
  chainTarget('cycles', fc.constant([CHAIN]), (args) => lib.cycles(...(args as [never]))),
  chainTarget(
    'criticalProviders',
    tuple(fc.constant(CHAIN), refArb('external')),
    (args) => lib.criticalProviders(...(args as [never, never])),
    undefined,
    chainWithExternal,
  ),
  chainTarget(
    'internalRoles',
    fc.oneof(tuple(fc.constant(CHAIN), refArb('internal')), tuple(fc.constant(CHAIN), refArb('internal'), roleObservations)),
    (args) => lib.internalRoles(...(args as [never, never, never])),
  ),
  chainTarget('sipoc', tuple(fc.constant(CHAIN), refArb()), (args) => lib.sipoc(...(args as [never, never]))),
  chainTarget('chainAsOf', tuple(fc.constant(CHAIN), asOfArb), (args) => lib.chainAsOf(...(args as [never, never]))),
  chainTarget('serializeChain', fc.constant([CHAIN]), (args) => lib.serializeChain(...(args as [never]))),
  chainTarget('unownedLinks', fc.constant([CHAIN]), (args) => lib.unownedLinks(...(args as [never]))),
  chainTarget('toMermaid', fc.oneof(fc.constant([CHAIN]), tuple(fc.constant(CHAIN), diagramOptions)), (args) => lib.toMermaid(...(args as [never, never])), ['chain', 'options']),
  chainTarget('toDot', fc.oneof(fc.constant([CHAIN]), tuple(fc.constant(CHAIN), diagramOptions)), (args) => lib.toDot(...(args as [never, never])), ['chain', 'options']),
  chainTarget(
    'propagateQuality',
    fc.oneof(tuple(fc.constant(CHAIN), qualityInputArb), tuple(fc.constant(CHAIN), qualityInputArb, fc.record({ mode: fc.constantFrom('mean', 'yield', 'weakest') }, { requiredKeys: [] }))),
    (args) => lib.propagateQuality(...(args as [never, never, never])),
    ['chain', 'quality', 'options'],
  ),
  chainTarget(
    'improvementPriorities',
    fc.oneof(
      tuple(fc.constant(CHAIN), qualityInputArb),
      tuple(
        fc.constant(CHAIN),
        qualityInputArb,
        fc.record(
          {
            mode: fc.constantFrom('mean', 'yield', 'weakest'),
            // (no weights: a chain without external customers has no valid id for them)
            target: fc.constantFrom(0, 0.5, 0.9, 1),
          },
          { requiredKeys: [] },
        ),
      ),
    ),
    (args) => lib.improvementPriorities(...(args as [never, never, never])),
    ['chain', 'quality', 'options'],
  ),
];

// ---------------------------------------------------------------------------

const observationList = fc.array(observationArb, { maxLength: 8 });

export const OBSERVATION_TARGETS: Target[] = [
  { name: 'parseObservation', valid: one(observationArb), call: ([input]) => lib.parseObservation(input) },
  { name: 'safeParseObservation', valid: one(observationArb), call: ([input]) => lib.safeParseObservation(input), throws: 'never', checkResult: checkSafeResult },
  { name: 'parseObservations', valid: one(observationList), call: ([input]) => lib.parseObservations(input) },
  { name: 'safeParseObservations', valid: one(observationList), call: ([input]) => lib.safeParseObservations(input), throws: 'never', checkResult: checkSafeResult },
];

// ---------------------------------------------------------------------------

/** The intervals and comparisons of §9, over counts and summaries valid by construction. */
function INTERVAL_TARGETS(): Target[] {
  const counts = fc.record({ promoters: fc.nat(1e6), passives: fc.nat(1e6), detractors: fc.nat(1e6) });
  const confidence = fc.option(fc.record({ confidence: fc.double({ min: 0.5, max: 0.999, noNaN: true }) }, { requiredKeys: [] }), { nil: undefined });
  const npsOptions = fc.option(
    fc.record({ confidence: fc.double({ min: 0.5, max: 0.999, noNaN: true }), method: fc.constantFrom(...lib.NPS_INTERVAL_METHODS) }, { requiredKeys: [] }),
    { nil: undefined },
  );
  const proportion = fc.nat(1e6).chain((total) => fc.record({ successes: fc.nat(total), total: fc.constant(total) }));
  const summary = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 8 }).map((values) => lib.mean(values));
  const drop = (args: readonly unknown[]): unknown[] => (args[args.length - 1] === undefined ? args.slice(0, -1) : [...args]);
  return [
    { name: 'npsInterval', valid: tuple(counts, npsOptions).map(drop), call: (args) => lib.npsInterval(...(args as [never, never])), params: ['counts', 'options'] },
    {
      name: 'proportionInterval',
      valid: tuple(proportion, confidence).map(([p, options]) => drop([(p as { successes: number }).successes, (p as { total: number }).total, options])),
      call: (args) => lib.proportionInterval(...(args as [never, never, never])),
      params: ['successes', 'total', 'options'],
    },
    { name: 'meanInterval', valid: tuple(summary, confidence).map(drop), call: (args) => lib.meanInterval(...(args as [never, never])), params: ['summary', 'options'] },
    {
      name: 'compareNps',
      valid: tuple(fc.oneof(counts, fc.double({ min: -100, max: 100, noNaN: true })), counts, confidence).map(drop),
      call: (args) => lib.compareNps(...(args as [never, never, never])),
      params: ['before', 'after', 'options'],
    },
    {
      name: 'compareProportions',
      valid: tuple(proportion, proportion, confidence).map(drop),
      call: (args) => lib.compareProportions(...(args as [never, never, never])),
      params: ['before', 'after', 'options'],
    },
    {
      name: 'compareMeans',
      valid: tuple(summary, summary, confidence).map(drop),
      call: (args) => lib.compareMeans(...(args as [never, never, never])),
      params: ['before', 'after', 'options'],
    },
  ];
}

export const SCORING_TARGETS: Target[] = [
  { name: 'nps', valid: one(intColumn(0, 10)), call: (args) => lib.nps(...(args as [never])) },
  { name: 'enps', valid: one(intColumn(0, 10)), call: (args) => lib.enps(...(args as [never])) },
  { name: 'csat', valid: csatArgs, call: (args) => lib.csat(...(args as [never, never])), params: ['ratings', 'options'] },
  { name: 'ces', valid: cesArgs, call: (args) => lib.ces(...(args as [never, never])), params: ['ratings', 'options'] },
  { name: 'mean', valid: one(doubleColumn(-1e6, 1e6)), call: (args) => lib.mean(...(args as [never])) },
  { name: 'servqual', valid: one(servqualInputArb), call: (args) => lib.servqual(...(args as [never])) },
  { name: 'slaAttainment', valid: slaArgs, call: (args) => lib.slaAttainment(...(args as [never, never])), params: ['tasks', 'options'] },
  {
    name: 'workingHoursBetween',
    valid: workingHoursArgs,
    call: (args) => lib.workingHoursBetween(...(args as [never, never, never])),
    params: ['from', 'to', 'calendar'],
  },
  { name: 'firstPassYield', valid: one(yieldTasksArb), call: (args) => lib.firstPassYield(...(args as [never])) },
  { name: 'dpmo', valid: one(dpmoArb), call: (args) => lib.dpmo(...(args as [never])) },
  { name: 'rolledThroughputYield', valid: one(doubleColumn(0, 1, 1)), call: (args) => lib.rolledThroughputYield(...(args as [never])) },
  { name: 'rfm', valid: rfmArgs, call: (args) => lib.rfm(...(args as [never, never])), params: ['purchases', 'options'] },
  { name: 'clv', valid: one(clvArb), call: (args) => lib.clv(...(args as [never])) },
  { name: 'retentionRate', valid: one(retentionArb), call: (args) => lib.retentionRate(...(args as [never])) },
  { name: 'churnRate', valid: one(retentionArb), call: (args) => lib.churnRate(...(args as [never])) },
  { name: 'referralRate', valid: one(referralRateArb), call: (args) => lib.referralRate(...(args as [never])) },
  { name: 'kFactor', valid: one(kFactorArb), call: (args) => lib.kFactor(...(args as [never])) },
  { name: 'internalServiceQuality', valid: qualityArgs, call: (args) => lib.internalServiceQuality(...(args as [never, never])) },
  { name: 'healthScore', valid: healthArgs, call: (args) => lib.healthScore(...(args as [never, never])), params: ['indicators', 'options'] },
  { name: 'attentionBalance', valid: attentionArgs, call: (args) => lib.attentionBalance(...(args as [never, never])), params: ['groups', 'options'] },
  { name: 'balance', valid: balanceArgs, call: (args) => lib.balance(...(args as [never, never])), params: ['input', 'options'] },
  { name: 'trend', valid: trendArgs, call: (args) => lib.trend(...(args as [never, never])), params: ['points', 'options'] },
  { name: 'summarizeSurveys', valid: summarizeArgs, call: (args) => lib.summarizeSurveys(...(args as [never, never])), params: ['surveys', 'options'] },
  { name: 'surveyTrend', valid: surveyTrendArgs, call: (args) => lib.surveyTrend(...(args as [never, never])), params: ['surveys', 'options'] },
  ...INTERVAL_TARGETS(),
];

// ---------------------------------------------------------------------------
// accumulators: the factory, then each method of an accumulator it made

const npsState = fc.record({ promoters: fc.nat(1e6), passives: fc.nat(1e6), detractors: fc.nat(1e6) });

const csatSetup = fc
  .record({ scale: fc.option(fc.integer({ min: 2, max: 100 }), { nil: undefined }), t: fc.nat(), withThreshold: fc.boolean() })
  .map(({ scale, t, withThreshold }) => {
    const top = scale ?? 5;
    // the default: the top two boxes on 4 points or more, the top box below (SPEC §5)
    const threshold = withThreshold ? 1 + (t % top) : top >= 4 ? top - 1 : top;
    return { options: compact({ scale, threshold: withThreshold ? threshold : undefined }), scale: top, threshold };
  });
const csatState = (setup: { scale: number; threshold: number }) =>
  fc
    .record({ total: fc.nat(1e6), share: fc.double({ min: 0, max: 1, noNaN: true }) })
    .map(({ total, share }) => ({ scale: setup.scale, threshold: setup.threshold, satisfied: Math.floor(share * total), total }));

const cesSetup = fc.option(fc.integer({ min: 2, max: 100 }), { nil: undefined }).map((scale) => ({ options: compact({ scale }), scale: scale ?? 7 }));
// `top` ratings of `value` and the rest 1s: a state some ratings really give (sum of squares included)
const cesState = (scale: number) =>
  fc
    .record({ total: fc.nat(1e5), share: fc.double({ min: 0, max: 1, noNaN: true }), value: fc.integer({ min: 1, max: scale }) })
    .map(({ total, share, value }) => {
      const top = Math.floor(share * total);
      return { scale, sum: top * value + (total - top), sumSquares: top * value * value + (total - top), total };
    });

const meanState = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 6 }).map((values) =>
  values.length === 0
    ? { total: 0, partials: [], squares: [], min: null, max: null }
    : {
        total: values.length,
        partials: [values.reduce((a, b) => a + b, 0)],
        squares: [values.reduce((a, b) => a + b * b, 0)],
        min: Math.min(...values),
        max: Math.max(...values),
      },
);

const slaSetup = fc
  .record({
    asOf: fc.tuple(instantArb, fc.nat(4)),
    slaHours: fc.constantFrom(8, 24, 0.5),
    which: fc.nat(3),
    calendar: fc.option(calendarArb, { nil: undefined }),
  })
  .map(({ asOf: [ms, style], slaHours, which, calendar }) => {
    const text = iso(ms, style);
    const hasAsOf = which === 0 || which === 1;
    const hasSla = which === 0 || which === 2;
    return {
      options: compact({ asOf: hasAsOf ? text : undefined, slaHours: hasSla ? slaHours : undefined, calendar }),
      asOf: hasAsOf ? Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text) : null,
      slaHours: hasSla ? slaHours : null,
      calendar: calendar ?? null,
    };
  });
// a state records the accumulator's settings, the default calendar included (null without one), as SlaState says
const slaState = (setup: { asOf: number | null; slaHours: number | null; calendar: unknown }) =>
  fc
    .record({ onTime: fc.nat(1e6), late: fc.nat(1e6), open: fc.nat(1e6) })
    .map((counts) => ({ asOf: setup.asOf, slaHours: setup.slaHours, calendar: setup.calendar, ...counts }));
const slaTask = slaArgs.map(([tasks]) => (tasks as unknown[])[0] ?? { requestedAt: '2024-01-01', slaHours: 8 });

const firstPassState = fc
  .record({ total: fc.nat(1e6), share: fc.double({ min: 0, max: 1, noNaN: true }), open: fc.nat(1e6) })
  .map(({ total, share, open }) => ({ passed: Math.floor(share * total), total, open }));

// an empty state, or one of some EUR purchases: one partial (a single finite sum is a valid expansion)
const purchaseState = fc.oneof(
  fc.constant({ currency: null, count: 0, partials: [], last: null }),
  fc
    .record({ count: fc.integer({ min: 1, max: 1e6 }), amount: fc.double({ min: 0, max: 1e12, noNaN: true }), last: instantArb })
    .map(({ count, amount, last }) => ({ currency: 'EUR', count, partials: amount === 0 ? [] : [amount], last })),
);

interface AccumulatorLike {
  empty: (...args: unknown[]) => unknown;
  add: (...args: unknown[]) => unknown;
  merge: (...args: unknown[]) => unknown;
  result: (...args: unknown[]) => unknown;
}

function accumulatorTargets(
  name: string,
  make: (options: unknown) => AccumulatorLike,
  setups: fc.Arbitrary<{ options: unknown; state: fc.Arbitrary<unknown>; answer: fc.Arbitrary<unknown> }>,
  takesOptions: boolean,
  /** The name `add` gives its second parameter, under which its issues sit: `answer`, `task` or `purchase`. */
  item = 'answer',
): Target[] {
  const withOptions = (rest: (setup: { options: unknown; state: fc.Arbitrary<unknown>; answer: fc.Arbitrary<unknown> }) => fc.Arbitrary<unknown[]>) =>
    setups.chain((setup) => rest(setup).map((tail) => [setup.options, ...tail] as readonly unknown[]));
  const acc = (args: unknown[]): AccumulatorLike => make(takesOptions ? args[0] : undefined);
  return [
    {
      name,
      valid: takesOptions ? setups.map((setup) => [setup.options]) : fc.constant([]),
      call: (args) => (make as (...a: unknown[]) => unknown)(...args),
      params: ['options'],
    },
    { name: `${name}().empty`, valid: withOptions(() => fc.constant([])), call: (args) => acc(args).empty(...args.slice(1)), params: ['options'] },
    {
      name: `${name}().add`,
      valid: withOptions((setup) => fc.tuple(setup.state, setup.answer)),
      call: (args) => acc(args).add(...args.slice(1)),
      params: ['options', 'state', item],
    },
    {
      name: `${name}().merge`,
      valid: withOptions((setup) => fc.tuple(setup.state, setup.state)),
      call: (args) => acc(args).merge(...args.slice(1)),
      params: ['options', 'a', 'b'],
    },
    {
      name: `${name}().result`,
      valid: withOptions((setup) => fc.tuple(setup.state)),
      call: (args) => acc(args).result(...args.slice(1)),
      params: ['options', 'state'],
    },
  ];
}

export const ACCUMULATOR_TARGETS: Target[] = [
  ...accumulatorTargets(
    'npsAccumulator',
    () => lib.npsAccumulator() as unknown as AccumulatorLike,
    fc.constant({ options: undefined, state: npsState, answer: fc.integer({ min: 0, max: 10 }) }),
    false,
  ),
  ...accumulatorTargets(
    'csatAccumulator',
    (options) => lib.csatAccumulator(options as never) as unknown as AccumulatorLike,
    csatSetup.map((setup) => ({ options: setup.options, state: csatState(setup), answer: fc.integer({ min: 1, max: setup.scale }) })),
    true,
  ),
  ...accumulatorTargets(
    'cesAccumulator',
    (options) => lib.cesAccumulator(options as never) as unknown as AccumulatorLike,
    cesSetup.map((setup) => ({ options: setup.options, state: cesState(setup.scale), answer: fc.integer({ min: 1, max: setup.scale }) })),
    true,
  ),
  ...accumulatorTargets(
    'meanAccumulator',
    () => lib.meanAccumulator() as unknown as AccumulatorLike,
    fc.constant({ options: undefined, state: meanState, answer: fc.double({ min: -1e6, max: 1e6, noNaN: true }) }),
    false,
  ),
  ...accumulatorTargets(
    'slaAccumulator',
    (options) => lib.slaAccumulator(options as never) as unknown as AccumulatorLike,
    // a task without slaHours is valid only when the accumulator has a default one
    slaSetup.map((setup) => ({
      options: setup.options,
      state: slaState(setup),
      answer: setup.slaHours === null ? slaTask.map((task) => ({ slaHours: 8, ...(task as object) })) : slaTask,
    })),
    true,
    'task',
  ),
  ...accumulatorTargets(
    'firstPassAccumulator',
    () => lib.firstPassAccumulator() as unknown as AccumulatorLike,
    fc.constant({ options: undefined, state: firstPassState, answer: yieldTaskArb }),
    false,
    'task',
  ),
  ...accumulatorTargets(
    'purchaseAccumulator',
    () => lib.purchaseAccumulator() as unknown as AccumulatorLike,
    fc.constant({ options: undefined, state: purchaseState, answer: eurPurchaseArb }),
    false,
    'purchase',
  ),
];

// ---------------------------------------------------------------------------
// the warehouse SQL of SPEC §12: each accumulator's `sql`, then `read` of the
// aggregate it returns, over result rows as drivers give them

interface SqlLike {
  sql: (...args: unknown[]) => { select: unknown; read: (...args: unknown[]) => unknown };
}

/** An accumulator's options, and the valid `[columns, sqlOptions, row]` for an accumulator made with them. */
interface SqlSetup {
  readonly options: unknown;
  readonly args: fc.Arbitrary<readonly [unknown, unknown, unknown]>;
}

function checkAggregate(result: unknown, where: string): void {
  const { select, read } = result as { select?: unknown; read?: unknown };
  if (typeof select !== 'string' || select.length === 0) throw new Error(`${where}: select is not a non-empty string`);
  if (typeof read !== 'function') throw new Error(`${where}: read is not a function`);
}

function checkRead(result: unknown, where: string): void {
  const { missing } = result as { missing?: unknown };
  if (typeof missing !== 'number' || !Number.isSafeInteger(missing) || missing < 0) throw new Error(`${where}: missing is not a count: ${String(missing)}`);
}

/**
 * `acc.sql(columns, options)` and `acc.sql(columns, options).read(row)` of an
 * accumulator made with the setup's options. The parameter named `options`
 * is the one of `sql`, so a corruption of it alone must give issues under
 * `['options', …]` (the accumulator's own options are checked by its
 * factory's target).
 */
function sqlTargets(name: string, make: (options: unknown) => SqlLike, column: 'column' | 'columns', setups: fc.Arbitrary<SqlSetup>): Target[] {
  const acc = (args: unknown[]): SqlLike => make(args[0]);
  return [
    {
      name: `${name}().sql`,
      valid: setups.chain((setup) => setup.args.map(([columns, options]) => [setup.options, columns, options] as readonly unknown[])),
      call: (args) => acc(args).sql(...args.slice(1)),
      params: ['settings', column, 'options'],
      checkResult: checkAggregate,
    },
    {
      name: `${name}().sql().read`,
      valid: setups.chain((setup) => setup.args.map((tail) => [setup.options, ...tail] as readonly unknown[])),
      call: (args) => acc(args).sql(args[1], args[2]).read(...args.slice(3)),
      params: ['settings', column, 'options', 'row'],
      checkResult: checkRead,
    },
  ];
}

const columnSqlArgs = (cells: fc.Arbitrary<Readonly<Record<string, unknown>>>) =>
  fc.tuple(sqlColumnArb, sqlOptionsArb, sqlRowArb(cells as never)) as fc.Arbitrary<readonly [unknown, unknown, unknown]>;

/** SLA columns: `slaHours` required when the accumulator has no default one. */
const slaColumnsArb = (needsHours: boolean) =>
  fc.record({ requestedAt: sqlColumnArb, completedAt: sqlColumnArb, slaHours: sqlColumnArb }, { requiredKeys: needsHours ? ['requestedAt', 'completedAt', 'slaHours'] : ['requestedAt', 'completedAt'] });

const firstPassColumnsArb = fc.record(
  { completedAt: sqlColumnArb, requestedAt: sqlColumnArb, defects: sqlColumnArb, reworked: sqlColumnArb },
  { requiredKeys: ['completedAt'] },
);

export const SQL_TARGETS: Target[] = [
  ...sqlTargets('npsAccumulator', () => lib.npsAccumulator() as unknown as SqlLike, 'column', fc.constant({ options: undefined, args: columnSqlArgs(npsSqlCells) })),
  ...sqlTargets(
    'csatAccumulator',
    (options) => lib.csatAccumulator(options as never) as unknown as SqlLike,
    'column',
    csatSetup.map((setup) => ({ options: setup.options, args: columnSqlArgs(csatSqlCells(setup.threshold)) })),
  ),
  ...sqlTargets(
    'cesAccumulator',
    (options) => lib.cesAccumulator(options as never) as unknown as SqlLike,
    'column',
    cesSetup.map((setup) => ({ options: setup.options, args: columnSqlArgs(cesSqlCells(setup.scale)) })),
  ),
  ...sqlTargets('meanAccumulator', () => lib.meanAccumulator() as unknown as SqlLike, 'column', fc.constant({ options: undefined, args: columnSqlArgs(meanSqlCells) })),
  ...sqlTargets(
    'slaAccumulator',
    (options) => lib.slaAccumulator(options as never) as unknown as SqlLike,
    'columns',
    // an accumulator with a calendar refuses to write SQL; `asOf`, when given, is the accumulator's own (as a Date or its text)
    slaSetup
      .filter((setup) => setup.calendar === null)
      .map((setup) => {
        const asOf = setup.asOf === null ? fc.constant(undefined) : fc.option(fc.constantFrom(new Date(setup.asOf), (setup.options as { asOf: string }).asOf), { nil: undefined });
        const options = fc.record({ dialect: engineDialectArb, asOf }).map((o) => compact(o));
        return { options: setup.options, args: fc.tuple(slaColumnsArb(setup.slaHours === null), options, sqlRowArb(slaSqlCells)) as fc.Arbitrary<readonly [unknown, unknown, unknown]> };
      }),
  ),
  ...sqlTargets(
    'firstPassAccumulator',
    () => lib.firstPassAccumulator() as unknown as SqlLike,
    'columns',
    fc.constant({
      options: undefined,
      args: firstPassColumnsArb.chain((columns) =>
        fc.tuple(fc.constant(columns), sqlOptionsArb, sqlRowArb(firstPassSqlCells(columns.requestedAt !== undefined))),
      ) as fc.Arbitrary<readonly [unknown, unknown, unknown]>,
    }),
  ),
  ...sqlTargets(
    'purchaseAccumulator',
    () => lib.purchaseAccumulator() as unknown as SqlLike,
    'columns',
    fc.constant({
      options: undefined,
      args: fc.tuple(
        fc.record({ amount: sqlColumnArb, currency: sqlColumnArb, at: sqlColumnArb }),
        fc.record({ dialect: engineDialectArb }),
        sqlRowArb(purchaseSqlCells),
      ) as fc.Arbitrary<readonly [unknown, unknown, unknown]>,
    }),
  ),
];

// ---------------------------------------------------------------------------

/** `{ asOf, window?, propagation? }` with window.from ≤ window.to ≤ asOf (mostly). */
const reportOptionsArb = fc
  .record({
    instants: fc.array(instantArb, { minLength: 3, maxLength: 3 }),
    styles: fc.array(fc.nat(4), { minLength: 3, maxLength: 3 }),
    which: fc.nat(3),
    asDate: fc.boolean(),
    propagation: fc.option(fc.constantFrom('yield', 'mean'), { nil: undefined }),
  })
  .map(({ instants, styles, which, asDate, propagation }) => {
    const [early, late, last] = [...instants].sort((x, y) => x - y) as [number, number, number];
    const asOf = asDate ? new Date(last) : iso(last, styles[2]!, true);
    // a date-only asOf is the start of its day: the window must not start after the instant asOf names
    const end = asDate ? last : Date.parse(asOf as string);
    const [from, to] = [Math.min(early, end), Math.min(late, end)];
    // nor end after it: `to` rounded up past asOf is written to the millisecond, and a date-only `to` names a day that starts before asOf
    const rounded = iso(to, styles[1]!, true);
    const toText = styles[1]! % 5 === 0 ? (Date.parse(rounded) < end ? rounded : iso(to, 4)) : Date.parse(rounded) <= end ? rounded : iso(to, 4);
    const window = which === 3 ? undefined : compact({ from: which !== 1 ? iso(from, styles[0]!) : undefined, to: which !== 2 ? toText : undefined });
    return compact({ asOf, window, propagation });
  });

/** An observation that fits CHAIN; purchases in euros, so that any two states share their currency. */
const reportObservationArb = fc.oneof(observationArb, surveyArb(5, 7)).map((item) => (item.type === 'purchase' ? { ...item, currency: 'EUR' } : item));
const reportObservationsArb = fc.array(reportObservationArb, { maxLength: 10 });

/**
 * reportAccumulator and each of its methods. A state belongs to one chain,
 * which exists only when the target is called, so states are made there by
 * folding generated observations: corrupting those exercises the fold, and
 * test/report/reportAccumulator.test.ts corrupts the states themselves.
 */
function reportAccumulatorTargets(): Target[] {
  type Acc = ReturnType<typeof lib.reportAccumulator>;
  const make = (args: unknown[]): Acc => lib.reportAccumulator(args[0] as never, args[1] as never);
  const fold = (acc: Acc, list: unknown) => acc.addAll(acc.empty(), list as never);
  const withOptions = <T extends unknown[]>(rest: fc.Arbitrary<T>) =>
    fc.tuple(reportOptionsArb, rest).map(([options, tail]) => [CHAIN, options, ...tail] as readonly unknown[]);
  return [
    { name: 'reportAccumulator', chain: chainInputArb(8, 12, 2), valid: tuple(fc.constant(CHAIN), reportOptionsArb), call: (args) => make(args), params: ['chain', 'options'], quick: 40 },
    { name: 'reportAccumulator().empty', chain: chainInputArb(8, 12, 2), valid: withOptions(fc.constant([] as unknown[])), call: (args) => make(args).empty(), params: ['chain', 'options'], quick: 40 },
    {
      name: 'reportAccumulator().add',
      chain: chainInputArb(8, 12, 2),
      valid: withOptions(fc.tuple(reportObservationsArb, reportObservationArb)),
      call: (args) => {
        const acc = make(args);
        return acc.add(fold(acc, args[2]), args[3]);
      },
      params: ['chain', 'options', 'observations', 'observation'],
      quick: 30,
    },
    {
      name: 'reportAccumulator().addAll',
      chain: chainInputArb(8, 12, 2),
      valid: withOptions(fc.tuple(reportObservationsArb)),
      call: (args) => {
        const acc = make(args);
        return acc.addAll(acc.empty(), args[2] as never);
      },
      params: ['chain', 'options', 'observations'],
      quick: 30,
    },
    {
      name: 'reportAccumulator().merge',
      chain: chainInputArb(8, 12, 2),
      valid: withOptions(fc.tuple(reportObservationsArb, reportObservationsArb)),
      call: (args) => {
        const acc = make(args);
        return acc.merge(JSON.parse(JSON.stringify(fold(acc, args[2]))), fold(acc, args[3]));
      },
      params: ['chain', 'options', 'observations', 'observations'],
      quick: 30,
    },
    {
      name: 'reportAccumulator().result',
      chain: chainInputArb(8, 12, 2),
      valid: withOptions(fc.tuple(reportObservationsArb)),
      call: (args) => {
        const acc = make(args);
        return acc.result(JSON.parse(JSON.stringify(fold(acc, args[2]))));
      },
      params: ['chain', 'options', 'observations'],
      quick: 30,
    },
  ];
}

export const REPORT_TARGETS: Target[] = [
  {
    name: 'scoreOrganization',
    // two customers at least, so that a referral or an interaction has two parties
    chain: chainInputArb(8, 12, 2),
    valid: tuple(
      fc.constant(CHAIN),
      // the report has no exchange rates: its purchases share the first one's currency
      fc.array(fc.oneof(observationArb, surveyArb(5, 7)), { maxLength: 10 }).map((list) => {
        const currency = list.find((item) => item.type === 'purchase')?.currency;
        return list.map((item) => (item.type === 'purchase' ? { ...item, currency } : item));
      }),
      reportOptionsArb,
    ),
    call: (args) => lib.scoreOrganization(...(args as [never, never, never])),
    quick: 60,
    params: ['chain', 'observations', 'options'],
  },
  ...reportAccumulatorTargets(),
  { name: 'jsonSchemas', valid: fc.constant([]), call: (args) => (lib.jsonSchemas as (...a: unknown[]) => unknown)(...args), throws: 'never', quick: 15 },
  {
    name: 'sampleOrganization',
    valid: fc.constant([]),
    call: (args) => (lib.sampleOrganization as (...a: unknown[]) => unknown)(...args),
    throws: 'never',
    quick: 15,
  },
];

export const I18N_TARGETS: Target[] = [
  { name: 'label', valid: tuple(fc.constantFrom(...lib.LABEL_KEYS), localeTag), call: (args) => lib.label(...(args as [never, never])) },
  { name: 'resolveLocale', valid: one(localeTag), call: (args) => lib.resolveLocale(...(args as [never])) },
  { name: 'isLocale', valid: one(fc.constantFrom(...lib.LOCALES)), call: ([value]) => lib.isLocale(value), throws: 'never', checkResult: checkBoolean },
  { name: 'isLabelKey', valid: one(fc.constantFrom(...lib.LABEL_KEYS)), call: ([value]) => lib.isLabelKey(value), throws: 'never', checkResult: checkBoolean },
  { name: 'comparisonTable', valid: one(localeTag), call: (args) => lib.comparisonTable(...(args as [never])) },
];

/** Every target, for the coverage check. */
export const ALL_TARGETS: readonly Target[] = [
  ...CUSTOMER_TARGETS,
  ...CHAIN_TARGETS,
  ...OBSERVATION_TARGETS,
  ...SCORING_TARGETS,
  ...ACCUMULATOR_TARGETS,
  ...SQL_TARGETS,
  ...REPORT_TARGETS,
  ...I18N_TARGETS,
];

// ---------------------------------------------------------------------------
// the exported zod schemas: safeParse is zod's own method; it returns a
// result for anything, except that an exception thrown by the input itself
// (a hostile getter or proxy trap) propagates unchanged

const SCHEMA_INPUTS: Readonly<Record<string, fc.Arbitrary<unknown>>> = {
  IdSchema: fc.string(),
  IsoDateSchema: isoArb,
  AttributesSchema: customerArb.map((c) => c.attributes ?? {}),
  DepartmentSchema: customerArb,
  EmployeeSchema: customerArb,
  ShareholderSchema: customerArb,
  UserSchema: customerArb,
  BuyerSchema: customerArb,
  BeneficiarySchema: customerArb,
  CustomerSchema: customerArb,
  ServiceLinkSchema: chainInputArb(4, 3).map(({ links }) => links[0] ?? {}),
  NpsSurveySchema: surveyArb(),
  CsatSurveySchema: surveyArb(),
  CesSurveySchema: surveyArb(),
  ServqualRatingsSchema: servqualInputArb.map((input) => input.expectations),
  ServqualSurveySchema: surveyArb(),
  SurveySchema: surveyArb(),
  TaskSchema: observationArb,
  CalendarSchema: calendarArb,
  PurchaseSchema: observationArb,
  ReferralSchema: observationArb,
  InteractionSchema: observationArb,
  ObservationSchema: observationArb,
};

interface SafeParsing {
  safeParse(input: unknown): { success: boolean };
}

export const SCHEMA_TARGETS: Target[] = Object.entries(SCHEMA_INPUTS).map(([name, input]) => ({
  name: `${name}.safeParse`,
  valid: one(input),
  call: ([value]) => ((lib as unknown as Record<string, SafeParsing>)[name] as SafeParsing).safeParse(value),
  throws: "input's own",
  checkResult: (result, where) => {
    if (typeof (result as { success?: unknown }).success !== 'boolean') throw new Error(`${where}: no boolean success`);
  },
  quick: 30,
}));
