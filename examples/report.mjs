// The whole pipeline in one call: scoreOrganization on the built-in sample
// organisation (Sao Mai Electronics, a fictional retailer, year 2025).
//
//   node examples/report.mjs
//
// The report is plain data; this script picks a few figures from it.
import { chainAsOf, createServiceChain, findCustomer, sampleOrganization, scoreOrganization } from 'clientele';

const fixed = (value, digits = 1) => (value === null ? '-' : value.toFixed(digits));
const percent = (value) => (value === null ? 'n/a' : `${value.toFixed(1)}%`);

const { customers, links, observations } = sampleOrganization();
const chain = createServiceChain({ customers, links });
const name = (id) => findCustomer(chain, id)?.name ?? id;

// The second half of 2025, judged at the last second of the year. Retention
// compares this window with the six months before it. chainAsOf keeps the links
// in force on that day: the on-premises warehouse system, retired on
// 2025-06-30, is left out, so 94 of the sample's 95 links count.
const report = scoreOrganization(chainAsOf(chain, '2025-12-31'), observations, {
  asOf: '2025-12-31T23:59:59Z',
  window: { from: '2025-07-01', to: '2025-12-31' },
});

const { counts } = report;
console.log(`${counts.customers} customers (${counts.internal} internal, ${counts.external} external), ` +
  `${counts.links} links in force on ${report.asOf.slice(0, 10)} (${links.length} in all), ${counts.observationsInWindow} of ${counts.observations} observations in the window`);

// eNPS rests on employees' answers: below 5 distinct respondents it is withheld (minRespondents)
const enps = report.internal.enps;
console.log(`\nInternal index ${fixed(report.internal.index)}  (eNPS ${enps.suppressed ? 'withheld: too few employees answered' : `${fixed(enps.score)} from ${enps.total} answers`})`);
const ranked = report.internal.providers
  .filter((provider) => provider.kind === 'department' && provider.score !== null)
  .sort((a, b) => b.score - a.score);
console.log(`  best department:  ${ranked[0].name} ${fixed(ranked[0].score)}`);
console.log(`  worst department: ${ranked.at(-1).name} ${fixed(ranked.at(-1).score)}`);

const overall = report.external.overall;
console.log(`\nExternal index ${fixed(report.external.index)}  (NPS ${fixed(overall.nps.score)}, 95 % from ${fixed(overall.nps.low)} to ${fixed(overall.nps.high)}, on ${overall.nps.total} answers, ` +
  `CES ${fixed(overall.ces.score, 2)}, ${overall.purchases.count} purchases worth ${overall.purchases.amount.toLocaleString('en-US')} ${overall.purchases.currency})`);
for (const group of report.external.bySegment) {
  console.log(`  ${group.group.padEnd(10)} NPS ${fixed(group.nps.score).padStart(6)}, retention ${percent(group.retention.rate).padStart(6)}, ` +
    `propagated quality ${fixed(group.propagatedQuality, 3)}`);
}

const top = report.criticalProviders[0];
console.log(`\nBiggest single point of failure: ${name(top.id)} (${top.customers} external customers depend on this link alone)`);
console.log(`Orphans: ${report.orphans.map(name).join(', ')}`);

const worst = report.internal.providers
  .filter((provider) => provider.external.nps.total > 0)
  .sort((a, b) => a.external.nps.score - b.external.nps.score)[0];
if (worst) console.log(`Unit customers rate worst: ${worst.name} (NPS ${fixed(worst.external.nps.score)} on ${worst.external.nps.total} answers)`);

console.log('\nFix first (lift of the purchase-weighted external quality if the unit alone were perfect):');
for (const row of report.priorities.slice(0, 3)) {
  console.log(`  ${name(row.id).padEnd(24)} own ${fixed(row.own, 3)}  lift ${fixed(row.lift, 4)}  reach ${row.reach}`);
}

const verdict = report.balance;
console.log(`\nBalance: internal ${fixed(verdict.internal)} vs external ${fixed(verdict.external)}, ` +
  `gap ${fixed(verdict.gap)} -> focus ${verdict.focus ?? 'none yet'} (${verdict.reason}; ` +
  `${verdict.evidence.internal} internal and ${verdict.evidence.external} external answers, ${verdict.evidence.minAnswers} needed on each side)`);
