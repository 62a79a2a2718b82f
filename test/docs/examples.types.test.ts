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
import ts from 'typescript';
import { expect, it } from 'vitest';

const root = process.cwd();
const FILES = readdirSync(resolve(root, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.ts'))
  .map((name) => `src/${name.split('\\').join('/')}`);

interface Example {
  readonly where: string;
  readonly code: string;
}

function examplesIn(file: string): Example[] {
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
  const sources = new Map<string, { where: string; text: string }>();
  examples.forEach((example, index) => {
    const path = resolve(root, 'test/docs', `__example_${index}.ts`);
    sources.set(path, { where: example.where, text: `${example.code.replace(/from 'clientele'/g, "from '../../src/index.js'")}\nexport {};\n` });
  });
  const config = ts.getParsedCommandLineOfConfigFile(resolve(root, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!config) throw new Error('tsconfig.json could not be read');
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => sources.get(resolve(name))?.text ?? readFile(name);
  host.fileExists = (name) => sources.has(resolve(name)) || fileExists(name);
  host.getSourceFile = (name, language, onError, create) => {
    const source = sources.get(resolve(name));
    return source === undefined ? getSourceFile(name, language, onError, create) : ts.createSourceFile(name, source.text, language);
  };
  const program = ts.createProgram({ rootNames: [...sources.keys()], options: { ...config.options, noEmit: true }, host });
  const problems = [...sources.entries()].flatMap(([path, { where }]) => {
    const file = program.getSourceFile(path)!;
    return [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map(
      (diagnostic) => `${where}: TS${diagnostic.code} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`,
    );
  });
  expect(problems).toEqual([]);
}, 60_000);
