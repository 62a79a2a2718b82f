import { criticalProviders, orphans } from '../chain/index.js';
import { improvementPriorities, type PriorityRow } from '../scoring/improvementPriorities.js';
import { propagateQuality } from '../scoring/propagateQuality.js';
import { purchaseResult } from '../scoring/purchaseAccumulator.js';
import type { Layout } from './layout.js';
import type { ReportSettings } from './options.js';
import type { ReportState } from './state.js';
import type { ProviderQuality, QualityComponents, ReportPriority } from './types.js';
import { compareCodeUnits } from '../_internal/compare.js';

/** What the report says of the chain's shape, given the providers' scores. */
export interface Structure {
  /** Effective quality of every customer, 0..1. */
  readonly propagated: ReadonlyMap<string, number>;
  readonly orphans: readonly string[];
  /** Each external customer's critical providers. */
  readonly critical: ReadonlyMap<string, readonly string[]>;
  /** Providers that are critical for at least one external customer, with how many, most first. */
  readonly criticalCounts: readonly { readonly id: string; readonly customers: number }[];
  readonly priorities: readonly ReportPriority[];
}

/**
 * The records a unit's quality rests on, read off its components: the tasks
 * behind timeliness and accuracy (those without an SLA count for accuracy),
 * its interactions, and the internal answers of its satisfaction (`null`
 * when that figure is withheld). The one definition behind a priority's
 * `evidence` and the internal side of `balance.evidence`.
 */
export function unitEvidence(components: QualityComponents): ReportPriority['evidence'] {
  const { timeliness, collaboration, satisfaction } = components;
  return {
    tasks: timeliness.total + timeliness.withoutSla,
    interactions: collaboration.interactions,
    answers: 'suppressed' in satisfaction ? null : satisfaction.total,
  };
}

/**
 * Propagation, orphans, critical providers and priorities over the chain as
 * it stood at `asOf`: each from its public function, once per report.
 * Providers' scores (0..100) are their own qualities (0..1); a provider
 * without a score counts as 1, as `propagateQuality` takes a missing unit.
 * Priorities weigh each external customer by its purchases in the window,
 * or 1 each when nobody bought (or every amount was 0).
 */
export function structureOf(
  layout: Layout,
  settings: ReportSettings,
  providers: readonly ProviderQuality[],
  state: ReportState,
  externalNodes: readonly number[],
): Structure {
  const quality = new Map<string, number>();
  for (const provider of providers) if (provider.score !== null) quality.set(provider.id, provider.score / 100);
  const propagated = propagateQuality(layout.current, quality, { mode: settings.mode });

  const weights = new Map<string, number>();
  let weighed = 0;
  for (const node of externalNodes) {
    const purchases = state.customers[node]?.purchases;
    const amount = purchases === undefined || purchases.count === 0 ? 0 : purchaseResult(purchases).amount;
    weights.set(layout.customers[node]!.id, amount);
    weighed += amount;
  }
  const rows: readonly PriorityRow[] =
    externalNodes.length === 0
      ? []
      : improvementPriorities(layout.current, quality, { mode: settings.mode, ...(weighed > 0 ? { weights } : {}) });
  // a unit below the target has a score, so it is among the providers: its evidence is read off its own figures
  const byId = new Map(providers.map((provider) => [provider.id, provider]));
  const priorities = rows.map((row): ReportPriority => ({ ...row, evidence: unitEvidence((byId.get(row.id) as ProviderQuality).components) }));

  const critical = new Map<string, readonly string[]>();
  const counts = new Map<string, number>();
  for (const node of externalNodes) {
    const id = layout.customers[node]!.id;
    const found = criticalProviders(layout.current, id);
    critical.set(id, found);
    for (const provider of found) counts.set(provider, (counts.get(provider) ?? 0) + 1);
  }
  const criticalCounts = [...counts.entries()]
    .map(([id, customers]) => ({ id, customers }))
    .sort((a, b) => b.customers - a.customers || compareCodeUnits(a.id, b.id));
  return { propagated, orphans: orphans(layout.current), critical, criticalCounts, priorities };
}
