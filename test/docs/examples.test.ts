/**
 * Runs every `@example` in the source's JSDoc against the library, with the
 * conventions described in ./_harness.ts: `import { … } from 'clientele'`,
 * `//=> VALUE` after a statement, `//=> throws CODE`.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { clienteleImports, runSnippet } from './_harness.js';

export { instrument } from './_harness.js';

interface Example {
  readonly where: string;
  readonly code: string;
  readonly imports: readonly string[];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function examplesIn(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const found: Example[] = [];
  const block = /@example\s*\n((?:\s*\*.*\n)*?)\s*\*\s*```ts\n([\s\S]*?)\n\s*\*\s*```/g;
  for (const match of text.matchAll(block)) {
    const code = match[2]!.split('\n').map((line) => line.replace(/^\s*\* ?/, '')).join('\n');
    const line = text.slice(0, match.index).split('\n').length;
    found.push({ where: `${relative(process.cwd(), file)}:${line}`, code, imports: clienteleImports(code) });
  }
  return found;
}

const examples = sourceFiles(join(process.cwd(), 'src')).flatMap(examplesIn);

describe('every @example in src runs and shows the truth', () => {
  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThan(10);
  });
  for (const example of examples) {
    it(example.where, async () => {
      const checks = await runSnippet(example.code);
      expect(checks, 'an example shows at least one result').toBeGreaterThan(0);
    });
  }
});

describe('every runtime export has an example', () => {
  const shown = new Set(examples.flatMap((example) => example.imports));
  for (const name of Object.keys(lib)) {
    it(name, () => {
      expect(shown.has(name), `${name} appears in an @example import`).toBe(true);
    });
  }
});
