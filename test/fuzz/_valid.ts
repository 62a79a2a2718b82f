/**
 * Generators of valid (or nearly valid) inputs for every public function:
 * the fuzz harness starts from these and corrupts them, so calls get past
 * the first check and reach deep code. Ids of the run's chain are written as
 * `Ref` placeholders and resolved when the arguments are built.
 */
import fc from 'fast-check';
import { Entries, Ref } from './_harness.js';

export const ID_POOL = [
  'a',
  'b',
  'c',
  'd',
  'e',
  'f',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'toString',
  'valueOf',
  'prototype',
  '0',
  'x y',
  'Ω',
  '😀',
  '"q"',
  '<b>',
];

export const idArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ID_POOL) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 4 }) },
);

function opt<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arb, { nil: undefined, freq: 2 });
}

/** Drops keys whose value is undefined (so optional fields are absent, not undefined). */
export function compact<T extends object>(value: T): T {
  const out = {} as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return out as T;
}

// ---------------------------------------------------------------------------
// dates

const FROM = Date.UTC(2020, 0, 1);
const TO = Date.UTC(2026, 0, 1);
export const instantArb = fc.integer({ min: FROM, max: TO });

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** An ISO text naming `ms`: a date-only (that day in UTC), Z, a positive or a negative offset, with or without millis. */
export function iso(ms: number, style: number, up = false): string {
  if (style % 5 !== 0 && style % 5 !== 4) ms = (up ? Math.ceil(ms / 1000) : Math.floor(ms / 1000)) * 1000;
  const d = new Date(ms);
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (style % 5 === 0) return day;
  const offsetMinutes = [0, 0, 420, -330, 0][style % 5]!;
  const local = new Date(ms + offsetMinutes * 60_000);
  const text = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  const millis = style % 5 === 4 ? `.${pad(local.getUTCMilliseconds(), 3)}` : '';
  if (offsetMinutes === 0) return `${text}${millis}Z`;
  const sign = offsetMinutes > 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  return `${text}${millis}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export const isoArb = fc.tuple(instantArb, fc.nat(4)).map(([ms, style]) => iso(ms, style));
/** An `asOf`: an ISO text or a Date. */
export const asOfArb = fc.oneof(isoArb, instantArb.map((ms) => new Date(ms)));

// ---------------------------------------------------------------------------
// customers and chains

const CUSTOMER_KINDS = ['department', 'employee', 'shareholder', 'user', 'buyer', 'beneficiary'] as const;
const INTERNAL = new Set<string>(['department', 'employee', 'shareholder']);

const nameArb = fc.oneof(fc.constantFrom('IT', 'Ops & "IT"', 'Ω', '__proto__', 'Line\nbreak', 'a|b'), fc.string({ minLength: 1, maxLength: 8 }));

const attributesArb = fc
  .tuple(
    fc.dictionary(
      fc.oneof(fc.constantFrom('constructor', 'toString', 'x', ''), fc.string({ maxLength: 4 })),
      fc.oneof(fc.string({ maxLength: 4 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)),
      { maxKeys: 3 },
    ),
    fc.option(fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), fc.constant(null)), { nil: undefined }),
  )
  .map(([record, proto]) => {
    const out = compact(record);
    if (proto !== undefined) Object.defineProperty(out, '__proto__', { value: proto, enumerable: true, writable: true, configurable: true });
    return out;
  });

const commonArb = fc.record(
  {
    name: nameArb,
    partyId: idArb,
    since: isoArb,
    tags: fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
    attributes: attributesArb,
  },
  { requiredKeys: ['name'] },
);

const extrasArb = fc.record(
  {
    function: fc.string({ minLength: 1, maxLength: 5 }),
    title: fc.string({ minLength: 1, maxLength: 5 }),
    hiredAt: isoArb,
    shares: fc.oneof(fc.nat(), fc.double({ min: 0, max: 1e9, noNaN: true })),
    ownership: fc.double({ min: 0, max: 1, noNaN: true }),
    holder: fc.constantFrom('person', 'organization'),
    party: fc.constantFrom('person', 'organization'),
    segment: fc.constantFrom('smb', 'enterprise', '__proto__', 'constructor'),
    usesProduct: fc.boolean(),
  },
  { requiredKeys: [] },
);

const EXTRA_KEYS: Readonly<Record<string, readonly string[]>> = {
  department: ['function'],
  employee: ['title', 'hiredAt'],
  shareholder: ['shares', 'ownership', 'holder'],
  user: ['party', 'segment'],
  buyer: ['party', 'segment', 'usesProduct'],
  beneficiary: ['party', 'segment'],
};

const DELIVERABLES = ['tool', 'information', 'support', 'product', 'service'] as const;
const SERVICES = ['s1', 's2', 'CRM', '__proto__', 'constructor', 'Reports & "KPIs"'];

const linkArb = fc.record(
  {
    from: fc.nat(),
    to: fc.nat(),
    service: fc.constantFrom(...SERVICES),
    deliverable: fc.constantFrom(...DELIVERABLES),
    slaHours: fc.oneof(fc.constantFrom(1, 4, 8, 24, 0.5), fc.double({ min: 1e-3, max: 1e6, noNaN: true })),
    weight: fc.oneof(fc.constantFrom(0.5, 1, 2, 7), fc.double({ min: 1e-6, max: 1e6, noNaN: true })),
    window: fc.tuple(instantArb, fc.nat(4), instantArb, fc.nat(4), fc.nat(2)),
  },
  { requiredKeys: ['from', 'to', 'service', 'deliverable'] },
);

export interface ChainInputData {
  customers: Record<string, unknown>[];
  links: Record<string, unknown>[];
}

/** A valid chain input: up to `max` customers of every kind with their references, and links among them. */
export function chainInputArb(max = 9, maxLinks = 16, min = 1): fc.Arbitrary<ChainInputData> {
  return fc
    .record({
      ids: fc.uniqueArray(idArb, { minLength: min, maxLength: max }),
      kinds: fc.array(fc.constantFrom(...CUSTOMER_KINDS), { minLength: max, maxLength: max }),
      commons: fc.array(commonArb, { minLength: max, maxLength: max }),
      extras: fc.array(extrasArb, { minLength: max, maxLength: max }),
      picks: fc.array(fc.nat(), { minLength: 4 * max, maxLength: 4 * max }),
      links: fc.array(linkArb, { maxLength: maxLinks }),
    })
    .map(({ ids, kinds, commons, extras, picks, links }) => {
      const kindOf = ids.map((_, i) => (i === 0 ? 'department' : kinds[i]!));
      const of = (kind: string): string[] => ids.filter((_, i) => kindOf[i] === kind);
      const departments = of('department');
      const employees = of('employee');
      const payers = ids.filter((_, i) => kindOf[i] === 'user' || kindOf[i] === 'buyer');
      const internal = ids.filter((_, i) => INTERNAL.has(kindOf[i]!));
      const customers = ids.map((id, i) => {
        const kind = kindOf[i]!;
        const pick = (k: number): number => picks[4 * i + k]!;
        const customer: Record<string, unknown> = { kind, id, ...compact(commons[i]!) };
        for (const key of EXTRA_KEYS[kind]!) {
          const value = (extras[i] as Record<string, unknown>)[key];
          if (value !== undefined) customer[key] = value;
        }
        if (kind === 'department') {
          const earlier = departments.slice(0, departments.indexOf(id));
          if (earlier.length > 0 && pick(0) % 2 === 0) customer.parentId = earlier[pick(1) % earlier.length];
          if (employees.length > 0 && pick(2) % 3 === 0) customer.headId = employees[pick(3) % employees.length];
        } else if (kind === 'employee') {
          customer.departmentId = departments[pick(0) % departments.length];
          // a manager listed earlier, as a department's parent is: managers never loop
          const earlier = employees.slice(0, employees.indexOf(id));
          if (earlier.length > 0 && pick(1) % 2 === 0) customer.managerId = earlier[pick(2) % earlier.length];
        } else if (kind === 'beneficiary' && payers.length > 0 && pick(0) % 2 === 0) {
          customer.via = payers[pick(1) % payers.length];
        }
        return customer;
      });
      const seen = new Set<string>();
      const out: Record<string, unknown>[] = [];
      for (const link of links) {
        const from = internal[link.from % internal.length]!;
        const to = ids[link.to % ids.length]!;
        const key = JSON.stringify([from, to, link.service]);
        if (from === to || seen.has(key)) continue;
        seen.add(key);
        const made: Record<string, unknown> = { from, to, service: link.service, deliverable: link.deliverable };
        if (link.slaHours !== undefined) made.slaHours = link.slaHours;
        if (link.weight !== undefined) made.weight = link.weight;
        if (link.window !== undefined) {
          const [a, styleA, b, styleB, which] = link.window;
          const [start, end] = a <= b ? [a, b] : [b, a];
          if (which !== 1) made.validFrom = iso(start, styleA);
          if (which !== 2) made.validTo = iso(end, styleB, true);
        }
        out.push(made);
      }
      return { customers, links: out };
    });
}

/** One customer of any kind, valid on its own (references are not checked by parseCustomer). */
export const customerArb = fc
  .tuple(fc.constantFrom(...CUSTOMER_KINDS), idArb, commonArb, extrasArb, idArb)
  .map(([kind, id, common, extras, other]) => {
    const customer: Record<string, unknown> = { kind, id, ...compact(common) };
    for (const key of EXTRA_KEYS[kind]!) {
      const value = (extras as Record<string, unknown>)[key];
      if (value !== undefined) customer[key] = value;
    }
    if (kind === 'employee') customer.departmentId = other;
    if (kind === 'department' && other.length % 2 === 0) customer.parentId = other;
    if (kind === 'beneficiary' && other.length % 2 === 1) customer.via = other;
    return customer;
  });

// ---------------------------------------------------------------------------
// observations

const stageArb = fc.constantFrom('launch', 'established');

function ref(among: 'any' | 'internal' | 'external' = 'any'): fc.Arbitrary<Ref> {
  return fc.nat().map((n) => new Ref(n, among));
}

/** Two refs that resolve to different ids when the chain has two. */
function refPair(first: 'any' | 'internal' | 'external', second: 'any' | 'internal' | 'external'): fc.Arbitrary<[Ref, Ref]> {
  return fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => {
    const one = new Ref(a, first);
    return [one, new Ref(b, second, one)];
  });
}

const surveyCommon = {
  type: fc.constant('survey'),
  id: idArb,
  respondentId: ref(),
  subjectId: ref(),
  at: isoArb,
  stage: stageArb,
};
const surveyRequired = ['type', 'respondentId', 'subjectId', 'at', 'instrument'] as const;

const likert = fc.double({ min: 1, max: 7, noNaN: true });
const servqualRatingsArb = fc.record({ tangibles: likert, reliability: likert, responsiveness: likert, assurance: likert, empathy: likert });

/** A survey; CSAT and CES scales are `csatScale`/`cesScale` when given (so summaries see one scale). */
export function surveyArb(csatScale?: number, cesScale?: number): fc.Arbitrary<Record<string, unknown>> {
  const scaled = (instrument: string, scale: number | undefined, fallback: number) =>
    scale === undefined
      ? fc.integer({ min: 2, max: 100 }).chain((s) =>
          // the scale may be left out only when it is the default one
          fc.record(
            { ...surveyCommon, instrument: fc.constant(instrument), value: fc.integer({ min: 1, max: s }), scale: fc.constant(s) },
            { requiredKeys: [...surveyRequired, 'value', ...(s === fallback ? [] : (['scale'] as const))] },
          ),
        )
      : fc.record(
          {
            ...surveyCommon,
            instrument: fc.constant(instrument),
            value: fc.integer({ min: 1, max: scale }),
            scale: fc.constant(scale),
          },
          { requiredKeys: [...surveyRequired, 'value', ...(scale === fallback ? [] : (['scale'] as const))] },
        );
  return fc.oneof(
    fc.record({ ...surveyCommon, instrument: fc.constant('nps'), value: fc.integer({ min: 0, max: 10 }) }, { requiredKeys: [...surveyRequired, 'value'] }),
    scaled('csat', csatScale, 5),
    scaled('ces', cesScale, 7),
    fc.record(
      { ...surveyCommon, instrument: fc.constant('servqual'), expectations: servqualRatingsArb, perceptions: servqualRatingsArb },
      { requiredKeys: [...surveyRequired, 'expectations', 'perceptions'] },
    ),
  );
}

const taskArb = fc
  .record(
    {
      type: fc.constant('task'),
      id: idArb,
      ids: refPair('internal', 'any'),
      requested: instantArb,
      style: fc.nat(4),
      hours: fc.option(fc.oneof(fc.double({ min: 0, max: 500, noNaN: true }), fc.constantFrom(0, 8, 24)), { nil: undefined }),
      slaHours: fc.oneof(fc.constantFrom(8, 24, 0.25), fc.double({ min: 1e-3, max: 1e4, noNaN: true })),
      defects: fc.nat(5),
      reworked: fc.boolean(),
    },
    { requiredKeys: ['type', 'ids', 'requested', 'style', 'hours'] },
  )
  .map(({ ids: [providerId, consumerId], requested, style, hours, ...rest }) => {
    const task: Record<string, unknown> = { ...compact(rest), providerId, consumerId, requestedAt: iso(requested, 1 + (style % 4)) };
    if (hours !== undefined) task.completedAt = iso(requested + Math.ceil(hours * 3_600_000), 1 + (style % 4));
    return task;
  });

const currencyArb = fc.constantFrom('EUR', 'EUR', 'EUR', 'VND');

const purchaseArb = fc.record(
  {
    type: fc.constant('purchase'),
    id: idArb,
    customerId: ref('external'),
    at: isoArb,
    amount: fc.oneof(fc.constantFrom(0, 10, 99.99), fc.double({ min: 0, max: 1e9, noNaN: true })),
    currency: currencyArb,
  },
  { requiredKeys: ['type', 'customerId', 'at', 'amount', 'currency'] },
);

const referralArb = fc
  .record(
    { type: fc.constant('referral'), id: idArb, ids: refPair('external', 'any'), at: isoArb, converted: fc.boolean() },
    { requiredKeys: ['type', 'ids', 'at', 'converted'] },
  )
  .map(({ ids: [referrerId, referredId], ...rest }) => ({ ...compact(rest), referrerId, referredId }));

const interactionArb = fc
  .record({ type: fc.constant('interaction'), ids: refPair('internal', 'any'), at: isoArb, channel: fc.constantFrom('email', 'meeting', 'chat'), first: fc.boolean() })
  .map(({ first, ids: [fromId, toId], ...rest }) => ({ ...rest, fromId, toId, initiatedBy: first ? fromId : toId }));

export const observationArb: fc.Arbitrary<Record<string, unknown>> = fc.oneof(surveyArb(), taskArb, purchaseArb, referralArb, interactionArb);

// ---------------------------------------------------------------------------
// scoring inputs

/** A numeric column of integers from lo to hi: a plain array or one of the typed arrays that can hold them. */
export function intColumn(lo: number, hi: number, minLength = 0): fc.Arbitrary<unknown> {
  const values = fc.array(fc.integer({ min: lo, max: hi }), { minLength, maxLength: 40 });
  const typed: fc.Arbitrary<unknown>[] = [
    values,
    values,
    values.map((list) => Float64Array.from(list)),
    values.map((list) => Int16Array.from(list)),
    values.map((list) => Float32Array.from(list)),
  ];
  if (lo >= 0 && hi <= 255) typed.push(values.map((list) => Uint8Array.from(list)), values.map((list) => Uint8ClampedArray.from(list)));
  if (lo >= -128 && hi <= 127) typed.push(values.map((list) => Int8Array.from(list)));
  return fc.oneof(...typed);
}

/** A numeric column of finite doubles from lo to hi. */
export function doubleColumn(lo: number, hi: number, minLength = 0): fc.Arbitrary<unknown> {
  const values = fc.array(fc.oneof(fc.double({ min: lo, max: hi, noNaN: true }), fc.constantFrom(lo, hi)), { minLength, maxLength: 30 });
  return fc.oneof(values, values, values.map((list) => Float64Array.from(list)));
}

/** An options object `{ scale?, threshold? }` with ratings that fit it. */
export const csatArgs = fc
  .record({ scale: opt(fc.integer({ min: 2, max: 100 })), useThreshold: fc.boolean(), t: fc.nat() })
  .chain(({ scale, useThreshold, t }) => {
    const top = scale ?? 5;
    const options = compact({ scale, threshold: useThreshold ? 1 + (t % top) : undefined });
    return fc.tuple(intColumn(1, top), fc.constantFrom(options, Object.keys(options).length === 0 ? undefined : options));
  });

export const cesArgs = fc
  .record({ scale: opt(fc.integer({ min: 2, max: 100 })) })
  .chain(({ scale }) => fc.tuple(intColumn(1, scale ?? 7), fc.constant(compact({ scale }))));

const dimension = (lo: number, hi: number) =>
  fc.record({
    tangibles: fc.double({ min: lo, max: hi, noNaN: true }),
    reliability: fc.double({ min: lo, max: hi, noNaN: true }),
    responsiveness: fc.double({ min: lo, max: hi, noNaN: true }),
    assurance: fc.double({ min: lo, max: hi, noNaN: true }),
    empathy: fc.double({ min: lo, max: hi, noNaN: true }),
  });

/** SERVQUAL weights that sum to 100 (integers) or to 1 (fractions of the same). */
export const servqualWeightsArb = fc
  .tuple(fc.array(fc.nat(100), { minLength: 5, maxLength: 5 }), fc.boolean())
  .filter(([parts]) => parts.reduce((a, b) => a + b, 0) > 0)
  .map(([parts, fractions]) => {
    const sum = parts.reduce((a, b) => a + b, 0);
    const scaled = parts.map((p) => (fractions ? p / sum : (p * 100) / sum));
    const [tangibles, reliability, responsiveness, assurance, empathy] = scaled as [number, number, number, number, number];
    return { tangibles, reliability, responsiveness, assurance, empathy };
  });

export const servqualInputArb = fc.record(
  { expectations: dimension(1, 7), perceptions: dimension(1, 7), weights: servqualWeightsArb },
  { requiredKeys: ['expectations', 'perceptions'] },
);

// ---------------------------------------------------------------------------
// working calendars (SPEC §11)

const quarterHour = fc.integer({ min: 0, max: 96 }).map((q) => (q === 96 ? '24:00' : `${pad(Math.floor(q / 4))}:${pad((q % 4) * 15)}`));
/** A day's intervals: sorted distinct quarter-hours taken in pairs (touching allowed, never overlapping). */
const workingDayArb = fc.uniqueArray(quarterHour, { maxLength: 6 }).map((times) => {
  const sorted = [...times].sort();
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < sorted.length; i += 2) out.push([sorted[i]!, sorted[i + 1]!]);
  return out;
});
/** A valid working calendar: a zone with or without daylight saving, at least one interval in the week, real holidays, dated hours on other dates. */
export const calendarArb = fc
  .record(
    {
      timeZone: fc.constantFrom('UTC', 'Asia/Ho_Chi_Minh', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'),
      days: fc.array(fc.option(workingDayArb, { nil: undefined }), { minLength: 7, maxLength: 7 }),
      holidays: fc.array(instantArb.map((ms) => iso(ms, 0)), { maxLength: 4 }),
      dated: fc.array(fc.tuple(instantArb.map((ms) => iso(ms, 0)), workingDayArb), { maxLength: 3 }),
    },
    { requiredKeys: ['timeZone', 'days'] },
  )
  .filter(({ days }) => days.some((day) => day !== undefined && day.length > 0))
  .map(({ timeZone, days, holidays, dated }) => {
    const workingHours: Record<string, [string, string][]> = {};
    ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].forEach((key, i) => {
      if (days[i] !== undefined) workingHours[key] = days[i]!;
    });
    const calendar: { timeZone: string; workingHours: typeof workingHours; holidays?: string[]; workingDates?: Record<string, [string, string][]> } =
      holidays === undefined ? { timeZone, workingHours } : { timeZone, workingHours, holidays };
    // a date may not be both a holiday and a dated day
    if (dated !== undefined) calendar.workingDates = Object.fromEntries(dated.filter(([date]) => !(holidays ?? []).includes(date)));
    return calendar;
  });

/** workingHoursBetween's arguments: two moments up to 60 days apart in order (ISO texts or Dates) and a calendar. */
export const workingHoursArgs = fc
  .tuple(instantArb, fc.integer({ min: 0, max: 60 * 86_400_000 }), fc.nat(4), fc.nat(4), fc.boolean(), calendarArb)
  .map(([from, span, styleFrom, styleTo, dates, calendar]) =>
    dates
      ? ([new Date(from), new Date(from + span), calendar] as const)
      : ([iso(from, styleFrom), iso(from + span, styleTo, true), calendar] as const),
  )
  // a date-only `from` is that day's UTC midnight, which may fall after a `to` written to the second: keep them in order
  .filter(([from, to]) => Date.parse(String(from instanceof Date ? from.toISOString() : from)) <= Date.parse(String(to instanceof Date ? to.toISOString() : to)));

export const slaOptionsArb = fc.record(
  { asOf: asOfArb, slaHours: fc.oneof(fc.constantFrom(8, 24), fc.double({ min: 1e-3, max: 1e4, noNaN: true })), calendar: calendarArb },
  { requiredKeys: [] },
);

export const slaTaskArb = fc
  .record(
    {
      requested: instantArb,
      style: fc.nat(4),
      hours: fc.option(fc.double({ min: 0, max: 500, noNaN: true }), { nil: undefined }),
      slaHours: fc.oneof(fc.constantFrom(8, 24), fc.double({ min: 1e-3, max: 1e4, noNaN: true })),
      pause: fc.boolean(),
      calendar: calendarArb,
    },
    { requiredKeys: ['requested', 'style', 'hours'] },
  )
  .map(({ requested, style, hours, slaHours, pause, calendar }) => {
    const task: Record<string, unknown> = { requestedAt: iso(requested, style) };
    if (hours !== undefined) task.completedAt = iso(requested + Math.ceil(hours * 3_600_000), style === 0 ? 1 : style);
    if (slaHours !== undefined) task.slaHours = slaHours;
    // a pause over the task's second quarter, written in whole seconds inside the task
    if (pause && hours !== undefined && hours >= 1) {
      const span = Math.floor(hours * 900) * 1000;
      task.paused = [{ from: iso(requested + 1000 + span, 1, true), to: iso(requested + 2 * span, 1) }];
    }
    if (calendar !== undefined) task.calendar = calendar;
    return task;
  });

export const slaArgs = fc
  .tuple(fc.array(slaTaskArb, { maxLength: 12 }), slaOptionsArb.map((o) => compact(o)))
  // a task without slaHours is valid only when the options give a default
  .map(([tasks, options]) => [options.slaHours === undefined ? tasks.map((task) => ({ slaHours: 8, ...task })) : tasks, options] as const);

/** A task observation for firstPassYield: open or completed, with or without defects and rework. */
export const yieldTaskArb = fc
  .record(
    {
      requested: instantArb,
      style: fc.nat(4),
      hours: fc.option(fc.double({ min: 0, max: 500, noNaN: true }), { nil: undefined }),
      defects: fc.nat(4),
      reworked: fc.boolean(),
    },
    { requiredKeys: ['requested', 'style', 'hours'] },
  )
  .map(({ requested, style, hours, ...rest }) => {
    const task: Record<string, unknown> = { type: 'task', providerId: 'it', consumerId: 'sales', requestedAt: iso(requested, style), ...rest };
    if (hours !== undefined) task.completedAt = iso(requested + Math.ceil(hours * 3_600_000), style === 0 ? 1 : style);
    return task;
  });

export const yieldTasksArb = fc.array(yieldTaskArb, { maxLength: 20 });

export const dpmoArb = fc
  .record({ units: fc.integer({ min: 1, max: 1e6 }), opportunities: fc.integer({ min: 1, max: 1e4 }), d: fc.double({ min: 0, max: 1, noNaN: true }) })
  .map(({ units, opportunities, d }) => ({ defects: Math.floor(d * units * opportunities), units, opportunities }));

/** A purchase observation in EUR, as rfm and purchaseAccumulator take it. */
export const eurPurchaseArb = fc.record({
  type: fc.constant('purchase'),
  customerId: fc.constantFrom(...ID_POOL),
  at: isoArb,
  amount: fc.oneof(fc.constantFrom(0, 0.1, 10, 99.99), fc.double({ min: 0, max: 1e9, noNaN: true })),
  currency: fc.constant('EUR'),
});

export const rfmArgs = fc.tuple(
  fc.array(eurPurchaseArb, { maxLength: 20 }),
  fc.record({ asOf: asOfArb, bins: fc.integer({ min: 2, max: 9 }) }, { requiredKeys: ['asOf'] }),
);

export const clvArb = fc
  .record(
    {
      margin: fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(0, 100)),
      retention: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 0.8, 1)),
      discountRate: fc.oneof(fc.double({ min: 0, max: 10, noNaN: true }), fc.constantFrom(0, 0.1)),
      acquisitionCost: fc.double({ min: 0, max: 1e6, noNaN: true }),
    },
    { requiredKeys: ['margin', 'retention', 'discountRate'] },
  )
  // m·r ÷ (1 − r + d) must be finite (clv rejects a value beyond the largest double at ['margin'], as documented).
  // With |m| ≤ 1e6: r < 1 gives 1 − r ≥ 2⁻⁵³ ≈ 1.1e-16, so |value| ≤ 1e22; r = 1 needs d ≥ 1e-300 (|value| ≤ 1e306).
  // Without the second bound fast-check's d = 5e-324 made { margin: 100, retention: 1, discountRate: 5e-324 } (≈ 2e325).
  .filter((input) => input.retention < 1 || input.discountRate >= 1e-300);

export const retentionArb = fc
  .record({ start: fc.integer({ min: 1, max: 1e7 }), keep: fc.double({ min: 0, max: 1, noNaN: true }), acquired: fc.integer({ min: 0, max: 1e7 }) })
  .map(({ start, keep, acquired }) => ({ start, end: Math.floor(keep * start) + acquired, acquired }));

export const referralRateArb = fc
  .record({ customers: fc.integer({ min: 1, max: 1e7 }), share: fc.double({ min: 0, max: 1, noNaN: true }) })
  .map(({ customers, share }) => ({ customers, referrers: Math.floor(share * customers) }));

export const kFactorArb = fc
  .record({ customers: fc.integer({ min: 1, max: 1e7 }), referrals: fc.integer({ min: 0, max: 1e7 }), share: fc.double({ min: 0, max: 1, noNaN: true }) })
  .map(({ customers, referrals, share }) => ({ customers, referrals, conversions: Math.floor(share * referrals) }));

const percent = fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom(0, 100, 50));

export const qualityArgs = fc.tuple(
  fc.record(
    { satisfaction: fc.option(percent), timeliness: fc.option(percent), accuracy: fc.option(percent), collaboration: fc.option(percent) },
    { requiredKeys: [] },
  ),
  fc.option(
    fc.record(
      {
        satisfaction: fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
        timeliness: fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
        accuracy: fc.constantFrom(1, 2, 0.5),
        collaboration: fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true }),
      },
      { requiredKeys: [] },
    ),
    { nil: undefined },
  ),
);

export const healthArgs = fc.tuple(
  fc
    .array(
      fc.record(
        {
          value: fc.oneof(percent, fc.constant(null)),
          weight: fc.oneof(fc.constantFrom(1, 2, 0.5), fc.double({ min: 1e-9, max: 1e9, noNaN: true })),
          named: fc.boolean(),
        },
        { requiredKeys: ['value', 'named'] },
      ),
      { maxLength: 10 },
    )
    // names, when given, are distinct: the indicator's position makes them so
    .map((list) => list.map(({ named, ...indicator }, i) => (named ? { name: `indicator ${i}`, ...indicator } : indicator))),
  fc
    .tuple(percent, percent, fc.nat(2))
    .map(([x, y, which]) => {
      const [red, green] = x <= y ? [x, y] : [y, x];
      // red alone must stay at most the default green (70)
      return which === 0 ? { red, green } : which === 1 ? { red: Math.min(red, 70) } : {};
    }),
);

export const attentionArgs = fc.tuple(
  fc
    .subarray(['user', 'buyer', 'beneficiary'] as const)
    .chain((kinds) =>
      fc.tuple(
        ...kinds.map((kind) =>
          fc
            .tuple(fc.oneof(fc.nat(1000), fc.constant(0)), fc.double({ min: 0, max: 1, noNaN: true }))
            .map(([customers, share]) => ({ kind, customers, heard: Math.floor(customers * share) })),
        ),
      ),
    ),
  fc.record({ tolerance: fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom(0, 20, 100)) }, { requiredKeys: [] }),
);

export const balanceArgs = fc.tuple(
  fc.record({ internal: percent, external: percent }),
  fc.record({ tolerance: fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constantFrom(0, 10)), floor: percent }, { requiredKeys: [] }),
);

// values up to 1e306 in size: twenty of them sum to at most 2e307, so no period's total overflows (a total past the largest
// double is refused, rightly: a random seed drew two values near 1.8e308 into one month)
export const trendArgs = fc.tuple(
  fc.array(
    fc.record({
      at: fc.oneof(isoArb, instantArb.map((ms) => new Date(ms))),
      value: fc.oneof(fc.double({ min: -1e306, max: 1e306, noNaN: true }), fc.integer({ min: -100, max: 100 })),
    }),
    { maxLength: 20 },
  ),
  fc.record(
    {
      period: fc.constantFrom('day', 'week', 'month', 'quarter', 'year'),
      aggregate: fc.constantFrom('mean', 'sum', 'count', 'min', 'max'),
      timeZone: fc.constantFrom('UTC', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Ho_Chi_Minh', 'Africa/Monrovia'),
    },
    { requiredKeys: ['period', 'aggregate'] },
  ),
);

/** surveyTrend: mixed surveys (every instrument, any scale) and one instrument to follow. */
export const surveyTrendArgs = fc.tuple(
  fc.array(fc.oneof(surveyArb(5, 7), surveyArb(10, 5), surveyArb(3, 10), surveyArb(2, 100)), { maxLength: 16 }),
  fc.record(
    {
      instrument: fc.constantFrom('nps', 'csat', 'ces'),
      period: fc.constantFrom('day', 'week', 'month', 'quarter', 'year'),
      timeZone: fc.constantFrom('UTC', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Kiritimati'),
      confidence: fc.constantFrom(0.5, 0.9, 0.95, 0.999),
    },
    { requiredKeys: ['instrument', 'period'] },
  ),
);

export const summarizeArgs = fc
  .record({ csat: fc.constantFrom(undefined, 5, 7, 10), ces: fc.constantFrom(undefined, 7, 5) })
  .chain(({ csat, ces }) =>
    fc.tuple(
      fc.array(surveyArb(csat ?? 5, ces ?? 7), { maxLength: 12 }),
      fc.record(
        { by: fc.constantFrom('stage', 'subject'), csatThreshold: fc.integer({ min: 1, max: Math.min(csat ?? 5, 5) }), servqualWeights: servqualWeightsArb },
        { requiredKeys: [] },
      ),
    ),
  );

/** A quality record or Map for the chain's ids. */
export const qualityInputArb = fc
  .tuple(fc.array(fc.tuple(fc.nat(), fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1, 0.5))), { maxLength: 8 }), fc.boolean())
  .map(([entries, asMap]) => {
    const pairs = entries.map(([n, q]) => [new Ref(n), q] as const);
    return asMap ? new Map(pairs) : new Entries(pairs);
  });

// ---------------------------------------------------------------------------
// warehouse SQL (SPEC §12): column names, `sql` options, and result rows as
// database drivers return them

/** Column names: any text but '' and NUL; awkward ones (quotes, back-quotes, backslashes, semicolons, control characters, SQL) often. */
export const sqlColumnArb = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'score',
      'x y',
      '"',
      '""',
      '`',
      '``',
      "'",
      'a"b',
      'a`b',
      'a\\`b',
      '\\',
      ';',
      'score; DROP TABLE answers; --',
      '"; DROP TABLE t; --',
      '`; DROP TABLE t; --',
      "'); DROP TABLE t; --",
      'line\nbreak',
      'tab\there',
      '\u007f',
      '\u2028',
      'Ω',
      '😀',
      '\ud800',
      ' ',
      'SELECT',
      'clientele_total',
      '__proto__',
    ),
  },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 12, unit: 'binary' }).filter((name) => !name.includes('\u0000')) },
);

/** The column accumulators' `sql` options: absent, empty, or a dialect. */
export const sqlOptionsArb = fc.oneof(
  fc.constant(undefined),
  fc.constant({}),
  fc.record({ dialect: fc.constantFrom('ansi', 'bigquery', 'spark') }),
);

/** The engines of the SLA and purchase SQL. */
export const engineDialectArb = fc.constantFrom('postgres', 'duckdb', 'bigquery', 'snowflake', 'spark');

/** A result row's cells before a driver formats them: exact integers, NULLs, or text (a currency). */
export type SqlCells = Readonly<Record<string, bigint | string | null>>;

/**
 * One integer cell as some driver gives it: a bigint (DuckDB's HUGEINT), a
 * string of digits (Postgres's numeric), the same with a DECIMAL's zero
 * scale digits, or a number when it is a safe integer.
 */
function driverCell(value: bigint): fc.Arbitrary<unknown> {
  const forms: fc.Arbitrary<unknown>[] = [fc.constant(value), fc.constant(String(value)), fc.constant(`${value}.000`)];
  if (value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)) forms.push(fc.constant(Number(value)), fc.constant(Number(value)));
  return fc.oneof(...forms);
}

/** Other columns of a result row: the user's grouping columns, and names near the library's aliases. */
const GROUP_KEYS = ['segment', 'team', 'customer_id', 'currency', '__proto__', 'constructor', 'clientele', 'clientele_', 'clientele_other'];

/**
 * A result row holding `cells` under their `clientele_` aliases, as a driver
 * returns it: each cell in one of its driver forms, each key as written, in
 * lower case (Postgres folds unquoted aliases) or upper case (Snowflake),
 * beside grouping columns, sometimes on a null-prototype object.
 */
export function sqlRowArb(cellsArb: fc.Arbitrary<SqlCells>): fc.Arbitrary<Record<string, unknown>> {
  return cellsArb.chain((cells) => {
    const fields = Object.keys(cells);
    const values = fields.map((field) => {
      const value = cells[field]!;
      return typeof value === 'bigint' ? driverCell(value) : fc.constant(value);
    });
    return fc
      .record({
        values: fc.tuple(...values),
        styles: fc.array(fc.nat(2), { minLength: fields.length, maxLength: fields.length }),
        extra: fc.uniqueArray(fc.tuple(fc.constantFrom(...GROUP_KEYS), fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), fc.constant(null))), {
          maxLength: 3,
          selector: ([key]) => key,
        }),
        extraFirst: fc.boolean(),
        bare: fc.boolean(),
      })
      .map(({ values: cellValues, styles, extra, extraFirst, bare }) => {
        const own: [string, unknown][] = fields.map((field, i) => {
          const alias = `clientele_${field}`;
          return [styles[i] === 0 ? alias : styles[i] === 1 ? alias.toLowerCase() : alias.toUpperCase(), cellValues[i]];
        });
        const row: Record<string, unknown> = bare ? (Object.create(null) as Record<string, unknown>) : {};
        for (const [key, value] of extraFirst ? [...extra, ...own] : [...own, ...extra]) {
          Object.defineProperty(row, key, { value, enumerable: true, writable: true, configurable: true });
        }
        return row;
      });
  });
}

/** Numbers to bigints, the rest as it is. */
function cellsOf(record: Readonly<Record<string, number | bigint | string | null>>): SqlCells {
  const out: Record<string, bigint | string | null> = {};
  for (const [key, value] of Object.entries(record)) out[key] = typeof value === 'number' ? BigInt(value) : value;
  return out;
}

/** A count of rows: a few of them at 2^50, so that five counts of a group still sum below 2^53. */
const sqlCount = fc.oneof(fc.nat(1e6), fc.constantFrom(0, 1, 2 ** 50));

/**
 * A group with no rows at all (a global aggregate over an empty table): each
 * SUM is NULL, and so is a COUNT minus a SUM; a plain COUNT is 0; MIN and MAX
 * (`nullable`) are NULL.
 */
function emptyGroup(fields: readonly string[], nullable: readonly string[] = []): fc.Arbitrary<SqlCells> {
  return fc
    .tuple(...fields.map((field) => (nullable.includes(field) ? fc.constant(null) : fc.constantFrom<bigint | null>(null, 0n))))
    .map((values) => Object.fromEntries(fields.map((field, i) => [field, values[i]!])));
}

/** npsAccumulator().sql's cells: the three classes, no invalid answer, some NULLs. */
export const npsSqlCells: fc.Arbitrary<SqlCells> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ promoters: sqlCount, passives: sqlCount, detractors: sqlCount, missing: sqlCount }).map((c) => cellsOf({ ...c, invalid: 0 })) },
  { weight: 1, arbitrary: emptyGroup(['promoters', 'passives', 'detractors', 'invalid', 'missing']) },
);

/** csatAccumulator().sql's cells; with threshold 1 no rating is below it, and `unsatisfied` is `SUM(0)`. */
export function csatSqlCells(threshold: number): fc.Arbitrary<SqlCells> {
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .record({ satisfied: sqlCount, unsatisfied: sqlCount, missing: sqlCount })
        .map((c) => cellsOf({ ...c, unsatisfied: threshold > 1 ? c.unsatisfied : 0, invalid: 0 })),
    },
    { weight: 1, arbitrary: emptyGroup(['satisfied', 'unsatisfied', 'invalid', 'missing']) },
  );
}

/** cesAccumulator().sql's cells: `top` ratings of `value` and the rest 1s, so the sums are ones real ratings give. */
export function cesSqlCells(scale: number): fc.Arbitrary<SqlCells> {
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .record({ total: fc.nat(1e6), share: fc.double({ min: 0, max: 1, noNaN: true }), value: fc.integer({ min: 1, max: scale }), missing: sqlCount })
        .map(({ total, share, value, missing }) => {
          const top = Math.floor(share * total);
          return cellsOf({ total, sum: top * value + (total - top), sumSquares: top * value * value + (total - top), invalid: 0, missing });
        }),
    },
    { weight: 1, arbitrary: emptyGroup(['total', 'sum', 'sumSquares', 'invalid', 'missing']) },
  );
}

/** The largest magnitude meanAccumulator().sql takes: 2^31 − 1. */
const SQL_MEAN_LIMIT = 2_147_483_647;

/**
 * meanAccumulator().sql's cells: some whole numbers within ±(2^31 − 1), each
 * repeated `times` times, summed exactly as bigints (the sum of squares
 * passes 2^53 often, so the driver gives it as a bigint or a string); a group
 * of NULLs only has no minimum or maximum.
 */
export const meanSqlCells: fc.Arbitrary<SqlCells> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record({
        values: fc.array(fc.oneof(fc.integer({ min: -SQL_MEAN_LIMIT, max: SQL_MEAN_LIMIT }), fc.constantFrom(-SQL_MEAN_LIMIT, SQL_MEAN_LIMIT, 0)), { maxLength: 6 }),
        times: fc.integer({ min: 1, max: 1e6 }),
        missing: sqlCount,
      })
      .map(({ values, times, missing }) => {
        const n = BigInt(times);
        const sum = values.reduce((acc, v) => acc + BigInt(v), 0n) * n;
        const squares = values.reduce((acc, v) => acc + BigInt(v) * BigInt(v), 0n) * n;
        const empty = values.length === 0;
        return cellsOf({
          total: values.length * times,
          sum,
          squares,
          min: empty ? null : Math.min(...values),
          max: empty ? null : Math.max(...values),
          invalid: 0,
          missing,
        });
      }),
  },
  { weight: 1, arbitrary: emptyGroup(['total', 'sum', 'squares', 'min', 'max', 'invalid', 'missing'], ['min', 'max']) },
);

/** slaAccumulator().sql's cells. */
export const slaSqlCells: fc.Arbitrary<SqlCells> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ onTime: sqlCount, late: sqlCount, open: sqlCount, missing: sqlCount }).map((c) => cellsOf({ ...c, invalid: 0 })) },
  { weight: 1, arbitrary: emptyGroup(['onTime', 'late', 'open', 'invalid', 'missing']) },
);

/** firstPassAccumulator().sql's cells: passed ≤ total; without a requestedAt column, `missing` is the literal 0. */
export function firstPassSqlCells(withRequestedAt: boolean): fc.Arbitrary<SqlCells> {
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .record({ total: sqlCount, share: fc.double({ min: 0, max: 1, noNaN: true }), open: sqlCount, missing: sqlCount })
        .map(({ total, share, open, missing }) =>
          cellsOf({ passed: Math.floor(share * total), total, open, invalid: 0, missing: withRequestedAt ? missing : 0 }),
        ),
    },
    { weight: 1, arbitrary: emptyGroup(['passed', 'total', 'open', 'invalid', 'missing']) },
  );
}

/**
 * An amount purchaseAccumulator().sql takes, as (m, e) with amount m × 2^e
 * exactly: m below 2^53 and e from -80 to -5, so the amount is below 2^48
 * and a whole multiple of 2^-80, and m × 2^(e + 80) is its exact number of
 * 2^-80 units.
 */
const sqlAmountArb = fc.record({
  m: fc.oneof(fc.nat(10_000), fc.maxSafeNat()),
  e: fc.oneof(fc.integer({ min: -80, max: -5 }), fc.constantFrom(-80, -7, -5)),
});

/**
 * purchaseAccumulator().sql's cells: some amounts, each repeated `times`
 * times, their 2^-80 units cut into four 32-bit pieces (bits 0–31, 32–63,
 * 64–95, 96–127) and each piece summed; the latest moment in microseconds;
 * one currency. A group of NULL amounts only has no purchase: no moment, no
 * currency.
 */
export const purchaseSqlCells: fc.Arbitrary<SqlCells> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record({
        amounts: fc.array(sqlAmountArb, { maxLength: 5 }),
        times: fc.integer({ min: 1, max: 1e6 }),
        latest: instantArb,
        micros: fc.nat(999),
        currency: fc.constantFrom('EUR', 'USD', 'VND', 'JPY'),
        missing: sqlCount,
      })
      .map(({ amounts, times, latest, micros, currency, missing }) => {
        const sums = [0n, 0n, 0n, 0n];
        for (const { m, e } of amounts) {
          const units = BigInt(m) << BigInt(e + 80);
          for (let i = 0; i < 4; i += 1) sums[i]! += ((units >> BigInt(32 * i)) & 0xffffffffn) * BigInt(times);
        }
        const none = amounts.length === 0;
        return cellsOf({
          count: amounts.length * times,
          sum0: sums[0]!,
          sum1: sums[1]!,
          sum2: sums[2]!,
          sum3: sums[3]!,
          last: none ? null : BigInt(latest) * 1000n + BigInt(micros),
          currencyMin: none ? null : currency,
          currencyMax: none ? null : currency,
          invalid: 0,
          missing,
        });
      }),
  },
  {
    weight: 1,
    arbitrary: emptyGroup(['count', 'sum0', 'sum1', 'sum2', 'sum3', 'last', 'currencyMin', 'currencyMax', 'invalid', 'missing'], ['last', 'currencyMin', 'currencyMax']),
  },
);
