// attentionBalance (SPEC §10): how much of each external kind was heard from,
// and which kinds fall behind the best-heard one by more than the tolerance.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attentionBalance, EXTERNAL_KINDS } from '../../src/index.js';
import { caught, issuePaths } from './_helpers.js';

describe('attentionBalance', () => {
  it('gives each kind its coverage and lists the underheard', () => {
    // buyers 30 / 40 = 75 %, users 90 / 200 = 45 %: 30 points below 75 > 20 → users underheard
    expect(
      attentionBalance([
        { kind: 'buyer', customers: 40, heard: 30 },
        { kind: 'user', customers: 200, heard: 90 },
        { kind: 'beneficiary', customers: 0, heard: 0 },
      ]),
    ).toEqual({
      coverage: [
        { kind: 'buyer', customers: 40, heard: 30, coverage: 75 },
        { kind: 'user', customers: 200, heard: 90, coverage: 45 },
        { kind: 'beneficiary', customers: 0, heard: 0, coverage: null },
      ],
      underheard: ['user'],
    });
  });

  it('counts only a gap of more than the tolerance', () => {
    const groups = (users: number) => [
      { kind: 'buyer' as const, customers: 100, heard: 75 },
      { kind: 'user' as const, customers: 100, heard: users },
    ];
    expect(attentionBalance(groups(55)).underheard).toEqual([]); // 75 − 55 = 20, not more than 20
    expect(attentionBalance(groups(54)).underheard).toEqual(['user']); // 21
    expect(attentionBalance(groups(54), { tolerance: 21 }).underheard).toEqual([]);
    expect(attentionBalance(groups(75), { tolerance: 0 }).underheard).toEqual([]);
    expect(attentionBalance(groups(74), { tolerance: 0 }).underheard).toEqual(['user']);
  });

  it('is balanced with no groups, or with no customers anywhere', () => {
    expect(attentionBalance([])).toEqual({ coverage: [], underheard: [] });
    expect(attentionBalance([{ kind: 'user', customers: 0, heard: 0 }]).underheard).toEqual([]);
  });

  it('rejects what is not a group of external customers, each at its path', () => {
    expect(
      issuePaths(() =>
        attentionBalance([
          { kind: 'user', customers: 10, heard: 11 },
          { kind: 'employee' as never, customers: 1.5, heard: -1 },
          { kind: 'user', customers: 3, heard: 1 },
          { kind: 'buyer', customers: 3, hread: 1 } as never,
        ]),
      ),
    ).toEqual([
      ['groups', 0, 'heard'],
      ['groups', 1, 'kind'],
      ['groups', 1, 'customers'],
      ['groups', 1, 'heard'],
      ['groups', 2, 'kind'],
      ['groups', 3, 'hread'],
      ['groups', 3, 'heard'],
    ]);
    expect(issuePaths(() => attentionBalance('x' as never))).toEqual([['groups']]);
    expect(issuePaths(() => attentionBalance([], { tolerance: -1 }))).toEqual([['options', 'tolerance']]);
    expect(issuePaths(() => attentionBalance([], 3 as never))).toEqual([['options']]);
    expect(caught(() => attentionBalance([], { tolerence: 5 } as never)).issues[0]!.message).toBe(
      'unknown key "tolerence" — did you mean "tolerance"?',
    );
  });

  it('agrees with a naive reading of its definition', () => {
    const groupsArb = fc.subarray([...EXTERNAL_KINDS]).chain((kinds) =>
      fc.tuple(
        ...kinds.map((kind) =>
          fc.tuple(fc.nat(50), fc.nat(50)).map(([a, b]) => ({ kind, customers: Math.max(a, b), heard: Math.min(a, b) })),
        ),
      ),
    );
    fc.assert(
      fc.property(groupsArb, fc.integer({ min: 0, max: 100 }), (groups, tolerance) => {
        const result = attentionBalance(groups, { tolerance });
        const coverage = groups.map((group) => (group.customers === 0 ? null : (100 * group.heard) / group.customers));
        expect(result.coverage.map((row) => row.coverage)).toEqual(coverage);
        const known = coverage.filter((value): value is number => value !== null);
        const best = Math.max(...known);
        expect(result.underheard).toEqual(groups.filter((_, i) => coverage[i] !== null && best - coverage[i]! > tolerance).map((group) => group.kind));
      }),
    );
  });
});
