import { describe, expect, it } from 'vitest';
import {
  ClienteleError,
  chainAsOf,
  chainCustomers,
  chainLinks,
  createServiceChain,
  criticalProviders,
  cycles,
  distanceToExternal,
  downstream,
  externalReach,
  findCustomer,
  internalRoles,
  orphans,
  sipoc,
  upstream,
  type ServiceChain,
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

const chain = createServiceChain({
  customers: [
    { kind: 'department', id: 'it', name: 'IT' },
    { kind: 'department', id: 'sales', name: 'Sales' },
    { kind: 'user', id: 'lan', name: 'Lan' },
  ],
  links: [
    { from: 'it', to: 'sales', service: 'CRM', deliverable: 'tool', validTo: '2024-06-30' },
    { from: 'it', to: 'sales', service: 'new CRM', deliverable: 'tool', validFrom: '2024-07-01T00:00:00+02:00' },
    { from: 'sales', to: 'lan', service: 'onboarding', deliverable: 'service' },
  ],
});

const byId: [string, (c: ServiceChain, id: string) => unknown][] = [
  ['downstream', downstream],
  ['upstream', upstream],
  ['externalReach', externalReach],
  ['distanceToExternal', distanceToExternal],
  ['criticalProviders', criticalProviders],
  ['internalRoles', (c, id) => internalRoles(c, id)],
  ['sipoc', sipoc],
];

describe('queries taking an id', () => {
  for (const [name, query] of byId) {
    it(`${name}: UNKNOWN_REFERENCE at ['id'] for an id not in the chain, INVALID_INPUT for a non-string or a non-chain`, () => {
      const unknown = caught(() => query(chain, 'hr'));
      expect(unknown.code).toBe('UNKNOWN_REFERENCE');
      expect(unknown.issues[0]!.path).toEqual(['id']);
      for (const ghost of ['__proto__', 'constructor', 'hasOwnProperty']) expect(caught(() => query(chain, ghost)).code).toBe('UNKNOWN_REFERENCE');
      expect(caught(() => query(chain, 42 as unknown as string)).issues[0]!.path).toEqual(['id']);
      const forged = caught(() => query({ customerCount: 3, linkCount: 3 }, 'it'));
      expect(forged.code).toBe('INVALID_INPUT');
      expect(forged.issues[0]!.path).toEqual(['chain']);
    });
  }

  it('whole-chain queries reject a value that is not a chain', () => {
    for (const query of [orphans, cycles, chainCustomers, chainLinks] as ((c: ServiceChain) => unknown)[]) {
      expect(caught(() => query(null as unknown as ServiceChain)).issues[0]!.path).toEqual(['chain']);
    }
    expect(caught(() => findCustomer(chain, null as unknown as string)).issues[0]!.path).toEqual(['id']);
  });

  it('answers stay the same when asked again (answers computed once are kept, not shared)', () => {
    const first = downstream(chain, 'it');
    first.push('tampered');
    expect(downstream(chain, 'it')).toEqual(['lan', 'sales']);
    const groups = cycles(chain);
    groups.push(['x']);
    expect(cycles(chain)).toEqual([]);
  });
});

describe('internalRoles reads only surveys, and checks what it reads', () => {
  it('rejects observations that are not iterable or hold non-objects, reporting every bad position', () => {
    expect(caught(() => internalRoles(chain, 'sales', 5 as never)).issues[0]!.path).toEqual(['observations']);
    const error = caught(() => internalRoles(chain, 'sales', [null, { type: 'survey' }, 'x'] as never));
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ['observations', 0],
      ['observations', 2],
    ]);
  });

  it('accepts any iterable, a generator included, and ignores surveys about itself or outsiders', () => {
    function* records() {
      yield { type: 'survey', respondentId: 'sales', subjectId: 'sales' };
      yield { type: 'survey', respondentId: 'sales', subjectId: 'lan' };
      yield { type: 'survey', respondentId: 'sales', subjectId: 'nobody' };
    }
    expect(internalRoles(chain, 'sales', records())).toEqual(['orderer']);
    expect(internalRoles(chain, 'sales', new Set([{ type: 'survey', respondentId: 'sales', subjectId: 'it' }]))).toEqual(['orderer', 'evaluator']);
  });

  it('counts a survey about an internal provider only: a unit that serves nobody has no work to rate', () => {
    const withHr = createServiceChain({
      customers: [...chainCustomers(chain), { kind: 'department', id: 'hr', name: 'HR' }],
      links: [...chainLinks(chain)],
    });
    expect(internalRoles(withHr, 'sales', [{ type: 'survey', respondentId: 'sales', subjectId: 'hr' }])).toEqual(['orderer']);
    expect(internalRoles(withHr, 'sales', [{ type: 'survey', respondentId: 'sales', subjectId: 'it' }])).toEqual(['orderer', 'evaluator']);
  });
});

describe('chainAsOf', () => {
  it('keeps every customer and the links valid at that moment, bounds inclusive', () => {
    const services = (date: Date | string) => chainLinks(chainAsOf(chain, date)).map((link) => link.service);
    expect(services('2024-06-30')).toEqual(['CRM', 'onboarding']);
    // 2024-07-01T00:00:00+02:00 is 2024-06-30T22:00:00Z: both links overlap for two hours
    expect(services('2024-06-30T23:59:59.999Z')).toEqual(['CRM', 'new CRM', 'onboarding']);
    expect(services('2024-06-30T22:00:00Z')).toEqual(['CRM', 'new CRM', 'onboarding']);
    expect(services('2024-06-30T21:59:59.999Z')).toEqual(['CRM', 'onboarding']);
    expect(services(new Date('2024-07-01T00:00:00Z'))).toEqual(['new CRM', 'onboarding']);
    const then = chainAsOf(chain, '2030-01-01');
    expect(then).not.toBe(chain);
    expect(Object.isFrozen(then)).toBe(true);
    expect(then).toEqual({ customerCount: 3, linkCount: 2 });
    expect(chainCustomers(then)).toEqual(chainCustomers(chain));
    expect(downstream(then, 'it')).toEqual(['lan', 'sales']);
    expect(chain.linkCount).toBe(3);
  });

  it('rejects a date that is not one', () => {
    for (const bad of ['2024-02-30', '2024-01-01T10:00:00', new Date(Number.NaN), 20240101]) {
      const error = caught(() => chainAsOf(chain, bad as string));
      expect(error.issues[0]!.path).toEqual(['date']);
    }
  });

  it('is a no-op on a chain without validity bounds', () => {
    const plain = createServiceChain({
      customers: [{ kind: 'department', id: 'a', name: 'A' }, { kind: 'department', id: 'b', name: 'B' }],
      links: [{ from: 'a', to: 'b', service: 's', deliverable: 'tool', weight: 3, slaHours: 2 }],
    });
    expect(chainLinks(chainAsOf(plain, '2024-01-01'))).toEqual(chainLinks(plain));
  });
});

describe('deep chains', () => {
  it('answers on a line of 1,000,000 links without overflowing the stack', () => {
    const size = 1_000_001;
    const customers = Array.from({ length: size }, (_, i) =>
      i === size - 1 ? { kind: 'buyer' as const, id: `c${i}`, name: 'End' } : { kind: 'department' as const, id: `c${i}`, name: 'Unit' },
    );
    const links = Array.from({ length: size - 1 }, (_, i) => ({ from: `c${i}`, to: `c${i + 1}`, service: 's', deliverable: 'tool' as const }));
    // close the first 500,000 units into one long cycle
    links.push({ from: 'c499999', to: 'c0', service: 'back', deliverable: 'tool' });
    const line = createServiceChain({ customers, links });
    expect(distanceToExternal(line, 'c0')).toBe(size - 1);
    expect(downstream(line, 'c0')).toHaveLength(size - 1);
    expect(upstream(line, `c${size - 1}`)).toHaveLength(size - 1);
    expect(orphans(line)).toEqual([]);
    const groups = cycles(line);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toHaveLength(500_000);
    const critical = criticalProviders(line, `c${size - 1}`);
    // the cycle is the only starting group, so everything from c499999 on is critical
    expect(critical).toHaveLength(size - 1 - 499_999);
    expect(critical).toContain('c499999');
    expect(critical).not.toContain('c499998');
  }, 120_000);
});
