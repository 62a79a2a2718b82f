import { describe, expect, it } from 'vitest';
import { firstPassYield, slaAttainment } from '../../src/index.js';
import { issuePaths } from './_helpers.js';

// Tests added from a mutation-testing run of src/scoring/slaAttainment.ts and
// firstPassYield.ts: each pins a behaviour a surviving mutant changed unnoticed.

describe('slaAttainment options', () => {
  it('reports a bad asOf and a bad slaHours together', () => {
    expect(issuePaths(() => slaAttainment([], { asOf: 'yesterday', slaHours: -1 }))).toEqual([['options', 'asOf'], ['options', 'slaHours']]);
  });

  it('requires a default slaHours above zero, fractions allowed', () => {
    expect(issuePaths(() => slaAttainment([], { slaHours: 0 }))).toEqual([['options', 'slaHours']]);
    const tasks = [{ requestedAt: '2024-03-01T08:00:00Z', completedAt: '2024-03-01T09:30:00Z' }];
    expect(slaAttainment(tasks, { slaHours: 1.5 })).toEqual({ score: 100, onTime: 1, late: 0, open: 0, total: 1 });
    expect(slaAttainment(tasks, { slaHours: 1.25 })).toEqual({ score: 0, onTime: 0, late: 1, open: 0, total: 1 });
  });

  it('leaves an open task open without asOf, however long ago it was requested', () => {
    // a deadline before 1970 is a negative epoch time; the missing asOf must not be read as 0
    const tasks = [{ requestedAt: '1969-12-31', slaHours: 1 }];
    expect(slaAttainment(tasks)).toEqual({ score: null, onTime: 0, late: 0, open: 1, total: 1 });
    expect(slaAttainment(tasks, { asOf: '1969-12-31T01:00:00Z' }).open).toBe(1);
    expect(slaAttainment(tasks, { asOf: '1969-12-31T01:00:00.001Z' }).late).toBe(1);
  });
});

describe('firstPassYield', () => {
  it('reports a tasks argument that is not an array at [tasks]', () => {
    expect(issuePaths(() => firstPassYield('x' as never))).toEqual([['tasks']]);
    const task = { type: 'task', providerId: 'it', consumerId: 'sales', requestedAt: '2024-03-01', completedAt: '2024-03-02' };
    expect(issuePaths(() => firstPassYield([null, { ...task, defects: 1.5 }] as never))).toEqual([
      ['tasks', 0],
      ['tasks', 1, 'defects'],
    ]);
  });
});
