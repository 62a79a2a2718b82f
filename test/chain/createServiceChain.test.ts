import { describe, expect, it } from 'vitest';
import {
  ClienteleError,
  chainCustomers,
  chainLinks,
  createServiceChain,
  downstream,
  findCustomer,
  serializeChain,
  type CustomerInput,
  type ServiceLinkInput,
} from '../../src/index.js';

function caught(run: () => unknown): ClienteleError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ClienteleError);
    return error as ClienteleError;
  }
  throw new Error('expected a ClienteleError');
}

const issuesOf = (error: ClienteleError) => error.issues.map((issue) => [issue.code, issue.path]);

const dept = (id: string, extra: object = {}): CustomerInput => ({ kind: 'department', id, name: id, ...extra });
const employee = (id: string, departmentId: string, extra: object = {}): CustomerInput => ({ kind: 'employee', id, name: id, departmentId, ...extra });
const buyer = (id: string): CustomerInput => ({ kind: 'buyer', id, name: id });
const user = (id: string): CustomerInput => ({ kind: 'user', id, name: id });
const link = (from: string, to: string, extra: Partial<ServiceLinkInput> = {}): ServiceLinkInput => ({
  from,
  to,
  service: 'work',
  deliverable: 'service',
  ...extra,
});

describe('createServiceChain: a valid organisation', () => {
  it('returns a frozen chain with counts and keeps customers and links as parsed, in input order', () => {
    const chain = createServiceChain({
      customers: [dept('it'), employee('an', 'it'), user('lan')],
      links: [link('it', 'lan', { slaHours: 4 }), link('an', 'it', { weight: 2, validFrom: '2024-01-01' })],
    });
    expect(Object.isFrozen(chain)).toBe(true);
    expect(chain).toEqual({ customerCount: 3, linkCount: 2 });
    expect(chainCustomers(chain).map((c) => c.id)).toEqual(['it', 'an', 'lan']);
    expect(chainCustomers(chain)[2]).toEqual({ kind: 'user', id: 'lan', name: 'lan', party: 'person' });
    expect(chainLinks(chain)).toEqual([
      { from: 'it', to: 'lan', service: 'work', deliverable: 'service', slaHours: 4, weight: 1 },
      { from: 'an', to: 'it', service: 'work', deliverable: 'service', weight: 2, validFrom: '2024-01-01' },
    ]);
    expect(Object.isFrozen(chainLinks(chain))).toBe(true);
    expect(Object.isFrozen(chainLinks(chain)[0])).toBe(true);
    expect(Object.isFrozen(chainCustomers(chain))).toBe(true);
    expect(Object.isFrozen(chainCustomers(chain)[0])).toBe(true);
  });

  it('accepts an empty organisation', () => {
    const chain = createServiceChain({ customers: [], links: [] });
    expect(chain).toEqual({ customerCount: 0, linkCount: 0 });
  });

  it('works on deeply frozen inputs and never changes them', () => {
    const attributes = Object.freeze({ floor: 3 });
    const customers = Object.freeze([Object.freeze(dept('it', { attributes, tags: Object.freeze(['core']) })), Object.freeze(buyer('acme'))]);
    const links = Object.freeze([Object.freeze(link('it', 'acme'))]);
    const input = Object.freeze({ customers, links });
    const snapshot = JSON.stringify(input);
    const chain = createServiceChain(input);
    expect(JSON.stringify(input)).toBe(snapshot);
    expect(downstream(chain, 'it')).toEqual(['acme']);
  });

  it('keeps its own copies: changing the input afterwards changes nothing', () => {
    const customers = [dept('it', { attributes: { floor: 3 } }), buyer('acme')];
    const links = [link('it', 'acme')];
    const chain = createServiceChain({ customers, links });
    (customers[0] as { name: string }).name = 'changed';
    (customers[0] as { attributes: Record<string, number> }).attributes.floor = 4;
    (links[0] as { to: string }).to = 'it';
    links.push(link('it', 'acme', { service: 'more' }));
    expect(findCustomer(chain, 'it')).toEqual({ kind: 'department', id: 'it', name: 'it', attributes: { floor: 3 } });
    expect(chainLinks(chain)).toHaveLength(1);
    expect(chainLinks(chain)[0]!.to).toBe('acme');
  });

  it('treats __proto__, constructor and hasOwnProperty as ordinary ids', () => {
    const chain = createServiceChain({
      customers: [dept('__proto__'), dept('constructor'), user('hasOwnProperty')],
      links: [link('__proto__', 'constructor'), link('constructor', 'hasOwnProperty')],
    });
    expect(downstream(chain, '__proto__')).toEqual(['constructor', 'hasOwnProperty']);
    expect(findCustomer(chain, '__proto__')?.name).toBe('__proto__');
    expect(findCustomer(chain, 'toString')).toBeUndefined();
  });

  it('allows cycles of service, several services between the same pair, and links that do not overlap in time', () => {
    const chain = createServiceChain({
      customers: [dept('marketing'), dept('sales')],
      links: [
        link('marketing', 'sales', { service: 'leads' }),
        link('sales', 'marketing', { service: 'feedback' }),
        link('marketing', 'sales', { service: 'brochures' }),
        link('marketing', 'sales', { service: 'campaign', validTo: '2024-03-31' }),
        link('marketing', 'sales', { service: 'campaign', validFrom: '2024-04-01' }),
      ],
    });
    expect(chain.linkCount).toBe(5);
  });

  it('lets a shareholder provide and consume', () => {
    const chain = createServiceChain({
      customers: [{ kind: 'shareholder', id: 'fund', name: 'Fund' }, dept('board')],
      links: [link('fund', 'board', { service: 'capital' }), link('board', 'fund', { service: 'dividends' })],
    });
    expect(downstream(chain, 'fund')).toEqual(['board']);
  });
});

describe('createServiceChain: every problem at once', () => {
  it('reports every code of a bad organisation in one error, each with its path', () => {
    const error = caught(() =>
      createServiceChain({
        customers: [
          dept('it'), // 0
          dept('ops', { parentId: 'hq' }), // 1: parentId forms a loop with 2
          dept('hq', { parentId: 'ops' }), // 2
          employee('an', 'acme'), // 3: departmentId names a buyer
          buyer('acme'), // 4
          dept('it'), // 5: duplicate id
          employee('bo', 'ghost'), // 6: unknown department
          { kind: 'beneficiary', id: 'kid', name: 'Kid', via: 'it' }, // 7: via must be a user or buyer
          dept('sales', { headId: 'acme' }), // 8: head must be an employee
          employee('cy', 'it', { managerId: 'it' }), // 9: manager must be an employee
          { kind: 'user', id: 'u1' }, // 10: no name
        ] as CustomerInput[],
        links: [
          link('it', 'it'), // 0: self link
          link('acme', 'it'), // 1: external provider
          link('it', 'nobody'), // 2: unknown consumer
          link('it', 'acme', { weight: 0 }), // 3: bad weight
          link('it', 'acme'), // 4
          link('it', 'acme'), // 5: duplicate of 4
          link('it', 'acme', { deliverable: 'love' as 'tool', extra: true } as object), // 6: bad deliverable, unknown key
          link('it', 'acme', { service: 'x', validFrom: '2024-05-01', validTo: '2024-04-30' }), // 7: reversed range
        ],
      }),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(issuesOf(error)).toEqual(
      expect.arrayContaining([
        ['INVALID_INPUT', ['customers', 10, 'name']],
        ['DUPLICATE_ID', ['customers', 5, 'id']],
        ['WRONG_KIND', ['customers', 3, 'departmentId']],
        ['UNKNOWN_REFERENCE', ['customers', 6, 'departmentId']],
        ['WRONG_KIND', ['customers', 7, 'via']],
        ['WRONG_KIND', ['customers', 8, 'headId']],
        ['WRONG_KIND', ['customers', 9, 'managerId']],
        ['HIERARCHY_CYCLE', ['customers', 1, 'parentId']],
        ['HIERARCHY_CYCLE', ['customers', 2, 'parentId']],
        ['SELF_LINK', ['links', 0]],
        ['EXTERNAL_PROVIDER', ['links', 1, 'from']],
        ['UNKNOWN_REFERENCE', ['links', 2, 'to']],
        ['INVALID_INPUT', ['links', 3, 'weight']],
        ['DUPLICATE_LINK', ['links', 5]],
        ['INVALID_INPUT', ['links', 6, 'deliverable']],
        ['INVALID_INPUT', ['links', 6, 'extra']],
        ['INVALID_INPUT', ['links', 7, 'validTo']],
      ]),
    );
    expect(error.issues).toHaveLength(17);
  });

  it('reports a department that is its own parent, and only the loop, not the departments hanging below it', () => {
    const error = caught(() =>
      createServiceChain({
        customers: [dept('a', { parentId: 'a' }), dept('b', { parentId: 'c' }), dept('c', { parentId: 'd' }), dept('d', { parentId: 'b' }), dept('e', { parentId: 'b' })],
        links: [],
      }),
    );
    expect(issuesOf(error)).toEqual([
      ['HIERARCHY_CYCLE', ['customers', 0, 'parentId']],
      ['HIERARCHY_CYCLE', ['customers', 1, 'parentId']],
      ['HIERARCHY_CYCLE', ['customers', 2, 'parentId']],
      ['HIERARCHY_CYCLE', ['customers', 3, 'parentId']],
    ]);
  });

  it('reports employees who manage themselves or one another, at each managerId on the loop', () => {
    const staff = (id: string, managerId?: string) => ({ kind: 'employee' as const, id, name: id, departmentId: 'ops', ...(managerId === undefined ? {} : { managerId }) });
    const error = caught(() =>
      createServiceChain({
        // e0 manages itself; e1 → e2 → e1 loop; e3 reports into the loop but is not on it; e4 reports to e3, a plain chain
        customers: [dept('ops'), staff('e0', 'e0'), staff('e1', 'e2'), staff('e2', 'e1'), staff('e3', 'e1'), staff('e4', 'e3')],
        links: [],
      }),
    );
    expect(issuesOf(error)).toEqual([
      ['HIERARCHY_CYCLE', ['customers', 1, 'managerId']],
      ['HIERARCHY_CYCLE', ['customers', 2, 'managerId']],
      ['HIERARCHY_CYCLE', ['customers', 3, 'managerId']],
    ]);
    expect(error.issues[1]!.message).toBe('employees loop through their managerIds: "e1" → "e2"');
  });

  it('accepts a deep but finite hierarchy', () => {
    const customers = Array.from({ length: 50_000 }, (_, i) => dept(`d${i}`, i === 0 ? {} : { parentId: `d${i - 1}` }));
    expect(createServiceChain({ customers, links: [] }).customerCount).toBe(50_000);
  });

  it('reports a parentId that names an employee, and a link to a customer that failed to parse only once', () => {
    const error = caught(() =>
      createServiceChain({
        customers: [dept('it'), employee('an', 'it'), dept('ops', { parentId: 'an' }), { kind: 'user', id: 'broken', name: '' } as CustomerInput],
        links: [link('it', 'broken')],
      }),
    );
    expect(issuesOf(error)).toEqual([
      ['INVALID_INPUT', ['customers', 3, 'name']],
      ['WRONG_KIND', ['customers', 2, 'parentId']],
    ]);
  });

  it("still checks links against a customer whose record failed but whose kind is known (from a user trial)", () => {
    // 'segmnt' is a typo of 'segment': the buyer fails to parse, yet it is plainly a buyer, so a link it provides is
    // EXTERNAL_PROVIDER and a link it owns is WRONG_KIND now, not only once the typo is fixed
    const error = caught(() =>
      createServiceChain({
        customers: [dept('it'), { kind: 'buyer', id: 'acme', name: 'Acme', segmnt: 'b2b' } as unknown as CustomerInput],
        links: [link('acme', 'it'), { ...link('it', 'acme'), owner: 'acme' }],
      }),
    );
    expect(issuesOf(error)).toEqual([
      ['INVALID_INPUT', ['customers', 1, 'segmnt']],
      ['EXTERNAL_PROVIDER', ['links', 0, 'from']],
      ['WRONG_KIND', ['links', 1, 'owner']],
    ]);
    // a kind that is not one says nothing of the links that name it (the record's own issue is enough)
    const unknownKind = caught(() =>
      createServiceChain({
        customers: [dept('it'), { kind: 'client', id: 'acme', name: 'Acme' } as unknown as CustomerInput],
        links: [link('acme', 'it')],
      }),
    );
    expect(issuesOf(unknownKind)).toEqual([['INVALID_INPUT', ['customers', 1, 'kind']]]);
  });

  it('points a saved chain to parseServiceChain (from a user trial)', () => {
    const saved = serializeChain(createServiceChain({ customers: [dept('it')], links: [] }));
    const error = caught(() => createServiceChain(saved as never));
    expect(error.issues).toEqual([
      { path: ['version'], code: 'INVALID_INPUT', message: 'unknown key "version" — a saved chain (the output of serializeChain) is read with parseServiceChain' },
    ]);
  });

  it('reports duplicates only when validity overlaps, the later link each time', () => {
    const error = caught(() =>
      createServiceChain({
        customers: [dept('a'), dept('b')],
        links: [
          link('a', 'b', { validFrom: '2024-01-01', validTo: '2024-01-31' }), // 0
          link('a', 'b', { validFrom: '2024-02-01', validTo: '2024-02-29' }), // 1: no overlap with 0
          link('a', 'b', { validFrom: '2024-01-31T12:00:00Z' }), // 2: overlaps 0 (date-only validTo covers the day) and 1
          link('a', 'b', { service: 'other' }), // 3: another service
          link('a', 'b'), // 4: always valid, overlaps everything with the same service
        ],
      }),
    );
    expect(issuesOf(error)).toEqual([
      ['DUPLICATE_LINK', ['links', 2]],
      ['DUPLICATE_LINK', ['links', 4]],
    ]);
  });

  it('rejects unknown top-level keys, missing arrays and values that are not objects', () => {
    expect(issuesOf(caught(() => createServiceChain({ customers: [], links: [], extra: 1 } as never)))).toEqual([['INVALID_INPUT', ['extra']]]);
    expect(issuesOf(caught(() => createServiceChain({ customers: [] } as never)))).toEqual([['INVALID_INPUT', ['links']]]);
    expect(issuesOf(caught(() => createServiceChain({ customers: 'x', links: {} } as never)))).toEqual([
      ['INVALID_INPUT', ['customers']],
      ['INVALID_INPUT', ['links']],
    ]);
    expect(issuesOf(caught(() => createServiceChain(null as never)))).toEqual([['INVALID_INPUT', []]]);
    expect(issuesOf(caught(() => createServiceChain([] as never)))).toEqual([['INVALID_INPUT', []]]);
  });

  it('reports links that are not objects and empty ids', () => {
    const error = caught(() =>
      createServiceChain({ customers: [dept('a')], links: [null, 'a→b', [], { from: '', to: 'a', service: '', deliverable: 'tool' }] as never }),
    );
    expect(issuesOf(error)).toEqual([
      ['INVALID_INPUT', ['links', 0]],
      ['INVALID_INPUT', ['links', 1]],
      ['INVALID_INPUT', ['links', 2]],
      ['INVALID_INPUT', ['links', 3, 'from']],
      ['INVALID_INPUT', ['links', 3, 'service']],
    ]);
  });

  it('turns hostile getters and proxies into issues, never letting anything else escape', () => {
    const hostileLink = {
      from: 'a',
      to: 'b',
      deliverable: 'tool',
      get service(): string {
        throw new Error('boom');
      },
    };
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const error = caught(() =>
      createServiceChain({ customers: [dept('a'), dept('b'), revoked.proxy as never], links: [hostileLink as never, link('a', 'b')] }),
    );
    expect(issuesOf(error)).toEqual([
      ['INVALID_INPUT', ['customers', 2]],
      ['INVALID_INPUT', ['links', 0]],
    ]);
    const hostileArray = new Proxy([dept('a')], {
      get(target, key, receiver) {
        if (key === '0') throw new Error('boom');
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    expect(issuesOf(caught(() => createServiceChain({ customers: hostileArray, links: [] })))).toEqual([['INVALID_INPUT', ['customers', 0]]]);
    const hostileInput = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    expect(issuesOf(caught(() => createServiceChain(hostileInput as never)))).toEqual([['INVALID_INPUT', []]]);
  });
});
