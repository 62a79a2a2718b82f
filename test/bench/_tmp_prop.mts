import { createServiceChain, type CustomerInput, type ServiceLinkInput } from '../../src/chain/index.js';
import { propagateQuality } from '../../src/scoring/propagateQuality.js';
import { improvementPriorities } from '../../src/scoring/improvementPriorities.js';
import { seeded } from '../../src/sample/random.js';
const random = (seed: number): (() => number) => seeded(seed).next;
interface Org { readonly customers: CustomerInput[]; readonly links: ServiceLinkInput[]; readonly partner: Int32Array; readonly internalCount: number; }
function generate(customerCount: number, linkCount: number): Org {
  const next = random(7);
  const externalCount = Math.round(customerCount / 10);
  const internalCount = customerCount - externalCount;
  const layers = 10;
  const perLayer = Math.ceil(internalCount / layers);
  const departments = Math.round(internalCount / 20);
  const customers: CustomerInput[] = [];
  for (let i = 0; i < internalCount; i += 1) {
    if (i < departments) customers.push({ kind: 'department', id: `d${i}`, name: `Department ${i}` });
    else if (i % 97 === 0) customers.push({ kind: 'shareholder', id: `s${i}`, name: `Shareholder ${i}` });
    else customers.push({ kind: 'employee', id: `e${i}`, name: `Employee ${i}`, departmentId: `d${i % departments}` });
  }
  for (let j = 0; j < externalCount; j += 1) {
    const kind = j % 3 === 0 ? 'user' : j % 3 === 1 ? 'buyer' : 'beneficiary';
    customers.push({ kind, id: `x${j}`, name: `External ${j}` });
  }
  const ids = customers.map((customer) => customer.id);
  const layerOf = (i: number) => Math.floor(i / perLayer);
  const isOrphan = (i: number) => i % 50 === 7; // these serve only one another
  const services = Array.from({ length: 64 }, (_, k) => `service-${k}`);
  const deliverables = ['tool', 'information', 'support'] as const;
  const links: ServiceLinkInput[] = [];
  const sent = new Int32Array(internalCount);
  // the k-th link a unit provides carries a service name of its own, so (from, to, service) never repeats
  const add = (from: number, to: number, deliverable: ServiceLinkInput['deliverable']) => {
    const k = sent[from]!;
    sent[from] = k + 1;
    links.push({ from: ids[from]!, to: ids[to]!, service: k < 64 ? services[k]! : `service-${k}`, deliverable });
  };
  const lastLayer = (layers - 1) * perLayer;
  for (let j = 0; j < externalCount; j += 1) {
    let provider: number;
    do provider = lastLayer + Math.floor(next() * (internalCount - lastLayer));
    while (isOrphan(provider));
    add(provider, internalCount + j, j % 2 === 0 ? 'product' : 'service');
  }
  const partner = new Int32Array(internalCount).fill(-1);
  for (let i = 0; i + 1 < internalCount; i += 40) {
    if (isOrphan(i) || isOrphan(i + 1)) continue;
    add(i, i + 1, 'information');
    add(i + 1, i, 'information');
    partner[i] = i + 1;
    partner[i + 1] = i;
  }
  while (links.length < linkCount) {
    const from = Math.floor(next() * lastLayer);
    const nextStart = (layerOf(from) + 1) * perLayer;
    const nextEnd = Math.min(internalCount, nextStart + perLayer);
    let to = nextStart + Math.floor(next() * (nextEnd - nextStart));
    if (isOrphan(from)) {
      to = to - (to % 50) + 7;
      if (to >= nextEnd) continue;
    }
    add(from, to, deliverables[Math.floor(next() * 3)]!);
  }
  return { customers, links, partner, internalCount };
}

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
