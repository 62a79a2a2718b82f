// The demo: parses a few customers of a small company and says where each stands.
// Run it with `npm run demo` (it builds the package first).
import { parseCustomer, sideOf, classifyParty } from 'clientele';

const records = [
  { kind: 'department', id: 'sales', name: 'Sales', function: 'selling' },
  { kind: 'employee', id: 'lan', name: 'Lan Pham', departmentId: 'sales', title: 'Account lead', partyId: 'p-lan' },
  { kind: 'shareholder', id: 'fund', name: 'Mekong Fund', holder: 'organization', ownership: 0.25 },
  { kind: 'buyer', id: 'lan-buys', name: 'Lan Pham', partyId: 'p-lan', usesProduct: true },
  { kind: 'user', id: 'hoa', name: 'Hoa Tran', segment: 'retail' },
  { kind: 'beneficiary', id: 'kid', name: "Hoa's son", via: 'hoa' },
];

const rows = records.map((record) => {
  const customer = parseCustomer(record);
  return { id: customer.id, kind: customer.kind, side: sideOf(customer), party: customer.partyId ?? '' };
});
console.log('Customers of the sample company');
console.table(rows);

const lan = classifyParty({ employeeOf: true, buysFrom: true });
console.log(`Lan is ${lan.kinds.join(' and ')}; primary side: ${lan.side}; sides: ${lan.sides.join(', ')}`);
const supplier = classifyParty({ suppliesTo: true });
const supplierInside = classifyParty({ suppliesTo: true }, { partners: 'internal' });
console.log(`A supplier stands ${supplier.side} by default, ${supplierInside.side} under the extended-enterprise policy.`);
