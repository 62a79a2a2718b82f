// Internal service quality: how well each unit serves the units that depend on it.
//
//   node examples/internal-quality.mjs
//
// Each provider is scored from its tasks (timeliness, accuracy) and from what
// its internal consumers said in surveys (satisfaction); the scores then travel
// down the chain to the external customer.
import {
  createServiceChain,
  csat,
  firstPassYield,
  healthScore,
  internalServiceQuality,
  propagateQuality,
  slaAttainment,
} from 'clientele';

const chain = createServiceChain({
  customers: [
    { kind: 'department', id: 'it', name: 'IT' },
    { kind: 'department', id: 'purchasing', name: 'Purchasing' },
    { kind: 'department', id: 'assembly', name: 'Assembly' },
    { kind: 'buyer', id: 'retailer', name: 'City Retail', party: 'organization' },
  ],
  links: [
    { from: 'it', to: 'purchasing', service: 'ERP', deliverable: 'tool' },
    { from: 'it', to: 'assembly', service: 'line software', deliverable: 'tool', weight: 1 },
    { from: 'purchasing', to: 'assembly', service: 'parts', deliverable: 'product', weight: 3 },
    { from: 'assembly', to: 'retailer', service: 'finished goods', deliverable: 'product' },
  ],
});

// A task requested at `at`, finished `hours` later (null: still open), with an SLA.
const task = (providerId, consumerId, at, hours, slaHours, extra = {}) => ({
  type: 'task', providerId, consumerId, requestedAt: at, slaHours, ...extra,
  ...(hours === null ? {} : { completedAt: new Date(Date.parse(at) + hours * 3_600_000).toISOString() }),
});
const tasks = [
  task('it', 'purchasing', '2025-03-03T09:00:00Z', 3, 4),
  task('it', 'assembly', '2025-03-04T09:00:00Z', 4, 4), // exactly at the deadline: on time
  task('it', 'assembly', '2025-03-05T09:00:00Z', 9, 4, { defects: 1 }),
  task('it', 'purchasing', '2025-03-06T09:00:00Z', null, 4), // open, and past its SLA on asOf; not yet judged for first pass
  task('purchasing', 'assembly', '2025-03-03T08:00:00Z', 20, 24),
  task('purchasing', 'assembly', '2025-03-04T08:00:00Z', 30, 24, { reworked: true }),
  task('purchasing', 'assembly', '2025-03-05T08:00:00Z', 12, 24),
  task('assembly', 'retailer', '2025-03-06T08:00:00Z', 40, 48),
];
// Internal consumers rate their providers on a 1-5 CSAT scale.
const ratings = { it: [5, 4, 3, 4], purchasing: [2, 3, 4], assembly: [] };
const asOf = '2025-03-07T09:00:00Z';

const own = {};
const rows = [];
for (const provider of ['it', 'purchasing', 'assembly']) {
  const mine = tasks.filter((t) => t.providerId === provider);
  const sla = slaAttainment(mine, { asOf });
  const fpy = firstPassYield(mine);
  const sat = csat(ratings[provider]);
  // A component without data (null) is left out and the others are reweighted.
  const quality = internalServiceQuality({ satisfaction: sat.score, timeliness: sla.score, accuracy: fpy.score });
  own[provider] = quality.score / 100;
  rows.push({
    provider,
    'SLA %': `${sla.score.toFixed(1)} (${sla.onTime}/${sla.onTime + sla.late})`,
    'first pass %': fpy.score.toFixed(1),
    'CSAT %': sat.score === null ? '-' : sat.score.toFixed(1),
    quality: quality.score.toFixed(1),
    components: quality.present,
  });
}
console.log(`Internal service quality as of ${asOf}`);
console.table(rows);

// Quality down the chain: 'yield' multiplies every own quality upstream, each
// unit once; 'mean' (the default) averages the providers by the weight of their links.
const byYield = propagateQuality(chain, own, { mode: 'yield' });
const byMean = propagateQuality(chain, own, { mode: 'mean' });
console.log('Effective quality (0-1)');
for (const [id, value] of byYield) {
  console.log(`  ${id.padEnd(11)} yield ${value.toFixed(4)}   mean ${byMean.get(id).toFixed(4)}`);
}

// One health figure for the retailer's supply, weighting delivery twice.
const health = healthScore([{ value: byYield.get('retailer') * 100, weight: 2 }, { value: own.assembly * 100 }]);
console.log(`\nHealth of the retailer's supply: ${health.score.toFixed(1)} (${health.band})`);
