import { createServiceChain, type CustomerInput, type ServiceLinkInput } from '../../src/chain/index.js';
import { propagateQuality } from '../../src/scoring/propagateQuality.js';
import { improvementPriorities } from '../../src/scoring/improvementPriorities.js';
import { seeded } from '../../src/sample/random.js';
const random = (seed: number): (() => number) => seeded(seed).next;
interface Org { readonly customers: CustomerInput[]; readonly links: ServiceLinkInput[]; readonly partner: Int32Array; readonly internalCount: number; }
GEN
const org = generate(100_000, 1_000_000);
const next = random(99);
const quality = new Map<string, number>();
for (let i = 0; i < org.internalCount; i += 1) quality.set(org.customers[i]!.id, 0.9 + 0.1 * next());
const now = () => performance.now();
for (const what of ['mean', 'weakest', 'yield', 'prio'] as const) {
  const chain = createServiceChain({ customers: org.customers, links: org.links });
  const t = now();
  if (what === 'prio') improvementPriorities(chain, quality); else propagateQuality(chain, quality, { mode: what });
  const first = now() - t;
  const t2 = now();
  if (what === 'prio') improvementPriorities(chain, quality); else propagateQuality(chain, quality, { mode: what });
  console.log(what, 'first', first.toFixed(0), 'second', (now() - t2).toFixed(0));
}
