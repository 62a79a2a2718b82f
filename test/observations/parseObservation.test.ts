import { describe, expect, it } from 'vitest';
import {
  ClienteleError,
  INSTRUMENTS,
  ObservationSchema,
  OBSERVATION_TYPES,
  SERVQUAL_DIMENSIONS,
  STAGES,
  parseObservation,
  parseObservations,
  safeParseObservation,
  safeParseObservations,
} from '../../src/index.js';
import { caught, deepFreeze, issuePaths } from './_helpers.js';

const ratings = { tangibles: 5, reliability: 6, responsiveness: 6.5, assurance: 5, empathy: 4 };

const valid = {
  nps: { type: 'survey', instrument: 'nps', respondentId: 'u1', subjectId: 'app', at: '2024-05-01', value: 0 },
  csat: { type: 'survey', instrument: 'csat', respondentId: 'u1', subjectId: 'app', at: '2024-05-01T10:00:00Z', value: 5, stage: 'launch' },
  csat10: { type: 'survey', instrument: 'csat', respondentId: 'u1', subjectId: 'app', at: '2024-05-01', value: 10, scale: 10 },
  ces: { type: 'survey', instrument: 'ces', respondentId: 'u1', subjectId: 'app', at: '2024-05-01', value: 7, stage: 'established' },
  servqual: {
    type: 'survey',
    instrument: 'servqual',
    respondentId: 'u1',
    subjectId: 'desk',
    at: '2024-05-01',
    expectations: ratings,
    perceptions: { ...ratings, empathy: 7 },
  },
  task: {
    type: 'task',
    id: 't1',
    providerId: 'it',
    consumerId: 'sales',
    requestedAt: '2024-05-01T09:00:00+07:00',
    completedAt: '2024-05-01T02:00:00Z',
    slaHours: 0.5,
    defects: 0,
    reworked: false,
  },
  openTask: { type: 'task', providerId: 'it', consumerId: 'sales', requestedAt: '2024-05-01' },
  purchase: { type: 'purchase', customerId: 'b1', at: '2024-05-01', amount: 0, currency: 'VND' },
  referral: { type: 'referral', referrerId: 'u1', referredId: 'u2', at: '2024-05-01', converted: false },
  interaction: { type: 'interaction', fromId: 'sales', toId: 'b1', at: '2024-05-01', channel: 'chat', initiatedBy: 'sales' },
} as const;

describe('constants', () => {
  it('lists the types, instruments, stages and dimensions', () => {
    expect(OBSERVATION_TYPES).toEqual(['survey', 'task', 'purchase', 'referral', 'interaction']);
    expect(INSTRUMENTS).toEqual(['nps', 'csat', 'ces', 'servqual']);
    expect(STAGES).toEqual(['launch', 'established']);
    expect(SERVQUAL_DIMENSIONS).toEqual(['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy']);
  });
});

describe('parseObservation', () => {
  for (const [name, record] of Object.entries(valid)) {
    it(`accepts a valid ${name} and returns an equal copy`, () => {
      const frozen = deepFreeze(structuredClone(record));
      const parsed = parseObservation(frozen);
      expect(parsed).toEqual(record);
      expect(parsed).not.toBe(frozen);
      expect(ObservationSchema.safeParse(record).success).toBe(true);
    });
  }

  it('treats __proto__, constructor and hasOwnProperty as ordinary ids', () => {
    const parsed = parseObservation({ ...valid.referral, referrerId: '__proto__', referredId: 'constructor' });
    expect(parsed).toMatchObject({ referrerId: '__proto__', referredId: 'constructor' });
    expect(parseObservation({ ...valid.nps, respondentId: 'hasOwnProperty' })).toMatchObject({ respondentId: 'hasOwnProperty' });
  });

  it('rejects an unknown type at [type] and a non-object at []', () => {
    expect(issuePaths(() => parseObservation({ type: 'complaint' }))).toEqual([['type']]);
    expect(issuePaths(() => parseObservation(42))).toEqual([[]]);
    expect(issuePaths(() => parseObservation(null))).toEqual([[]]);
    expect(issuePaths(() => parseObservation([valid.nps]))).toEqual([[]]);
  });

  it('rejects an unknown instrument at [instrument]', () => {
    expect(issuePaths(() => parseObservation({ ...valid.nps, instrument: 'ces2' }))).toEqual([['instrument']]);
  });

  it('rejects out-of-range, fractional, NaN and wrongly typed answers at [value]', () => {
    for (const value of [11, -1, 9.5, Number.NaN, Infinity, '9', null]) {
      expect(issuePaths(() => parseObservation({ ...valid.nps, value }))).toEqual([['value']]);
    }
    expect(issuePaths(() => parseObservation({ ...valid.csat, value: 6 }))).toEqual([['value']]);
    expect(issuePaths(() => parseObservation({ ...valid.csat, value: 0 }))).toEqual([['value']]);
    expect(issuePaths(() => parseObservation({ ...valid.ces, value: 8 }))).toEqual([['value']]);
    expect(issuePaths(() => parseObservation({ ...valid.ces, value: 5, scale: 4 }))).toEqual([['value']]);
    expect(parseObservation({ ...valid.ces, value: 5, scale: 5 })).toMatchObject({ value: 5, scale: 5 });
  });

  it('rejects a bad scale at [scale] without a second complaint about the value', () => {
    expect(issuePaths(() => parseObservation({ ...valid.csat, scale: 1 }))).toEqual([['scale']]);
    expect(issuePaths(() => parseObservation({ ...valid.csat, scale: 5.5 }))).toEqual([['scale']]);
    expect(issuePaths(() => parseObservation({ ...valid.csat, scale: 101 }))).toEqual([['scale']]);
  });

  it('rejects fields that do not belong to the instrument', () => {
    expect(issuePaths(() => parseObservation({ ...valid.nps, scale: 10 }))).toEqual([['scale']]);
    expect(issuePaths(() => parseObservation({ ...valid.servqual, value: 5 }))).toEqual([['value']]);
    expect(issuePaths(() => parseObservation({ ...valid.csat, expectations: ratings }))).toEqual([['expectations']]);
    const { value: _value, ...noValue } = valid.nps;
    expect(issuePaths(() => parseObservation(noValue))).toEqual([['value']]);
    const { perceptions: _p, ...noPerceptions } = valid.servqual;
    expect(issuePaths(() => parseObservation(noPerceptions))).toEqual([['perceptions']]);
  });

  it('checks every SERVQUAL dimension: required, 1..7, no extra keys', () => {
    const paths = issuePaths(() =>
      parseObservation({
        ...valid.servqual,
        expectations: { tangibles: 0, reliability: 6, responsiveness: 8, assurance: 5, courtesy: 3 },
      }),
    );
    expect(paths).toEqual(
      expect.arrayContaining([
        ['expectations', 'tangibles'],
        ['expectations', 'responsiveness'],
        ['expectations', 'empathy'],
        ['expectations', 'courtesy'],
      ]),
    );
    expect(paths).toHaveLength(4);
  });

  it('rejects a bad stage, a date without a zone and an impossible day', () => {
    expect(issuePaths(() => parseObservation({ ...valid.nps, stage: 'growth' }))).toEqual([['stage']]);
    expect(issuePaths(() => parseObservation({ ...valid.nps, at: '2024-05-01T10:00:00' }))).toEqual([['at']]);
    expect(issuePaths(() => parseObservation({ ...valid.nps, at: '2023-02-29' }))).toEqual([['at']]);
  });

  it('rejects empty ids and an empty optional id', () => {
    expect(issuePaths(() => parseObservation({ ...valid.nps, respondentId: '', id: '' }))).toEqual(
      expect.arrayContaining([['respondentId'], ['id']]),
    );
  });

  it('checks tasks: completedAt not before requestedAt, slaHours > 0, defects integer ≥ 0, reworked boolean', () => {
    expect(issuePaths(() => parseObservation({ ...valid.task, completedAt: '2024-05-01T01:59:59Z' }))).toEqual([['completedAt']]);
    // exactly at requestedAt is fine (09:00+07:00 is 02:00Z): the record comes back as given, strings untouched
    const sameMoment = { ...valid.task, completedAt: '2024-05-01T02:00:00Z' };
    expect(parseObservation(sameMoment)).toStrictEqual(sameMoment);
    expect(issuePaths(() => parseObservation({ ...valid.task, slaHours: 0 }))).toEqual([['slaHours']]);
    expect(issuePaths(() => parseObservation({ ...valid.task, defects: 1.5 }))).toEqual([['defects']]);
    expect(issuePaths(() => parseObservation({ ...valid.task, defects: -1 }))).toEqual([['defects']]);
    expect(issuePaths(() => parseObservation({ ...valid.task, reworked: 'no' }))).toEqual([['reworked']]);
    expect(issuePaths(() => parseObservation({ ...valid.task, consumerId: 'it' }))).toEqual([['consumerId']]);
  });

  it('reports every problem of a task at once, the date order included', () => {
    const paths = issuePaths(() =>
      parseObservation({ type: 'task', providerId: '', consumerId: 'x', requestedAt: '2024-05-02', completedAt: '2024-05-01', extra: 1 }),
    );
    expect(paths).toEqual(expect.arrayContaining([['providerId'], ['completedAt'], ['extra']]));
    expect(paths).toHaveLength(3);
  });

  it('checks purchases: amount finite ≥ 0, currency ISO 4217', () => {
    for (const amount of [-0.01, Infinity, Number.NaN, '10']) {
      expect(issuePaths(() => parseObservation({ ...valid.purchase, amount }))).toEqual([['amount']]);
    }
    for (const currency of ['usd', 'US', 'USDT', '€']) {
      expect(issuePaths(() => parseObservation({ ...valid.purchase, currency }))).toEqual([['currency']]);
    }
  });

  it('checks referrals and interactions', () => {
    expect(issuePaths(() => parseObservation({ ...valid.referral, converted: 'yes' }))).toEqual([['converted']]);
    expect(issuePaths(() => parseObservation({ ...valid.referral, referredId: 'u1' }))).toEqual([['referredId']]);
    expect(issuePaths(() => parseObservation({ ...valid.interaction, initiatedBy: 'someone' }))).toEqual([['initiatedBy']]);
    expect(parseObservation({ ...valid.interaction, initiatedBy: 'b1' })).toMatchObject({ initiatedBy: 'b1' });
    expect(issuePaths(() => parseObservation({ ...valid.interaction, channel: '' }))).toEqual([['channel']]);
    expect(issuePaths(() => parseObservation({ ...valid.interaction, toId: 'sales' }))).toEqual([['toId']]);
  });

  it('turns a throwing getter or a revoked proxy into an INVALID_INPUT', () => {
    const hostile = Object.defineProperty({ ...valid.nps }, 'value', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(caught(() => parseObservation(hostile)).code).toBe('INVALID_INPUT');
    const { proxy, revoke } = Proxy.revocable({ ...valid.nps }, {});
    revoke();
    expect(caught(() => parseObservation(proxy)).code).toBe('INVALID_INPUT');
  });
});

describe('safeParseObservation', () => {
  it('returns data or the error parseObservation would throw', () => {
    expect(safeParseObservation(valid.purchase)).toEqual({ success: true, data: valid.purchase });
    const result = safeParseObservation({ ...valid.purchase, amount: -1 });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error).toBeInstanceOf(ClienteleError);
      expect(result.error.issues.map((issue) => issue.path)).toEqual([['amount']]);
    }
  });
});

describe('parseObservations', () => {
  it('parses a list in order', () => {
    const list = deepFreeze(Object.values(valid).map((record) => structuredClone(record)));
    expect(parseObservations(list)).toEqual(Object.values(valid));
    expect(parseObservations([])).toEqual([]);
  });

  it('reports every problem in every record with paths [index, …]', () => {
    const paths = issuePaths(() =>
      parseObservations([valid.nps, { ...valid.nps, value: 12 }, valid.task, { ...valid.purchase, currency: 'x', amount: -1 }, 7]),
    );
    expect(paths).toEqual([[1, 'value'], [3, 'amount'], [3, 'currency'], [4]]);
  });

  it('rejects a non-array at [] and reports unreadable items by index', () => {
    expect(issuePaths(() => parseObservations({ 0: valid.nps, length: 1 }))).toEqual([[]]);
    const list: unknown[] = [valid.nps, valid.nps];
    Object.defineProperty(list, 1, {
      get() {
        throw new Error('boom');
      },
    });
    expect(issuePaths(() => parseObservations(list))).toEqual([[1]]);
  });

  it('has a safe twin', () => {
    expect(safeParseObservations([valid.nps])).toEqual({ success: true, data: [valid.nps] });
    const result = safeParseObservations([valid.nps, { type: 'task' }]);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.every((issue) => issue.path[0] === 1)).toBe(true);
  });
});
