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

describe('diagram options for people', () => {
  it('write the subgraph and cluster titles in the locale, a BCP 47 tag falling back to its language', () => {
    const titles = {
      en: ['Internal customers', 'External customers'],
      vi: ['Khách hàng nội bộ', 'Khách hàng bên ngoài'],
      ru: ['Внутренние клиенты', 'Внешние клиенты'],
    } as const;
    for (const [tag, locale] of [['en', 'en'], ['en-GB', 'en'], ['vi-VN', 'vi'], ['ru-RU', 'ru'], ['RU', 'ru']] as const) {
      const [internal, external] = titles[locale];
      const mermaid = toMermaid(chain, { locale: tag });
      expect(mermaid).toContain(`  subgraph internal_customers["${internal}"]`);
      expect(mermaid).toContain(`  subgraph external_customers["${external}"]`);
      const dot = toDot(chain, { locale: tag });
      expect(dot).toContain(`    label="${internal}";`);
      expect(dot).toContain(`    label="${external}";`);
    }
  });

  it('localize the legend: one sample per kind drawn, per highlight and per band used', () => {
    const options = { locale: 'vi', legend: true, quality: { d: 0.2 }, highlight: { orphans: ['s'] } } as const;
    const mermaid = toMermaid(chain, options).split('\n');
    const start = mermaid.indexOf('  subgraph legend["Chú giải"]');
    expect(start).toBeGreaterThan(0);
    expect(mermaid.slice(start + 1, start + 9)).toEqual([
      '    legend_0["phòng ban"]',
      '    legend_1(["nhân viên"])',
      '    legend_2[["cổ đông"]]',
      '    legend_3(("người sử dụng"))',
      '    legend_4{{"người mua"}}',
      '    legend_5>"người thụ hưởng"]',
      '    legend_red["chất lượng: đỏ"]',
      '    legend_orphans["đơn vị cô lập"]',
    ]);
    expect(mermaid).toContain('  class n0,legend_red red');
    expect(mermaid).toContain('  class n2,legend_orphans orphans');
    const dot = toDot(chain, { ...options, locale: 'ru' });
    expect(dot).toContain('  subgraph cluster_legend {\n    label="Условные обозначения";');
    expect(dot).toContain('    legend_0 [label="отдел", shape=box];');
    expect(dot).toContain('    legend_orphans [label="изолированные звенья", shape=box, style=dashed, color="#6c757d"];');
    expect(dot).toContain('    legend_red [label="качество: красный", shape=box, style=filled, fillcolor="#f8d7da", color="#b02a37"];');
  });

  it('hide every arrow label with labels: false', () => {
    const mermaid = toMermaid(chain, { labels: false });
    expect(mermaid).toContain('  n0 --> n1\n  n1 --> n3\n  n2 --> n4');
    expect(mermaid).not.toContain('-->|');
    expect(toDot(chain, { labels: false })).toContain('  n0 -> n1;\n  n1 -> n3;\n  n2 -> n4;');
  });

  it('draw employees inside their department with groupByDepartment', () => {
    const org = createServiceChain({
      customers: [
        { kind: 'department', id: 'a', name: 'A' },
        { kind: 'employee', id: 'x', name: 'X', departmentId: 'b' },
        { kind: 'department', id: 'b', name: 'B' },
        { kind: 'employee', id: 'y', name: 'Y', departmentId: 'b' },
        { kind: 'shareholder', id: 's', name: 'S' },
      ],
      links: [{ from: 'a', to: 'x', service: 'w', deliverable: 'tool' }],
    });
    expect(toMermaid(org, { groupByDepartment: true }).split('\n')).toEqual([
      'flowchart LR',
      '  subgraph internal_customers["Internal customers"]',
      '    n0["A"]',
      '    subgraph g2["B"]',
      '      n2["B"]',
      '      n1(["X"])',
      '      n3(["Y"])',
      '    end',
      '    n4[["S"]]',
      '  end',
      '  n0 -->|"w"| n1',
    ]);
    expect(toDot(org, { groupByDepartment: true }).split('\n').slice(2, 13)).toEqual([
      '  subgraph cluster_internal {',
      '    label="Internal customers";',
      '    n0 [label="A", shape=box];',
      '    subgraph cluster_g2 {',
      '      label="B";',
      '      n2 [label="B", shape=box];',
      '      n1 [label="X", shape=ellipse];',
      '      n3 [label="Y", shape=ellipse];',
      '    }',
      '    n4 [label="S", shape=component];',
      '  }',
    ]);
  });

  it('outline critical providers and orphans', () => {
    const highlight = { criticalProviders: ['d', 'e'], orphans: ['s'] };
    const mermaid = toMermaid(chain, { highlight });
    expect(mermaid).toContain('  classDef criticalProviders stroke:#6f42c1,stroke-width:4px\n  class n0,n1 criticalProviders');
    expect(mermaid).toContain('  classDef orphans stroke:#6c757d,stroke-width:3px,stroke-dasharray:4 3\n  class n2 orphans');
    const dot = toDot(chain, { highlight, quality: { d: 0.9 } });
    expect(dot).toContain('    n0 [label="Dept", shape=box, style=filled, fillcolor="#d1e7dd", penwidth=3, color="#6f42c1"];');
    expect(dot).toContain('    n2 [label="Holder", shape=component, style=dashed, color="#6c757d"];');
  });

  it('reject bad values of the new options, each at its path, all at once', () => {
    const error = caught(() =>
      toMermaid(chain, {
        locale: 'fr-FR',
        labels: 'no',
        groupByDepartment: 1,
        legend: null,
        highlight: { criticalProviders: ['d', 'ghost', 3], orphan: [] },
      } as never),
    );
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['INVALID_INPUT', ['options', 'labels']],
      ['INVALID_INPUT', ['options', 'groupByDepartment']],
      ['INVALID_INPUT', ['options', 'legend']],
      ['INVALID_INPUT', ['options', 'locale']],
      ['INVALID_INPUT', ['options', 'highlight', 'orphan']],
      ['UNKNOWN_REFERENCE', ['options', 'highlight', 'criticalProviders', 1]],
      ['INVALID_INPUT', ['options', 'highlight', 'criticalProviders', 2]],
    ]);
    expect(error.issues[4]!.message).toContain('did you mean "orphans"');
    expect(caught(() => toDot(chain, { highlight: ['d'] } as never)).issues.map((issue) => issue.path)).toEqual([['options', 'highlight']]);
    expect(caught(() => toDot(chain, { highlight: { orphans: ['ghost'] } })).code).toBe('UNKNOWN_REFERENCE');
  });
});
