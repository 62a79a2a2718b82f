// Quickstart: a few customers, a tiny service chain, one score.
//
//   node examples/quickstart.mjs
//
// The script imports the package by its name, as an app would.
import { createServiceChain, externalReach, nps, parseCustomer, sideOf } from 'clientele';

// 1. Customers. parseCustomer checks a record and fills in defaults
//    (a user's `party` becomes 'person' when it is not given).
const customers = [
  { kind: 'department', id: 'it', name: 'IT' },
  { kind: 'department', id: 'support', name: 'Customer Support' },
  { kind: 'user', id: 'lan', name: 'Lan', segment: 'retail' },
  { kind: 'buyer', id: 'acme', name: 'Acme Ltd', party: 'organization' },
].map((record) => parseCustomer(record));

console.log('Customers');
for (const customer of customers) {
  console.log(`  ${customer.id.padEnd(8)} ${customer.kind.padEnd(11)} ${sideOf(customer)}`);
}

// 2. The chain: who serves whom. IT equips Support; Support serves both outsiders.
const chain = createServiceChain({
  customers,
  links: [
    { from: 'it', to: 'support', service: 'ticketing system', deliverable: 'tool' },
    { from: 'support', to: 'lan', service: 'help desk', deliverable: 'support', slaHours: 8 },
    { from: 'support', to: 'acme', service: 'account care', deliverable: 'service' },
  ],
});
console.log(`\nIT's work ultimately reaches: ${externalReach(chain, 'it').join(', ')}`);

// 3. One score: Net Promoter Score over ten answers to
//    "How likely are you to recommend us?" (0-10).
const answers = [10, 9, 9, 8, 7, 10, 6, 3, 9, 10];
const result = nps(answers);
console.log(
  `\nNPS ${result.score.toFixed(1)} ` +
    `(${result.promoters} promoters, ${result.passives} passives, ${result.detractors} detractors, ${result.total} answers)`,
);
