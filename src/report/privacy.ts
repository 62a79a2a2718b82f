import { lowerBound } from '../scoring/_internal/bounds.js';
import { compareCodeUnits } from '../_internal/compare.js';
import type { Layout } from './layout.js';
import type { PairCounts } from './pairs.js';
import { PAIR_COUNTS, type EnpsSlot, type ReportState } from './state.js';

/**
 * Inserts `value` into a sorted list of distinct numbers, keeping the
 * smallest `cap` of them: the same list whatever order the values come in,
 * as {@link unionCapped} keeps them when states merge.
 */
export function insertSorted(list: number[], value: number, cap: number): void {
  const lo = lowerBound(list, value);
  if (list[lo] === value || lo >= cap) return;
  list.splice(lo, 0, value);
  if (list.length > cap) list.pop();
}

/**
 * The union of two sorted lists of distinct numbers, keeping at most `cap`,
 * smallest first. Each list holding the smallest `cap` ids of its own set,
 * the result holds the smallest `cap` of the union: so its length is
 * min(cap, distinct ids of the union) exactly, which is all a privacy
 * decision needs, and merging stays associative and commutative.
 */
export function unionCapped(a: readonly number[], b: readonly number[], cap: number): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while ((i < a.length || j < b.length) && out.length < cap) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    if (x <= y) i += 1;
    if (y <= x) j += 1;
    out.push(Math.min(x, y));
  }
  return out;
}

/** One shown-or-withheld figure of a family: how many answers it holds, and its distinct respondents (at most `minRespondents` kept). */
export interface FamilyFigure {
  readonly answers: number;
  readonly respondents: readonly number[];
}

/** A part of a family, with the id that breaks ties between equally small parts. */
export interface FamilyPart extends FamilyFigure {
  readonly id: string;
}

/**
 * A total and the parts it is the sum of, as the report shows them: the
 * company's eNPS and each unit's; a provider's satisfaction and each of
 * its links'. The parts hold disjoint answers; `rest` lists the distinct
 * respondents (at most `minRespondents`) of the total's answers that no
 * part holds (an eNPS answer about no unit, a csat answer from someone no
 * link of the provider serves). Parts with no answers may be left out
 * when `withholdEmpty` is false.
 */
export interface Family {
  readonly total: FamilyFigure;
  readonly parts: readonly FamilyPart[];
  readonly rest: readonly number[];
  /** Whether a figure without answers is withheld too (eNPS: an empty figure would say that nobody answered) or shown with its zero counts (satisfaction). */
  readonly withholdEmpty: boolean;
}

/** Which figures of a family the report withholds: the total, and each part in the family's order. */
export interface Withheld {
  readonly total: boolean;
  readonly parts: readonly boolean[];
}

/**
 * Decides which figures of a family the report withholds, so that no
 * answer can be recovered from the report, neither from one figure nor by
 * subtracting shown parts from a shown total. The one rule for every
 * family:
 * - primary suppression: a figure with answers from fewer than
 *   `minRespondents` distinct respondents is withheld (and one without
 *   answers when the family says so);
 * - complementary suppression (secondary cell suppression, Hundepool et
 *   al., "Statistical Disclosure Control", Wiley 2012, ch. 4): what the
 *   total holds beyond its shown parts — the withheld parts and `rest` —
 *   is exactly what `total − Σ shown parts` reveals. When it rests on more
 *   than 0 but fewer than `minRespondents` distinct respondents, the
 *   smallest shown part is withheld as well (fewest distinct respondents,
 *   then fewest answers, then the smallest id), and the next, until the
 *   hidden remainder rests on `minRespondents`; when no part is left to
 *   withhold, the total is withheld. Respondent lists keep at most
 *   `minRespondents` ids, so every shown part counts as `minRespondents`
 *   respondents, and one of them always suffices.
 *
 * `minRespondents` 1 withholds nothing: no figure with answers rests on
 * fewer than one respondent, and an empty one is shown.
 */
export function withhold(family: Family, minRespondents: number): Withheld {
  const { total, parts, rest } = family;
  const small = (figure: FamilyFigure): boolean =>
    minRespondents > 1 && (figure.answers > 0 || family.withholdEmpty) && figure.respondents.length < minRespondents;
  const hidden = parts.map(small);
  if (small(total)) return { total: true, parts: hidden };
  let remainder = rest;
  parts.forEach((part, i) => {
    if (hidden[i]) remainder = unionCapped(remainder, part.respondents, minRespondents);
  });
  if (remainder.length === 0 || remainder.length >= minRespondents) return { total: false, parts: hidden };
  const shown = parts
    .map((part, i) => ({ part, i }))
    .filter(({ part, i }) => !hidden[i] && part.answers > 0)
    .sort(
      (a, b) =>
        a.part.respondents.length - b.part.respondents.length ||
        a.part.answers - b.part.answers ||
        compareCodeUnits(a.part.id, b.part.id),
    );
  for (const { part, i } of shown) {
    hidden[i] = true;
    remainder = unionCapped(remainder, part.respondents, minRespondents);
    if (remainder.length >= minRespondents) return { total: false, parts: hidden };
  }
  return { total: true, parts: hidden };
}

/** Which figures made from internal customers' answers a report withholds, each family decided by {@link withhold}. */
export interface Withholding {
  /** The company's eNPS. */
  readonly companyEnps: boolean;
  /** Per customer index: its eNPS (1 withheld). */
  readonly enps: Uint8Array;
  /** Per customer index: its satisfaction as a provider (1 withheld). */
  readonly satisfaction: Uint8Array;
  /** Per pair slot: the satisfaction of its links (1 withheld). */
  readonly pairs: Uint8Array;
}

const ANSWERS = PAIR_COUNTS.indexOf('answers');

const answersOf = (slot: EnpsSlot): number => slot.nps.promoters + slot.nps.passives + slot.nps.detractors;

/**
 * Decides, once per report, which figures of internal customers' answers
 * are withheld, over the two families of the report: the company's eNPS
 * with each unit's, and each provider's satisfaction with its links'.
 * Parts are ordered, and tie-broken, by customer id (a unit's, a link's
 * consumer's).
 */
export function withholding(layout: Layout, minRespondents: number, state: ReportState, pairs: PairCounts): Withholding {
  const n = layout.customers.length;
  const enps = new Uint8Array(n);
  const satisfaction = new Uint8Array(n);
  const hiddenPairs = new Uint8Array(layout.pairTo.length);
  const idOf = (node: number): string => layout.customers[node]!.id;

  // every internal customer, answered about or not: an empty eNPS is withheld as well
  const units: number[] = [];
  const enpsParts: FamilyPart[] = [];
  for (let node = 0; node < n; node += 1) {
    if (layout.internal[node] === 0) continue;
    const slot = state.units[node]?.enps;
    units.push(node);
    enpsParts.push({ id: idOf(node), answers: slot === undefined ? 0 : answersOf(slot), respondents: slot?.respondents ?? [] });
  }
  const company = state.organization.enps;
  const enpsDecision = withhold(
    { total: { answers: answersOf(company), respondents: company.respondents }, parts: enpsParts, rest: state.organization.enpsRest, withholdEmpty: true },
    minRespondents,
  );
  enpsDecision.parts.forEach((hidden, i) => {
    if (hidden) enps[units[i]!] = 1;
  });

  state.units.forEach((unit, provider) => {
    if (unit === null || unit.satisfaction.total === 0) return;
    const slots: number[] = [];
    const parts: FamilyPart[] = [];
    for (let pair = layout.pairStart[provider]!; pair < layout.pairStart[provider + 1]!; pair += 1) {
      const row = pairs.rowOf(pair);
      const answers = row === -1 ? 0 : pairs.count(row, ANSWERS);
      if (answers === 0) continue;
      slots.push(pair);
      parts.push({ id: idOf(layout.pairTo[pair]!), answers, respondents: pairs.respondents(row) });
    }
    const decision = withhold(
      { total: { answers: unit.satisfaction.total, respondents: unit.satisfaction.respondents }, parts, rest: unit.satisfactionRest, withholdEmpty: false },
      minRespondents,
    );
    if (decision.total) satisfaction[provider] = 1;
    decision.parts.forEach((hidden, i) => {
      if (hidden) hiddenPairs[slots[i]!] = 1;
    });
  });
  return { companyEnps: enpsDecision.total, enps, satisfaction, pairs: hiddenPairs };
}
