/**
 * Runs every ```ts and ```js block of the hand-written guides in docs/ (the
 * generated docs/sample-organization.md aside) with the conventions of the
 * JSDoc examples (./_harness.ts): `import { … } from 'clientele'` binds the
 * library's source, `//=> VALUE` checks the statement above, `//=> throws
 * CODE` checks the ClienteleError it throws. A block fails when it throws,
 * when a check fails, or when it checks nothing. Blocks that are not meant
 * to run say so with another fence language (sql, sh, text, mermaid).
 *
 * A block written as a module may `export` its functions (a warehouse
 * function's file does); the test runs it with the `export` keywords removed.
 *
 * The ```ts blocks must also type-check against the library's source under
 * the project's tsconfig, so a reader who pastes one into a TypeScript file
 * gets no errors.
 *
 * The warehouse guide describes files built by scripts/build-udaf.mjs from
 * udaf/shape.ts; the last tests hold its description to them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { udaf } from '../../udaf/shape.js';
import { runSnippet } from './_harness.js';
import { typeProblems } from './_typeCheck.js';

const DOCS = join(process.cwd(), 'docs');
const GENERATED = new Set(['sample-organization.md']);
const RUNNABLE = new Set(['ts', 'js']);
const INERT = new Set(['sql', 'sh', 'text', 'mermaid']);

interface Block {
  readonly file: string;
  readonly line: number;
  readonly lang: string;
  readonly code: string;
}

/** The fenced blocks of a Markdown text; an indented fence (inside a list item) loses its indent. */
export function fencedBlocks(file: string, text: string): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^( *)```(\S*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const indent = open[1]!.length;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !/^ *```\s*$/.test(lines[j]!)) {
      body.push(lines[j]!.slice(Math.min(indent, /^ */.exec(lines[j]!)![0].length)));
      j += 1;
    }
    if (j === lines.length) throw new Error(`${file}:${i + 1}: unclosed code fence`);
    blocks.push({ file, line: i + 1, lang: open[2]!, code: body.join('\n') });
    i = j;
  }
  return blocks;
}

/** A module's top-level declarations without their `export` keyword, so the block runs as a function body. */
function withoutExports(code: string): string {
  return code.replace(/^export (?=(?:async\s+)?function\b|const\b|let\b|class\b)/gm, '');
}

const guides = readdirSync(DOCS)
  .filter((name) => name.endsWith('.md') && !GENERATED.has(name))
  .sort();
const blocks = guides.flatMap((name) => fencedBlocks(`docs/${name}`, readFileSync(join(DOCS, name), 'utf8')));
const runnable = blocks.filter((block) => RUNNABLE.has(block.lang));

describe('the guides', () => {
  it('are found, each with its front matter', () => {
    expect(guides).toEqual(expect.arrayContaining(['concepts.md', 'cookbook.md', 'faq.md', 'scores.md', 'warehouses.md']));
    for (const name of guides) {
      expect(readFileSync(join(DOCS, name), 'utf8'), name).toMatch(/^---\ncategory: Guides\ntitle: [^\n]+\n---\n/);
    }
  });

  it('name the language of every code block: runnable (ts, js) or plainly not (sql, sh, text, mermaid)', () => {
    const unnamed = blocks.filter((block) => !RUNNABLE.has(block.lang) && !INERT.has(block.lang));
    expect(unnamed.map((block) => `${block.file}:${block.line} \`\`\`${block.lang}`)).toEqual([]);
  });
});

describe('every ts/js block of the guides runs and shows the truth', () => {
  it('finds the blocks', () => {
    expect(runnable.length).toBeGreaterThan(20);
  });
  for (const block of runnable) {
    it(`${block.file}:${block.line}`, async () => {
      const checks = await runSnippet(withoutExports(block.code));
      expect(checks, 'a block shows at least one result with //=>').toBeGreaterThan(0);
    });
  }
});

describe('the harness', () => {
  it('fails a block whose shown result is wrong', async () => {
    await expect(runSnippet("import { nps } from 'clientele';\nnps([10]).score\n//=> 99")).rejects.toThrow();
  });
  it('fails a block that throws', async () => {
    await expect(runSnippet("import { nps } from 'clientele';\nnps([11]);\n1\n//=> 1")).rejects.toThrow();
  });
  it('fails a block that promises an error it does not throw', async () => {
    await expect(runSnippet("import { nps } from 'clientele';\nnps([10])\n//=> throws INVALID_INPUT")).rejects.toThrow();
  });
  it('reads indented fences inside list items', () => {
    const found = fencedBlocks('x.md', '- item\n\n  ```ts\n  const a = 1;\n    a\n  ```\n');
    expect(found).toEqual([{ file: 'x.md', line: 3, lang: 'ts', code: 'const a = 1;\n  a' }]);
  });
});

describe('the ts blocks of the guides type-check', () => {
  it('with no errors under the project tsconfig', () => {
    const typed = runnable.filter((block) => block.lang === 'ts');
    expect(typeProblems(typed.map((block) => ({ where: `${block.file}:${block.line}`, code: block.code })), '__guide__')).toEqual([]);
  });
});

describe('the warehouse guide matches the build', () => {
  const script = readFileSync(join(process.cwd(), 'scripts/build-udaf.mjs'), 'utf8');
  const guide = readFileSync(join(DOCS, 'warehouses.md'), 'utf8');

  it('names every built file with the factory, called without options, it is made from', () => {
    const made = [...script.matchAll(/file: '(\w+)',\s*factory: '(\w+)'/g)].map((m) => [m[1]!, m[2]!] as const);
    expect(made.map(([file]) => file)).toEqual(['nps', 'csat', 'ces', 'mean', 'sla']);
    expect(script).toContain('const shape = udaf(${factory}());');
    for (const [file, factory] of made) expect(guide).toContain(`| \`dist/udaf/${file}.js\` | \`${factory}()\` |`);
  });

  it('says what the banner holds: the sla struct, FLOAT64 answers, and no triple quote of either kind, so it can stay inside the raw string', () => {
    expect(script).toContain('AS <this file, as a raw string: r and three single quotes on each side>;');
    expect(script).not.toMatch(/INT64/);
    expect(script).not.toContain("'''");
    expect(script).not.toContain('"""');
    expect(script).toContain('task STRUCT<requestedAt STRING, completedAt STRING, slaHours FLOAT64>');
    expect(guide).toContain('task STRUCT<requestedAt STRING, completedAt STRING, slaHours FLOAT64>');
    for (const name of ['initialState', 'aggregate', 'merge', 'finalize']) {
      expect(script).toContain(`export function ${name}(`);
    }
  });

  it('describes the shape: state changed in place, nothing returned, the score or null at the end', () => {
    const shape = udaf(lib.npsAccumulator());
    const state = shape.initialState();
    expect(shape.aggregate(state, 10)).toBeUndefined();
    expect(state).toEqual({ promoters: 1, passives: 0, detractors: 0 });
    const other = shape.initialState();
    shape.aggregate(other, 3);
    expect(shape.merge(state, JSON.parse(JSON.stringify(other)) as typeof other)).toBeUndefined();
    expect(state).toEqual({ promoters: 1, passives: 0, detractors: 1 });
    expect(shape.finalize(state)).toBe(0);
    expect(shape.finalize(shape.initialState())).toBeNull();
    expect(() => shape.aggregate(state, 11)).toThrow(lib.ClienteleError);
    const sla = udaf(lib.slaAccumulator());
    expect(() => sla.aggregate(sla.initialState(), { requestedAt: '2025-03-03T02:00:00Z', completedAt: null as never, slaHours: 8 })).toThrow(
      lib.ClienteleError,
    );
  });
});
