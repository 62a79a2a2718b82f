import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

// the version each build knows itself by (src/_internal/version.ts)
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const define = { __CLIENTELE_VERSION__: JSON.stringify(version) };

// Two builds:
// - ESM, one output file per source module (no bundling), so that a user's
//   bundler, trusting `"sideEffects": false`, keeps only the modules an app
//   imports: `import { nps } from 'clientele'` carries no chain code and no zod.
// - CJS, one bundled file for `require`.
// Types come from the TypeScript source only (one .d.ts and one .d.cts).
export default defineConfig([
  {
    entry: ['src/**/*.ts'],
    format: ['esm'],
    bundle: false,
    dts: { entry: { index: 'src/index.ts' } },
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    outDir: 'dist',
    define,
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: { entry: { index: 'src/index.ts' } },
    sourcemap: true,
    clean: false,
    target: 'es2022',
    platform: 'neutral',
    outDir: 'dist',
    define,
  },
]);
