// The service chain: who serves whom inside the organisation, and what that reaches outside.
//
//   node examples/service-chain.mjs
//
// Marketing and Sales serve each other (a legal cycle), Internal Audit only
// serves Finance, which serves no one: Audit's work reaches no outsider (an
// orphan; Finance provides nothing, so it is not one), and every order
// for Acme passes through the Warehouse (a single point of failure).
import {
  chainAsOf,
  chainLinks,
  createServiceChain,
  criticalProviders,
  cycles,
  distanceToExternal,
  downstream,
  externalReach,
  internalRoles,
  orphans,
  parseServiceChain,
  serializeChain,
  sipoc,
  upstream,
} from 'clientele';

const chain = createServiceChain({
  customers: [
    { kind: 'department', id: 'it', name: 'IT' },
    { kind: 'department', id: 'hr', name: 'Human Resources' },
    { kind: 'department', id: 'marketing', name: 'Marketing' },
    { kind: 'department', id: 'sales', name: 'Sales' },
    { kind: 'department', id: 'support', name: 'Support' },
    { kind: 'department', id: 'warehouse', name: 'Warehouse', attributes: { site: 'Binh Duong', docks: 4 } },
    { kind: 'department', id: 'audit', name: 'Internal Audit' },
    { kind: 'department', id: 'finance', name: 'Finance' },
    { kind: 'buyer', id: 'acme', name: 'Acme Ltd', party: 'organization', segment: 'business' },
    { kind: 'user', id: 'lan', name: 'Lan', segment: 'retail' },
  ],
  links: [
    { from: 'it', to: 'sales', service: 'old CRM', deliverable: 'tool', validTo: '2024-06-30' },
    { from: 'it', to: 'sales', service: 'new CRM', deliverable: 'tool', validFrom: '2024-07-01' },
    { from: 'it', to: 'support', service: 'ticketing', deliverable: 'tool' },
    { from: 'hr', to: 'marketing', service: 'hiring', deliverable: 'support' },
    { from: 'marketing', to: 'sales', service: 'leads', deliverable: 'information', weight: 2 },
    { from: 'sales', to: 'marketing', service: 'market feedback', deliverable: 'information' },
    { from: 'sales', to: 'warehouse', service: 'orders', deliverable: 'information', slaHours: 4 },
    { from: 'sales', to: 'support', service: 'account notes', deliverable: 'information' },
    { from: 'warehouse', to: 'acme', service: 'deliveries', deliverable: 'product', slaHours: 48 },
    { from: 'support', to: 'lan', service: 'help desk', deliverable: 'support', slaHours: 8 },
    { from: 'audit', to: 'finance', service: 'audit reports', deliverable: 'information' },
  ],
});

// Each query answers with sorted ids; show() lines them up.
const show = (question, answer) => console.log(`${question.padEnd(30)} ${answer}`);
show('downstream(it)', downstream(chain, 'it').join(', '));
show('upstream(warehouse)', upstream(chain, 'warehouse').join(', '));
show('externalReach(hr)', externalReach(chain, 'hr').join(', '));
for (const id of ['hr', 'sales', 'warehouse', 'audit']) {
  show(`distanceToExternal(${id})`, distanceToExternal(chain, id) ?? 'none (reaches no outsider)');
}
show('orphans', orphans(chain).join(', '));
show('cycles', cycles(chain).map((group) => `[${group.join(' <-> ')}]`).join(' '));
show('criticalProviders(acme)', criticalProviders(chain, 'acme').join(', '));
show('criticalProviders(lan)', criticalProviders(chain, 'lan').join(', '));

// Roles: Sales receives work (orderer), rated IT in a survey (evaluator) and trades with Marketing (partner).
const surveys = [{ type: 'survey', respondentId: 'sales', subjectId: 'it', instrument: 'csat', value: 4, at: '2024-09-02' }];
show('internalRoles(sales)', internalRoles(chain, 'sales', surveys).join(', '));
show('internalRoles(audit)', internalRoles(chain, 'audit').join(', ') || '(none)');

// SIPOC: suppliers, inputs, process, outputs, customers of one unit.
console.log('\nSIPOC of Sales');
for (const [part, value] of Object.entries(sipoc(chain, 'sales'))) {
  console.log(`  ${part.padEnd(10)} ${[value].flat().join(', ')}`);
}

// The chain as it stood on two dates: the CRM was replaced on 1 July 2024.
console.log('');
for (const date of ['2024-03-01', '2024-12-01']) {
  const services = chainLinks(chainAsOf(chain, date)).filter((link) => link.from === 'it' && link.to === 'sales');
  console.log(`On ${date} IT gives Sales: ${services.map((link) => link.service).join(', ')}`);
}

// Store the chain as JSON and read it back: nothing is lost, attributes included.
const text = JSON.stringify(serializeChain(chain));
const restored = parseServiceChain(text);
console.log(`\nJSON: ${text.length} characters`);
console.log(`round trip equal: ${JSON.stringify(serializeChain(restored)) === text}`);
console.log(`warehouse attributes after the trip: ${JSON.stringify(serializeChain(restored).customers[5].attributes)}`);
