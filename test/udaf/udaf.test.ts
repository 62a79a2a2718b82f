/**
 * The warehouse functions in dist/udaf/ (built by `npm test` before vitest
 * runs): each partition is aggregated in its own worker thread, the states
 * travel as JSON text, are merged in a shuffled order and finalised; the
 * answer must equal the one-pass score over all the values.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ces, csat, mean, nps, slaAttainment } from '../../src/index.js';
import { partition } from '../scoring/_helpers.js';

function inWorker(file: string, values: readonly unknown[]): Promise<string> {
  return new Promise((done, failed) => {
    const worker = new Worker(new URL('./worker.mjs', import.meta.url), { workerData: { file, values } });
    worker.once('message', (text: string) => {
      done(text);
      void worker.terminate();
    });
    worker.once('error', failed);
  });
}

async function warehouse(name: string, partitions: readonly (readonly unknown[])[], order: readonly number[]): Promise<unknown> {
  const file = pathToFileURL(resolve(`dist/udaf/${name}.js`)).href;
  const udaf = (await import(file)) as {
    initialState(): object;
    merge(state: object, partial: object): void;
    finalize(state: object): unknown;
  };
  const states = await Promise.all(partitions.map((values) => inWorker(file, values)));
  const total = udaf.initialState();
  for (const index of order) udaf.merge(total, JSON.parse(states[index]!) as object);
  return udaf.finalize(total);
}


describe('warehouse UDAFs over partitions in worker threads', () => {
  const partitioned = <T>(values: fc.Arbitrary<T[]>) =>
    fc.tuple(values, fc.array(fc.nat(), { maxLength: 4 }), fc.infiniteStream(fc.nat())).map(([list, cuts, stream]) => {
      const parts = partition(list, cuts);
      const order = parts.map((_, index) => index);
      for (let i = order.length - 1; i > 0; i -= 1) {
        const j = stream.next().value % (i + 1);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      return { list, parts, order };
    });

  it('nps equals the one-pass score', async () => {
    await fc.assert(
      fc.asyncProperty(partitioned(fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 200 })), async ({ list, parts, order }) => {
        expect(await warehouse('nps', parts, order)).toBe(nps(list).score);
      }),
      { numRuns: 15 },
    );
  });

  it('csat and ces equal the one-pass scores', async () => {
    await fc.assert(
      fc.asyncProperty(partitioned(fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 200 })), async ({ list, parts, order }) => {
        expect(await warehouse('csat', parts, order)).toBe(csat(list).score);
        expect(await warehouse('ces', parts, order)).toBe(ces(list).score);
      }),
      { numRuns: 10 },
    );
  });

  it('mean equals the one-pass mean exactly, whatever the partition', async () => {
    const values = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 200 });
    await fc.assert(
      fc.asyncProperty(partitioned(values), async ({ list, parts, order }) => {
        expect(await warehouse('mean', parts, order)).toBe(mean(list).score);
      }),
      { numRuns: 10 },
    );
  });

  it('sla equals slaAttainment without asOf', async () => {
    const task = fc.record({
      requestedAt: fc.constant('2025-03-01T08:00:00Z'),
      completedAt: fc.option(fc.constantFrom('2025-03-01T09:00:00Z', '2025-03-02T08:00:00Z', '2025-03-05T08:00:00Z'), { nil: undefined }),
      slaHours: fc.constantFrom(1, 24, 48),
    }).map((t) => (t.completedAt === undefined ? { requestedAt: t.requestedAt, slaHours: t.slaHours } : t));
    await fc.assert(
      fc.asyncProperty(partitioned(fc.array(task, { maxLength: 60 })), async ({ list, parts, order }) => {
        expect(await warehouse('sla', parts, order)).toBe(slaAttainment(list).score);
      }),
      { numRuns: 10 },
    );
  });
});
