import { describe, expect, it } from 'vitest';
import {
  ClienteleError,
  createServiceChain,
  cycles,
  downstream,
  internalRoles,
  upstream,
  type CustomerInput,
  type ServiceLinkInput,
} from '../../src/index.js';

// Tests added from a mutation-testing run of the chain queries: each pins a
// behaviour that a surviving mutant changed without any test noticing.

const dept = (id: string): CustomerInput => ({ kind: 'department', id, name: id });
const link = (from: string, to: string, service = 'S'): ServiceLinkInput => ({ from, to, service, deliverable: 'service' });

function caught(run: () => unknown): ClienteleError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ClienteleError);
    return error as ClienteleError;
  }
  throw new Error('expected a ClienteleError');
}

describe('downstream and upstream in a large chain where few are reached', () => {
  // With many more customers than found, the answer is built from the found
  // ones alone (not by walking every id); it must still be complete and sorted.
  const many = Array.from({ length: 100 }, (_, i) => dept(`u${String(i).padStart(2, '0')}`));
  // (100 customers: more than 16 for each one found, for every query below)
  const chain = createServiceChain({
    customers: many,
    links: [link('u05', 'u39'), link('u05', 'u01'), link('u39', 'u20'), link('u30', 'u05')],
  });

  it('lists every customer reached, sorted', () => {
    expect(downstream(chain, 'u05')).toEqual(['u01', 'u20', 'u39']);
    expect(downstream(chain, 'u39')).toEqual(['u20']);
    expect(upstream(chain, 'u20')).toEqual(['u05', 'u30', 'u39']);
    expect(upstream(chain, 'u01')).toEqual(['u05', 'u30']);
  });
});

describe('cycles are listed in order of their first id', () => {
  it('sorts groups found in another order', () => {
    const chain = createServiceChain({
      customers: [dept('y'), dept('z'), dept('m'), dept('n'), dept('a'), dept('b')],
      links: [link('y', 'z'), link('z', 'y'), link('m', 'n'), link('n', 'm'), link('a', 'b'), link('b', 'a')],
    });
    expect(cycles(chain)).toEqual([
      ['a', 'b'],
      ['m', 'n'],
      ['y', 'z'],
    ]);
  });
});

describe('internalRoles', () => {
  const chain = createServiceChain({
    customers: [
      dept('it'),
      dept('sales'),
      { kind: 'user', id: 'lan', name: 'Lan' },
      { kind: 'buyer', id: 'acme', name: 'Acme' },
      { kind: 'beneficiary', id: 'kid', name: 'Kid' },
    ],
    links: [link('it', 'sales'), link('sales', 'lan')],
  });

  it('refuses every external kind with WRONG_KIND at [id]', () => {
    for (const id of ['lan', 'acme', 'kid']) {
      const error = caught(() => internalRoles(chain, id));
      expect(error.issues.map((i) => [i.code, i.path])).toEqual([['WRONG_KIND', ['id']]]);
    }
  });

  it('counts a survey as evaluation only when this unit answered it about an internal provider', () => {
    const about = (respondentId: string, subjectId: string) => ({ type: 'survey', respondentId, subjectId });
    expect(internalRoles(chain, 'sales', [about('it', 'sales')])).toEqual(['orderer']);
    expect(internalRoles(chain, 'sales', [about('it', 'it')])).toEqual(['orderer']);
    expect(internalRoles(chain, 'sales', [about('sales', 'lan')])).toEqual(['orderer']);
    expect(internalRoles(chain, 'sales', [about('sales', 'nobody')])).toEqual(['orderer']);
    expect(internalRoles(chain, 'sales', [about('sales', 'it')])).toEqual(['orderer', 'evaluator']);
  });

  it('reports an iterator that is not an object at [observations]', () => {
    const odd = { [Symbol.iterator]: () => 5 } as unknown as Iterable<never>;
    const error = caught(() => internalRoles(chain, 'sales', odd));
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([['INVALID_INPUT', ['observations']]]);
  });

  it('reports an observation that cannot be read at its position', () => {
    function* failing() {
      yield { type: 'survey', respondentId: 'sales', subjectId: 'it' };
      throw new Error('broken source');
    }
    const error = caught(() => internalRoles(chain, 'sales', failing()));
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([['INVALID_INPUT', ['observations', 1]]]);
  });
});
