/**
 * Extreme chain shapes at full size (not a vitest test). Run with
 *   node --expose-gc --max-old-space-size=8192 --import tsx test/bench/extreme.bench.ts
 *
 * - a path of 1,000,000 links (1,000,001 customers);
 * - a star of 1,000,000 links (one hub, 500,000 departments, 500,000 users);
 * - a complete bipartite layer of 1,000 × 1,000 (a root, 1,000 providers,
 *   1,000 users: 1,001,000 links);
 * - a cycle of 100,000 units (and one user served by its last unit).
 *
 * Every chain query, propagateQuality in both modes, chainAsOf, the JSON round
 * trip (serializeChain → JSON text → parseServiceChain) and both diagrams run
 * on each shape, with Node's default stack, and each answer is checked
 * against what the shape implies (test/fuzz/_shapes.ts, which computes the
 * expected answers from the shape alone). A wrong answer or a stack overflow
 * fails the run (exit code 1).
 *
 * The baseline, measured in the same run on the same input, builds bare
 * forward CSR arrays from the link list (a Map from id to index, two passes)
 * and walks them breadth-first from the first customer. Each query is timed
 * on its first call on a freshly built chain, in the order listed, so one-off
 * work it triggers (condensation, distances, dominators) is included.
 */
import { createServiceChain, type ServiceChain } from '../../src/index.js';
import { bipartiteShape, cycleShape, pathShape, starShape, type Shape } from '../fuzz/_shapes.js';
import { collect } from './_measure.js';

/** Bare CSR arrays from the link list, then a breadth-first walk from the first customer; returns the nodes reached. */
function baseline(shape: Shape): number {
  const index = new Map<string, number>();
  for (const customer of shape.customers) index.set(customer.id, index.size);
  const n = index.size;
  const start = new Int32Array(n + 1);
  const from = new Int32Array(shape.links.length);
  const to = new Int32Array(shape.links.length);
  shape.links.forEach((link, l) => {
    from[l] = index.get(link.from) as number;
    to[l] = index.get(link.to) as number;
    (start[(from[l] as number) + 1] as number) += 1;
  });
  for (let v = 0; v < n; v += 1) (start[v + 1] as number) += start[v] as number;
  const next = new Int32Array(shape.links.length);
  const cursor = start.slice(0, n);
  for (let l = 0; l < shape.links.length; l += 1) next[(cursor[from[l] as number] as number)++] = to[l] as number;
  const seen = new Uint8Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  queue[tail++] = 0;
  seen[0] = 1;
  for (let head = 0; head < tail; head += 1) {
    const v = queue[head] as number;
    for (let k = start[v] as number; k < (start[v + 1] as number); k += 1) {
      const w = next[k] as number;
      if (seen[w] === 0) {
        seen[w] = 1;
        queue[tail++] = w;
      }
    }
  }
  return tail;
}

interface Row {
  readonly shape: string;
  readonly step: string;
  readonly ms: number;
  readonly base: number;
}

function time<T>(run: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = run();
  return { value, ms: performance.now() - t0 };
}

const rows: Row[] = [];
let failures = 0;

function measure(make: () => Shape): void {
  collect();
  const shape = make();
  const base = time(() => baseline(shape));
  const step = (name: string, ms: number): void => {
    rows.push({ shape: shape.name, step: name, ms, base: base.ms });
  };
  step('baseline: CSR + BFS', base.ms);
  let chain: ServiceChain;
  try {
    const built = time(() => createServiceChain({ customers: shape.customers, links: shape.links }));
    chain = built.value;
    step('createServiceChain', built.ms);
  } catch (error) {
    failures += 1;
    console.error(`${shape.name}: createServiceChain failed: ${String(error)}`);
    return;
  }
  for (const check of shape.checks) {
    collect();
    try {
      const { value, ms } = time(() => check.run(chain));
      check.verify(value);
      step(check.query, ms);
    } catch (error) {
      failures += 1;
      step(`${check.query} FAILED`, Number.NaN);
      console.error(`${shape.name}: ${check.query}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

const started = performance.now();
measure(() => pathShape(1_000_000));
measure(() => starShape(1_000_000));
measure(() => bipartiteShape(1_000));
measure(() => cycleShape(100_000));

const width = Math.max(...rows.map((row) => row.step.length));
let current = '';
const lines: string[] = [];
for (const row of rows) {
  if (row.shape !== current) {
    current = row.shape;
    lines.push('', `### ${row.shape}`, '', `| ${'step'.padEnd(width)} |        ms | × baseline |`, `|${'-'.repeat(width + 2)}|----------:|-----------:|`);
  }
  const ms = Number.isNaN(row.ms) ? 'failed' : row.ms.toFixed(1);
  const ratio = Number.isNaN(row.ms) ? '' : (row.ms / row.base).toFixed(2);
  lines.push(`| ${row.step.padEnd(width)} | ${ms.padStart(9)} | ${ratio.padStart(10)} |`);
}
console.log(lines.join('\n'));
console.log(`\n${failures === 0 ? 'every answer checked' : `${failures} check(s) FAILED`}; total ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (failures > 0) process.exitCode = 1;
