// Errors that speak to people (SPEC §10): every message names the rule and
// quotes the value it got, never a validator's default wording; unknown keys
// suggest the nearest known key; dates say which part is wrong.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClienteleError, ISSUE_CODES, type Issue } from '../../src/errors.js';
import { safeParseCustomer } from '../../src/customers/index.js';
import { createServiceChain } from '../../src/chain/index.js';
import { parseObservation, safeParseObservation } from '../../src/observations/index.js';
import { csat, healthScore, slaAttainment, attentionBalance, workingHoursBetween } from '../../src/scoring/index.js';
import { editDistance, nearestKey } from '../../src/_internal/keys.js';
import { invalidIssues } from '../_shared/issues.js';

/** Wording zod (or any validator) uses by default; none of it may reach a user. */
const DEFAULT_WORDING =
  /Invalid (input|discriminator|option|type|string|enum|literal|union|date|key|element)|Expected .*, received|Unrecognized key|Too (small|big)|^Required$|Number must be|String must contain/i;

/** How a message must quote a value, written here independently of the library: JSON, cut after 39 characters with `…`. */
function quoted(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const points = Array.from(value);
    return points.length <= 40 ? JSON.stringify(value) : `${JSON.stringify(points.slice(0, 39).join('')).slice(0, -1)}…"`;
  }
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'boolean' || value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return undefined;
}

/** The value at `path` inside `root`, or `missing` when a step is absent. */
function at(root: unknown, path: readonly (string | number)[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** Every issue: no default wording, and the value at its path (or the unknown key) quoted. */
function expectSpeaking(issues: readonly Issue[], input: unknown, prefix = 0): void {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(issue.message).not.toMatch(DEFAULT_WORDING);
    const relative = issue.path.slice(prefix);
    const parent = at(input, relative.slice(0, -1));
    const last = relative[relative.length - 1];
    const isUnknownKey = issue.message.startsWith('unknown key');
    // a field left out of a record (not an array's hole): no own key where the path ends
    const leftOut =
      typeof parent === 'object' && parent !== null && !Array.isArray(parent) && last !== undefined && !Object.prototype.hasOwnProperty.call(parent, last);
    if (isUnknownKey) {
      expect(issue.message).toContain(quoted(String(last)));
      expect(Object.prototype.hasOwnProperty.call(parent, last as string)).toBe(true);
    } else if (leftOut) {
      // told it is required, and what it must be
      expect(issue.message, JSON.stringify(issue)).toMatch(/^is required: it must /);
    } else {
      const shown = quoted(at(input, relative));
      if (shown !== undefined) expect(issue.message, JSON.stringify(issue)).toContain(`got ${shown}`);
    }
  }
}

function issuesOf(run: () => unknown): readonly Issue[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ClienteleError) return error.issues;
    throw error;
  }
  throw new Error('expected a ClienteleError');
}

const LONG = 'x'.repeat(45);

const BAD_CUSTOMERS: unknown[] = [
  { kind: 'departement', id: 'd', name: 'D' },
  { id: 'd', name: 'D' },
  { kind: 'employee', id: '', name: 'E', departmentId: 7 },
  { kind: 'employee', id: 'e', name: 'E', departmentId: 'd', hiredAt: 'yesterday', title: '' },
  { kind: 'shareholder', id: 's', name: 'S', ownership: 1.5, shares: -1, holder: 'company' },
  { kind: 'user', id: 'u', name: 'U', party: 'persona', tags: ['a', 3], attributes: { deep: { a: 1 }, list: [] } },
  { kind: 'buyer', id: 'b', name: 'B', usesProduct: 'no', since: '2024-02-30', nmae: 'typo' },
  { kind: 'beneficiary', id: 'p', name: LONG + LONG, via: '', segment: '', since: '2024-05-01T10:00' },
  { kind: 'department', id: 'd', name: 'D', parentId: null, function: 3, zzzzzzzz: 1 },
  42,
  'a customer',
  null,
  [],
];

const BAD_OBSERVATIONS: unknown[] = [
  { type: 'survey', instrument: 'nsp', respondentId: 'u', subjectId: 's', at: '2024-05-01', value: 9 },
  { type: 'survey', instrument: 'nps', respondentId: 'u', subjectId: 's', at: '2024-13-01', value: 11 },
  { type: 'survey', instrument: 'nps', respondentId: 'u', subjectId: 's', at: '2024-05-01', value: 9.5, scale: 10 },
  { type: 'survey', instrument: 'csat', respondentId: 'u', subjectId: 's', at: '2024-05-01', value: 7, scale: 1 },
  { type: 'survey', instrument: 'ces', respondentId: 'u', subjectId: 's', at: '2024-05-01', value: 0, stage: 'lunch' },
  {
    type: 'survey', instrument: 'servqual', respondentId: 'u', subjectId: 's', at: '2024-05-01',
    expectations: { tangibles: 8, reliability: 'high', responsiveness: 5, assurance: 5, empathy: 5, emapthy: 5 },
    perceptions: {},
  },
  { type: 'task', providerId: 'it', consumerId: 'it', requestedAt: '2024-05-02', completedAt: '2024-05-01', slaHours: 0, defects: 1.5, reworked: 'yes' },
  { type: 'purchase', customerId: 'b', at: 'soon', amount: Number.NaN, currency: 'usd', ammount: 3 },
  { type: 'referral', referrerId: 'u', referredId: 'u', at: '2024-05-01', converted: 'maybe' },
  { type: 'interaction', fromId: 'a', toId: 'b', at: '2024-05-01T25:00Z', channel: '', initiatedBy: LONG },
  { type: 'complaint', at: '2024-05-01' },
  { type: 'task' },
  7,
];

const CUSTOMERS = [
  { kind: 'department', id: 'it', name: 'IT' },
  { kind: 'department', id: 'sales', name: 'Sales' },
];

const BAD_LINKS: unknown[] = [
  { from: 'it', to: 'sales', service: 'laptops', deliverable: 'tol' },
  { from: '', to: 7, service: '', deliverable: 'tool', sevice: 'x' },
  { from: 'it', to: 'sales', service: 's', deliverable: 'tool', slaHours: -2, weight: 'heavy' },
  { from: 'it', to: 'sales', service: 's', deliverable: 'tool', validFrom: '2024-02-30', validTo: '2024-05-01T10:00' },
  { from: 'it', to: 'sales', service: 's', deliverable: 'tool', validFrom: '2024-06-01', validTo: '2024-05-01' },
  'a link',
];

describe('messages name the rule and quote the value they got', () => {
  it.each(BAD_CUSTOMERS.map((input) => [JSON.stringify(input), input]))('customer %s', (_, input) => {
    const result = safeParseCustomer(input);
    expect(result.success).toBe(false);
    if (!result.success) expectSpeaking(result.error.issues, input);
  });

  it.each(BAD_OBSERVATIONS.map((input) => [JSON.stringify(input), input]))('observation %s', (_, input) => {
    const result = safeParseObservation(input);
    expect(result.success).toBe(false);
    if (!result.success) expectSpeaking(result.error.issues, input);
  });

  it.each(BAD_LINKS.map((link) => [JSON.stringify(link), link]))('link %s', (_, link) => {
    const issues = issuesOf(() => createServiceChain({ customers: CUSTOMERS, links: [link] } as never));
    expect(issues.every((issue) => issue.path[0] === 'links' && issue.path[1] === 0)).toBe(true);
    expectSpeaking(issues, link, 2);
  });

  it('holds for any corruption of a valid record (a field replaced by an odd value, or an extra key)', () => {
    const valid: Record<string, unknown>[] = [
      { kind: 'buyer', id: 'b1', name: 'Lan', usesProduct: false, since: '2024-05-01' },
      { kind: 'employee', id: 'e1', name: 'An', departmentId: 'it', hiredAt: '2024-05-01T09:00:00Z' },
      { type: 'survey', instrument: 'csat', respondentId: 'u1', subjectId: 'app', at: '2024-05-01', value: 4, scale: 5 },
      { type: 'task', providerId: 'it', consumerId: 'sales', requestedAt: '2024-05-01', completedAt: '2024-05-02', slaHours: 8 },
      { type: 'purchase', customerId: 'b1', at: '2024-05-01', amount: 40, currency: 'USD' },
      { type: 'interaction', fromId: 'a', toId: 'b', at: '2024-05-01', channel: 'call', initiatedBy: 'a' },
    ];
    const odd = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constant([]),
      fc.constant({}),
      fc.constantFrom('2024-02-30', '2024-13-01', '2024-05-01T10:00', 'yesterday', ''),
    );
    fc.assert(
      fc.property(fc.nat(valid.length - 1), fc.nat(20), odd, fc.boolean(), fc.string({ minLength: 1, maxLength: 12 }), (which, field, value, extra, key) => {
        const input: Record<string, unknown> = { ...valid[which]! };
        const keys = Object.keys(input);
        if (extra && !(key in input) && key !== '__proto__') input[key] = value;
        else input[keys[field % keys.length]!] = value;
        const result = 'kind' in input ? safeParseCustomer(input) : safeParseObservation(input);
        if (!result.success) expectSpeaking(result.error.issues, input);
      }),
      { numRuns: 400 },
    );
  });

  it('quotes a long value only in part, with an ellipsis', () => {
    const result = safeParseObservation({ type: 'interaction', fromId: 'a', toId: 'b', at: '2024-05-01', channel: 'c', initiatedBy: LONG });
    expect(result.success).toBe(false);
    // 39 of the 45 x's, then the ellipsis inside the quotes
    if (!result.success) expect(result.error.issues[0]!.message).toBe(`must equal fromId or toId — got "${'x'.repeat(39)}…"`);
  });

  it('lists the allowed values of a discriminator with the value received, and the one a typo or a letter case away', () => {
    const result = safeParseCustomer({ kind: 'departement', id: 'd', name: 'D' });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((issue) => issue.message)).toEqual([
        `must be one of 'department' | 'employee' | 'shareholder' | 'user' | 'buyer' | 'beneficiary' (did you mean 'department'?) — got "departement"`,
      ]);
    }
    // far from every value: the list alone
    const far = safeParseCustomer({ kind: 'supplier', id: 's', name: 'S' });
    expect(far.success ? [] : far.error.issues.map((issue) => issue.message)).toEqual([
      `must be one of 'department' | 'employee' | 'shareholder' | 'user' | 'buyer' | 'beneficiary' — got "supplier"`,
    ]);
  });

  it('offers the nearest allowed value of an enum, in the schemas and in the hand-written link reader alike', () => {
    const messageOf = (run: () => unknown): string => invalidIssues(run)[0]![1];
    expect(messageOf(() => parseObservation({ type: 'survey', respondentId: 'a', instrument: 'NPS', value: 9, at: '2025-01-01' }))).toBe(
      `must be one of 'nps' | 'csat' | 'ces' | 'servqual' (did you mean 'nps'?) — got "NPS"`,
    );
    const link = { from: 'd', to: 'e', service: 's', deliverable: 'informations' };
    const customers = [
      { kind: 'department', id: 'd', name: 'D' },
      { kind: 'department', id: 'e', name: 'E' },
    ];
    const expected = `must be one of 'tool' | 'information' | 'support' | 'product' | 'service' (did you mean 'information'?) — got "informations"`;
    expect(messageOf(() => createServiceChain({ customers, links: [link] } as never))).toBe(expected);
  });
});

describe('a field left out is told it is required; a field set to undefined, what it got (from a user trial)', () => {
  const pathsAndMessages = (issues: readonly Issue[]) => issues.map((issue) => [issue.path, issue.code, issue.message]);
  // the zone rule for a value that is not a string, as _internal/timeZone.ts words it
  const ZONE_RULE = 'must be an IANA time zone name the runtime knows, such as "UTC" or "Europe/Paris"';
  const DELIVERABLE_RULE = "must be one of 'tool' | 'information' | 'support' | 'product' | 'service'";
  const hours = { mon: [['09:00', '17:00']] };

  it('in a customer, alone and inside a chain', () => {
    const left = safeParseCustomer({ kind: 'employee', id: 'e', name: 'E' });
    expect(left.success).toBe(false);
    if (!left.success) expect(pathsAndMessages(left.error.issues)).toEqual([[['departmentId'], 'INVALID_INPUT', 'is required: it must be a string']]);
    const unset = safeParseCustomer({ kind: 'employee', id: 'e', name: 'E', departmentId: undefined });
    expect(unset.success).toBe(false);
    if (!unset.success) expect(pathsAndMessages(unset.error.issues)).toEqual([[['departmentId'], 'INVALID_INPUT', 'must be a string — got undefined']]);
    const noKind = safeParseCustomer({ id: 'd', name: 'D' });
    expect(noKind.success).toBe(false);
    if (!noKind.success) {
      expect(pathsAndMessages(noKind.error.issues)).toEqual([
        [['kind'], 'INVALID_INPUT', "is required: it must be one of 'department' | 'employee' | 'shareholder' | 'user' | 'buyer' | 'beneficiary'"],
      ]);
    }
    const inChain = issuesOf(() => createServiceChain({ customers: [...CUSTOMERS, { kind: 'employee', id: 'e', name: 'E' }], links: [] } as never));
    expect(pathsAndMessages(inChain)).toEqual([[['customers', 2, 'departmentId'], 'INVALID_INPUT', 'is required: it must be a string']]);
  });

  it('in a link (createServiceChain), and in its calendar', () => {
    const left = issuesOf(() => createServiceChain({ customers: CUSTOMERS, links: [{ from: 'it', to: 'sales', deliverable: 'tool' }] } as never));
    expect(pathsAndMessages(left)).toEqual([[['links', 0, 'service'], 'INVALID_INPUT', 'is required: it must be a non-empty string']]);
    const unset = issuesOf(() => createServiceChain({ customers: CUSTOMERS, links: [{ from: 'it', to: 'sales', service: undefined, deliverable: 'tool' }] } as never));
    expect(pathsAndMessages(unset)).toEqual([[['links', 0, 'service'], 'INVALID_INPUT', 'must be a non-empty string — got undefined']]);
    const empty = issuesOf(() => createServiceChain({ customers: CUSTOMERS, links: [{}] } as never));
    expect(pathsAndMessages(empty)).toEqual([
      [['links', 0, 'from'], 'INVALID_INPUT', 'is required: it must be a non-empty string'],
      [['links', 0, 'to'], 'INVALID_INPUT', 'is required: it must be a non-empty string'],
      [['links', 0, 'service'], 'INVALID_INPUT', 'is required: it must be a non-empty string'],
      [['links', 0, 'deliverable'], 'INVALID_INPUT', `is required: it ${DELIVERABLE_RULE}`],
    ]);
    const calendar = issuesOf(() =>
      createServiceChain({ customers: CUSTOMERS, links: [{ from: 'it', to: 'sales', service: 's', deliverable: 'tool', calendar: { workingHours: hours } }] } as never),
    );
    expect(pathsAndMessages(calendar)).toEqual([[['links', 0, 'calendar', 'timeZone'], 'INVALID_INPUT', `is required: it ${ZONE_RULE}`]]);
  });

  it('in an observation (parseObservation) and in the task reader behind slaAttainment', () => {
    const task = { type: 'task', providerId: 'it', consumerId: 'sales', slaHours: 8 };
    const left = safeParseObservation(task);
    expect(left.success).toBe(false);
    if (!left.success) expect(pathsAndMessages(left.error.issues)).toEqual([[['requestedAt'], 'INVALID_INPUT', 'is required: it must be a string']]);
    const unset = safeParseObservation({ ...task, requestedAt: undefined });
    expect(unset.success).toBe(false);
    if (!unset.success) expect(pathsAndMessages(unset.error.issues)).toEqual([[['requestedAt'], 'INVALID_INPUT', 'must be a string — got undefined']]);
    const survey = safeParseObservation({ type: 'survey', instrument: 'nps', at: '2024-05-01', value: 9 });
    expect(survey.success).toBe(false);
    if (!survey.success) expect(pathsAndMessages(survey.error.issues)).toEqual([[['respondentId'], 'INVALID_INPUT', 'is required: it must be a string']]);

    expect(pathsAndMessages(issuesOf(() => slaAttainment([task as never])))).toEqual([
      [['tasks', 0, 'requestedAt'], 'INVALID_INPUT', 'is required: it must be a string'],
    ]);
    expect(pathsAndMessages(issuesOf(() => slaAttainment([{ ...task, requestedAt: undefined } as never])))).toEqual([
      [['tasks', 0, 'requestedAt'], 'INVALID_INPUT', 'must be a string — got undefined'],
    ]);
    // a pause without its end, on both roads
    const paused = { ...task, requestedAt: '2024-05-01T09:00:00Z', paused: [{ from: '2024-05-01T10:00:00Z' }] };
    const parsedPause = safeParseObservation(paused);
    expect(parsedPause.success).toBe(false);
    if (!parsedPause.success) expect(pathsAndMessages(parsedPause.error.issues)).toEqual([[['paused', 0, 'to'], 'INVALID_INPUT', 'is required: it must be a string']]);
    expect(pathsAndMessages(issuesOf(() => slaAttainment([paused as never])))).toEqual([
      [['tasks', 0, 'paused', 0, 'to'], 'INVALID_INPUT', 'is required: it must be a string'],
    ]);
  });

  it('in a calendar (workingHoursBetween, and the calendar option of slaAttainment)', () => {
    const from = '2024-05-06T09:00:00Z';
    const to = '2024-05-06T17:00:00Z';
    expect(pathsAndMessages(issuesOf(() => workingHoursBetween(from, to, { workingHours: hours } as never)))).toEqual([
      [['calendar', 'timeZone'], 'INVALID_INPUT', `is required: it ${ZONE_RULE}`],
    ]);
    expect(pathsAndMessages(issuesOf(() => workingHoursBetween(from, to, { timeZone: undefined, workingHours: hours } as never)))).toEqual([
      [['calendar', 'timeZone'], 'INVALID_INPUT', `${ZONE_RULE} — got undefined`],
    ]);
    expect(pathsAndMessages(issuesOf(() => workingHoursBetween(from, to, { timeZone: 'UTC' } as never)))).toEqual([
      [['calendar', 'workingHours'], 'INVALID_INPUT', 'is required: it must be an object'],
    ]);
    expect(pathsAndMessages(issuesOf(() => slaAttainment([], { calendar: { workingHours: hours } as never })))).toEqual([
      [['options', 'calendar', 'timeZone'], 'INVALID_INPUT', `is required: it ${ZONE_RULE}`],
    ]);
  });
});

describe('an unknown key suggests the nearest known one', () => {
  const message = (issues: readonly Issue[], path: readonly (string | number)[]) =>
    issues.find((issue) => JSON.stringify(issue.path) === JSON.stringify(path))?.message;

  it('in a customer, an observation and a link', () => {
    const customer = safeParseCustomer({ kind: 'buyer', id: 'b', name: 'B', nmae: 'x', usesProdcut: true, zzzzzzzz: 1 });
    expect(customer.success).toBe(false);
    if (!customer.success) {
      expect(message(customer.error.issues, ['nmae'])).toBe('unknown key "nmae" — did you mean "name"?');
      expect(message(customer.error.issues, ['usesProdcut'])).toBe('unknown key "usesProdcut" — did you mean "usesProduct"?');
      expect(message(customer.error.issues, ['zzzzzzzz'])).toBe('unknown key "zzzzzzzz"');
    }
    const observation = safeParseObservation({ type: 'purchase', customerId: 'b', at: '2024-05-01', amount: 1, currency: 'USD', ammount: 3 });
    expect(observation.success).toBe(false);
    if (!observation.success) expect(message(observation.error.issues, ['ammount'])).toBe('unknown key "ammount" — did you mean "amount"?');
    const links = issuesOf(() =>
      createServiceChain({ customers: CUSTOMERS, links: [{ from: 'it', to: 'sales', service: 's', deliverable: 'tool', wieght: 2 }] } as never),
    );
    expect(message(links, ['links', 0, 'wieght'])).toBe('unknown key "wieght" — did you mean "weight"?');
  });

  it('in the options and records of scores, under [options, key]', () => {
    expect(message(issuesOf(() => csat([4], { scael: 5 } as never)), ['options', 'scael'])).toBe('unknown key "scael" — did you mean "scale"?');
    expect(message(issuesOf(() => healthScore([{ value: 1, wieght: 2 } as never])), ['indicators', 0, 'wieght'])).toBe(
      'unknown key "wieght" — did you mean "weight"?',
    );
    expect(message(issuesOf(() => slaAttainment([], { asof: '2024-05-01' } as never)), ['options', 'asof'])).toBe(
      'unknown key "asof" — did you mean "asOf"?',
    );
  });

  it('suggests within max(1, ⌊length of the known key / 3⌋) edits, a swap counting as one', () => {
    const known = ['window', 'asOf', 'id', 'tolerance'];
    expect(nearestKey('windw', known)).toBe('window'); // one deletion; 6 letters allow 2
    expect(nearestKey('wndw', known)).toBe('window'); // two deletions
    expect(nearestKey('wnd', known)).toBeUndefined(); // three
    expect(nearestKey('di', known)).toBe('id'); // a swap; 2 letters allow 1
    expect(nearestKey('xy', known)).toBeUndefined(); // two substitutions
    expect(nearestKey('ASOF', known)).toBe('asOf'); // case alone
    expect(nearestKey('tolerence', known)).toBe('tolerance');
    expect(nearestKey('x'.repeat(200), known)).toBeUndefined();
  });

  it('offers a short key typed in full, the longest first, only when no key is within the edits', () => {
    const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
    // "monday" is 3 edits from "mon" (1 allowed) but begins with it
    expect(nearestKey('monday', weekdays)).toBe('mon');
    expect(nearestKey('Thursday', weekdays)).toBe('thu');
    // a key shorter than 3 is never offered this way, nor one the typed key does not begin with
    expect(nearestKey('idx', ['id'])).toBe('id'); // by the edits: one deletion
    expect(nearestKey('identity', ['id'])).toBeUndefined();
    expect(nearestKey('weekday', weekdays)).toBeUndefined();
    // the longest key begun with: "asOfDate" begins with "as" (too short) and "asOf"
    expect(nearestKey('asOfDate', ['as', 'asOf', 'window'])).toBe('asOf');
    // a key within the edits wins over one begun with: "asOfDat" is one insertion from "asOfData" and begins with "asOf"
    expect(nearestKey('asOfDat', ['asOf', 'asOfData'])).toBe('asOfData');
    expect(message(issuesOf(() => slaAttainment([], { calendar: { timeZone: 'UTC', workingHours: { monday: [['09:00', '17:00']] } } } as never)), ['options', 'calendar', 'workingHours', 'monday'])).toBe(
      'unknown key "monday" — did you mean "mon"?',
    );
  });

  it('measures the optimal string alignment distance, as a naive recursion does', () => {
    // the definition itself (Damerau 1964; the restricted edit distance), by plain recursion
    const naive = (a: string, b: string): number => {
      const memo = new Map<string, number>();
      const d = (i: number, j: number): number => {
        if (i === 0) return j;
        if (j === 0) return i;
        const id = `${i},${j}`;
        const known = memo.get(id);
        if (known !== undefined) return known;
        let best = Math.min(d(i - 1, j) + 1, d(i, j - 1) + 1, d(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d(i - 2, j - 2) + 1);
        memo.set(id, best);
        return best;
      };
      return d(a.length, b.length);
    };
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 8 });
    fc.assert(
      fc.property(word, word, fc.nat(10), (a, b, limit) => {
        const exact = naive(a, b);
        expect(editDistance(a, b, limit)).toBe(exact <= limit ? exact : limit + 1);
      }),
      { numRuns: 500 },
    );
  });
});

describe('a date says which part is wrong', () => {
  const dateMessage = (at: unknown) => {
    const result = safeParseObservation({ type: 'purchase', customerId: 'b', at, amount: 1, currency: 'USD' });
    return result.success ? undefined : result.error.issues.map((issue) => issue.message);
  };

  it.each([
    ['2024-13-01', 'not a day of the calendar: there is no month 13 — got "2024-13-01"'],
    ['2024-02-30', 'not a day of the calendar: February 2024 has 29 days — got "2024-02-30"'],
    ['2023-02-29', 'not a day of the calendar: February 2023 has 28 days — got "2023-02-29"'],
    ['2024-04-31T10:00:00Z', 'not a day of the calendar: April 2024 has 30 days — got "2024-04-31T10:00:00Z"'],
    ['2024-05-01T10:00', 'a date-time needs Z or an offset such as +07:00 — got "2024-05-01T10:00"'],
    ['2024-05-01T10:00:30.5', 'a date-time needs Z or an offset such as +07:00 — got "2024-05-01T10:00:30.5"'],
    ['2024-05-01T24:00Z', 'not a time of day: hours run 00–23, minutes and seconds 00–59 — got "2024-05-01T24:00Z"'],
    ['2024-05-01T10:00+24:00', 'not an offset: it runs from -23:59 to +23:59 — got "2024-05-01T10:00+24:00"'],
    [
      'yesterday',
      'must be an ISO 8601 date (YYYY-MM-DD) or date-time (YYYY-MM-DDThh:mm[:ss[.fff]] with Z or an offset) — got "yesterday"',
    ],
    [20240501, 'must be a string — got 20240501'],
  ])('%s', (at, expected) => {
    expect(dateMessage(at)).toEqual([expected]);
  });

  it('in links, scores and their options alike', () => {
    const links = issuesOf(() =>
      createServiceChain({ customers: CUSTOMERS, links: [{ from: 'it', to: 'sales', service: 's', deliverable: 'tool', validTo: '2024-02-30' }] } as never),
    );
    expect(links.map((issue) => issue.message)).toEqual(['not a day of the calendar: February 2024 has 29 days — got "2024-02-30"']);
    const sla = issuesOf(() => slaAttainment([], { asOf: '2024-05-01T10:00' }));
    expect(sla.map((issue) => [issue.path, issue.message])).toEqual([
      [['options', 'asOf'], 'a date-time needs Z or an offset such as +07:00 — got "2024-05-01T10:00"'],
    ]);
  });
});

describe('issues of scores name their rule and value too', () => {
  it('attentionBalance and healthScore', () => {
    const attention = issuesOf(() => attentionBalance([{ kind: 'users' as never, customers: 3, heard: 4 }]));
    expect(attention.map((issue) => issue.message)).toEqual([
      `must be one of 'user' | 'buyer' | 'beneficiary' — got "users"`,
      'must be at most customers (3) — got 4',
    ]);
    const health = issuesOf(() => healthScore([{ name: 'csat', value: 1 }, { name: 'csat', value: 2 }]));
    expect(health.map((issue) => [issue.path, issue.message])).toEqual([
      [['indicators', 1, 'name'], 'must differ from the other names: indicator 0 is also called "csat"'],
    ]);
  });
});

describe('every issue code quotes the value it is about', () => {
  const it_ = { kind: 'department', id: 'it', name: 'IT' };
  const buyer = { kind: 'buyer', id: 'acme', name: 'Acme' };
  const link = (from: string, to: string) => ({ from, to, service: 'laptops', deliverable: 'tool' });
  const cases: [string, unknown, string][] = [
    ['INVALID_INPUT', { customers: [{ ...it_, kind: 'departement' }], links: [] }, '"departement"'],
    ['DUPLICATE_ID', { customers: [it_, { ...it_, name: 'IT again' }], links: [] }, '"it"'],
    ['UNKNOWN_REFERENCE', { customers: [it_, { kind: 'employee', id: 'e', name: 'E', departmentId: 'ghost' }], links: [] }, '"ghost"'],
    ['WRONG_KIND', { customers: [it_, buyer, { kind: 'employee', id: 'e', name: 'E', departmentId: 'acme' }], links: [] }, '"acme"'],
    ['SELF_LINK', { customers: [it_], links: [link('it', 'it')] }, '"it"'],
    ['EXTERNAL_PROVIDER', { customers: [it_, buyer], links: [link('acme', 'it')] }, '"acme"'],
    ['DUPLICATE_LINK', { customers: [it_, buyer], links: [link('it', 'acme'), link('it', 'acme')] }, '"laptops"'],
    [
      'HIERARCHY_CYCLE',
      { customers: [{ ...it_, parentId: 'ops' }, { kind: 'department', id: 'ops', name: 'Ops', parentId: 'it' }], links: [] },
      'ops',
    ],
  ];

  it('covers every code', () => {
    expect(new Set(cases.map(([code]) => code))).toEqual(new Set(ISSUE_CODES));
  });

  it.each(cases)('%s', (code, input, shown) => {
    const issues = issuesOf(() => createServiceChain(input as never));
    const mine = issues.filter((issue) => issue.code === code);
    expect(mine.length, JSON.stringify(issues)).toBeGreaterThan(0);
    for (const issue of mine) {
      expect(issue.message).toContain(shown);
      expect(issue.message).not.toMatch(DEFAULT_WORDING);
    }
  });
});
