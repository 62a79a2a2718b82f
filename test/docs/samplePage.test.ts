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
  });
});
