import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ClienteleError,
  chainCustomers,
  chainLinks,
  createServiceChain,
  parseServiceChain,
  serializeChain,
  type CustomerInput,
  type ServiceLinkInput,
} from '../../src/index.js';
import { orgArb } from './_org.js';

const attributeValue = fc.oneof(fc.string({ maxLength: 5 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
const attributes = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'tier'), fc.string({ maxLength: 4 })), attributeValue), { maxLength: 4 })
  .map((entries) => Object.fromEntries(entries));
const extras = fc.record(
  {
    attributes,
    tags: fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
    since: fc.constantFrom('2020-01-01', '2021-06-30T08:00:00+07:00'),
    partyId: fc.string({ minLength: 1, maxLength: 4 }),
  },
  { requiredKeys: [] },
);
const linkExtras = fc.record(
  {
    slaHours: fc.double({ min: 0.001, max: 1e6, noNaN: true }),
    validFrom: fc.constantFrom('2020-01-01', '2020-06-01T00:00:00Z'),
    validTo: fc.constantFrom('2030-12-31', '2031-01-01T00:00:00-05:00'),
  },
  { requiredKeys: [] },
);

/** Random organisations whose customers and links carry every optional field (owners among them), attributes with awkward keys included. */
const richOrg = orgArb().chain((org) => {
  const employees = org.customers.filter((c) => c.kind === 'employee').map((c) => c.id);
  const count = org.links.length;
  return fc
    .tuple(
      fc.array(extras, { minLength: org.customers.length, maxLength: org.customers.length }),
      fc.array(linkExtras, { minLength: count, maxLength: count }),
      fc.array(fc.option(fc.nat()), { minLength: count, maxLength: count }),
    )
    .map(([customerExtras, more, owners]) => ({
      customers: org.customers.map((c, i) => ({ ...c, ...customerExtras[i] }) as CustomerInput),
      links: org.links.map((l, i) => {
        const pick = owners[i];
        const owner = pick === null || pick === undefined || employees.length === 0 ? {} : { owner: employees[pick % employees.length] };
        return { ...l, ...more[i], ...owner } as ServiceLinkInput;
      }),
    }));
});

describe('serializeChain / parseServiceChain', () => {
  it('serialize → JSON text → parse → serialize is identical, attributes included', () => {
    fc.assert(
      fc.property(richOrg, (org) => {
        const chain = createServiceChain(org);
        const first = serializeChain(chain);
        const text = JSON.stringify(first);
        const again = parseServiceChain(text);
        expect(JSON.stringify(serializeChain(again))).toBe(text);
        // without JSON in between, even -0 survives
        const direct = parseServiceChain(first);
        expect(serializeChain(direct)).toEqual(first);
        expect(chainCustomers(direct)).toEqual(chainCustomers(chain));
        expect(chainLinks(direct)).toEqual(chainLinks(chain));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps an attribute named __proto__ as an own, ordinary key', () => {
    const attributes = JSON.parse('{"__proto__": "kept", "tier": 1}') as Record<string, unknown>;
    const chain = createServiceChain({ customers: [{ kind: 'user', id: 'u', name: 'U', attributes: attributes as never }], links: [] });
    const data = serializeChain(chain);
    const copy = data.customers[0]!.attributes!;
    expect(Object.prototype.hasOwnProperty.call(copy, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(JSON.stringify(data.customers[0])).toContain('"__proto__":"kept"');
    const back = parseServiceChain(JSON.stringify(data));
    expect(JSON.stringify(serializeChain(back))).toBe(JSON.stringify(data));
  });

  it('hands back a copy the caller owns: editing it leaves the chain alone', () => {
    const chain = createServiceChain({
      customers: [{ kind: 'department', id: 'it', name: 'IT', tags: ['core'] }],
      links: [],
    });
    const data = serializeChain(chain);
    data.customers[0]!.tags!.push('edited');
    expect(chainCustomers(chain)[0]!.tags).toEqual(['core']);
  });

  it("hands back each link's calendar as the caller's own too, down to its intervals and dates", () => {
    const day: [string, string][] = [['09:00', '18:00']];
    const calendar = { timeZone: 'UTC', workingHours: { mon: day }, holidays: ['2024-05-01'], workingDates: { '2024-04-27': day } };
    const chain = createServiceChain({
      customers: [
        { kind: 'department', id: 'it', name: 'IT' },
        { kind: 'department', id: 'ops', name: 'Ops' },
      ],
      links: [{ from: 'it', to: 'ops', service: 'laptops', deliverable: 'tool', calendar }],
    });
    const data = serializeChain(chain);
    const mine = data.links[0]!.calendar!;
    // every part can be edited (a frozen part would throw here, in a module's strict mode)
    mine.timeZone = 'Asia/Ho_Chi_Minh';
    mine.holidays!.push('2024-09-02');
    mine.workingHours.mon![0]![1] = '17:00';
    mine.workingDates!['2024-04-27']![0]![0] = '10:00';
    // the chain keeps its own
    expect(serializeChain(chain).links[0]!.calendar).toEqual(calendar);
    expect(serializeChain(parseServiceChain(data)).links[0]!.calendar).toEqual({
      timeZone: 'Asia/Ho_Chi_Minh',
      workingHours: { mon: [['09:00', '17:00']] },
      holidays: ['2024-05-01', '2024-09-02'],
      workingDates: { '2024-04-27': [['10:00', '18:00']] },
    });
  });

  it('reports bad JSON, a wrong version, unknown keys and every problem inside, with paths from the root', () => {
    const issues = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        expect(error).toBeInstanceOf(ClienteleError);
        return (error as ClienteleError).issues.map((issue) => [issue.code, issue.path]);
      }
      throw new Error('expected a ClienteleError');
    };
    expect(issues(() => parseServiceChain('{nope'))).toEqual([['INVALID_INPUT', []]]);
    expect(issues(() => parseServiceChain(42))).toEqual([['INVALID_INPUT', []]]);
    expect(
      issues(() =>
        parseServiceChain({
          version: 2,
          customers: [{ kind: 'department', id: 'a', name: 'A' }],
          links: [{ from: 'a', to: 'b', service: 's', deliverable: 'tool' }],
          more: true,
        }),
      ),
    ).toEqual([
      ['INVALID_INPUT', ['more']],
      ['INVALID_INPUT', ['version']],
      ['UNKNOWN_REFERENCE', ['links', 0, 'to']],
    ]);
  });
});
