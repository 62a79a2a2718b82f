/**
 * Each score against a worked example from a published source (named in the
 * comment above each case). Where a source rounds for display, the test
 * checks the unrounded figure the library returns against the source's
 * arithmetic.
 */
import { describe, expect, it } from 'vitest';
import {
  ces,
  churnRate,
  clv,
  csat,
  dpmo,
  enps,
  firstPassYield,
  kFactor,
  nps,
  referralRate,
  retentionRate,
  rolledThroughputYield,
  servqual,
} from '../../src/index.js';

function repeat(counts: Record<number, number>): number[] {
  return Object.entries(counts).flatMap(([value, count]) => Array<number>(count).fill(Number(value)));
}

describe('nps', () => {
  // Worked example "30% promoters, 50% passives and 20% detractors, your NPS is +10"
  // (jovial-how-to-compilation.netlify.app, "How To Work Out Net Promoter Score").
  it('30 % promoters, 50 % passives, 20 % detractors give +10', () => {
    const answers = repeat({ 10: 15, 9: 15, 8: 25, 7: 25, 6: 10, 0: 10 });
    expect(nps(answers)).toEqual({ score: 10, promoters: 30, passives: 50, detractors: 20, total: 100 });
    expect(nps(Uint8Array.from(answers))).toEqual(nps(answers));
  });

  // Reichheld, "The One Number You Need to Grow", HBR 2003: promoters 9–10,
  // passives 7–8, detractors 0–6; an all-detractor base scores −100.
  it('bands and extremes', () => {
    expect(nps([6, 5, 0]).score).toBe(-100);
    expect(nps([9, 10]).score).toBe(100);
    expect(nps([7, 8]).score).toBe(0);
    expect(enps([9, 6])).toEqual(nps([9, 6]));
  });
});

describe('csat', () => {
  // Delighted Help Center, "How is CSAT calculated?": 42 fives, 32 fours, 10
  // threes, 9 twos, 14 ones → 74 satisfied of 107 → 69.16 (shown rounded to 69).
  it('Delighted: 74 of 107 satisfied', () => {
    const ratings = repeat({ 5: 42, 4: 32, 3: 10, 2: 9, 1: 14 });
    const result = csat(ratings);
    expect(result.satisfied).toBe(74);
    expect(result.total).toBe(107);
    expect(result.score).toBe((74 / 107) * 100);
    expect(result.score).toBeCloseTo(69.16, 2);
  });

  // Intercom VOC Metrics help, "What is CSAT and how is CSAT score
  // calculated": 10×5, 20×4, 10×3, 5×2, 5×1 → (10 + 20) / 50 × 100 = 60 %.
  it('Intercom: 30 of 50 satisfied is 60 %', () => {
    expect(csat(Uint8Array.from(repeat({ 5: 10, 4: 20, 3: 10, 2: 5, 1: 5 }))).score).toBe(60);
  });
});

describe('ces', () => {
  // CYS Group support, "Customer Effort Score 7-point scale to average": of
  // 1000 answers 80×1, 210×2, 140×3, 110×4, 160×5, 180×6, 120×7; sum 4080,
  // mean 4.08. Sum of squares 80 + 840 + 1260 + 1760 + 4000 + 6480 + 5880 =
  // 20300, so n·Σx² − (Σx)² = 20,300,000 − 16,646,400 = 3,653,600 and
  // sd = √(3,653,600 / (1000 × 999)) = 1.9124…
  it('CES 2.0, 7-point: mean 4.08', () => {
    const ratings = repeat({ 1: 80, 2: 210, 3: 140, 4: 110, 5: 160, 6: 180, 7: 120 });
    expect(ces(ratings)).toEqual({ score: 4.08, total: 1000, sum: 4080, scale: 7, sd: Math.sqrt(3653600 / 1000 / 999) });
  });

  // The same answers in a Float64Array column give the same mean.
  it('typed column', () => {
    const ratings = Float64Array.from(repeat({ 1: 80, 2: 210, 3: 140, 4: 110, 5: 160, 6: 180, 7: 120 }));
    expect(ces(ratings).score).toBe(4.08);
  });
});

describe('servqual', () => {
  // 12manage, "Weighted and Unweighted Average SERVQUAL Scores?" (J. de Jonge):
  // dimension gaps −0.65, −1.10, −0.83, −0.70, −1.01 give an unweighted
  // score of −4.29 / 5 = −0.858 (shown as −0.86).
  it('12manage: unweighted score −0.858', () => {
    const expectations = { tangibles: 6, reliability: 6.5, responsiveness: 6, assurance: 6, empathy: 6 };
    const perceptions = { tangibles: 5.35, reliability: 5.4, responsiveness: 5.17, assurance: 5.3, empathy: 4.99 };
    const result = servqual({ expectations, perceptions });
    expect(result.gaps.tangibles).toBeCloseTo(-0.65, 12);
    expect(result.gaps.reliability).toBeCloseTo(-1.1, 12);
    expect(result.gaps.responsiveness).toBeCloseTo(-0.83, 12);
    expect(result.gaps.assurance).toBeCloseTo(-0.7, 12);
    expect(result.gaps.empathy).toBeCloseTo(-1.01, 12);
    expect(result.unweighted).toBeCloseTo(-0.858, 12);
    expect(result.weighted).toBeNull();
  });

  // Parasuraman, Zeithaml and Berry (1988) and the SERVQUAL instructions
  // reproduced in "Measuring Service Quality Using SERVQUAL" (studylib,
  // Subway example): weights are 100 points allocated among the five
  // dimensions; the weighted score is Σ weight × gap / 100.
  it('100-point weights give Σ w × gap / 100, and 1-sum weights the same', () => {
    const expectations = { tangibles: 6, reliability: 6.5, responsiveness: 6, assurance: 6, empathy: 6 };
    const perceptions = { tangibles: 5.35, reliability: 5.4, responsiveness: 5.17, assurance: 5.3, empathy: 4.99 };
    const points = { tangibles: 10, reliability: 30, responsiveness: 25, assurance: 20, empathy: 15 };
    const expected = (10 * -0.65 + 30 * -1.1 + 25 * -0.83 + 20 * -0.7 + 15 * -1.01) / 100;
    const byPoints = servqual({ expectations, perceptions, weights: points });
    expect(byPoints.weighted).toBeCloseTo(expected, 12);
    const fractions = { tangibles: 0.1, reliability: 0.3, responsiveness: 0.25, assurance: 0.2, empathy: 0.15 };
    expect(servqual({ expectations, perceptions, weights: fractions }).weighted).toBeCloseTo(expected, 12);
  });
});

describe('firstPassYield', () => {
  // mfgcalcs.com, First Pass Yield calculator baseline: 1,200 units, 1,090
  // passed first time, 75 reworked, 35 failed → 90.83 %.
  it('mfgcalcs: 1090 of 1200 is 90.83 %', () => {
    // each unit a completed task (the units that left the process)
    const unit = { type: 'task', providerId: 'plant', consumerId: 'assembly', requestedAt: '2024-05-01', completedAt: '2024-05-02' } as const;
    const tasks = [
      ...Array.from({ length: 1090 }, () => ({ ...unit, defects: 0 })),
      ...Array.from({ length: 75 }, () => ({ ...unit, reworked: true })),
      ...Array.from({ length: 35 }, () => ({ ...unit, defects: 1 })),
    ];
    const result = firstPassYield(tasks);
    expect(result).toEqual({ score: (1090 / 1200) * 100, passed: 1090, total: 1200, open: 0 });
    expect(result.score).toBeCloseTo(90.83, 2);
  });
});

describe('dpmo', () => {
  // mysixsigmatrainer.com glossary, "Defects per million opportunities":
  // 1000 widgets, 10 characteristics, 50 defects → 5,000.
  it('50 defects in 1000 units × 10 opportunities is 5000', () => {
    expect(dpmo({ defects: 50, units: 1000, opportunities: 10 })).toBe(5000);
  });

  // Coursera, "Six Sigma: Defects per unit, defects per million opportunities":
  // 75 mortgage applications, 30 fields each, 12 errors → 12 / 2250 × 10^6.
  it('12 errors in 75 applications × 30 fields', () => {
    expect(dpmo({ defects: 12, units: 75, opportunities: 30 })).toBeCloseTo(5333.333333, 5);
  });
});

describe('rolledThroughputYield', () => {
  // Keller, "The Six Sigma Project Planner", Table 24: steps with DPMO
  // 5000, 15000, 1000 and 50 → yields 0.995, 0.985, 0.999, 0.99995 → RTY 0.979.
  it('four steps give 0.979', () => {
    const yields = [5000, 15000, 1000, 50].map((d) => 1 - d / 1_000_000);
    const result = rolledThroughputYield(yields);
    expect(result).toBeCloseTo(0.995 * 0.985 * 0.999 * 0.99995, 15);
    expect(result).toBeCloseTo(0.979, 3);
  });

  // SPEC §5 / propagateQuality: 0.98 → 0.95 → 0.92 gives 0.85652.
  it('0.98 × 0.95 × 0.92 = 0.85652', () => {
    expect(rolledThroughputYield([0.98, 0.95, 0.92])).toBeCloseTo(0.85652, 15);
  });
});

describe('clv', () => {
  // Gupta and Lehmann, "Customers as Assets" (2003), margin multiple
  // r / (1 + i − r); Alhamed, "Frameworks Library m.02 · The CLV Formula":
  // at r = 80 %, i = 10 % the multiple is 2.67 years of margin.
  it('r = 0.8, i = 0.1: multiple 2.67', () => {
    expect(clv({ margin: 1, retention: 0.8, discountRate: 0.1 })).toBeCloseTo(0.8 / 0.3, 12);
    expect(clv({ margin: 1, retention: 0.8, discountRate: 0.1 })).toBeCloseTo(2.67, 2);
  });

  // Same source: CLV = m × r / (1 + i − r) − AC; the perpetuity case
  // (r = 1) is m / i.
  it('acquisition cost is subtracted once; r = 1 is the perpetuity m / d', () => {
    expect(clv({ margin: 300, retention: 0.8, discountRate: 0.1, acquisitionCost: 200 })).toBeCloseTo(600, 9);
    expect(clv({ margin: 100, retention: 1, discountRate: 0.1 })).toBeCloseTo(1000, 9);
    expect(clv({ margin: 100, retention: 0, discountRate: 0.1 })).toBe(0);
  });
});

describe('retentionRate and churnRate', () => {
  // exprimere.net FAQ, "Retention rate": CRR = ((E − N) / S) × 100. With
  // S = 200, E = 180, N = 30: (180 − 30) / 200 = 75 %; churn is the rest.
  it('((E − N) / S) × 100', () => {
    expect(retentionRate({ start: 200, end: 180, acquired: 30 })).toBe(75);
    expect(churnRate({ start: 200, end: 180, acquired: 30 })).toBe(25);
  });
});

describe('kFactor and referralRate', () => {
  // metricgen.io, "Viral Coefficient (k-factor)": k = invitations per user ×
  // invitation conversion rate; week 1: 2 invitations per user at 25 % → 0.5.
  it('2 invitations per customer converting at 25 % give 0.5', () => {
    expect(kFactor({ customers: 1000, referrals: 2000, conversions: 500 })).toBe(0.5);
  });

  // Same source, week 4: 2.8 invitations per user converting at 32 % → 0.896
  // (shown as 0.9); invite rate = invites / users, conversion = signups / invites.
  it('2.8 invitations per customer converting at 32 % give 0.896', () => {
    expect(kFactor({ customers: 1000, referrals: 2800, conversions: 896 })).toBeCloseTo(0.896, 12);
  });

  it('referral rate is referrers ÷ customers × 100', () => {
    expect(referralRate({ customers: 400, referrers: 30 })).toBe(7.5);
  });
});
