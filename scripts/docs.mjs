// `npm run docs`: regenerates the sample organisation's page from the build,
// runs typedoc into docs-site/ with the site's script (docs/assets/site.js,
// which draws the guides' ```mermaid blocks) and copies Mermaid (from the
// mermaid devDependency, no network) next to it; the script loads Mermaid
// only on pages that have a diagram.
//
//   node scripts/docs.mjs [--out DIR] [--keep-sample] [other typedoc flags]
//
// --out writes the site elsewhere (the browser test builds into a temporary
// folder); --keep-sample leaves docs/sample-organization.md as it is.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const take = (flag) => {
  const at = args.indexOf(flag);
  if (at < 0) return undefined;
  const [, value] = args.splice(at, flag === '--keep-sample' ? 1 : 2);
  return value ?? true;
};
const out = take('--out') ?? 'docs-site';
const keepSample = take('--keep-sample') !== undefined;

if (!keepSample) {
  const lib = await import('clientele');
  const { samplePage } = await import('./sample-page.mjs');
  writeFileSync('docs/sample-organization.md', samplePage(lib));
}

const typedoc = ['node_modules/typedoc/bin/typedoc', '--out', out, '--customJs', 'docs/assets/site.js', ...args];
const run = spawnSync(process.execPath, typedoc, { stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);
copyFileSync('node_modules/mermaid/dist/mermaid.min.js', join(out, 'assets', 'mermaid.min.js'));
