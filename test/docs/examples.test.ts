/**
 * Runs every `@example` in the source's JSDoc against the library.
 *
 * Conventions an example follows:
 * - it imports from 'clientele' with `import { a, b } from 'clientele';`
 * - a line `//=> VALUE` (continued by following `//` lines) asserts that the
 *   statement just above it equals VALUE: a `const NAME = …` statement checks
 *   NAME, any other statement is taken as an expression and checked itself;
 * - `//=> throws CODE` asserts that the statement above throws a
 *   ClienteleError whose code is CODE.
 * Numbers are compared to within 1e-9 relative, so `0.1 + 0.2` may be shown as 0.3.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';

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
    const imports = [...code.matchAll(/import\s*\{([^}]*)\}\s*from\s*'clientele';?/g)].flatMap((m) =>
      m[1]!.split(',').map((name) => name.trim()).filter((name) => name.length > 0 && !name.startsWith('type ')),
    );
    found.push({ where: `${relative(process.cwd(), file)}:${line}`, code, imports });
  }
  return found;
}

function balance(text: string): number {
  let depth = 0;
  for (const char of text.replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`(?:\\.|[^`\\])*`/g, '')) {
    if (char === '(' || char === '[' || char === '{') depth += 1;
    else if (char === ')' || char === ']' || char === '}') depth -= 1;
  }
  return depth;
}

/** Rewrites the example's `//=>` lines into checks. */
export function instrument(code: string): string {
  const lines = code.replace(/import\s*\{([^}]*)\}\s*from\s*'clientele';?/g, 'const {$1} = __lib;').split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const arrow = /^\s*\/\/=>\s?(.*)$/.exec(line);
    if (!arrow) {
      out.push(line);
      continue;
    }
    let expected = arrow[1]!;
    while (i + 1 < lines.length && /^\s*\/\/(?!=>)/.test(lines[i + 1]!)) {
      i += 1;
      expected += `\n${lines[i]!.replace(/^\s*\/\//, '')}`;
    }
    // find the statement above: walk back over code lines until brackets balance
    let start = out.length - 1;
    while (start >= 0 && (out[start]!.trim() === '' || out[start]!.trim().startsWith('//'))) start -= 1;
    if (start < 0) throw new Error('//=> with no statement above it');
    let statement = out[start]!;
    while (balance(statement) !== 0 && start > 0) {
      start -= 1;
      statement = `${out[start]!}\n${statement}`;
    }
    const body = statement.trim().replace(/;\s*$/, '');
    const declared = /^(?:const|let)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=/.exec(body);
    out.length = start;
    const throws = /^throws\s+([A-Z_]+)\s*$/.exec(expected.trim());
    if (throws) {
      out.push(`__throws(() => { ${body}; }, ${JSON.stringify(throws[1])});`);
    } else if (declared) {
      out.push(`${body};`, `__check(${declared[1]}, (${expected}));`);
    } else {
      out.push(`__check((${body}), (${expected}));`);
    }
  }
  return out.join('\n');
}

function close(actual: unknown, expected: unknown, path: string): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    if (Number.isNaN(expected)) return void expect(actual, path).toBeNaN();
    const scale = Math.max(1, Math.abs(expected));
    if (Math.abs(actual - expected) > 1e-9 * scale) expect(actual, path).toBe(expected);
    return;
  }
  if (expected instanceof Map) {
    expect(actual, path).toBeInstanceOf(Map);
    close([...(actual as Map<unknown, unknown>).entries()], [...expected.entries()], path);
    return;
  }
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual) || ArrayBuffer.isView(actual), `${path} is an array`).toBe(true);
    const list = Array.from(actual as ArrayLike<unknown>);
    expect(list.length, `${path}.length`).toBe(expected.length);
    expected.forEach((item, index) => close(list[index], item, `${path}[${index}]`));
    return;
  }
  if (typeof expected === 'object' && expected !== null) {
    expect(typeof actual, path).toBe('object');
    const keys = (value: object) => Object.keys(value).filter((key) => (value as Record<string, unknown>)[key] !== undefined).sort();
    expect(keys(actual as object), `${path} keys`).toEqual(keys(expected));
    for (const key of keys(expected)) {
      close((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`);
    }
    return;
  }
  expect(actual, path).toStrictEqual(expected);
}

function throwsCode(run: () => unknown, code: string): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(lib.ClienteleError);
  expect((caught as InstanceType<typeof lib.ClienteleError>).code).toBe(code);
}

const examples = sourceFiles(join(process.cwd(), 'src')).flatMap(examplesIn);

describe('every @example in src runs and shows the truth', () => {
  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThan(10);
  });
  for (const example of examples) {
    it(example.where, async () => {
      const js = transformSync(instrument(example.code), { loader: 'ts', format: 'esm' }).code;
      const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
        ...args: string[]
      ) => (...values: unknown[]) => Promise<void>;
      const run = new AsyncFunction('__lib', '__check', '__throws', js);
      let checks = 0;
      await run(lib, (actual: unknown, expected: unknown) => {
        checks += 1;
        close(actual, expected, 'result');
      }, (fn: () => unknown, code: string) => {
        checks += 1;
        throwsCode(fn, code);
      });
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
