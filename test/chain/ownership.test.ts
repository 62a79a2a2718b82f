import { describe, expect, it } from 'vitest';
import {
  ClienteleError,
  chainAsOf,
  chainLinks,
  createServiceChain,
  jsonSchemas,
  parseServiceChain,
  serializeChain,
  toDot,
  toMermaid,
  unownedLinks,
  type CustomerInput,
  type ServiceLinkInput,
} from '../../src/index.js';

function caught(run: () => unknown): ClienteleError {
  try {
    run();
  } catch (error) {
    if (error instanceof ClienteleError) return error;
    throw new Error(`expected a ClienteleError, got ${String(error)}`);
  }
  throw new Error('expected a ClienteleError, nothing was thrown');
}

const customers: CustomerInput[] = [
  { kind: 'department', id: 'it', name: 'IT' },
  { kind: 'department', id: 'sales', name: 'Sales' },
  { kind: 'employee', id: 'minh', name: 'Minh', departmentId: 'it' },
  { kind: 'employee', id: 'thu', name: 'Thu', departmentId: 'sales' },
  { kind: 'shareholder', id: 'fund', name: 'Fund' },
  { kind: 'buyer', id: 'acme', name: 'Acme' },
];

const links: ServiceLinkInput[] = [
  { from: 'it', to: 'sales', service: 'CRM', deliverable: 'tool', owner: 'minh' },
  { from: 'sales', to: 'acme', service: 'quotes', deliverable: 'information' },
  { from: 'it', to: 'thu', service: 'laptop', deliverable: 'tool', owner: 'minh', slaHours: 8 },
  { from: 'sales', to: 'fund', service: 'sales report', deliverable: 'information', owner: 'thu', validFrom: '2024-01-01' },
  { from: 'thu', to: 'acme', service: 'visits', deliverable: 'service' },
];

describe('owner', () => {
  it('is kept on the chain links', () => {
    const chain = createServiceChain({ customers, links });
    expect(chainLinks(chain).map((link) => link.owner)).toEqual(['minh', undefined, 'minh', 'thu', undefined]);
    expect('owner' in chainLinks(chain)[1]!).toBe(false);
  });

  it('must name an employee: UNKNOWN_REFERENCE for no such id, WRONG_KIND for another kind, at [links, i, owner]', () => {
    const bad: ServiceLinkInput[] = [
      { from: 'it', to: 'sales', service: 'a', deliverable: 'tool', owner: 'ghost' },
      { from: 'it', to: 'sales', service: 'b', deliverable: 'tool', owner: 'it' },
      { from: 'it', to: 'sales', service: 'c', deliverable: 'tool', owner: 'fund' },
      { from: 'it', to: 'sales', service: 'd', deliverable: 'tool', owner: 'acme' },
      { from: 'it', to: 'sales', service: 'e', deliverable: 'tool', owner: 'minh' },
      { from: 'it', to: 'sales', service: 'f', deliverable: 'tool', owner: '' },
      { from: 'it', to: 'sales', service: 'g', deliverable: 'tool', owner: 7 as never },
      { from: 'it', to: 'sales', service: 'h', deliverable: 'tool', owner: ['minh'] as never },
    ];
    const error = caught(() => createServiceChain({ customers, links: bad }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['UNKNOWN_REFERENCE', ['links', 0, 'owner']],
      ['WRONG_KIND', ['links', 1, 'owner']],
      ['WRONG_KIND', ['links', 2, 'owner']],
      ['WRONG_KIND', ['links', 3, 'owner']],
      ['INVALID_INPUT', ['links', 5, 'owner']],
      ['INVALID_INPUT', ['links', 6, 'owner']],
      ['INVALID_INPUT', ['links', 7, 'owner']],
    ]);
    expect(error.issues[0]!.message).toContain('"ghost"');
    expect(error.issues[1]!.message).toContain('"it"');
  });

  it('is reported together with the link\'s other problems', () => {
    const error = caught(() =>
      createServiceChain({ customers, links: [{ from: 'acme', to: 'nobody', service: 'x', deliverable: 'tool', owner: 'sales' }] }),
    );
    expect(error.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['EXTERNAL_PROVIDER', 'links.0.from'],
      ['UNKNOWN_REFERENCE', 'links.0.to'],
      ['WRONG_KIND', 'links.0.owner'],
    ]);
  });

  it('does not report an owner whose customer failed to parse a second time', () => {
    const broken = [...customers, { kind: 'employee', id: 'lan', name: '', departmentId: 'it' } as CustomerInput];
    const error = caught(() =>
      createServiceChain({ customers: broken, links: [{ from: 'it', to: 'sales', service: 'x', deliverable: 'tool', owner: 'lan' }] }),
    );
    expect(error.issues.map((issue) => issue.path.join('.'))).toEqual(['customers.6.name']);
  });

  it('survives serializeChain / parseServiceChain, through JSON text too', () => {
    const chain = createServiceChain({ customers, links });
    const data = serializeChain(chain);
    expect(data.links.map((link) => link.owner)).toEqual(['minh', undefined, 'minh', 'thu', undefined]);
    const back = parseServiceChain(JSON.stringify(data));
    expect(serializeChain(back)).toEqual(data);
    expect(unownedLinks(back)).toEqual(unownedLinks(chain));
  });

  it('is checked again when a serialized chain is parsed', () => {
    const data = serializeChain(createServiceChain({ customers, links }));
    const edited = { ...data, links: data.links.map((link, i) => (i === 2 ? { ...link, owner: 'acme' } : link)) };
    expect(caught(() => parseServiceChain(edited)).issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['WRONG_KIND', ['links', 2, 'owner']],
    ]);
  });

  it('is kept by chainAsOf', () => {
    const chain = createServiceChain({ customers, links });
    expect(chainLinks(chainAsOf(chain, '2023-06-01')).map((link) => link.owner)).toEqual(['minh', undefined, 'minh', undefined]);
    expect(chainLinks(chainAsOf(chain, '2024-06-01')).map((link) => link.owner)).toEqual(['minh', undefined, 'minh', 'thu', undefined]);
  });

  it('appears in the JSON Schema of a link as an optional non-empty string', () => {
    const schema = jsonSchemas().ServiceLink as { properties: Record<string, { type?: string; minLength?: number }>; required: string[] };
    expect(schema.properties.owner).toMatchObject({ type: 'string', minLength: 1 });
    expect(schema.required).not.toContain('owner');
  });

  it('is drawn on the arrow when labels are shown, and not when they are hidden', () => {
    const chain = createServiceChain({ customers, links });
    expect(toMermaid(chain)).toContain('  n0 -->|"CRM #40;owner: Minh#41;"| n1');
    expect(toMermaid(chain, { locale: 'ru' })).toContain('  n0 -->|"CRM #40;ответственный: Minh#41;"| n1');
    expect(toMermaid(chain)).toContain('  n1 -->|"quotes"| n5');
    expect(toDot(chain, { locale: 'vi' })).toContain('  n0 -> n1 [label="CRM (người chịu trách nhiệm: Minh)"];');
    expect(toMermaid(chain, { labels: false })).not.toContain('Minh#41;');
    expect(toDot(chain, { labels: false })).toContain('  n0 -> n1;');
  });
});

describe('unownedLinks', () => {
  it('lists the links without an owner, in chain order, as the chain\'s own link objects', () => {
    const chain = createServiceChain({ customers, links });
    const unowned = unownedLinks(chain);
    expect(unowned.map((link) => link.service)).toEqual(['quotes', 'visits']);
    expect(unowned[0]).toBe(chainLinks(chain)[1]);
    expect(Object.isFrozen(unowned[0])).toBe(true);
  });

  it('lists every link when nobody owns any, and none when everyone does', () => {
    const none = createServiceChain({ customers, links: links.map(({ owner: _, ...link }) => link) });
    expect(unownedLinks(none)).toEqual(chainLinks(none));
    const all = createServiceChain({ customers, links: links.map((link) => ({ ...link, owner: 'thu' })) });
    expect(unownedLinks(all)).toEqual([]);
    expect(unownedLinks(createServiceChain({ customers: [], links: [] }))).toEqual([]);
  });

  it('returns a fresh array each time', () => {
    const chain = createServiceChain({ customers, links });
    const first = unownedLinks(chain);
    first.pop();
    expect(unownedLinks(chain)).toHaveLength(2);
  });

  it('rejects what is not a chain', () => {
    expect(caught(() => unownedLinks({} as never)).issues.map((issue) => issue.path)).toEqual([['chain']]);
  });
});

describe('chainAsOf on a chain without dated links', () => {
  it('returns the chain itself, still checking the date', () => {
    const chain = createServiceChain({ customers, links: links.map(({ validFrom: _, ...link }) => link) });
    expect(chainAsOf(chain, '2020-01-01')).toBe(chain);
    expect(chainAsOf(chain, new Date(0))).toBe(chain);
    expect(caught(() => chainAsOf(chain, '2020-02-30')).issues.map((issue) => issue.path)).toEqual([['date']]);
  });

  it('returns a new chain as soon as one link carries a date', () => {
    const chain = createServiceChain({ customers, links });
    const now = chainAsOf(chain, '2030-01-01');
    expect(now).not.toBe(chain);
    expect(now.linkCount).toBe(5);
  });
});
