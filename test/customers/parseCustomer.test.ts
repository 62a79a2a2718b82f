import { describe, expect, it } from 'vitest';
import { ClienteleError, CUSTOMER_KINDS, parseCustomer, safeParseCustomer, type CustomerKind } from '../../src/index.js';
import { caught, deepFreeze, issuesOf, show, summary, type IssueSummary } from './helpers.js';

type Path = (string | number)[];

const BASE: Record<CustomerKind, Record<string, unknown>> = {
  department: { kind: 'department', id: 'it', name: 'IT' },
  employee: { kind: 'employee', id: 'e1', name: 'An', departmentId: 'it' },
  shareholder: { kind: 'shareholder', id: 's1', name: 'Fund' },
  user: { kind: 'user', id: 'u1', name: 'Minh' },
  buyer: { kind: 'buyer', id: 'b1', name: 'City school' },
  beneficiary: { kind: 'beneficiary', id: 'p1', name: 'Pupil' },
};

const DEFAULTS: Record<CustomerKind, Record<string, unknown>> = {
  department: {},
  employee: {},
  shareholder: { holder: 'person' },
  user: { party: 'person' },
  buyer: { party: 'person' },
  beneficiary: { party: 'person' },
};

/** A field's accepted values and its rejected values, each rejection with its path when that is not `[field]`. */
interface FieldRule {
  readonly valid: readonly unknown[];
  readonly invalid: readonly (readonly [unknown] | readonly [unknown, Path])[];
}

const ID: FieldRule = {
  valid: ['x', '__proto__', 'constructor', 'hasOwnProperty', 'toString', ' ', 'Hà Nội', 'a'.repeat(100_000)],
  invalid: [[''], [1], [null], [true], [['a']], [{}], [Symbol('id')]],
};
const OPTIONAL_ID: FieldRule = { valid: [...ID.valid, undefined], invalid: ID.invalid };
const TEXT: FieldRule = {
  valid: ['a', 'Phòng Kế toán', 'Отдел продаж', '__proto__', 'x'.repeat(100_000)],
  invalid: [[''], [0], [null], [false], [['a']], [{}]],
};
const OPTIONAL_TEXT: FieldRule = { valid: [...TEXT.valid, undefined], invalid: TEXT.invalid };
const DATE: FieldRule = {
  valid: [
    undefined,
    '2024-02-29',
    '2000-02-29',
    '1999-12-31',
    '2024-03-01T10:00:00+07:00',
    '2024-03-01T10:00:00Z',
    '2024-03-01T10:00Z',
    '2024-03-01T10:00:00.123Z',
    '2024-12-31T23:59:59-05:30',
  ],
  invalid: [
    ['2024-02-30'],
    ['2023-02-29'],
    ['1900-02-29'],
    ['2024-04-31'],
    ['2024-13-01'],
    ['2024-00-10'],
    ['2024-03-01T10:00:00'],
    ['2024-03-01T24:00:00Z'],
    ['2024-03-01T10:60:00Z'],
    ['2024-03-01T10:00:00+24:00'],
    ['2024-03-01T10:00:00+7:00'],
    ['2024-03-01 10:00:00Z'],
    ['2024-3-1'],
    ['20240301'],
    [' 2024-03-01'],
    ['2024-03-01 '],
    [''],
    ['yesterday'],
    [1_709_251_200_000],
    [new Date('2024-03-01T00:00:00Z')],
    [null],
  ],
};
const TAGS: FieldRule = {
  valid: [undefined, [], ['a'], ['', 'vip', 'vip'], ['__proto__']],
  invalid: [['vip'], [{}], [null], [[1], ['tags', 0]], [['a', null], ['tags', 1]], [['a', 'b', ['c']], ['tags', 2]]],
};
const ATTRIBUTES: FieldRule = {
  valid: [
    undefined,
    {},
    { tier: 'gold', seats: 12, vip: true, note: null },
    { constructor: 'x', toString: 1, hasOwnProperty: false, valueOf: null },
    { '': 'empty key', 'a.b': -1.5, '0': 0 },
    { foo: 'unknown keys are welcome here' },
  ],
  invalid: [
    ['gold'],
    [null],
    [[]],
    [[1, 2]],
    [{ x: { y: 1 } }, ['attributes', 'x']],
    [{ x: [1] }, ['attributes', 'x']],
    [{ x: undefined }, ['attributes', 'x']],
    [{ x: Number.NaN }, ['attributes', 'x']],
    [{ x: Number.POSITIVE_INFINITY }, ['attributes', 'x']],
    [{ x: 1n }, ['attributes', 'x']],
    [{ x: new Date(0) }, ['attributes', 'x']],
    [{ ok: 1, bad: () => 1 }, ['attributes', 'bad']],
  ],
};
const PARTY: FieldRule = {
  valid: [undefined, 'person', 'organization'],
  invalid: [['company'], ['Person'], ['organisation'], [''], [null], [0]],
};
const BOOLEAN: FieldRule = { valid: [undefined, true, false], invalid: [['true'], [0], [1], [null], [[]]] };
const SHARES: FieldRule = {
  valid: [undefined, 0, 1, 0.5, 1_000_000_000, Number.MAX_VALUE],
  invalid: [[-1], [-0.0001], [Number.NaN], [Number.POSITIVE_INFINITY], ['5'], [null], [10n]],
};
const OWNERSHIP: FieldRule = {
  valid: [undefined, 0, 0.25, 1],
  invalid: [[1.5], [-0.1], [1.000_000_1], [Number.NaN], [Number.NEGATIVE_INFINITY], ['0.5'], [null]],
};

const COMMON: Record<string, FieldRule> = {
  id: ID,
  name: TEXT,
  partyId: OPTIONAL_ID,
  since: DATE,
  tags: TAGS,
  attributes: ATTRIBUTES,
};
const EXTERNAL: Record<string, FieldRule> = { ...COMMON, party: PARTY, segment: OPTIONAL_TEXT };

const FIELDS: Record<CustomerKind, Record<string, FieldRule>> = {
  department: { ...COMMON, parentId: OPTIONAL_ID, headId: OPTIONAL_ID, function: OPTIONAL_TEXT },
  employee: { ...COMMON, departmentId: ID, managerId: OPTIONAL_ID, title: OPTIONAL_TEXT, hiredAt: DATE },
  shareholder: { ...COMMON, shares: SHARES, ownership: OWNERSHIP, holder: PARTY },
  user: EXTERNAL,
  buyer: { ...EXTERNAL, usesProduct: BOOLEAN },
  beneficiary: { ...EXTERNAL, via: OPTIONAL_ID },
};

const ALL_FIELDS = [...new Set(Object.values(FIELDS).flatMap((fields) => Object.keys(fields)))];

describe.each(CUSTOMER_KINDS)('parseCustomer: %s', (kind) => {
  it('accepts the smallest valid input and applies the defaults', () => {
    expect(parseCustomer(BASE[kind])).toStrictEqual({ ...BASE[kind], ...DEFAULTS[kind] });
  });

  for (const [field, rule] of Object.entries(FIELDS[kind])) {
    it(`accepts every valid ${field} and keeps it verbatim`, () => {
      for (const value of rule.valid) {
        const input = { ...BASE[kind], [field]: value };
        const result = safeParseCustomer(input);
        expect(result.success, `${field} = ${show(value)}`).toBe(true);
        if (!result.success) continue;
        const parsed = result.data as unknown as Record<string, unknown>;
        if (value === undefined) {
          expect(parsed[field]).toStrictEqual(DEFAULTS[kind][field]);
        } else {
          expect(parsed[field]).toStrictEqual(value);
        }
      }
    });

    it(`rejects every invalid ${field} at its path`, () => {
      for (const [value, path] of rule.invalid) {
        const input = { ...BASE[kind], [field]: value };
        expect(issuesOf(input), `${field} = ${show(value)}`).toEqual([['INVALID_INPUT', path ?? [field]]]);
      }
    });
  }

  it('rejects a missing required field at its path', () => {
    const required = kind === 'employee' ? ['id', 'name', 'departmentId'] : ['id', 'name'];
    for (const field of required) {
      const { [field]: _left, ...input } = BASE[kind];
      expect(issuesOf(input)).toEqual([['INVALID_INPUT', [field]]]);
    }
    expect(issuesOf({ kind })).toEqual(required.map((field) => ['INVALID_INPUT', [field]]));
  });

  it("rejects another kind's fields and unknown keys, each at its own path", () => {
    const foreign = ALL_FIELDS.filter((field) => !(field in FIELDS[kind]));
    expect(foreign.length).toBeGreaterThan(0);
    for (const field of foreign) {
      expect(issuesOf({ ...BASE[kind], [field]: 'x' })).toEqual([['INVALID_INPUT', [field]]]);
    }
    for (const key of ['foo', 'Kind', 'ID', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(issuesOf({ ...BASE[kind], [key]: 1 })).toEqual([['INVALID_INPUT', [key]]]);
    }
    expect(issuesOf({ ...BASE[kind], foo: 1, bar: undefined })).toEqual([
      ['INVALID_INPUT', ['foo']],
      ['INVALID_INPUT', ['bar']],
    ]);
  });

  it('rejects an own __proto__ key at the top level instead of dropping it', () => {
    const input = JSON.parse(`${JSON.stringify(BASE[kind]).slice(0, -1)},"__proto__":{"id":"evil"}}`) as unknown;
    expect(issuesOf(input)).toEqual([['INVALID_INPUT', ['__proto__']]]);
  });
});

describe('parseCustomer: kind and shape', () => {
  it('rejects a missing or unknown kind at path kind', () => {
    for (const kind of [undefined, 'supplier', 'Department', '__proto__', 'constructor', '', 1, null]) {
      expect(issuesOf({ kind, id: 'x', name: 'X' }), show(kind)).toEqual([['INVALID_INPUT', ['kind']]]);
    }
    expect(issuesOf({ id: 'x', name: 'X' })).toEqual([['INVALID_INPUT', ['kind']]]);
  });

  it('rejects anything that is not an object at the root', () => {
    for (const input of [undefined, null, 42, 'buyer', true, 1n, Symbol('x'), () => ({ kind: 'user' })]) {
      expect(issuesOf(input), show(input)).toEqual([['INVALID_INPUT', []]]);
    }
  });

  it('keeps party or holder when it is given', () => {
    expect(parseCustomer({ ...BASE.shareholder, holder: 'organization' })).toMatchObject({ holder: 'organization' });
    for (const kind of ['user', 'buyer', 'beneficiary'] as const) {
      expect(parseCustomer({ ...BASE[kind], party: 'organization' })).toMatchObject({ party: 'organization' });
    }
  });

  it('does not add party or holder to the kinds that have none', () => {
    for (const kind of ['department', 'employee'] as const) {
      const parsed = parseCustomer(BASE[kind]);
      expect(Object.keys(parsed).sort()).toEqual(Object.keys(BASE[kind]).sort());
    }
    expect('party' in parseCustomer(BASE.shareholder)).toBe(false);
    expect('holder' in parseCustomer(BASE.buyer)).toBe(false);
  });

  it('accepts an object without a prototype', () => {
    const input = Object.assign(Object.create(null) as object, BASE.user);
    expect(parseCustomer(input)).toStrictEqual({ ...BASE.user, party: 'person' });
  });
});

describe('parseCustomer: several problems at once', () => {
  it('reports every problem of one input together', () => {
    const input = {
      kind: 'shareholder',
      id: '',
      name: 5,
      shares: -1,
      ownership: 1.5,
      holder: 'company',
      since: '2024-02-30',
      tags: ['ok', 7],
      attributes: { fine: 1, x: { nested: true } },
      foo: 1,
    };
    const error = caught(() => parseCustomer(input));
    expect(error.code).toBe('INVALID_INPUT');
    const sorted = (list: IssueSummary[]) => list.map(([code, path]) => `${code}@${path.join('.')}`).sort();
    expect(sorted(summary(error))).toEqual(
      sorted([
        ['INVALID_INPUT', ['id']],
        ['INVALID_INPUT', ['name']],
        ['INVALID_INPUT', ['shares']],
        ['INVALID_INPUT', ['ownership']],
        ['INVALID_INPUT', ['holder']],
        ['INVALID_INPUT', ['since']],
        ['INVALID_INPUT', ['tags', 1]],
        ['INVALID_INPUT', ['attributes', 'x']],
        ['INVALID_INPUT', ['foo']],
      ]),
    );
    for (const issue of error.issues) expect(issue.message.length).toBeGreaterThan(0);
  });

  it('throws the same issues that safeParseCustomer returns', () => {
    const inputs: unknown[] = [
      { kind: 'employee' },
      { kind: 'buyer', id: 'b', name: 'B', usesProduct: 'yes', party: 'robot' },
      { kind: 'nope' },
      null,
    ];
    for (const input of inputs) {
      const result = safeParseCustomer(input);
      expect(result.success).toBe(false);
      if (result.success) continue;
      expect(result.error).toBeInstanceOf(ClienteleError);
      expect(summary(caught(() => parseCustomer(input)))).toEqual(summary(result.error));
    }
  });

  it('returns an error whose issues are frozen', () => {
    const error = caught(() => parseCustomer({ kind: 'user', id: '', name: '' }));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ClienteleError');
    expect(Object.isFrozen(error.issues)).toBe(true);
    for (const issue of error.issues) {
      expect(Object.isFrozen(issue)).toBe(true);
      expect(Object.isFrozen(issue.path)).toBe(true);
    }
  });
});

describe('parseCustomer: inputs stay untouched', () => {
  const full = {
    kind: 'buyer',
    id: 'b1',
    name: 'City school',
    partyId: 'p-9',
    since: '2024-03-01T10:00:00+07:00',
    tags: ['education', 'public'],
    attributes: { seats: 120, region: 'north', vip: false, note: null },
    party: 'organization',
    segment: 'schools',
    usesProduct: false,
  };

  it('does not change the input, and returns fresh containers', () => {
    const input = structuredClone(full);
    const parsed = parseCustomer(input) as unknown as typeof full;
    expect(input).toStrictEqual(full);
    expect(parsed).toStrictEqual(full);
    expect(parsed).not.toBe(input);
    expect(parsed.tags).not.toBe(input.tags);
    expect(parsed.attributes).not.toBe(input.attributes);
    parsed.tags.push('changed');
    parsed.attributes.seats = 0;
    expect(input).toStrictEqual(full);
  });

  it('does not add the defaults to the input', () => {
    const input = { ...BASE.shareholder };
    parseCustomer(input);
    expect(input).toStrictEqual(BASE.shareholder);
  });

  it('works on deeply frozen inputs, valid and invalid', () => {
    const frozen = deepFreeze(structuredClone(full));
    expect(parseCustomer(frozen)).toStrictEqual(full);
    const frozenShareholder = deepFreeze({ ...BASE.shareholder });
    expect(parseCustomer(frozenShareholder)).toStrictEqual({ ...BASE.shareholder, holder: 'person' });
    const frozenBad = deepFreeze({ ...full, tags: ['a', 1], attributes: { x: {} } });
    expect(issuesOf(frozenBad)).toEqual([
      ['INVALID_INPUT', ['tags', 1]],
      ['INVALID_INPUT', ['attributes', 'x']],
    ]);
  });
});

describe('parseCustomer: __proto__ inside attributes', () => {
  const withProto = (value: string) =>
    JSON.parse(`{"kind":"user","id":"u1","name":"Minh","attributes":{"tier":"gold","__proto__":${value}}}`) as unknown;

  it('keeps an own __proto__ attribute verbatim, as an ordinary own key', () => {
    for (const [text, value] of [
      ['"admin"', 'admin'],
      ['7', 7],
      ['false', false],
      ['null', null],
    ] as const) {
      const parsed = parseCustomer(withProto(text));
      const attributes = parsed.attributes!;
      expect(Object.prototype.hasOwnProperty.call(attributes, '__proto__')).toBe(true);
      expect(Object.getOwnPropertyDescriptor(attributes, '__proto__')?.value).toBe(value);
      expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype);
      expect(Object.keys(attributes).sort()).toEqual(['__proto__', 'tier']);
      expect(JSON.stringify(attributes)).toBe(`{"tier":"gold","__proto__":${text}}`);
    }
    expect(({} as Record<string, unknown>).tier).toBeUndefined();
  });

  it('reports a bad __proto__ attribute at its path', () => {
    for (const text of ['{}', '{"x":1}', '[1]']) {
      expect(issuesOf(withProto(text)), text).toEqual([['INVALID_INPUT', ['attributes', '__proto__']]]);
    }
  });

  it('reports a bad __proto__ attribute together with the other problems', () => {
    const input = JSON.parse('{"kind":"user","id":"","name":"Minh","attributes":{"ok":1,"__proto__":{"x":1}}}') as unknown;
    expect(issuesOf(input)).toEqual([
      ['INVALID_INPUT', ['id']],
      ['INVALID_INPUT', ['attributes', '__proto__']],
    ]);
  });
});

describe('parseCustomer: hostile inputs', () => {
  it('turns a revoked proxy into an issue at the root', () => {
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    expect(issuesOf(revocable.proxy)).toEqual([['INVALID_INPUT', []]]);
    expect(caught(() => parseCustomer(revocable.proxy)).code).toBe('INVALID_INPUT');
  });

  it('turns a throwing getter into an issue', () => {
    const input = {
      ...BASE.user,
      get name(): string {
        throw new Error('no name for you');
      },
    };
    expect(issuesOf(input).length).toBeGreaterThan(0);
    expect(caught(() => parseCustomer(input)).code).toBe('INVALID_INPUT');
  });

  it('turns a getter that fails only when read a second time into an issue', () => {
    let reads = 0;
    const input = {
      ...BASE.user,
      get attributes(): Record<string, unknown> {
        reads += 1;
        if (reads > 1) throw new Error('read twice');
        return { tier: 'gold' };
      },
    };
    expect(issuesOf(input)).toEqual([['INVALID_INPUT', ['attributes']]]);
    reads = 0;
    expect(summary(caught(() => parseCustomer(input)))).toEqual([['INVALID_INPUT', ['attributes']]]);
  });

  it('turns attributes whose descriptors cannot be read into an issue', () => {
    const attributes = new Proxy(
      { tier: 'gold' },
      {
        getOwnPropertyDescriptor() {
          throw new Error('trap');
        },
      },
    );
    const result = safeParseCustomer({ ...BASE.user, attributes });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe('INVALID_INPUT');
  });
});
