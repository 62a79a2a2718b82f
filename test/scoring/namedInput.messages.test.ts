// A score that takes one object of named values (dpmo's { defects, units,
// opportunities }, …) and is given something else says which keys the object
// should have, at the argument's path, rather than asking for "an options
// object" (a user trial passed a string and went looking for options). The
// expected messages are written out by hand.
import { describe, expect, it } from 'vitest';
import { ClienteleError } from '../../src/errors.js';
import { balance, clv, dpmo, internalServiceQuality, kFactor, referralRate, retentionRate } from '../../src/scoring/index.js';

function onlyIssue(run: () => unknown): [readonly (string | number)[], string] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ClienteleError);
    const { issues } = error as ClienteleError;
    expect(issues).toHaveLength(1);
    return [issues[0]!.path, issues[0]!.message];
  }
  throw new Error('expected a ClienteleError');
}

describe('a named input that is not an object', () => {
  it('is told the keys it should have', () => {
    const call = (f: (input: never) => unknown, value: unknown) => onlyIssue(() => f(value as never));
    expect(call(dpmo, '30')).toEqual([['input'], 'must be an object { defects, units, opportunities }, not "30"']);
    expect(call(kFactor, [1, 2])).toEqual([['input'], 'must be an object { customers, referrals, conversions }, not an array']);
    expect(call(clv, 5)).toEqual([['input'], 'must be an object { margin, retention, discountRate, acquisitionCost }, not 5']);
    expect(call(referralRate, null)).toEqual([['input'], 'must be an object { customers, referrers }, not null']);
    expect(call(retentionRate, undefined)).toEqual([['input'], 'must be an object { start, end, acquired }, not undefined']);
    expect(call(balance, '0.62')).toEqual([['input'], 'must be an object { internal, external }, not "0.62"']);
    expect(call(internalServiceQuality, 70)).toEqual([['components'], 'must be an object { satisfaction, timeliness, accuracy, collaboration }, not 70']);
  });

  it('leaves the options message to options', () => {
    // dpmo's options-free signature aside, a bad options argument still reads as options
    expect(onlyIssue(() => balance({ internal: 70, external: 80 }, 'strict' as never))).toEqual([['options'], 'must be an options object, not "strict"']);
  });
});
