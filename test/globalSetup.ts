/**
 * Some tests run the built package (examples, warehouse functions, the
 * browser page, tree-shaking): they must never skip for want of dist/, nor
 * read a dist/ older than the source. Before any test runs, dist/ is built
 * when it is missing or when any file under src/, udaf/ or the build scripts
 * is newer than it.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

export default function setup(): void {
  const built = 'dist/index.js';
  const sources = ['src', 'udaf', 'scripts/build-udaf.mjs', 'tsup.config.ts', 'package.json'].filter((path) => existsSync(path));
  const stale = !existsSync(built) || !existsSync('dist/udaf') || sources.some((path) => newest(path) > statSync(built).mtimeMs);
  if (stale) execSync('npm run build --silent', { stdio: 'inherit' });
}
