/**
 * What a user's bundler keeps: importing one score must not drag in the
 * chain, the schemas or zod. Bundles the built ESM output (npm test builds
 * first) with esbuild, which honours `"sideEffects": false`, and reads the
 * metafile's list of inputs.
 */
import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

async function inputsOf(entry: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    write: false,
    metafile: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
  });
  // the files that contribute bytes to the output (the top-level `inputs`
  // also lists files that were read and then shaken away)
  const [output] = Object.values(result.metafile.outputs);
  return Object.entries(output!.inputs)
    .filter(([, use]) => use.bytesInOutput > 0)
    .map(([path]) => path);
}

describe('tree-shaking of the ESM build', () => {
  it('import { nps } pulls in no chain code, no schemas and no zod', async () => {
    const inputs = await inputsOf("import { nps } from './dist/index.js'; console.log(nps([10]));");
    expect(inputs.some((path) => path.includes('dist/scoring/nps.js'))).toBe(true);
    expect(inputs.filter((path) => path.includes('dist/chain/'))).toEqual([]);
    expect(inputs.filter((path) => path.includes('node_modules/zod'))).toEqual([]);
    expect(inputs.filter((path) => path.includes('schemas'))).toEqual([]);
  });

  it('import { createServiceChain } pulls in no scoring code', async () => {
    const inputs = await inputsOf("import { createServiceChain } from './dist/index.js'; console.log(createServiceChain);");
    expect(inputs.filter((path) => path.includes('dist/scoring/'))).toEqual([]);
  });
});
