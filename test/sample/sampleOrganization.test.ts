import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import {
  CUSTOMER_KINDS,
  EXTERNAL_KINDS,
  INTERNAL_KINDS,
  HANOI_OFFICE,
  parseCustomer,
  parseObservations,
  sampleOrganization,
  slaAttainment,
  workingHoursBetween,
  type CustomerInput,
  type SampleObservation,
  type SampleOrganization,
  type SampleServiceLink,
} from '../../src/index.js';
import { isDateOnly, isIsoDateString, isoInstant } from '../../src/_internal/dates.js';

const org = sampleOrganization();
const byId = new Map(org.customers.map((customer) => [customer.id, customer]));
const internalIds = new Set(org.customers.filter((c) => (INTERNAL_KINDS as readonly string[]).includes(c.kind)).map((c) => c.id));
const externalIds = new Set(org.customers.filter((c) => (EXTERNAL_KINDS as readonly string[]).includes(c.kind)).map((c) => c.id));
const kindOf = (id: string): string | undefined => byId.get(id)?.kind;

/** Epoch ms of an ISO string; fails the test when it is not one. */
function instant(text: string): number {
  const ms = isoInstant(text);
  expect(ms, text).not.toBeNull();
  return ms as number;
}

/** The last moment a link exists (a date-only validTo covers its whole UTC day). */
function linkEnd(link: SampleServiceLink): number {
  if (link.validTo === undefined) return Infinity;
  return instant(link.validTo) + (isDateOnly(link.validTo) ? 86_400_000 - 1 : 0);
}

function linkStart(link: SampleServiceLink): number {
  return link.validFrom === undefined ? -Infinity : instant(link.validFrom);
}

/** Is there a link from → to that exists at the moment `at`? */
function linkedAt(from: string, to: string, at: number, links: readonly SampleServiceLink[] = org.links): boolean {
  return links.some((link) => link.from === from && link.to === to && linkStart(link) <= at && at <= linkEnd(link));
}

/** Every id reachable from `start` along links (excluding `start` unless a cycle returns to it), skipping `removed`. */
function reachable(start: string, removed?: string): Set<string> {
  const next = new Map<string, string[]>();
  for (const link of org.links) {
    if (link.from === removed || link.to === removed) continue;
    const list = next.get(link.from) ?? [];
    list.push(link.to);
    next.set(link.from, list);
  }
  const seen = new Set<string>();
  const queue = [...(next.get(start) ?? [])];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(next.get(id) ?? []));
  }
  return seen;
}

/** True for plain JSON data: strings, finite numbers, booleans, null, arrays and plain objects, no undefined. */
function isPlainJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isPlainJson);
  if (typeof value === 'object') {
    if (Object.getPrototypeOf(value) !== Object.prototype) return false;
    return Object.values(value).every((item) => item !== undefined && isPlainJson(item));
  }
  return false;
}

describe('sampleOrganization: the customers', () => {
  it('holds the designed population', () => {
    const count = (kind: string) => org.customers.filter((c) => c.kind === kind).length;
    expect(count('department')).toBe(9);
    expect(count('employee')).toBe(40);
    expect(count('shareholder')).toBe(3);
    expect(externalIds.size).toBe(30);
    for (const kind of EXTERNAL_KINDS) expect(count(kind)).toBeGreaterThanOrEqual(5);
    const segments = new Set(org.customers.flatMap((c) => ('segment' in c && c.segment !== undefined ? [c.segment] : [])));
    expect([...segments].sort()).toEqual(['business', 'education', 'retail']);
    // every kind sits in at least one segment... and every external customer in one
    for (const id of externalIds) expect((byId.get(id) as { segment?: string }).segment, id).toBeDefined();
  });

  it('gives every customer a distinct id and passes parseCustomer', () => {
    expect(byId.size).toBe(org.customers.length);
    for (const customer of org.customers) {
      const parsed = parseCustomer(customer);
      expect(parsed.id).toBe(customer.id);
      expect(CUSTOMER_KINDS).toContain(parsed.kind);
    }
  });

  it('keeps every reference inside the customers valid and of the right kind', () => {
    for (const customer of org.customers) {
      if (customer.kind === 'department') {
        if (customer.parentId !== undefined) expect(kindOf(customer.parentId), customer.id).toBe('department');
        expect(customer.headId, customer.id).toBeDefined();
        const head = byId.get(customer.headId as string);
        expect(head?.kind, customer.id).toBe('employee');
        expect(head?.kind === 'employee' && head.departmentId, customer.id).toBe(customer.id);
      }
      if (customer.kind === 'employee') {
        expect(kindOf(customer.departmentId), customer.id).toBe('department');
        if (customer.managerId !== undefined) expect(kindOf(customer.managerId), customer.id).toBe('employee');
        expect(customer.managerId, customer.id).not.toBe(customer.id);
      }
      if (customer.kind === 'beneficiary') {
        expect(customer.via, customer.id).toBeDefined();
        expect(['user', 'buyer'], customer.id).toContain(kindOf(customer.via as string));
      }
    }
  });

  it('has a department hierarchy without cycles and with one root', () => {
    const departments = org.customers.filter((c) => c.kind === 'department');
    const roots = departments.filter((d) => d.kind === 'department' && d.parentId === undefined);
    expect(roots.map((d) => d.id)).toEqual(['board']);
    let deepest = 0;
    for (const department of departments) {
      const seen = new Set<string>();
      let current: CustomerInput | undefined = department;
      while (current?.kind === 'department' && current.parentId !== undefined) {
        expect(seen.has(current.id), department.id).toBe(false);
        seen.add(current.id);
        current = byId.get(current.parentId);
      }
      deepest = Math.max(deepest, seen.size);
    }
    expect(deepest).toBeGreaterThanOrEqual(2);
  });

  it('has employees with titles, hire dates, managers and some without a manager', () => {
    const employees = org.customers.filter((c) => c.kind === 'employee');
    for (const e of employees) {
      expect(e.kind === 'employee' && e.title, e.id).toBeTruthy();
      expect(e.kind === 'employee' && isIsoDateString(e.hiredAt), e.id).toBe(true);
    }
    const managed = employees.filter((e) => e.kind === 'employee' && e.managerId !== undefined).length;
    expect(managed).toBeGreaterThan(30);
    expect(managed).toBeLessThan(40);
  });

  it('has one organisation shareholder with ownership and two persons', () => {
    const holders = org.customers.filter((c) => c.kind === 'shareholder');
    const organisations = holders.filter((h) => h.kind === 'shareholder' && h.holder === 'organization');
    expect(organisations).toHaveLength(1);
    expect(organisations[0]?.kind === 'shareholder' && organisations[0].ownership).toBeGreaterThan(0);
    expect(holders.filter((h) => h.kind === 'shareholder' && h.holder === 'person')).toHaveLength(2);
    const total = holders.reduce((sum, h) => sum + (h.kind === 'shareholder' ? (h.ownership ?? 0) : 0), 0);
    expect(total).toBeLessThanOrEqual(1);
  });

  it('has buyers who use the product and buyers who do not', () => {
    const buyers = org.customers.filter((c) => c.kind === 'buyer');
    expect(buyers.some((b) => b.kind === 'buyer' && b.usesProduct === true)).toBe(true);
    expect(buyers.some((b) => b.kind === 'buyer' && b.usesProduct === false)).toBe(true);
  });

  it('has parties that hold roles on both sides, among them an employee who is also a buyer', () => {
    const roles = new Map<string, string[]>();
    for (const c of org.customers) {
      if (c.partyId === undefined) continue;
      roles.set(c.partyId, [...(roles.get(c.partyId) ?? []), c.kind]);
    }
    const twoSided = [...roles.values()].filter(
      (kinds) => kinds.length >= 2 && kinds.some((k) => (INTERNAL_KINDS as readonly string[]).includes(k)) && kinds.some((k) => (EXTERNAL_KINDS as readonly string[]).includes(k)),
    );
    expect(twoSided.length).toBeGreaterThanOrEqual(2);
    expect(twoSided.some((kinds) => kinds.includes('employee') && kinds.includes('buyer'))).toBe(true);
  });

  it('puts attributes on some customers, plain values only', () => {
    const withAttributes = org.customers.filter((c) => c.attributes !== undefined);
    expect(withAttributes.length).toBeGreaterThan(10);
    for (const c of withAttributes) {
      for (const value of Object.values(c.attributes ?? {})) expect(['string', 'number', 'boolean']).toContain(typeof value);
    }
  });
});

describe('sampleOrganization: the service links', () => {
  it('has about eighty links, each well formed', () => {
    expect(org.links.length).toBeGreaterThanOrEqual(70);
    expect(org.links.length).toBeLessThanOrEqual(110);
    for (const [index, link] of org.links.entries()) {
      const where = `links[${index}]`;
      expect(internalIds.has(link.from), where).toBe(true);
      expect(byId.has(link.to), where).toBe(true);
      expect(link.from, where).not.toBe(link.to);
      expect(['tool', 'information', 'support', 'product', 'service'], where).toContain(link.deliverable);
      expect(link.service.length, where).toBeGreaterThan(0);
      if (link.slaHours !== undefined) expect(link.slaHours, where).toBeGreaterThan(0);
      if (link.weight !== undefined) expect(link.weight, where).toBeGreaterThan(0);
      if (link.validFrom !== undefined) expect(isIsoDateString(link.validFrom), where).toBe(true);
      if (link.validTo !== undefined) expect(isIsoDateString(link.validTo), where).toBe(true);
      expect(linkStart(link), where).toBeLessThanOrEqual(linkEnd(link));
    }
  });

  it('has no two links with the same from, to and service whose validity overlaps', () => {
    for (const [i, a] of org.links.entries()) {
      for (const b of org.links.slice(i + 1)) {
        if (a.from !== b.from || a.to !== b.to || a.service !== b.service) continue;
        const overlap = linkStart(a) <= linkEnd(b) && linkStart(b) <= linkEnd(a);
        expect(overlap, `${a.from} → ${a.to}: ${a.service}`).toBe(false);
      }
    }
  });

  it('reaches every external customer and lets every employee serve someone', () => {
    for (const id of externalIds) expect(org.links.some((l) => l.to === id), id).toBe(true);
    for (const c of org.customers) {
      if (c.kind === 'employee') expect(org.links.some((l) => l.from === c.id), c.id).toBe(true);
    }
  });

  it('has a link retired in mid-2025 and links that start later', () => {
    const retired = org.links.filter((l) => l.validTo !== undefined && instant(l.validTo) < instant('2025-12-01'));
    expect(retired.length).toBeGreaterThanOrEqual(1);
    expect(retired.every((l) => instant(l.validTo as string) >= instant('2025-01-01'))).toBe(true);
    expect(org.links.filter((l) => l.validFrom !== undefined).length).toBeGreaterThanOrEqual(2);
  });

  it('has IT serving nearly every department', () => {
    const departments = org.customers.filter((c) => c.kind === 'department' && c.id !== 'it').map((c) => c.id);
    const served = new Set(org.links.filter((l) => l.from === 'it').map((l) => l.to));
    const share = departments.filter((d) => served.has(d)).length / departments.length;
    expect(share).toBeGreaterThanOrEqual(0.75);
  });

  it('has marketing and sales serving each other, the only cycle among internal customers', () => {
    expect(org.links.some((l) => l.from === 'marketing' && l.to === 'sales')).toBe(true);
    expect(org.links.some((l) => l.from === 'sales' && l.to === 'marketing')).toBe(true);
    const onCycle = [...internalIds].filter((id) => reachable(id).has(id)).sort();
    expect(onCycle).toEqual(['marketing', 'sales']);
  });

  it('has exactly one department whose work reaches no external customer: internal audit', () => {
    const reachesExternal = (id: string) => [...reachable(id)].some((to) => externalIds.has(to));
    const providers = new Set(org.links.map((l) => l.from));
    // SPEC §3: an orphan provides at least one link and yet reaches no external customer
    const orphans = [...internalIds].filter((id) => providers.has(id) && !reachesExternal(id)).sort();
    // the audit unit reports only to the owners, and its two auditors serve only the unit
    expect(orphans).toEqual(['audit', 'emp-39', 'emp-40']);
    expect(byId.get('emp-39')).toMatchObject({ kind: 'employee', departmentId: 'audit' });
    expect(byId.get('emp-40')).toMatchObject({ kind: 'employee', departmentId: 'audit' });
    // the owners only receive: they provide nothing, so they are not orphans
    for (const id of internalIds) if (kindOf(id) === 'shareholder') expect(providers.has(id), id).toBe(false);
  });

  it('names an accountable employee on every link but a few left unowned on purpose', () => {
    const unowned = org.links.filter((l) => l.owner === undefined).map((l) => `${l.from} → ${l.to}: ${l.service}`);
    expect(unowned).toEqual([
      'sales → marketing: Market feedback',
      'hr → logistics: Seasonal staffing',
      'logistics → sales: Stock availability',
      'marketing → service: Promotion calendar',
      'marketing → biz-b03: Business catalogue',
    ]);
    for (const link of org.links) {
      if (link.owner === undefined) continue;
      const owner = byId.get(link.owner);
      expect(owner?.kind, link.owner).toBe('employee');
      // an employee owns his or her own work; a department's link is owned by one of its own staff
      const department = link.from.startsWith('emp-') ? undefined : link.from;
      if (department === undefined) expect(link.owner).toBe(link.from);
      else expect(owner?.kind === 'employee' && owner.departmentId, `${link.service} owned by ${link.owner}`).toBe(department);
    }
  });

  it('makes Warehouse & Logistics the single point of failure of the education segment', () => {
    const education = [...externalIds].filter((id) => (byId.get(id) as { segment?: string }).segment === 'education');
    expect(education.length).toBeGreaterThanOrEqual(3);
    // starting points: customers no link enters (marketing ⇄ sales, the only cycle, is entered from outside)
    const entered = new Set(org.links.map((l) => l.to));
    const starts = [...byId.keys()].filter((id) => !entered.has(id));
    const reachedFromStarts = (removed?: string): Set<string> => {
      const all = new Set<string>();
      for (const start of starts) {
        if (start === removed) continue;
        all.add(start);
        for (const id of reachable(start, removed)) all.add(id);
      }
      return all;
    };
    const whole = reachedFromStarts();
    for (const id of education) {
      expect(whole.has(id), id).toBe(true);
      expect(org.links.filter((l) => l.to === id).every((l) => l.from === 'logistics'), id).toBe(true);
    }
    // removing logistics cuts every school customer off; removing any other internal customer cuts none
    const withoutLogistics = reachedFromStarts('logistics');
    for (const id of education) expect(withoutLogistics.has(id), id).toBe(false);
    for (const other of internalIds) {
      if (other === 'logistics') continue;
      const reached = reachedFromStarts(other);
      for (const id of education) expect(reached.has(id), `${other} / ${id}`).toBe(true);
    }
    // and the other segments have other providers
    const otherSegments = [...externalIds].filter((id) => !education.includes(id));
    expect(otherSegments.some((id) => org.links.some((l) => l.to === id && l.from !== 'logistics'))).toBe(true);
  });
});

describe('sampleOrganization: the observations', () => {
  const observations = org.observations;
  const byType = <T extends SampleObservation['type']>(type: T) =>
    observations.filter((o): o is Extract<SampleObservation, { type: T }> => o.type === type);
  const inYear = (ms: number) => ms >= Date.UTC(2025, 0, 1) - 7 * 3_600_000 && ms < Date.UTC(2026, 0, 1);
  const since = (id: string): number => {
    const c = byId.get(id);
    const text = c?.kind === 'employee' ? c.hiredAt : c?.since;
    return text === undefined ? -Infinity : instant(text.slice(0, 10)) - 7 * 3_600_000;
  };

  it('has a few hundred to two thousand records of every type, with distinct ids', () => {
    expect(observations.length).toBeGreaterThanOrEqual(300);
    expect(observations.length).toBeLessThanOrEqual(2000);
    for (const type of ['survey', 'task', 'purchase', 'referral', 'interaction'] as const) expect(byType(type).length, type).toBeGreaterThan(0);
    for (const instrument of ['nps', 'csat', 'ces', 'servqual'] as const) {
      expect(byType('survey').filter((s) => s.instrument === instrument).length, instrument).toBeGreaterThan(0);
    }
    const ids = observations.map((o) => o.id);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('passes parseObservations as a whole', () => {
    expect(parseObservations(observations)).toHaveLength(observations.length);
  });

  it('names only customers that exist, with valid ISO dates inside 2025', () => {
    for (const [index, o] of observations.entries()) {
      const where = `observations[${index}]`;
      const ids =
        o.type === 'survey' ? [o.respondentId, o.subjectId]
        : o.type === 'task' ? [o.providerId, o.consumerId]
        : o.type === 'purchase' ? [o.customerId]
        : o.type === 'referral' ? [o.referrerId, o.referredId]
        : [o.fromId, o.toId, o.initiatedBy];
      for (const id of ids) expect(byId.has(id), `${where}: ${id}`).toBe(true);
      const dates =
        o.type === 'task' ? [o.requestedAt, ...(o.completedAt === undefined ? [] : [o.completedAt])]
        : [o.at];
      for (const date of dates) {
        expect(isIsoDateString(date), `${where}: ${date}`).toBe(true);
        expect(inYear(instant(date)), `${where}: ${date}`).toBe(true);
      }
      // nobody takes part before joining (date-only answers count from the day)
      const first = instant(dates[0] as string) + (isDateOnly(dates[0] as string) ? 86_400_000 : 0);
      // (a referral names someone who is not yet a customer)
      const present = o.type === 'referral' ? [o.referrerId] : ids;
      for (const id of present) expect(first, `${where}: ${id} joined later`).toBeGreaterThanOrEqual(since(id));
    }
  });

  it('holds survey answers in range, of the right shape', () => {
    const dimensions = ['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy'];
    for (const s of byType('survey')) {
      if (s.stage !== undefined) expect(['launch', 'established']).toContain(s.stage);
      if (s.instrument === 'servqual') {
        expect('value' in s, s.id).toBe(false);
        for (const side of [s.expectations, s.perceptions]) {
          expect(Object.keys(side).sort()).toEqual([...dimensions].sort());
          for (const value of Object.values(side)) {
            expect(Number.isInteger(value) && value >= 1 && value <= 7, s.id).toBe(true);
          }
        }
        continue;
      }
      const [low, high] = s.instrument === 'nps' ? [0, 10] : s.instrument === 'csat' ? [1, s.scale ?? 5] : [1, s.scale ?? 7];
      expect(Number.isInteger(s.value) && s.value >= low && s.value <= high, s.id).toBe(true);
      if (s.instrument === 'nps') expect(s.scale, s.id).toBeUndefined();
    }
    const stages = new Set(byType('survey').map((s) => s.stage));
    expect(stages.has('launch') && stages.has('established')).toBe(true);
  });

  it('asks external customers for NPS about the departments that serve them, and employees for eNPS', () => {
    const nps = byType('survey').filter((s) => s.instrument === 'nps');
    const fromExternal = nps.filter((s) => externalIds.has(s.respondentId));
    expect(fromExternal.length).toBeGreaterThan(30);
    for (const s of fromExternal) {
      expect(kindOf(s.subjectId), s.id).toBe('department');
      const servers = org.links.filter((l) => l.to === s.respondentId).map((l) => l.from);
      const units = servers.map((id) => {
        const c = byId.get(id);
        return c?.kind === 'employee' ? c.departmentId : id;
      });
      expect(units, s.id).toContain(s.subjectId);
    }
    expect(nps.some((s) => kindOf(s.respondentId) === 'employee')).toBe(true);
  });

  it('asks CSAT and CES only of consumers of a link from the subject, valid on the day', () => {
    const rated = byType('survey').filter((s) => s.instrument === 'csat' || s.instrument === 'ces');
    for (const s of rated) {
      const day = instant(s.at);
      // a date-only answer may fall anywhere in its day
      const ok = linkedAt(s.subjectId, s.respondentId, day) || linkedAt(s.subjectId, s.respondentId, day + 86_399_999);
      expect(ok, `${s.id}: ${s.subjectId} → ${s.respondentId}`).toBe(true);
    }
    const internalCsat = rated.filter((s) => s.instrument === 'csat' && internalIds.has(s.respondentId));
    expect(internalCsat.length).toBeGreaterThan(40);
  });

  it('records tasks that follow links, some late, some open, some defective or reworked', () => {
    const tasks = byType('task');
    let late = 0;
    let atDeadline = 0;
    let open = 0;
    for (const t of tasks) {
      const requested = instant(t.requestedAt);
      expect(linkedAt(t.providerId, t.consumerId, requested), `${t.id}: ${t.providerId} → ${t.consumerId}`).toBe(true);
      expect(t.slaHours, t.id).toBeGreaterThan(0);
      if (t.defects !== undefined) expect(Number.isInteger(t.defects) && t.defects >= 0, t.id).toBe(true);
      if (t.completedAt === undefined) {
        open += 1;
        continue;
      }
      const took = instant(t.completedAt) - requested;
      expect(took, t.id).toBeGreaterThanOrEqual(0);
      if (took > (t.slaHours as number) * 3_600_000) late += 1;
      if (took === (t.slaHours as number) * 3_600_000) atDeadline += 1;
    }
    expect(late).toBeGreaterThan(10);
    expect(open).toBeGreaterThan(0);
    expect(atDeadline).toBeGreaterThan(0);
    expect(tasks.some((t) => (t.defects ?? 0) > 0)).toBe(true);
    expect(tasks.some((t) => t.reworked === true)).toBe(true);
    expect(tasks.some((t) => externalIds.has(t.consumerId))).toBe(true);
    expect(tasks.some((t) => internalIds.has(t.consumerId))).toBe(true);
  });

  it('runs the agreements between departments on the Hanoi office calendar, each link with its own copy', () => {
    const isDepartment = (id: string) => kindOf(id) === 'department';
    const between = org.links.filter((l) => isDepartment(l.from) && isDepartment(l.to));
    // the INTERNAL rows of links.ts whose both ends are departments: marketing ⇄ sales (2), IT helpdesk (7),
    // point of sale (1), the two warehouse systems (2), finance → board, sales, logistics (3),
    // hr → sales, service, logistics (3), board → marketing, sales (2), logistics → sales, service (2),
    // marketing → service (1): 23
    expect(between).toHaveLength(23);
    for (const link of org.links) {
      if (isDepartment(link.from) && isDepartment(link.to)) expect(link.calendar, link.service).toEqual(HANOI_OFFICE);
      else expect(link.calendar, `${link.from} → ${link.to}`).toBeUndefined();
    }
    // fresh copies: changing one link's calendar changes no other link and no later call
    const [first, second] = sampleOrganization().links.filter((l) => l.calendar !== undefined);
    first!.calendar!.holidays!.push('2025-12-24');
    expect(second!.calendar!.holidays).toEqual(HANOI_OFFICE.holidays);
    expect(sampleOrganization().links.find((l) => l.calendar !== undefined)!.calendar).toEqual(HANOI_OFFICE);
    expect(Object.isFrozen(HANOI_OFFICE.holidays)).toBe(true);
  });

  it('pauses the credit approvals asked for on a Monday while sales fetch the documents', () => {
    const tasks = byType('task');
    const paused = tasks.filter((t) => t.paused !== undefined);
    // by construction (observations.ts): a finished credit approval (finance → sales) requested on a Monday, Hanoi time
    const monday = (t: (typeof tasks)[number]) => new Date(`${t.requestedAt.slice(0, 10)}T00:00:00Z`).getUTCDay() === 1;
    const expected = tasks.filter((t) => t.providerId === 'finance' && t.consumerId === 'sales' && t.completedAt !== undefined && monday(t));
    expect(paused.map((t) => t.id)).toEqual(expected.map((t) => t.id));
    expect(paused).toHaveLength(3);
    for (const t of paused) {
      expect(t.paused, t.id).toHaveLength(1);
      const { from, to } = t.paused![0]!;
      // inside the task, after its first working hour, one working day long
      expect(instant(from)).toBeGreaterThan(instant(t.requestedAt));
      expect(instant(to)).toBeLessThanOrEqual(instant(t.completedAt!));
      expect(workingHoursBetween(t.requestedAt, from, HANOI_OFFICE)).toBe(1);
      expect(workingHoursBetween(from, to, HANOI_OFFICE)).toBe(8);
    }
    expect(parseObservations(paused).length).toBe(3);
  });

  it('a paused credit approval over the National Day holidays is on time in working hours, late on the wall clock', () => {
    const task = byType('task').find((t) => t.paused !== undefined && t.requestedAt.startsWith('2025-09-01'))!;
    expect(task).toMatchObject({
      requestedAt: '2025-09-01T14:00:00+07:00',
      completedAt: '2025-09-08T14:58:00+07:00',
      slaHours: 24,
      paused: [{ from: '2025-09-03T09:00:00+07:00', to: '2025-09-04T09:00:00+07:00' }],
    });
    // Mon 1 and Tue 2 September are holidays. Wed 3: 8 h, Thu 4: 8 h, Fri 5: 8 h, the weekend none,
    // Mon 8: 08:00–12:00 (4 h) + 13:00–14:58 (1 h 58 min): 29 h 58 min of working time
    expect(workingHoursBetween(task.requestedAt, task.completedAt!, HANOI_OFFICE) * 60).toBeCloseTo(29 * 60 + 58, 9);
    // the pause: Wed 09:00–12:00 (3 h) + 13:00–17:00 (4 h) + Thu 08:00–09:00 (1 h) = 8 h; 29 h 58 − 8 h = 21 h 58 ≤ 24 → on time
    expect(slaAttainment([task], { calendar: HANOI_OFFICE })).toMatchObject({ onTime: 1, late: 0 });
    // on the wall clock: 7 days 58 min = 168 h 58 min, less the 24-hour pause = 144 h 58 min > 24 → late
    expect(slaAttainment([task])).toMatchObject({ onTime: 0, late: 1 });
    // the report's calendar comes from the link
    const link = org.links.find((l) => l.from === 'finance' && l.to === 'sales')!;
    expect(slaAttainment([task], { calendar: link.calendar })).toMatchObject({ onTime: 1, late: 0 });
  });

  it('a paused credit approval asked for late on a Monday: 16 h 32 min of working time, 8 of them paused', () => {
    const task = byType('task').find((t) => t.paused !== undefined && t.requestedAt.startsWith('2025-05-26'))!;
    expect(task).toMatchObject({
      requestedAt: '2025-05-26T16:25:00+07:00',
      completedAt: '2025-05-28T16:57:00+07:00',
      paused: [{ from: '2025-05-27T08:25:00+07:00', to: '2025-05-28T08:25:00+07:00' }],
    });
    // Mon 26: 16:25–17:00 (35 min); Tue 27: 8 h; Wed 28: 08:00–12:00 + 13:00–16:57 (7 h 57 min): 16 h 32 min
    expect(workingHoursBetween(task.requestedAt, task.completedAt!, HANOI_OFFICE) * 60).toBeCloseTo(16 * 60 + 32, 9);
    // first working hour: 16:25–17:00 (35 min) + Tue 08:00–08:25 (25 min); the pause then runs 8 working hours to Wed 08:25
    expect(workingHoursBetween(task.requestedAt, task.paused![0]!.from, HANOI_OFFICE)).toBe(1);
    // 16 h 32 min − 8 h = 8 h 32 min ≤ 24 → on time
    expect(slaAttainment([task], { calendar: HANOI_OFFICE }).onTime).toBe(1);
  });

  it('records purchases by external customers, in VND only', () => {
    for (const p of byType('purchase')) {
      expect(externalIds.has(p.customerId), p.id).toBe(true);
      expect(Number.isFinite(p.amount) && p.amount >= 0, p.id).toBe(true);
      expect(p.currency, p.id).toBe('VND');
    }
    expect(new Set(byType('purchase').map((p) => p.customerId)).size).toBeGreaterThanOrEqual(8);
  });

  it('records referrals, one by an employee bringing in an outsider who converted', () => {
    const referrals = byType('referral');
    for (const r of referrals) {
      expect(r.referrerId, r.id).not.toBe(r.referredId);
      if (r.converted) {
        expect(externalIds.has(r.referredId), r.id).toBe(true);
        // the referral came first, then the new customer
        expect(instant(r.at), r.id).toBeLessThanOrEqual(since(r.referredId) + 7 * 3_600_000);
      }
    }
    expect(referrals.some((r) => kindOf(r.referrerId) === 'employee' && externalIds.has(r.referredId) && r.converted)).toBe(true);
    expect(referrals.some((r) => !r.converted)).toBe(true);
  });

  it('records interactions started by one of their two sides', () => {
    for (const i of byType('interaction')) {
      expect([i.fromId, i.toId], i.id).toContain(i.initiatedBy);
      expect(i.fromId, i.id).not.toBe(i.toId);
      expect(i.channel.length, i.id).toBeGreaterThan(0);
    }
    const starters = new Set(byType('interaction').map((i) => (i.initiatedBy === i.fromId ? 'from' : 'to')));
    expect([...starters].sort()).toEqual(['from', 'to']);
  });
});

describe('sampleOrganization: the value', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('is plain JSON data that survives a round trip', () => {
    expect(isPlainJson(org)).toBe(true);
    expect(JSON.parse(JSON.stringify(org))).toEqual(org);
  });

  it('is the same on every call, without Math.random or the clock', () => {
    vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random was called');
    });
    vi.spyOn(Date, 'now').mockImplementation(() => {
      throw new Error('Date.now was called');
    });
    expect(sampleOrganization()).toEqual(org);
  });

  it('is a fresh copy: changing one leaves the next untouched', () => {
    const mine = sampleOrganization();
    const reference = sampleOrganization();
    expect(mine.customers).not.toBe(reference.customers);
    (mine.customers[0] as { name: string }).name = 'changed';
    const withAttributes = mine.customers.find((c) => c.attributes !== undefined) as CustomerInput;
    (withAttributes.attributes as Record<string, unknown>)['added'] = 1;
    mine.links.pop();
    mine.observations.length = 0;
    const next = sampleOrganization();
    expect(next).toEqual(reference);
    expect(next.customers[0]?.name).not.toBe('changed');
  });

  it('is typed as a SampleOrganization of customer inputs', () => {
    expectTypeOf(sampleOrganization).returns.toEqualTypeOf<SampleOrganization>();
    expectTypeOf(org.customers).toEqualTypeOf<CustomerInput[]>();
    expectTypeOf(org.links).toEqualTypeOf<SampleServiceLink[]>();
  });
});
