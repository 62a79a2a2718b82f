// `npm run bench`: runs every test/bench/*.bench.ts in its own Node process
// (so one benchmark's heap does not weigh on the next), one after another.
// `npm run bench -- chain` runs only the files whose name contains "chain".
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const filter = process.argv[2] ?? '';
const files = readdirSync('test/bench')
  .filter((name) => name.endsWith('.bench.ts') && name.includes(filter))
  .sort();
let failed = 0;
for (const name of files) {
  console.log(`\n## ${name}\n`);
  const run = spawnSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', `test/bench/${name}`],
    { stdio: 'inherit' },
  );
  if (run.status !== 0) failed += 1;
}
if (failed > 0) {
  console.error(`\n${failed} benchmark file(s) reported a failure`);
  process.exit(1);
}
