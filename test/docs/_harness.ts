/**
 * Runs documentation code (JSDoc `@example`s and the guides' code blocks)
 * against the library.
 *
 * Conventions a snippet follows:
 * - it imports from 'clientele' with `import { a, b } from 'clientele';`
 * - a line `//=> VALUE` (continued by following `//` lines) asserts that the
 *   statement just above it equals VALUE: a `const NAME = …` statement checks
 *   NAME, any other statement is taken as an expression and checked itself;
 * - `//=> throws CODE` asserts that the statement above throws a
 *   ClienteleError whose code is CODE.
 * Numbers must be shown exactly as JavaScript computes them (`0.1 + 0.2` is
 * 0.30000000000000004): the library never rounds, and neither do its examples.
 */
import { transformSync } from 'esbuild';
import { expect } from 'vitest';
import * as lib from '../../src/index.js';

const IMPORT = /import\s*\{([^}]*)\}\s*from\s*'clientele';?/g;

/** The runtime names a snippet imports from 'clientele' (type-only names left out). */
export function clienteleImports(code: string): string[] {
  return [...code.matchAll(IMPORT)].flatMap((m) =>
    m[1]!.split(',').map((name) => name.trim()).filter((name) => name.length > 0 && !name.startsWith('type ')),
  );
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
  // `import { a, type B } from 'clientele'` binds `a`; type-only names vanish, as TypeScript erases them
  const bind = (_: string, names: string): string =>
    `const {${names.split(',').filter((name) => !/^\s*type\s/.test(name)).join(',')}} = __lib;`;
  const lines = code.replace(IMPORT, bind).split('\n');
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

/** Asserts that `actual` equals `expected`: numbers exactly, object keys exactly (undefined values ignored). */
export function close(actual: unknown, expected: unknown, path: string): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    if (Number.isNaN(expected)) return void expect(actual, path).toBeNaN();
    expect(actual, path).toBe(expected);
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

/** Asserts that `run` throws a ClienteleError whose code is `code`. */
export function throwsCode(run: () => unknown, code: string): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(lib.ClienteleError);
  expect((caught as InstanceType<typeof lib.ClienteleError>).code).toBe(code);
}

/**
 * Instruments a snippet, compiles it (TypeScript types stripped) and runs it
 * with 'clientele' bound to the library's source; resolves to the number of
 * checks it made. A check that fails, or anything the snippet throws, rejects.
 */
export async function runSnippet(code: string): Promise<number> {
  const js = transformSync(instrument(code), { loader: 'ts', format: 'esm' }).code;
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
  return checks;
}
