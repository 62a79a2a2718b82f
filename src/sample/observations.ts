import type { CustomerInput } from '../customers/index.js';
import { workingClock, type WorkingClock } from '../scoring/_internal/workingTime.js';
import {
  DAY_MS,
  HOUR_MS,
  YEAR_END,
  YEAR_START,
  localDate,
  localDateTime,
  localDay,
  parseDay,
  seeded,
  utcDateTime,
  workingMoment,
  type Random,
} from './random.js';
import type {
  SampleObservation,
  SampleServiceLink,
  SampleServqualDimensions,
  SampleTask,
} from './types.js';

// A year of what happened at Sao Mai Electronics, drawn from a seeded
// generator so that every call returns the same records. The story the
// numbers tell:
// - IT is quick and well liked; finance is slow with credit approvals.
// - The warehouse system moved to the cloud on 1 July. Warehouse & Logistics
//   ran late through the third quarter, and because it is the only unit that
//   serves the schools, the education segment's NPS fell by December.
// - An own-brand air purifier launched in April; the retail survey in May
//   asked about it (stage 'launch').

const SEED = 20_250_101;

/** One record and the moment it sorts by. */
interface Timed {
  readonly ms: number;
  readonly record: SampleObservation;
}

/** What the generator knows of the organisation. */
interface World {
  readonly random: Random;
  /** Earliest moment each customer can take part in anything (since / hiredAt, or the year's start). */
  readonly start: ReadonlyMap<string, number>;
  /** Kind of each customer. */
  readonly kind: ReadonlyMap<string, string>;
  /** Department of each employee. */
  readonly departmentOf: ReadonlyMap<string, string>;
  /** Segment of each external customer. */
  readonly segment: ReadonlyMap<string, string>;
  readonly links: readonly SampleServiceLink[];
  readonly out: Timed[];
}

const EXTERNAL = new Set(['user', 'buyer', 'beneficiary']);

function startOf(world: World, ...ids: string[]): number {
  return Math.max(YEAR_START, ...ids.map((id) => world.start.get(id) ?? YEAR_START));
}

/** The span of the year in which a link exists and both its ends do. */
function linkSpan(world: World, link: SampleServiceLink): readonly [number, number] {
  const from = Math.max(startOf(world, link.from, link.to), link.validFrom === undefined ? YEAR_START : parseDay(link.validFrom));
  const to = Math.min(YEAR_END, link.validTo === undefined ? YEAR_END : parseDay(link.validTo) + DAY_MS - 60_000);
  return [from, to];
}

/** An integer answer near `mean`, kept inside [low, high] (the spread is a sum of three uniforms). */
function answer(random: Random, mean: number, spread: number, low: number, high: number): number {
  const noise = (random.next() + random.next() + random.next() - 1.5) * spread;
  return Math.min(high, Math.max(low, Math.round(mean + noise)));
}

function monthOf(ms: number): number {
  return Number(localDate(ms).slice(5, 7));
}

// ---------------------------------------------------------------- tasks

/** How often work flows over a link in the year, and how well it goes. */
interface TaskPlan {
  readonly count: number;
  /** Share of tasks finished after the deadline, by month of request. */
  readonly late: (month: number) => number;
  /** Share of tasks with defects. */
  readonly defects: number;
  /** Whether a task requested on a Monday waits a working day on its consumer (see {@link WAIT_MINUTES}). */
  readonly mondayWaits?: boolean;
}

/**
 * A credit approval asked for on a Monday (orders taken over the weekend)
 * waits on sales for the customer's documents: from its first working hour
 * on, for one working day (8 hours of the office's calendar). Its SLA clock
 * stops meanwhile, so it is finished that much later and its verdict is the
 * one drawn for it.
 */
const WAIT_AFTER_MINUTES = 60;
const WAIT_MINUTES = 8 * 60;

/** The first whole minute after `from` by which `minutes` of working time have passed on `clock`. */
function afterWorking(clock: WorkingClock, from: number, minutes: number): number {
  const target = minutes * 60_000;
  if (target === 0) return from;
  let span = DAY_MS;
  while (clock.workingMs(from, from + span) < target) span *= 2;
  // working time so far is below the target after `low` minutes and reaches it after `high`
  let low = 0;
  let high = span / 60_000;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (clock.workingMs(from, from + middle * 60_000) >= target) high = middle;
    else low = middle;
  }
  return from + high * 60_000;
}

/** Whether a moment falls on a Monday in the sample's zone (UTC+07:00). */
function isMonday(ms: number): boolean {
  return new Date(`${localDate(ms)}T00:00:00Z`).getUTCDay() === 1;
}

const steady = (rate: number) => (): number => rate;
/** Warehouse & Logistics: fine, except after the July move to the cloud. */
const logisticsLate = (month: number): number => (month >= 7 && month <= 9 ? 0.4 : 0.08);

function taskPlan(link: SampleServiceLink, world: World): TaskPlan | null {
  const key = `${link.from}|${link.service}`;
  switch (key) {
    case 'marketing|Qualified sales leads':
      return { count: 50, late: steady(0.1), defects: 0.12 };
    case 'sales|Market feedback':
      return { count: 12, late: steady(0.25), defects: 0.05 };
    case 'it|IT helpdesk':
      return { count: link.to === 'sales' || link.to === 'logistics' ? 18 : 10, late: steady(0.05), defects: 0.04 };
    case 'it|Point-of-sale system':
      return { count: 12, late: steady(0.08), defects: 0.1 };
    case 'it|Warehouse system (on-premises)':
      return { count: 8, late: steady(0.15), defects: 0.15 };
    case 'it|Warehouse system (cloud)':
      return { count: 14, late: (month) => (month <= 9 ? 0.3 : 0.05), defects: 0.25 };
    case 'finance|Credit approval for business orders':
      return { count: 36, late: steady(0.3), defects: 0.06, mondayWaits: true };
    case 'finance|Supplier payments':
      return { count: 20, late: steady(0.12), defects: 0.05 };
    case 'finance|Management accounts':
      return { count: 12, late: steady(0.2), defects: 0.08 };
    case 'hr|Recruitment and training':
      return { count: 8, late: steady(0.25), defects: 0 };
    case 'hr|Technician training':
      return { count: 4, late: steady(0.25), defects: 0 };
    case 'hr|Seasonal staffing':
      return { count: 6, late: steady(0.3), defects: 0.1 };
    case 'logistics|Stock availability':
      return { count: 40, late: logisticsLate, defects: 0.05 };
    case 'logistics|Spare parts':
      return { count: 18, late: logisticsLate, defects: 0.08 };
    case 'audit|Internal audit report':
      return { count: 2, late: steady(0.5), defects: 0 };
    default:
      break;
  }
  if (!EXTERNAL.has(world.kind.get(link.to) ?? '') || link.slaHours === undefined) return null;
  // work for an external customer: repairs, deliveries, installations, advice
  const segment = world.segment.get(link.to);
  const late = link.from === 'logistics' ? logisticsLate : steady(0.15);
  return { count: segment === 'education' ? 5 : segment === 'business' ? 4 : 3, late, defects: 0.08 };
}

function tasks(world: World): void {
  const { random } = world;
  for (const link of world.links) {
    const plan = taskPlan(link, world);
    if (plan === null) continue;
    const sla = link.slaHours ?? 72;
    // on a link with a calendar the drawn duration is working time, as its SLA is
    const clock = link.calendar === undefined ? null : workingClock(link.calendar);
    const [from, to] = linkSpan(world, link);
    if (from > to) continue;
    for (let i = 0; i < plan.count; i += 1) {
      const requested = workingMoment(random, from, to);
      const roll = random.next();
      let minutes: number;
      if (roll < 0.03) minutes = sla * 60; // done exactly at the deadline: on time
      else if (roll < 0.03 + plan.late(monthOf(requested))) minutes = Math.round(sla * 60 * (1.05 + random.next() * 1.5));
      else minutes = Math.round(sla * 60 * (0.15 + random.next() * 0.8));
      const waits = clock !== null && plan.mondayWaits === true && isMonday(requested) && minutes >= WAIT_AFTER_MINUTES;
      const completed =
        clock === null ? requested + minutes * 60_000 : afterWorking(clock, requested, minutes + (waits ? WAIT_MINUTES : 0));
      const stuck = random.chance(0.015);
      const record: SampleTask = {
        type: 'task',
        providerId: link.from,
        consumerId: link.to,
        requestedAt: localDateTime(requested),
        slaHours: sla,
      };
      // the rolls of a finished task are made whenever its wall-clock plan ends within the year, as they were
      // before the links between departments had calendars, so that every other record of the sample stayed as it was
      if (requested + minutes * 60_000 <= YEAR_END && !stuck) {
        const defects = random.chance(plan.defects) ? random.int(1, 3) : 0;
        const reworked = defects > 0 ? random.chance(0.6) : random.chance(0.01);
        if (completed <= YEAR_END) {
          record.completedAt = localDateTime(completed);
          record.defects = defects;
          record.reworked = reworked;
        }
        if (completed <= YEAR_END && waits) {
          const pauseFrom = afterWorking(clock, requested, WAIT_AFTER_MINUTES);
          const pauseTo = afterWorking(clock, requested, WAIT_AFTER_MINUTES + WAIT_MINUTES);
          record.paused = [{ from: localDateTime(pauseFrom), to: localDateTime(pauseTo) }];
        }
      }
      world.out.push({ ms: requested, record });
    }
  }
}

// ---------------------------------------------------------------- surveys

/** The department that answers for a provider: itself, or an employee's department. */
function unitOf(world: World, id: string): string {
  return world.departmentOf.get(id) ?? id;
}

function npsSurveys(world: World): void {
  const { random } = world;
  const waves = [
    // the launch wave asked retail customers about the new air purifier
    { from: localDay(2025, 5, 5), to: localDay(2025, 5, 30), stage: 'launch' as const, segments: ['retail'] },
    { from: localDay(2025, 6, 9), to: localDay(2025, 6, 27), stage: undefined, segments: ['retail', 'business', 'education'] },
    { from: localDay(2025, 12, 1), to: localDay(2025, 12, 19), stage: 'established' as const, segments: ['retail', 'business', 'education'] },
  ];
  const mean = (segment: string, wave: number): number => {
    if (segment === 'education') return wave === 2 ? 5.2 : 8.6;
    if (segment === 'business') return 8.1;
    return wave === 0 ? 7.4 : 8.5;
  };
  for (const [wave, { from, to, stage, segments }] of waves.entries()) {
    for (const [id, segment] of world.segment) {
      if (!segments.includes(segment)) continue;
      const begin = Math.max(from, startOf(world, id));
      if (begin > to) continue;
      const provider = world.links.find((link) => link.to === id);
      if (provider === undefined) continue;
      const at = workingMoment(random, begin, to);
      world.out.push({
        ms: at,
        record: {
          type: 'survey',
          respondentId: id,
          subjectId: unitOf(world, provider.from),
          instrument: 'nps',
          value: answer(random, mean(segment, wave), 4, 0, 10),
          at: localDate(at),
          ...(stage === undefined ? {} : { stage }),
        },
      });
    }
  }
}

function enpsSurveys(world: World): void {
  const { random } = world;
  const waves = [
    { from: localDay(2025, 6, 16), to: localDay(2025, 6, 27), mean: 7.6 },
    { from: localDay(2025, 12, 8), to: localDay(2025, 12, 19), mean: 7.9 },
  ];
  for (const { from, to, mean } of waves) {
    for (const id of world.departmentOf.keys()) {
      const begin = Math.max(from, startOf(world, id));
      if (begin > to) continue;
      const at = workingMoment(random, begin, to);
      world.out.push({
        ms: at,
        record: {
          type: 'survey',
          respondentId: id,
          subjectId: 'board',
          instrument: 'nps',
          value: answer(random, mean, 4, 0, 10),
          at: localDateTime(at),
        },
      });
    }
  }
}

/** Typical CSAT (1..5) an internal provider earns, by quarter. */
function csatMean(provider: string, quarter: number): number {
  switch (provider) {
    case 'it':
      return 4.4;
    case 'finance':
      return 3.5;
    case 'hr':
      return 3.7;
    case 'board':
      return 3.9;
    case 'marketing':
      return 4.0;
    case 'sales':
      return 3.4;
    case 'logistics':
      return quarter === 3 ? 2.7 : 4.1;
    case 'audit':
      return 4.2;
    default:
      return 3.8;
  }
}

function csatSurveys(world: World): void {
  const { random } = world;
  // one survey per consumer and provider each quarter, however many links join them
  const pairs = new Map<string, SampleServiceLink>();
  for (const link of world.links) {
    const consumerKind = world.kind.get(link.to);
    if (world.kind.get(link.from) !== 'department' || consumerKind !== 'department') continue;
    const key = `${link.from}|${link.to}`;
    if (!pairs.has(key)) pairs.set(key, link);
  }
  for (let quarter = 1; quarter <= 4; quarter += 1) {
    const from = localDay(2025, quarter * 3, 15);
    const to = quarter === 4 ? localDay(2025, 12, 30) : localDay(2025, quarter * 3 + 1, 1) - 60_000;
    for (const link of pairs.values()) {
      const [spanFrom, spanTo] = linkSpan(world, link);
      const begin = Math.max(from, spanFrom);
      const end = Math.min(to, spanTo);
      if (begin > end) continue;
      const at = workingMoment(random, begin, end);
      world.out.push({
        ms: at,
        record: {
          type: 'survey',
          respondentId: link.to,
          subjectId: link.from,
          instrument: 'csat',
          value: answer(random, csatMean(link.from, quarter), 1.4, 1, 5),
          ...(random.chance(0.5) ? { scale: 5 } : {}),
          at: localDate(at),
        },
      });
    }
  }
  // the owners rate the reports they receive, once a year
  for (const link of world.links) {
    if (world.kind.get(link.to) !== 'shareholder') continue;
    const at = workingMoment(random, localDay(2025, 12, 10), localDay(2025, 12, 20));
    world.out.push({
      ms: at,
      record: {
        type: 'survey',
        respondentId: link.to,
        subjectId: link.from,
        instrument: 'csat',
        value: answer(random, csatMean(link.from, 4), 1.4, 1, 5),
        scale: 5,
        at: localDate(at),
        stage: 'established',
      },
    });
  }
}

/** CES after about half the finished work for external customers: how easy was it (1..7, higher is easier). */
function cesSurveys(world: World, finished: readonly Timed[]): void {
  const { random } = world;
  for (const { record } of finished) {
    if (record.type !== 'task' || record.completedAt === undefined) continue;
    if (!EXTERNAL.has(world.kind.get(record.consumerId) ?? '') || !random.chance(0.5)) continue;
    const done = Date.parse(record.completedAt);
    const late = done - Date.parse(record.requestedAt) > (record.slaHours ?? 0) * HOUR_MS;
    const at = Math.min(YEAR_END, done + DAY_MS);
    world.out.push({
      ms: at,
      record: {
        type: 'survey',
        respondentId: record.consumerId,
        subjectId: record.providerId,
        instrument: 'ces',
        value: answer(random, late ? 3.6 : 5.7, 3, 1, 7),
        ...(random.chance(0.5) ? { scale: 7 } : {}),
        at: localDate(at),
      },
    });
  }
}

function dimensions(random: Random, mean: number): SampleServqualDimensions {
  return {
    tangibles: answer(random, mean, 2, 1, 7),
    reliability: answer(random, mean, 2, 1, 7),
    responsiveness: answer(random, mean, 2, 1, 7),
    assurance: answer(random, mean, 2, 1, 7),
    empathy: answer(random, mean, 2, 1, 7),
  };
}

function servqualSurveys(world: World): void {
  const { random } = world;
  const respondents: readonly (readonly [string, string])[] = [
    ['biz-b01', 'sales'],
    ['biz-b02', 'sales'],
    ['biz-b03', 'sales'],
    ['biz-b04', 'sales'],
    ['edu-b01', 'logistics'],
    ['edu-b02', 'logistics'],
  ];
  const rounds = [
    { from: localDay(2025, 3, 17), to: localDay(2025, 3, 28), month: 3 },
    { from: localDay(2025, 9, 15), to: localDay(2025, 9, 26), month: 9 },
  ];
  for (const { from, to, month } of rounds) {
    for (const [id, subject] of respondents) {
      const begin = Math.max(from, startOf(world, id));
      if (begin > to) continue;
      const at = workingMoment(random, begin, to);
      const perceived = subject === 'logistics' && month === 9 ? 4.0 : 5.8;
      world.out.push({
        ms: at,
        record: {
          type: 'survey',
          respondentId: id,
          subjectId: subject,
          instrument: 'servqual',
          expectations: dimensions(random, 6.4),
          perceptions: dimensions(random, perceived),
          at: localDate(at),
          stage: 'established',
        },
      });
    }
  }
}

// ---------------------------------------------------------------- money, word of mouth, contact

/** [buyer, purchases, lowest and highest amount in millions of VND, first and last month] */
const PURCHASE_PLANS: readonly (readonly [string, number, number, number, number, number])[] = [
  ['ret-b01', 4, 2, 25, 1, 12],
  ['ret-b02', 3, 5, 30, 1, 12],
  ['ret-b03', 6, 1, 40, 1, 12],
  ['ret-b04', 2, 8, 20, 1, 12],
  ['ret-b05', 3, 3, 35, 3, 12],
  ['biz-b01', 8, 40, 400, 1, 12],
  ['biz-b02', 4, 20, 150, 1, 12],
  ['biz-b03', 5, 50, 300, 1, 12],
  ['biz-b04', 3, 200, 900, 4, 12],
  ['edu-b01', 2, 300, 900, 7, 9],
  ['edu-b02', 1, 400, 700, 7, 9],
];

function purchases(world: World): void {
  const { random } = world;
  for (const [id, count, low, high, firstMonth, lastMonth] of PURCHASE_PLANS) {
    const from = Math.max(localDay(2025, firstMonth, 1), startOf(world, id));
    const to = Math.min(YEAR_END, localDay(2025, lastMonth + 1, 1) - 60_000);
    const business = world.segment.get(id) !== 'retail';
    for (let i = 0; i < count; i += 1) {
      const at = workingMoment(random, from, to);
      // amounts in whole tens of thousands of đồng
      const amount = random.int(low * 100, high * 100) * 10_000;
      world.out.push({
        ms: at,
        // business orders come from the ERP, which stores UTC
        record: { type: 'purchase', customerId: id, at: business ? utcDateTime(at) : localDateTime(at), amount, currency: 'VND' },
      });
    }
  }
  // a warranty swap handed over at no charge
  const swap = localDay(2025, 10, 14) + 10 * HOUR_MS;
  world.out.push({ ms: swap, record: { type: 'purchase', customerId: 'ret-b03', at: localDateTime(swap), amount: 0, currency: 'VND' } });
}

/** [referrer, referred, day, converted]: the four who converted became customers that spring and summer. */
const REFERRALS: readonly (readonly [string, string, string, boolean])[] = [
  ['ret-b03', 'ret-b04', '2025-02-14', false],
  // a sales associate brings in a friend from outside the company
  ['emp-14', 'ret-b05', '2025-03-10', true],
  ['biz-b01', 'biz-b04', '2025-04-03', true],
  ['ret-u04', 'ret-u06', '2025-04-28', true],
  ['edu-b01', 'edu-b02', '2025-06-12', true],
  ['ret-u01', 'ret-u02', '2025-07-19', false],
  ['ret-b03', 'ret-u04', '2025-08-08', false],
  ['ret-u05', 'ret-b02', '2025-09-09', false],
  ['biz-b02', 'biz-b03', '2025-10-02', false],
  ['ret-b01', 'ret-u03', '2025-11-20', false],
  ['ret-b05', 'ret-u06', '2025-12-06', false],
];

function referrals(world: World): void {
  for (const [referrerId, referredId, at, converted] of REFERRALS) {
    world.out.push({ ms: parseDay(at), record: { type: 'referral', referrerId, referredId, at, converted } });
  }
}

const CHANNELS: Readonly<Record<string, readonly string[]>> = {
  retail: ['store', 'phone', 'zalo', 'chat'],
  business: ['email', 'meeting', 'phone'],
  education: ['meeting', 'email', 'phone'],
  internal: ['meeting', 'chat', 'email'],
};

function interactions(world: World): void {
  const { random } = world;
  for (const link of world.links) {
    const segment = world.segment.get(link.to);
    const internalPair = world.kind.get(link.from) === 'department' && world.kind.get(link.to) === 'department';
    if (segment === undefined && !internalPair) continue;
    const count = segment === undefined ? 3 : segment === 'retail' ? random.int(2, 4) : random.int(3, 6);
    const channels = CHANNELS[segment ?? 'internal'] ?? ['email'];
    const [from, to] = linkSpan(world, link);
    if (from > to) continue;
    for (let i = 0; i < count; i += 1) {
      const at = workingMoment(random, from, to);
      // customers call in more often than the company calls out
      const inbound = random.chance(segment === undefined ? 0.5 : 0.65);
      const channel = random.pick(channels);
      // a message goes from its sender; a meeting is filed from the provider's side, whoever asked for it
      const fromProvider = channel === 'meeting' || !inbound;
      world.out.push({
        ms: at,
        record: {
          type: 'interaction',
          fromId: fromProvider ? link.from : link.to,
          toId: fromProvider ? link.to : link.from,
          at: localDateTime(at),
          channel,
          initiatedBy: inbound ? link.to : link.from,
        },
      });
    }
  }
}

// ---------------------------------------------------------------- all together

const ID_PREFIX: Readonly<Record<SampleObservation['type'], string>> = {
  survey: 'srv',
  task: 'tsk',
  purchase: 'pur',
  referral: 'ref',
  interaction: 'int',
};

/** A year of observations for the given customers and links, in time order, each with an id. */
export function sampleObservations(
  customers: readonly CustomerInput[],
  links: readonly SampleServiceLink[],
): SampleObservation[] {
  const start = new Map<string, number>();
  const kind = new Map<string, string>();
  const departmentOf = new Map<string, string>();
  const segment = new Map<string, string>();
  for (const customer of customers) {
    kind.set(customer.id, customer.kind);
    const since = customer.kind === 'employee' ? customer.hiredAt : customer.since;
    if (since !== undefined) start.set(customer.id, parseDay(since.slice(0, 10)));
    if (customer.kind === 'employee') departmentOf.set(customer.id, customer.departmentId);
    if ((customer.kind === 'user' || customer.kind === 'buyer' || customer.kind === 'beneficiary') && customer.segment !== undefined) {
      segment.set(customer.id, customer.segment);
    }
  }
  const world: World = { random: seeded(SEED), start, kind, departmentOf, segment, links, out: [] };
  tasks(world);
  cesSurveys(world, [...world.out]);
  npsSurveys(world);
  enpsSurveys(world);
  csatSurveys(world);
  servqualSurveys(world);
  purchases(world);
  referrals(world);
  interactions(world);
  // stable sort: records of the same moment keep the order they were made in
  const ordered = world.out.map((entry, index) => ({ ...entry, index }));
  ordered.sort((a, b) => a.ms - b.ms || a.index - b.index);
  const counters = new Map<string, number>();
  return ordered.map(({ record }) => {
    const next = (counters.get(record.type) ?? 0) + 1;
    counters.set(record.type, next);
    return { id: `${ID_PREFIX[record.type]}-${String(next).padStart(4, '0')}`, ...record };
  });
}
