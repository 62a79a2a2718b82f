import type { ChainState } from './_state.js';
import { DELIVERABLES, type ServiceLink } from './serviceLink.js';

/** Link `l` as a fresh plain object, keys in the schema's order, absent options left out. */
export function linkObject(state: ChainState, l: number): ServiceLink {
  const { ids, links } = state;
  const from = ids[links.from[l] as number] as string;
  const to = ids[links.to[l] as number] as string;
  const service = links.service[l] as string;
  const deliverable = DELIVERABLES[links.deliverable[l] as number] as ServiceLink['deliverable'];
  const weight = links.weight === null ? 1 : (links.weight[l] as number);
  const sla = links.sla === null ? Number.NaN : (links.sla[l] as number);
  // whole literals, not properties added one by one: a million links then share one shape from birth
  const link: ServiceLink = Number.isNaN(sla)
    ? { from, to, service, deliverable, weight }
    : { from, to, service, deliverable, slaHours: sla, weight };
  const validFrom = links.validFrom?.[l];
  const validTo = links.validTo?.[l];
  if (validFrom !== undefined) link.validFrom = validFrom;
  if (validTo !== undefined) link.validTo = validTo;
  const owner = links.owner === null ? -1 : (links.owner[l] as number);
  if (owner >= 0) link.owner = ids[owner] as string;
  const calendar = links.calendar?.[l];
  if (calendar !== undefined) link.calendar = calendar;
  return link;
}

/** Every link as a frozen object, in input order; built on first use and kept. */
export function linkObjects(state: ChainState): readonly ServiceLink[] {
  const cached = state.cache.linkObjects;
  if (cached !== undefined) return cached;
  const out: ServiceLink[] = [];
  for (let l = 0; l < state.m; l += 1) out.push(Object.freeze(linkObject(state, l)));
  const frozen = Object.freeze(out);
  state.cache.linkObjects = frozen;
  return frozen;
}
