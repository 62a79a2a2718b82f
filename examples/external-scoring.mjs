// External scores: what the organisation's users and buyers say and do.
//
//   node examples/external-scoring.mjs
//
// Loyalty and satisfaction from survey answers, value from purchases, growth
// from referrals. Every function returns the figure unrounded; we round here.
import {
  ces, churnRate, clv, csat, kFactor, nps, referralRate, retentionRate, rfm, servqual, summarizeSurveys, trend,
} from 'clientele';

const fixed = (value, digits = 1) => (value === null ? '-' : value.toFixed(digits));

// Survey answers about the app, some right after launch, some a year later.
const survey = (respondentId, instrument, value, at, stage) =>
  ({ type: 'survey', respondentId, subjectId: 'app', instrument, value, at, stage });
const surveys = [
  survey('u1', 'nps', 10, '2025-01-10', 'launch'), survey('u2', 'nps', 4, '2025-01-12', 'launch'),
  survey('u3', 'nps', 6, '2025-01-20', 'launch'), survey('u4', 'nps', 9, '2025-02-03', 'launch'),
  survey('u1', 'nps', 10, '2026-01-08', 'established'), survey('u2', 'nps', 9, '2026-01-15', 'established'),
  survey('u3', 'nps', 8, '2026-02-02', 'established'), survey('u5', 'nps', 10, '2026-02-09', 'established'),
  survey('u1', 'csat', 5, '2026-01-08', 'established'), survey('u2', 'ces', 6, '2026-01-15', 'established'),
];
const npsValues = surveys.filter((s) => s.instrument === 'nps').map((s) => s.value);
console.log(`NPS of all ${npsValues.length} answers: ${fixed(nps(npsValues).score)}`);
const byStage = summarizeSurveys(surveys, { by: 'stage' });
for (const [stage, scores] of byStage.groups) {
  console.log(`  ${stage.padEnd(12)} NPS ${fixed(scores.nps.score).padStart(6)} from ${scores.nps.total} answers`);
}

console.log(`CSAT (1-5, 4 and 5 satisfied): ${fixed(csat([5, 4, 4, 3, 5, 2, 4]).score)}%`);
console.log(`CES (1-7, higher = easier):    ${fixed(ces([6, 7, 5, 6, 4]).score, 2)}`);

// SERVQUAL: perception minus expectation on five dimensions (1-7).
const gaps = servqual({
  expectations: { tangibles: 5, reliability: 7, responsiveness: 6, assurance: 6, empathy: 5 },
  perceptions: { tangibles: 6, reliability: 5, responsiveness: 5.5, assurance: 6, empathy: 4.5 },
  weights: { tangibles: 10, reliability: 35, responsiveness: 25, assurance: 20, empathy: 10 },
});
console.log(`SERVQUAL gaps: ${Object.entries(gaps.gaps).map(([d, g]) => `${d} ${g}`).join(', ')}`);
console.log(`  unweighted ${fixed(gaps.unweighted, 2)}, weighted ${fixed(gaps.weighted, 3)}`);

// RFM on purchases, as of the end of June 2025 (a July purchase is ignored).
const buy = (customerId, at, amount) => ({ type: 'purchase', customerId, at, amount, currency: 'VND' });
const purchases = [
  buy('acme', '2025-06-20', 12_000_000), buy('acme', '2025-04-02', 8_000_000), buy('acme', '2025-01-15', 9_500_000),
  buy('binh', '2025-05-30', 1_200_000), buy('binh', '2025-02-11', 900_000),
  buy('chau', '2024-11-05', 450_000), buy('dung', '2025-06-28', 300_000), buy('dung', '2025-07-03', 5_000_000),
];
console.log('\nRFM as of 2025-06-30 (3 bins)');
console.table(rfm(purchases, { asOf: '2025-06-30', bins: 3 }));

console.log(`CLV (margin 2.4M VND a year, 80% retention, 10% discount, 1M acquisition): ` +
  `${fixed(clv({ margin: 2_400_000, retention: 0.8, discountRate: 0.1, acquisitionCost: 1_000_000 }), 0)} VND`);
const period = { start: 400, end: 430, acquired: 70 };
console.log(`Retention ${fixed(retentionRate(period))}%, churn ${fixed(churnRate(period))}% (400 at start, 430 at end, 70 new)`);
console.log(`Referral rate ${fixed(referralRate({ customers: 430, referrers: 43 }))}%, ` +
  `k-factor ${fixed(kFactor({ customers: 430, referrals: 120, conversions: 43 }), 3)}`);

// Monthly revenue trend (sum of purchase amounts per UTC calendar month).
const monthly = trend(purchases.map((p) => ({ at: p.at, value: p.amount })), { period: 'month', aggregate: 'sum' });
console.log('\nRevenue by month');
for (const bucket of monthly) console.log(`  ${bucket.start.slice(0, 7)}  ${String(bucket.value).padStart(11)} VND  (${bucket.count} purchase${bucket.count === 1 ? '' : 's'})`);
