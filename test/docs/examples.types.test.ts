/**
 * Every JSDoc @example in src type-checks under the project's tsconfig
 * (strict, noUncheckedIndexedAccess), so a reader who pastes one into a
 * TypeScript file gets no errors: test/docs/examples.test.ts strips types and
 * checks only the results. Blocks are read as that test reads them and
 * type-checked as test/docs/guides.test.ts checks the guides' blocks, each
 * example as one file — so a line that opens with `[` or `(` after an
 * expression would continue it, and examples name such values first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { typeProblems, type Snippet } from './_typeCheck.js';

const root = process.cwd();
const FILES = readdirSync(resolve(root, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.ts'))
  .map((name) => `src/${name.split('\\').join('/')}`);

function examplesIn(file: string): Snippet[] {
  const text = readFileSync(resolve(root, file), 'utf8');
  const block = /@example\s*\n((?:\s*\*.*\n)*?)\s*\*\s*```ts\n([\s\S]*?)\n\s*\*\s*```/g;
  return [...text.matchAll(block)].map((match) => ({
    where: `${file}:${text.slice(0, match.index).split('\n').length}`,
    code: match[2]!.split('\n').map((line) => line.replace(/^\s*\* ?/, '')).join('\n'),
  }));
}

it('every @example in src type-checks', () => {
  const examples = FILES.flatMap(examplesIn);
  // one per public function at least: a reader that found none would pass vacuously
  expect(examples.length).toBeGreaterThan(100);
  expect(typeProblems(examples, '__example__')).toEqual([]);
}, 60_000);
