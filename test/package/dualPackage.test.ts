/**
 * The "dual package hazard": an app that loads the CommonJS build (through
 * `require`, often by way of a dependency) and the ESM build (through
 * `import`) holds two copies of the library. A chain made by one must be
 * read by the other, and an error thrown by one must be `instanceof` the
 * other's ClienteleError. Runs the built files (the test setup builds dist/).
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
type Library = typeof import('../../src/index.js');
const cjs = require(resolve('dist/index.cjs')) as Library;
const esm = (await import(pathToFileURL(resolve('dist/index.js')).href)) as Library;

const input = {
  customers: [
    { kind: 'department' as const, id: 'it', name: 'IT' },
    { kind: 'department' as const, id: 'audit', name: 'Audit' },
    { kind: 'department' as const, id: 'board', name: 'Board' },
    { kind: 'buyer' as const, id: 'client', name: 'Client' },
  ],
  links: [
    { from: 'it', to: 'client', service: 'support', deliverable: 'service' as const },
    { from: 'audit', to: 'board', service: 'findings', deliverable: 'information' as const },
  ],
};

describe('the CommonJS and ESM builds in one app', () => {
  it('are two copies (two ClienteleError classes)', () => {
    // otherwise the checks below would hold trivially
    expect(cjs.ClienteleError).not.toBe(esm.ClienteleError);
  });

  it('read each other’s chains', () => {
    // audit provides work (to the board) that reaches no external customer: an orphan either way
    expect(esm.orphans(cjs.createServiceChain(input))).toEqual(['audit']);
    expect(cjs.orphans(esm.createServiceChain(input))).toEqual(['audit']);
    expect(esm.propagateQuality(cjs.createServiceChain(input), { it: 0.5 }).get('client')).toBe(0.5);
  });

  it('throw errors each other’s instanceof recognises, and only those', () => {
    let thrown: unknown;
    try {
      esm.nps([11]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown instanceof esm.ClienteleError).toBe(true);
    expect(thrown instanceof cjs.ClienteleError).toBe(true);
    expect((thrown as InstanceType<Library['ClienteleError']>).issues.map((issue) => issue.path)).toEqual([['scores', 0]]);
    expect(new Error('other') instanceof cjs.ClienteleError).toBe(false);
    expect(Object.assign(new Error('look-alike'), { code: 'INVALID_INPUT', issues: [] }) instanceof esm.ClienteleError).toBe(false);
    expect((null as unknown) instanceof esm.ClienteleError).toBe(false);
  });

  it('explain a chain made by another version instead of calling it no chain', () => {
    const foreign = Object.freeze(Object.defineProperty({ customerCount: 3, linkCount: 1 }, Symbol.for('clientele.ServiceChain'), { value: '9.9.9' }));
    let thrown: unknown;
    try {
      esm.orphans(foreign as never);
    } catch (error) {
      thrown = error;
    }
    const issues = (thrown as InstanceType<Library['ClienteleError']>).issues;
    expect(issues.map((issue) => issue.path)).toEqual([['chain']]);
    expect(issues[0]!.message).toContain('made by clientele 9.9.9');
    expect(() => esm.orphans({ customerCount: 3, linkCount: 1 } as never)).toThrow('must be a ServiceChain made by createServiceChain');
  });
});
