// Extreme shapes: every chain query and propagateQuality answer, without
// overflowing the stack, what the shape implies. Sizes here are cut down so
// that `npm test` stays quick (path and star 50,000 links, bipartite
// 200 × 200, the cycle at its full 100,000 units); test/bench/extreme.bench.ts
// runs the full sizes (1,000,000 links, 1,000 × 1,000) with the same checks.
import { describe, it } from 'vitest';
import { createServiceChain } from '../../src/index.js';
import { bipartiteShape, cycleShape, pathShape, starShape, type Shape } from './_shapes.js';

const SHAPES: readonly (() => Shape)[] = [
  () => pathShape(50_000),
  () => starShape(50_000),
  () => bipartiteShape(200),
  () => cycleShape(100_000),
  // small cases of each shape
  () => pathShape(4),
  () => starShape(2),
  () => bipartiteShape(1),
  () => cycleShape(2),
];

for (const make of SHAPES) {
  const shape = make();
  describe(shape.name, () => {
    it('answers every query as the shape implies', { timeout: 120_000 }, () => {
      const chain = createServiceChain({ customers: shape.customers, links: shape.links });
      for (const check of shape.checks) check.verify(check.run(chain));
    });
  });
}
