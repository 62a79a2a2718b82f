import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createServiceChain,
  criticalProviders,
  cycles,
  distanceToExternal,
  downstream,
  externalReach,
  internalRoles,
  orphans,
  sipoc,
  upstream,
} from '../../src/index.js';
import { Oracle, orgArb } from './_org.js';

const runs = { numRuns: 300 };

describe('every query agrees with a naive oracle on random organisations', () => {
  it('downstream, upstream, externalReach, distanceToExternal', () => {
    fc.assert(
      fc.property(orgArb(), (org) => {
        const chain = createServiceChain(org);
        const oracle = new Oracle(org);
        for (const id of oracle.ids) {
          expect(downstream(chain, id)).toEqual(oracle.downstream(id));
          expect(upstream(chain, id)).toEqual(oracle.upstream(id));
          expect(externalReach(chain, id)).toEqual(oracle.externalReach(id));
          expect(distanceToExternal(chain, id)).toBe(oracle.distanceToExternal(id));
        }
      }),
      runs,
    );
  });

  it('orphans and cycles', () => {
    fc.assert(
      fc.property(orgArb(), (org) => {
        const chain = createServiceChain(org);
        const oracle = new Oracle(org);
        expect(orphans(chain)).toEqual(oracle.orphans());
        expect(cycles(chain)).toEqual(oracle.cycles());
      }),
      runs,
    );
  });

  it('criticalProviders matches removing each unit in turn', () => {
    fc.assert(
      fc.property(orgArb(), (org) => {
        const chain = createServiceChain(org);
        const oracle = new Oracle(org);
        for (const id of oracle.external) expect(criticalProviders(chain, id)).toEqual(oracle.criticalProviders(id));
      }),
      runs,
    );
  });

  it('criticalProviders on dense graphs with many cycles, with the condensation already known', () => {
    fc.assert(
      fc.property(orgArb({ maxInternal: 8, maxExternal: 3, maxLinks: 60 }), (org) => {
        const chain = createServiceChain(org);
        cycles(chain); // the dominators then start from the chain's condensation
        const oracle = new Oracle(org);
        for (const id of oracle.external) expect(criticalProviders(chain, id)).toEqual(oracle.criticalProviders(id));
      }),
      runs,
    );
  });

  it('sipoc and the orderer / partner roles read the links directly', () => {
    fc.assert(
      fc.property(orgArb(), (org) => {
        const chain = createServiceChain(org);
        const oracle = new Oracle(org);
        for (const id of oracle.ids) {
          const into = org.links.filter((link) => link.to === id);
          const from = org.links.filter((link) => link.from === id);
          const distinct = (values: string[]) => [...new Set(values)].sort();
          expect(sipoc(chain, id)).toEqual({
            suppliers: distinct(into.map((link) => link.from)),
            inputs: distinct(into.map((link) => link.service)),
            process: id,
            outputs: distinct(from.map((link) => link.service)),
            customers: distinct(from.map((link) => link.to)),
          });
          if (oracle.external.has(id)) continue;
          const expected: string[] = [];
          if (into.length > 0) expected.push('orderer');
          if (into.some((link) => from.some((back) => back.to === link.from))) expected.push('partner');
          expect(internalRoles(chain, id)).toEqual(expected);
        }
      }),
      runs,
    );
  });
});
