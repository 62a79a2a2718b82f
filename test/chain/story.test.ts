/**
 * A small organisation told as a story, with every answer worked out by hand:
 * marketing and sales serve each other; IT serves every internal unit and
 * sales tells IT what it needs; buyers are reached only through the
 * warehouse, which is therefore their single point of failure; the archive
 * serves only the fund (a shareholder), so neither reaches an outsider.
 */
import { describe, expect, it } from 'vitest';
import {
  ClienteleError,
  createServiceChain,
  propagateQuality,
  criticalProviders,
  cycles,
  distanceToExternal,
  downstream,
  externalReach,
  internalRoles,
  orphans,
  sipoc,
  upstream,
  type ServiceLinkInput,
} from '../../src/index.js';

const link = (from: string, to: string, service: string, deliverable: ServiceLinkInput['deliverable']): ServiceLinkInput => ({
  from,
  to,
  service,
  deliverable,
});

const chain = createServiceChain({
  customers: [
    { kind: 'department', id: 'it', name: 'IT' },
    { kind: 'department', id: 'marketing', name: 'Marketing' },
    { kind: 'department', id: 'sales', name: 'Sales' },
    { kind: 'department', id: 'warehouse', name: 'Warehouse' },
    { kind: 'department', id: 'archive', name: 'Archive' },
    { kind: 'employee', id: 'mai', name: 'Mai', departmentId: 'sales' },
    { kind: 'shareholder', id: 'fund', name: 'Pension fund', holder: 'organization' },
    { kind: 'buyer', id: 'shop', name: 'Corner shop', party: 'organization' },
    { kind: 'buyer', id: 'school', name: 'City school', party: 'organization', usesProduct: false },
    { kind: 'user', id: 'lan', name: 'Lan' },
    { kind: 'beneficiary', id: 'pupil', name: 'Pupil', via: 'school' },
  ],
  links: [
    link('marketing', 'sales', 'leads', 'information'),
    link('sales', 'marketing', 'market feedback', 'information'),
    link('sales', 'it', 'requirements', 'information'),
    link('it', 'marketing', 'laptops', 'tool'),
    link('it', 'sales', 'CRM', 'tool'),
    link('it', 'warehouse', 'scanners', 'tool'),
    link('it', 'archive', 'storage', 'tool'),
    link('it', 'mai', 'helpdesk', 'support'),
    link('sales', 'warehouse', 'orders', 'information'),
    link('warehouse', 'shop', 'deliveries', 'product'),
    link('warehouse', 'school', 'deliveries', 'product'),
    link('sales', 'lan', 'onboarding', 'service'),
    link('mai', 'lan', 'support calls', 'service'),
    link('archive', 'fund', 'records', 'information'),
  ],
});

describe('the story', () => {
  it('marketing, sales and IT serve each other: one cycle', () => {
    expect(cycles(chain)).toEqual([['it', 'marketing', 'sales']]);
  });

  it('the warehouse is the single point of failure of both buyers', () => {
    expect(criticalProviders(chain, 'shop')).toEqual(['warehouse']);
    expect(criticalProviders(chain, 'school')).toEqual(['warehouse']);
  });

  it('the user is reached two ways, so nobody is critical for her; the pupil is served by nobody', () => {
    expect(criticalProviders(chain, 'lan')).toEqual([]);
    expect(criticalProviders(chain, 'pupil')).toEqual([]);
  });

  it('the archive serves only the fund: the archive is an orphan, the fund only receives and is not', () => {
    expect(orphans(chain)).toEqual(['archive']);
    expect(distanceToExternal(chain, 'archive')).toBeNull();
    expect(externalReach(chain, 'archive')).toEqual([]);
  });

  it('reach along and against the links', () => {
    expect(downstream(chain, 'it')).toEqual(['archive', 'fund', 'lan', 'mai', 'marketing', 'sales', 'school', 'shop', 'warehouse']);
    expect(upstream(chain, 'shop')).toEqual(['it', 'marketing', 'sales', 'warehouse']);
    expect(externalReach(chain, 'marketing')).toEqual(['lan', 'school', 'shop']);
    expect(distanceToExternal(chain, 'marketing')).toBe(2);
    expect(distanceToExternal(chain, 'it')).toBe(2);
    expect(distanceToExternal(chain, 'warehouse')).toBe(1);
    expect(distanceToExternal(chain, 'pupil')).toBe(0);
  });

  it('roles: sales orders, rates IT and partners marketing; the warehouse only orders', () => {
    const surveys = [
      { type: 'survey', respondentId: 'sales', subjectId: 'it' },
      { type: 'survey', respondentId: 'warehouse', subjectId: 'shop' }, // about an outsider: not an evaluation of a provider
      { type: 'task', respondentId: 'warehouse', subjectId: 'it' }, // not a survey
    ];
    expect(internalRoles(chain, 'sales', surveys)).toEqual(['orderer', 'evaluator', 'partner']);
    expect(internalRoles(chain, 'warehouse', surveys)).toEqual(['orderer']);
    expect(internalRoles(chain, 'fund')).toEqual(['orderer']);
  });

  it('the warehouse seen as SIPOC', () => {
    expect(sipoc(chain, 'warehouse')).toEqual({
      suppliers: ['it', 'sales'],
      inputs: ['orders', 'scanners'],
      process: 'warehouse',
      outputs: ['deliveries'],
      customers: ['school', 'shop'],
    });
  });

  it('quality flows down: the cycle shares no outside input, the warehouse passes on what it gets', () => {
    const quality = { it: 0.9, sales: 0.8, warehouse: 0.95 };
    const effective = propagateQuality(chain, quality); // 'mean', the default
    // {it, marketing, sales} is a starting group: no input from outside, each keeps its own quality
    expect(effective.get('it')).toBe(0.9);
    expect(effective.get('sales')).toBe(0.8);
    expect(effective.get('marketing')).toBe(1);
    // warehouse: 0.95 × the mean of it 0.9 and sales 0.8 = 0.95 × 0.85
    expect(effective.get('warehouse')).toBeCloseTo(0.8075, 15);
    expect(effective.get('shop')).toBeCloseTo(0.8075, 15);
    // lan: 1 × the mean of sales 0.8 and mai (1 × it 0.9)
    expect(effective.get('lan')).toBeCloseTo(0.85, 15);
    // 'yield': the cycle's members share U = {it, marketing, sales}: 0.9 × 1 × 0.8
    const byYield = propagateQuality(chain, quality, { mode: 'yield' });
    expect(byYield.get('marketing')).toBeCloseTo(0.72, 15);
    expect(byYield.get('shop')).toBeCloseTo(0.684, 15); // × warehouse 0.95
    expect(byYield.get('lan')).toBeCloseTo(0.72, 15); // mai and lan at 1 add nothing
  });

  it('asking about an outsider as if it were a unit, or a unit as if it were an outsider, is a WRONG_KIND', () => {
    for (const run of [() => internalRoles(chain, 'shop'), () => criticalProviders(chain, 'warehouse')]) {
      try {
        run();
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ClienteleError);
        expect((error as ClienteleError).code).toBe('WRONG_KIND');
        expect((error as ClienteleError).issues[0]!.path).toEqual(['id']);
      }
    }
  });
});
