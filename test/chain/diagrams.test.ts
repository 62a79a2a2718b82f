import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClienteleError, createServiceChain, toDot, toMermaid, type CustomerInput } from '../../src/index.js';

function caught(run: () => unknown): ClienteleError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ClienteleError);
    return error as ClienteleError;
  }
  throw new Error('expected a ClienteleError');
}

const customers: CustomerInput[] = [
  { kind: 'department', id: 'd', name: 'Dept' },
  { kind: 'employee', id: 'e', name: 'Emp', departmentId: 'd' },
  { kind: 'shareholder', id: 's', name: 'Holder' },
  { kind: 'user', id: 'u', name: 'User' },
  { kind: 'buyer', id: 'b', name: 'Buyer' },
  { kind: 'beneficiary', id: 'p', name: 'Pupil' },
];
const chain = createServiceChain({
  customers,
  links: [
    { from: 'd', to: 'e', service: 'tools', deliverable: 'tool' },
    { from: 'e', to: 'u', service: 'help', deliverable: 'support' },
    { from: 's', to: 'b', service: 'capital', deliverable: 'service' },
  ],
});

describe('toMermaid', () => {
  it('draws the internal and the external customers in two subgraphs, one shape per kind', () => {
    const text = toMermaid(chain);
    const lines = text.split('\n');
    expect(lines[0]).toBe('flowchart LR');
    const internalAt = lines.indexOf('  subgraph internal_customers["Internal customers"]');
    const externalAt = lines.indexOf('  subgraph external_customers["External customers"]');
    expect(internalAt).toBeGreaterThan(0);
    expect(externalAt).toBeGreaterThan(internalAt);
    expect(lines.slice(internalAt + 1, internalAt + 4)).toEqual(['    n0["Dept"]', '    n1(["Emp"])', '    n2[["Holder"]]']);
    expect(lines.slice(externalAt + 1, externalAt + 4)).toEqual(['    n3(("User"))', '    n4{{"Buyer"}}', '    n5>"Pupil"]']);
    expect(lines).toContain('  n1 -->|"help"| n3');
    expect(text).not.toContain('classDef');
  });

  it('colours units by quality band and takes a direction', () => {
    const lines = toMermaid(chain, { quality: new Map([['d', 0.39], ['e', 0.4], ['s', 0.7], ['u', 0.69]]), direction: 'TB' }).split('\n');
    expect(lines[0]).toBe('flowchart TB');
    expect(lines).toContain('  class n0 red');
    expect(lines).toContain('  class n1,n3 amber');
    expect(lines).toContain('  class n2 green');
  });

  it('escapes any name so it cannot break out of its label', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (name, service) => {
        const one = createServiceChain({
          customers: [
            { kind: 'department', id: 'a', name },
            { kind: 'user', id: 'b', name: 'B' },
          ],
          links: [{ from: 'a', to: 'b', service, deliverable: 'tool' }],
        });
        const lines = toMermaid(one).split('\n');
        const node = lines.find((line) => line.startsWith('    n0['))!;
        const label = /^ {4}n0\["(.*)"\]$/.exec(node)![1]!;
        expect(label).not.toMatch(/["\n\r[\]{}()<>|`\\]/u);
        expect(label.replace(/#\d+;/g, '')).not.toMatch(/[#&;"]/);
        const edge = lines.find((line) => line.startsWith('  n0 -->'))!;
        expect(edge).toMatch(/^ {2}n0 -->\|"[^"|]*"\| n1$/);
        expect(lines).toHaveLength(9);
      }),
      { numRuns: 300 },
    );
  });

  it('decodes back to the original name (control characters drawn as spaces)', () => {
    const name = 'Sales & "Marketing" <EU> #1 | {x} [y] `z` Ω ✓ 🙂\nnext';
    const one = createServiceChain({ customers: [{ kind: 'department', id: 'a', name }], links: [] });
    const label = /n0\["(.*)"\]/.exec(toMermaid(one))![1]!;
    const decoded = label.replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
    expect(decoded).toBe(name.replace('\n', ' '));
  });

  it('rejects unknown options, a bad direction and bad qualities, all at once', () => {
    const error = caught(() => toMermaid(chain, { direction: 'up', colour: true } as never));
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ['options', 'colour'],
      ['options', 'direction'],
    ]);
    const quality = caught(() => toMermaid(chain, { quality: { d: 2, ghost: 0.5 } }));
    expect(quality.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['INVALID_INPUT', ['options', 'quality', 'd']],
      ['UNKNOWN_REFERENCE', ['options', 'quality', 'ghost']],
    ]);
  });
});

describe('toDot', () => {
  it('draws two clusters, one shape per kind, and colours by band', () => {
    const text = toDot(chain, { quality: { d: 0.1, u: 0.95 } });
    expect(text.startsWith('digraph chain {\n  rankdir=LR;\n  subgraph cluster_internal {')).toBe(true);
    expect(text).toContain('    n0 [label="Dept", shape=box, style=filled, fillcolor="#f8d7da", color="#b02a37"];');
    expect(text).toContain('    n1 [label="Emp", shape=ellipse];');
    expect(text).toContain('    n2 [label="Holder", shape=component];');
    expect(text).toContain('  subgraph cluster_external {\n    label="External customers";\n    style=dashed;');
    expect(text).toContain('    n3 [label="User", shape=circle, style=filled, fillcolor="#d1e7dd", color="#146c43"];');
    expect(text).toContain('    n4 [label="Buyer", shape=hexagon];');
    expect(text).toContain('    n5 [label="Pupil", shape=cds];');
    expect(text).toContain('  n2 -> n4 [label="capital"];');
    expect(text.endsWith('\n}')).toBe(true);
  });

  it('escapes any name into a well-formed quoted string', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (name) => {
        const one = createServiceChain({ customers: [{ kind: 'department', id: 'a', name }], links: [] });
        const line = toDot(one).split('\n').find((l) => l.startsWith('    n0 '))!;
        const match = /^ {4}n0 \[label="((?:[^"\\\n\r]|\\["\\])*)", shape=box\];$/.exec(line);
        expect(match).not.toBeNull();
        const decoded = match![1]!.replace(/\\(["\\])/g, '$1');
        expect(decoded).toBe(name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' '));
      }),
      { numRuns: 300 },
    );
  });
});
