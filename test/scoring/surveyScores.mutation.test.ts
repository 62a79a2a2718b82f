import { describe, expect, it } from 'vitest';
import { ces, enps, nps } from '../../src/index.js';
import { issuePaths } from './_helpers.js';

// Tests added from a mutation-testing run of src/scoring/nps.ts and ces.ts:
// each pins a behaviour that a surviving mutant changed unnoticed.

describe('enps: bad answers are named like nps answers', () => {
  it('reports each bad answer at [scores, i]', () => {
    expect(issuePaths(() => enps([9, 11, 4, -1]))).toEqual([
      ['scores', 1],
      ['scores', 3],
    ]);
    expect(issuePaths(() => enps('9' as never))).toEqual([['scores']]);
    expect(issuePaths(() => nps({} as never))).toEqual([['scores']]);
  });
});

describe('ces: a bad argument is an error at its own path', () => {
  it('reports ratings that are not a column at [ratings]', () => {
    expect(issuePaths(() => ces('7' as never))).toEqual([['ratings']]);
    expect(issuePaths(() => ces(new BigInt64Array(2) as never))).toEqual([['ratings']]);
  });

  it('reports options that are not an object at [options], alongside a bad ratings argument', () => {
    expect(issuePaths(() => ces([7], 5 as never))).toEqual([['options']]);
    expect(issuePaths(() => ces([7], null as never))).toEqual([['options']]);
    expect(issuePaths(() => ces('x' as never, [] as never))).toEqual([['options'], ['ratings']]);
  });
});
