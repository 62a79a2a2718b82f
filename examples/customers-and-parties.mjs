// Customers and parties: one person can be a customer on both sides.
//
//   node examples/customers-and-parties.mjs
//
// Mai works in Finance and also buys the company's product for her family.
// She is two customer records, an employee and a buyer, tied by one partyId.
import {
  ClienteleError,
  classifyParty,
  isExternal,
  isInternal,
  parseCustomer,
  safeParseCustomer,
  sideOf,
} from 'clientele';

const records = [
  { kind: 'department', id: 'finance', name: 'Finance' },
  { kind: 'employee', id: 'emp-mai', name: 'Tran Thi Mai', partyId: 'p-mai', departmentId: 'finance', title: 'Accountant', hiredAt: '2021-03-01' },
  { kind: 'buyer', id: 'buy-mai', name: 'Tran Thi Mai', partyId: 'p-mai', usesProduct: false, segment: 'family', since: '2023-11-20' },
];
const customers = records.map((record) => parseCustomer(record));

// The guards narrow the type; sideOf answers for a kind or a whole customer.
console.log('Records of party p-mai');
for (const customer of customers.filter((c) => c.partyId === 'p-mai')) {
  console.log(
    `  ${customer.id}: ${customer.kind}, side ${sideOf(customer)}, ` +
      `isInternal ${isInternal(customer)}, isExternal ${isExternal(customer)}`,
  );
}
console.log(`  sideOf('shareholder') = ${sideOf('shareholder')}, sideOf('beneficiary') = ${sideOf('beneficiary')}`);

// classifyParty decides from facts. Mai is on both sides; internal wins as the closer tie.
const mai = classifyParty({ employeeOf: true, buysFrom: true });
console.log(`\nMai: side ${mai.side}, sides [${mai.sides.join(', ')}], kinds [${mai.kinds.join(', ')}]`);

// Suppliers and partners are where sources disagree; the policy makes the choice explicit.
const supplier = { suppliesTo: true, partnerOf: true };
for (const partners of ['external', 'internal']) {
  const verdict = classifyParty(supplier, { partners });
  console.log(`A supplier-partner with partners: '${partners}' -> side ${verdict.side}, relations [${verdict.relations.join(', ')}]`);
}

// A bad record: every problem comes back at once, each with a code and a path.
const bad = { kind: 'employee', id: '', name: 'Nobody', hiredAt: '2024-02-30', shoeSize: 42 };
try {
  parseCustomer(bad);
} catch (error) {
  if (!(error instanceof ClienteleError)) throw error;
  console.log(`\nparseCustomer rejected the record: ${error.code}, ${error.issues.length} issues`);
  for (const issue of error.issues) {
    console.log(`  ${issue.code} at ${issue.path.join('.')}: ${issue.message}`);
  }
}

// safeParseCustomer returns a result instead of throwing.
const checked = safeParseCustomer({ kind: 'user', id: 'u1', name: 'Lan', party: 'robot' });
console.log(`safeParseCustomer: success=${checked.success}, first issue at '${checked.success ? '' : checked.error.issues[0].path.join('.')}'`);
