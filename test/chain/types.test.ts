import { describe, expectTypeOf, it } from 'vitest';
import {
  DELIVERABLES,
  INTERNAL_ROLES,
  ServiceLinkSchema,
  createServiceChain,
  criticalProviders,
  cycles,
  distanceToExternal,
  internalRoles,
  serializeChain,
  sipoc,
  type Customer,
  type Deliverable,
  type InternalRole,
  type SerializedChain,
  type ServiceChain,
  type ServiceLink,
  type ServiceLinkInput,
  type Sipoc,
} from '../../src/index.js';
import { z } from 'zod';

describe('chain types', () => {
  it('the schema infers the documented link types', () => {
    expectTypeOf<z.output<typeof ServiceLinkSchema>>().toEqualTypeOf<ServiceLink>();
    expectTypeOf<ServiceLink['weight']>().toEqualTypeOf<number>();
    expectTypeOf<ServiceLinkInput['weight']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ServiceLink['deliverable']>().toEqualTypeOf<Deliverable>();
    expectTypeOf<Deliverable>().toEqualTypeOf<(typeof DELIVERABLES)[number]>();
    expectTypeOf<InternalRole>().toEqualTypeOf<'orderer' | 'evaluator' | 'partner'>();
    expectTypeOf(INTERNAL_ROLES).toEqualTypeOf<readonly ['orderer', 'evaluator', 'partner']>();
  });

  it('the chain is a flat, named, read-only type and queries return plain data', () => {
    expectTypeOf(createServiceChain).returns.toEqualTypeOf<ServiceChain>();
    expectTypeOf<ServiceChain>().toEqualTypeOf<{ readonly customerCount: number; readonly linkCount: number }>();
    expectTypeOf(cycles).returns.toEqualTypeOf<string[][]>();
    expectTypeOf(criticalProviders).returns.toEqualTypeOf<string[]>();
    expectTypeOf(distanceToExternal).returns.toEqualTypeOf<number | null>();
    expectTypeOf(internalRoles).returns.toEqualTypeOf<InternalRole[]>();
    expectTypeOf(sipoc).returns.toEqualTypeOf<Sipoc>();
    expectTypeOf(serializeChain).returns.toEqualTypeOf<SerializedChain>();
    expectTypeOf<SerializedChain['customers']>().toEqualTypeOf<Customer[]>();
  });

  it('misuse does not compile', () => {
    // type-checked by tsc, never run
    const misuse = () => {
      // @ts-expect-error a link needs a deliverable from the list
      createServiceChain({ customers: [], links: [{ from: 'a', to: 'b', service: 's', deliverable: 'gift' }] });
      // @ts-expect-error a chain has both counts
      const forged: ServiceChain = { customerCount: 1 };
      void forged;
      // @ts-expect-error chains are immutable
      createServiceChain({ customers: [], links: [] }).linkCount = 3;
      // @ts-expect-error createServiceChain takes customers and links only
      createServiceChain({ customers: [], links: [], extra: 1 });
    };
    expectTypeOf(misuse).toBeFunction();
  });
});
