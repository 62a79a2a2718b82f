/**
 * One scenario run twice: in Node against the source, and in headless
 * Chromium against the bundled ESM build. Both runs must give the same JSON.
 * It takes the library as an argument so the same code serves both sides:
 * the sample organisation's chain, its queries, scores over typed-array
 * columns, accumulators through JSON, and the whole report.
 */
import type * as Clientele from '../../src/index.js';

export function scenario(lib: typeof Clientele): unknown {
  const sample = lib.sampleOrganization();
  const chain = lib.createServiceChain({ customers: sample.customers, links: sample.links });
  const answers = new Uint8Array(10_000);
  for (let i = 0; i < answers.length; i += 1) answers[i] = (i * 7919) % 11;
  const accumulator = lib.npsAccumulator();
  let state = accumulator.empty();
  for (const value of answers.subarray(0, 500)) state = accumulator.add(state, value);
  state = accumulator.merge(JSON.parse(JSON.stringify(state)) as typeof state, accumulator.empty());
  const report = lib.scoreOrganization(chain, sample.observations, { asOf: '2025-12-31T23:59:59Z', window: { from: '2025-07-01' } });
  let error: unknown = null;
  try {
    lib.createServiceChain({ customers: [{ kind: 'user', id: 'u', name: 'U' }], links: [{ from: 'u', to: 'x', service: 's', deliverable: 'tool' }] });
  } catch (caught) {
    error = caught instanceof lib.ClienteleError ? caught.issues.map((issue) => [issue.code, issue.path]) : 'not a ClienteleError';
  }
  return {
    party: lib.classifyParty({ employeeOf: true, buysFrom: true, partnerOf: true }, { partners: 'internal' }),
    orphans: lib.orphans(chain),
    cycles: lib.cycles(chain),
    critical: lib.criticalProviders(chain, 'edu-b01'),
    distance: lib.distanceToExternal(chain, 'it'),
    downstream: lib.downstream(chain, 'marketing').length,
    propagated: [...lib.propagateQuality(chain, { it: 0.9, logistics: 0.8 }, { mode: 'mean' }).entries()],
    nps: lib.nps(answers),
    csat: lib.csat(answers.map((value) => 1 + (value % 5))),
    accumulated: accumulator.result(state),
    trend: lib.trend(
      sample.observations.filter((o) => o.type === 'purchase').map((o) => ({ at: (o as { at: string }).at, value: (o as { amount: number }).amount })),
      { period: 'quarter', aggregate: 'sum' },
    ),
    report: JSON.parse(JSON.stringify(report)) as unknown,
    mermaidLength: lib.toMermaid(chain).length,
    label: lib.label('beneficiary', 'ru'),
    error,
  };
}
