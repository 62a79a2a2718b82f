import { describe, expect, it } from 'vitest';
import { CUSTOMER_KINDS, classifyParty, type PartyFacts } from '../../src/index.js';
import { caught, summary } from './helpers.js';

const KIND_FACTS = [
  ['unitOf', 'department', 'internal'],
  ['employeeOf', 'employee', 'internal'],
  ['holdsSharesIn', 'shareholder', 'internal'],
  ['usesProductOf', 'user', 'external'],
  ['buysFrom', 'buyer', 'external'],
  ['benefitsFrom', 'beneficiary', 'external'],
] as const;

const RELATION_FACTS = [
  ['suppliesTo', 'supplier'],
  ['distributesFor', 'distributor'],
  ['partnerOf', 'partner'],
] as const;

describe('classifyParty: one fact at a time', () => {
  it.each(KIND_FACTS)('%s makes a %s on the %s side', (fact, kind, side) => {
    const expected = { side, sides: [side], kinds: [kind], relations: [] };
    expect(classifyParty({ [fact]: true })).toEqual(expected);
    expect(classifyParty({ [fact]: true }, { partners: 'internal' })).toEqual(expected);
    expect(classifyParty({ [fact]: true }, { partners: 'external' })).toEqual(expected);
  });

  it.each(RELATION_FACTS)('%s is a %s relation, external by default and internal by policy', (fact, relation) => {
    expect(classifyParty({ [fact]: true })).toEqual({ side: 'external', sides: ['external'], kinds: [], relations: [relation] });
    expect(classifyParty({ [fact]: true }, {})).toEqual(classifyParty({ [fact]: true }));
    expect(classifyParty({ [fact]: true }, { partners: 'external' })).toEqual(classifyParty({ [fact]: true }));
    expect(classifyParty({ [fact]: true }, { partners: 'internal' })).toEqual({
      side: 'internal',
      sides: ['internal'],
      kinds: [],
      relations: [relation],
    });
  });

  it('treats a false fact like a missing one', () => {
    for (const [fact] of [...KIND_FACTS, ...RELATION_FACTS]) {
      expect(classifyParty({ [fact]: false })).toEqual({ side: null, sides: [], kinds: [], relations: [] });
    }
  });

  it('gives no side for no facts', () => {
    expect(classifyParty({})).toEqual({ side: null, sides: [], kinds: [], relations: [] });
    expect(classifyParty({}, { partners: 'internal' })).toEqual({ side: null, sides: [], kinds: [], relations: [] });
  });
});

describe('classifyParty: several ties at once', () => {
  it('puts an employee who buys on both sides, internal first', () => {
    expect(classifyParty({ employeeOf: true, buysFrom: true })).toEqual({
      side: 'internal',
      sides: ['internal', 'external'],
      kinds: ['employee', 'buyer'],
      relations: [],
    });
    expect(classifyParty({ buysFrom: true, employeeOf: true })).toEqual(classifyParty({ employeeOf: true, buysFrom: true }));
  });

  it('lists kinds in the order of CUSTOMER_KINDS, whatever the order of the facts', () => {
    const facts = Object.fromEntries([...KIND_FACTS].reverse().map(([fact]) => [fact, true])) as PartyFacts;
    expect(classifyParty(facts).kinds).toEqual([...CUSTOMER_KINDS]);
    expect(classifyParty(facts).side).toBe('internal');
  });

  it('lists relations as supplier, distributor, partner', () => {
    expect(classifyParty({ partnerOf: true, suppliesTo: true, distributesFor: true }).relations).toEqual([
      'supplier',
      'distributor',
      'partner',
    ]);
  });

  it('lets the partners policy decide whether a supplier who buys is on one side or both', () => {
    expect(classifyParty({ suppliesTo: true, buysFrom: true })).toEqual({
      side: 'external',
      sides: ['external'],
      kinds: ['buyer'],
      relations: ['supplier'],
    });
    expect(classifyParty({ suppliesTo: true, buysFrom: true }, { partners: 'internal' })).toEqual({
      side: 'internal',
      sides: ['internal', 'external'],
      kinds: ['buyer'],
      relations: ['supplier'],
    });
  });

  it('lets the partners policy put a distributing shareholder on both sides', () => {
    expect(classifyParty({ holdsSharesIn: true, distributesFor: true })).toEqual({
      side: 'internal',
      sides: ['internal', 'external'],
      kinds: ['shareholder'],
      relations: ['distributor'],
    });
    expect(classifyParty({ holdsSharesIn: true, distributesFor: true }, { partners: 'internal' })).toEqual({
      side: 'internal',
      sides: ['internal'],
      kinds: ['shareholder'],
      relations: ['distributor'],
    });
  });

  it('does not change its inputs and works on frozen ones', () => {
    const facts = Object.freeze({ employeeOf: true, partnerOf: true });
    const policy = Object.freeze({ partners: 'internal' as const });
    expect(classifyParty(facts, policy)).toEqual({ side: 'internal', sides: ['internal'], kinds: ['employee'], relations: ['partner'] });
    expect(facts).toEqual({ employeeOf: true, partnerOf: true });
    expect(policy).toEqual({ partners: 'internal' });
  });
});

describe('classifyParty: bad input', () => {
  it('rejects an unknown fact at path facts.name', () => {
    for (const name of ['worksFor', 'supplier', 'EmployeeOf', 'constructor', 'toString', 'hasOwnProperty', '']) {
      const error = caught(() => classifyParty({ [name]: true } as PartyFacts));
      expect(error.code).toBe('INVALID_INPUT');
      expect(summary(error)).toEqual([['INVALID_INPUT', ['facts', name]]]);
    }
    const proto = JSON.parse('{"__proto__": true, "employeeOf": true}') as PartyFacts;
    expect(summary(caught(() => classifyParty(proto)))).toEqual([['INVALID_INPUT', ['facts', '__proto__']]]);
  });

  it('rejects a fact that is not a boolean at its path', () => {
    for (const value of ['yes', 'true', 1, 0, null, {}, [true]]) {
      expect(summary(caught(() => classifyParty({ employeeOf: value } as never)))).toEqual([
        ['INVALID_INPUT', ['facts', 'employeeOf']],
      ]);
    }
  });

  it('treats a fact set to undefined like a missing one, as its optional type allows', () => {
    const facts: PartyFacts = { employeeOf: undefined, buysFrom: true };
    expect(classifyParty(facts)).toEqual(classifyParty({ buysFrom: true }));
  });

  it('rejects facts that are not an object at path facts', () => {
    for (const facts of [null, undefined, true, 'employee', 3, [], [true]]) {
      expect(summary(caught(() => classifyParty(facts as never)))).toEqual([['INVALID_INPUT', ['facts']]]);
    }
  });

  it('rejects a bad policy at its path', () => {
    expect(summary(caught(() => classifyParty({}, { partners: 'both' } as never)))).toEqual([
      ['INVALID_INPUT', ['policy', 'partners']],
    ]);
    expect(summary(caught(() => classifyParty({}, { partner: 'internal' } as never)))).toEqual([
      ['INVALID_INPUT', ['policy', 'partner']],
    ]);
    expect(summary(caught(() => classifyParty({}, null as never)))).toEqual([['INVALID_INPUT', ['policy']]]);
    expect(summary(caught(() => classifyParty({}, 'internal' as never)))).toEqual([['INVALID_INPUT', ['policy']]]);
  });

  it('reports every problem of facts and policy together', () => {
    const error = caught(() => classifyParty({ foo: true, employeeOf: 'yes', buysFrom: true } as never, { partners: 'x', y: 1 } as never));
    expect(summary(error)).toEqual([
      ['INVALID_INPUT', ['facts', 'foo']],
      ['INVALID_INPUT', ['facts', 'employeeOf']],
      ['INVALID_INPUT', ['policy', 'partners']],
      ['INVALID_INPUT', ['policy', 'y']],
    ]);
  });

  it('turns unreadable facts and policies into issues, never another error', () => {
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    const noKeys = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    for (const hostile of [revocable.proxy, noKeys]) {
      expect(summary(caught(() => classifyParty(hostile as never)))).toEqual([['INVALID_INPUT', ['facts']]]);
      expect(summary(caught(() => classifyParty({}, hostile as never)))).toEqual([['INVALID_INPUT', ['policy']]]);
    }
  });

  it('turns a fact whose getter throws into an issue at its path', () => {
    const facts = {
      get employeeOf(): boolean {
        throw new Error('trap');
      },
    };
    expect(summary(caught(() => classifyParty(facts)))).toEqual([['INVALID_INPUT', ['facts', 'employeeOf']]]);
  });
});
