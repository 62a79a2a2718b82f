/**
 * Type-checks snippets of documentation (guide blocks, JSDoc examples) under
 * the project's tsconfig, each as its own module in test/docs importing the
 * source instead of 'clientele'. Shared by the guide and example tests.
 */
import { resolve } from 'node:path';
import ts from 'typescript';

export interface Snippet {
  /** Where the snippet starts, as `file:line`. */
  readonly where: string;
  readonly code: string;
}

/** Every diagnostic of every snippet, as `file:line: TScode message` (the line within the documentation file). */
export function typeProblems(snippets: readonly Snippet[], prefix: string): string[] {
  const root = process.cwd();
  const sources = new Map<string, { snippet: Snippet; text: string }>();
  snippets.forEach((snippet, index) => {
    const path = resolve(root, 'test/docs', `${prefix}${index}.ts`);
    sources.set(path, { snippet, text: `${snippet.code.replace(/from 'clientele'/g, "from '../../src/index.js'")}\nexport {};\n` });
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
  return [...sources.entries()].flatMap(([path, { snippet }]) => {
    const file = program.getSourceFile(path)!;
    const [name, first] = [snippet.where.slice(0, snippet.where.lastIndexOf(':')), Number(snippet.where.slice(snippet.where.lastIndexOf(':') + 1))];
    return [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map((diagnostic) => {
      const { line } = diagnostic.start === undefined ? { line: 0 } : file.getLineAndCharacterOfPosition(diagnostic.start);
      return `${name}:${first + 1 + line}: TS${diagnostic.code} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`;
    });
  });
}
