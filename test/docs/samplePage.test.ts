// docs/sample-organization.md is generated from the library (scripts/docs.mjs);
// this keeps the committed page equal to what the code says today.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
// @ts-expect-error -- a plain .mjs script without type declarations
import { samplePage } from '../../scripts/sample-page.mjs';

describe('the sample organisation page', () => {
  it('matches the library', () => {
    expect(readFileSync('docs/sample-organization.md', 'utf8')).toBe((samplePage as (l: typeof lib) => string)(lib));
  });
  it('shows the single point of failure, the orphan and the cycle', () => {
    const text = readFileSync('docs/sample-organization.md', 'utf8');
    expect(text).toContain('- Warehouse & Logistics (Kho vận): 11 external customers');
    expect(text).toContain('Internal Audit (Kiểm toán nội bộ)');
    expect(text).toMatch(/Cycles: Marketing ⇄ Sales/);
    expect(text).toContain('```mermaid\nflowchart LR');
    // read on GitHub as well as on the site: no TypeDoc-only link syntax
    expect(text).not.toContain('{@link');
    expect(text).toContain('`sampleOrganization()` returns Sao Mai Electronics');
  });
  it('draws every customer, and no external customer without an arrow (the employees who serve some are drawn too)', () => {
    const text = readFileSync('docs/sample-organization.md', 'utf8');
    const diagram = /```mermaid\n([\s\S]*?)\n```/.exec(text)![1]!.split('\n');
    // node lines: `n12(("Name"))`, `n3["Name"]`, … ; edge lines: `n1 --> n2`
    const nodes = diagram.filter((line) => /^\s+n\d+[[({>]/.test(line)).map((line) => /n\d+/.exec(line)![0]);
    expect(new Set(nodes).size).toBe(82); // 9 departments + 40 employees + 3 shareholders + 30 external customers
    const start = diagram.findIndex((line) => line.includes('subgraph external_customers'));
    const end = diagram.indexOf('  end', start);
    const externals = diagram.slice(start + 1, end).map((line) => /n\d+/.exec(line)![0]);
    expect(externals).toHaveLength(30);
    const targets = new Set(diagram.filter((line) => / --> /.test(line)).map((line) => line.trim().split(' --> ')[1]));
    expect(externals.filter((id) => !targets.has(id))).toEqual([]);
    // a legend box and the highlighted critical providers
    expect(diagram).toContain('  subgraph legend["Legend"]');
    expect(diagram.some((line) => /^  class .* criticalProviders$/.test(line))).toBe(true);
    expect(text).toContain('- Employees who serve external customers themselves');
  });
});
