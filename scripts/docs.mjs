// `npm run docs`: regenerates the sample organisation's page from the build,
// bundles Mermaid (from the mermaid devDependency, no network) with a small
// start-up script so the guides' ```mermaid blocks render as diagrams, and runs
// typedoc into docs-site/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import * as lib from 'clientele';
import { samplePage } from './sample-page.mjs';

writeFileSync('docs/sample-organization.md', samplePage(lib));

const start = `
document.addEventListener('DOMContentLoaded', () => {
  const blocks = document.querySelectorAll('pre > code.mermaid, pre > code.language-mermaid');
  for (const code of blocks) {
    const div = document.createElement('div');
    div.className = 'mermaid';
    div.textContent = code.textContent;
    code.parentElement.replaceWith(div);
  }
  if (blocks.length > 0) {
    const dark = document.documentElement.dataset.theme === 'dark';
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: dark ? 'dark' : 'default' });
    mermaid.run({ querySelector: 'div.mermaid' });
  }
});
`;
mkdirSync('.docs-cache', { recursive: true });
writeFileSync('.docs-cache/custom.js', `${readFileSync('node_modules/mermaid/dist/mermaid.min.js', 'utf8')}\n${start}`);

const run = spawnSync(process.execPath, ['node_modules/typedoc/bin/typedoc', '--customJs', '.docs-cache/custom.js'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
