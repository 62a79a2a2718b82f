import type { Issue } from '../errors.js';
import { mergeExact } from '../scoring/_internal/exactSum.js';
import { mergeFirstPass } from '../scoring/firstPassAccumulator.js';
import { mergePurchases } from '../scoring/purchaseAccumulator.js';
import type { NpsState } from '../scoring/npsAccumulator.js';
import { mergePairs } from './pairs.js';
import { unionCapped as union } from './privacy.js';
import type {
  CollaborationSlot,
  CustomerSlot,
  EffortSlot,
  EnpsSlot,
  InternalSlot,
  ReportState,
  SatisfactionSlot,
  SurveySlot,
  UnitSlot,
} from './state.js';

/**
 * Merging capped respondent lists keeps the smallest `cap` ids of the union:
 * the same set whatever the order and grouping of merges, so merge stays
 * associative and commutative, and "at least `cap` distinct respondents" is
 * decided exactly.
 */
class Merger {
  overflow = false;
  constructor(private readonly cap: number) {}

  sum(a: readonly number[], b: readonly number[]): number[] {
    const out = mergeExact(a, b);
    if (out === null) {
      this.overflow = true;
      return [];
    }
    return out;
  }

  nps(a: NpsState, b: NpsState): NpsState {
    return { promoters: a.promoters + b.promoters, passives: a.passives + b.passives, detractors: a.detractors + b.detractors };
  }

  effort(a: EffortSlot, b: EffortSlot): EffortSlot {
    return { total: a.total + b.total, partials: this.sum(a.partials, b.partials), squares: this.sum(a.squares, b.squares) };
  }

  surveys(a: SurveySlot, b: SurveySlot): SurveySlot {
    return {
      nps: this.nps(a.nps, b.nps),
      csat: { satisfied: a.csat.satisfied + b.csat.satisfied, total: a.csat.total + b.csat.total },
      ces: this.effort(a.ces, b.ces),
    };
  }

  satisfaction(a: SatisfactionSlot, b: SatisfactionSlot): SatisfactionSlot {
    return { satisfied: a.satisfied + b.satisfied, total: a.total + b.total, respondents: union(a.respondents, b.respondents, this.cap) };
  }

  enps(a: EnpsSlot, b: EnpsSlot): EnpsSlot {
    return { nps: this.nps(a.nps, b.nps), respondents: union(a.respondents, b.respondents, this.cap) };
  }

  collaboration(a: CollaborationSlot, b: CollaborationSlot): CollaborationSlot {
    return { interactions: a.interactions + b.interactions, initiated: a.initiated + b.initiated, reached: union(a.reached, b.reached, Infinity) };
  }

  internal(a: InternalSlot, b: InternalSlot): InternalSlot {
    return {
      satisfaction: this.satisfaction(a.satisfaction, b.satisfaction),
      sla: {
        onTime: a.sla.onTime + b.sla.onTime,
        late: a.sla.late + b.sla.late,
        open: a.sla.open + b.sla.open,
        withoutSla: a.sla.withoutSla + b.sla.withoutSla,
      },
      firstPass: mergeFirstPass(a.firstPass, b.firstPass),
      collaboration: this.collaboration(a.collaboration, b.collaboration),
    };
  }

  unit(a: UnitSlot, b: UnitSlot): UnitSlot {
    return {
      ...this.internal(a, b),
      satisfactionRest: union(a.satisfactionRest, b.satisfactionRest, this.cap),
      external: this.surveys(a.external, b.external),
      enps: this.enps(a.enps, b.enps),
    };
  }

  customer(a: CustomerSlot, b: CustomerSlot): CustomerSlot {
    const purchases = mergePurchases(a.purchases, b.purchases);
    if ('message' in purchases) this.overflow = true;
    return {
      surveys: this.surveys(a.surveys, b.surveys),
      purchases: 'message' in purchases ? a.purchases : purchases,
      referrals: { made: a.referrals.made + b.referrals.made, converted: a.referrals.converted + b.referrals.converted },
      before: a.before || b.before,
      heard: a.heard || b.heard,
    };
  }
}

function slots<T>(a: readonly (T | null)[], b: readonly (T | null)[], merge: (x: T, y: T) => T): (T | null)[] {
  return a.map((x, i) => {
    const y = b[i]!;
    return x === null ? y : y === null ? x : merge(x, y);
  });
}

/**
 * Merges two checked states of one accumulator slot by slot. Both hold
 * the same fingerprint and slot counts (the caller checks). Issues: two
 * currencies, or sums past the largest finite number.
 */
export function mergeStates(a: ReportState, b: ReportState, cap: number, issues: Issue[]): ReportState {
  if (a.currency !== null && b.currency !== null && a.currency !== b.currency) {
    issues.push({ path: ['b', 'currency'], code: 'INVALID_INPUT', message: `holds ${b.currency} purchases, the other state ${a.currency}: no exchange rates here` });
    return a;
  }
  const m = new Merger(cap);
  const merged: ReportState = {
    format: a.format,
    fingerprint: a.fingerprint,
    observations: a.observations + b.observations,
    inWindow: a.inWindow + b.inWindow,
    unused: a.unused + b.unused,
    currency: a.currency ?? b.currency,
    units: slots(a.units, b.units, (x, y) => m.unit(x, y)),
    pairs: mergePairs(a.pairs, b.pairs, cap),
    customers: slots(a.customers, b.customers, (x, y) => m.customer(x, y)),
    organization: {
      surveys: m.surveys(a.organization.surveys, b.organization.surveys),
      enps: m.enps(a.organization.enps, b.organization.enps),
      enpsRest: union(a.organization.enpsRest, b.organization.enpsRest, cap),
      employeeReferrals: {
        made: a.organization.employeeReferrals.made + b.organization.employeeReferrals.made,
        converted: a.organization.employeeReferrals.converted + b.organization.employeeReferrals.converted,
      },
    },
  };
  if (m.overflow) issues.push({ path: ['b'], code: 'INVALID_INPUT', message: 'makes a sum exceed the largest finite number' });
  return merged;
}

/** Merges survey slots (for groups: a kind, a segment, the organisation). */
export function mergeSurveys(a: SurveySlot, b: SurveySlot): SurveySlot {
  return new Merger(Infinity).surveys(a, b);
}
