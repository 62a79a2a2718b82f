import * as z from 'zod';
import { IdSchema, IsoDateSchema } from '../customers/schemas.js';
import { VALIDITY_ORDER_MESSAGE, validityInOrder } from './_validity.js';
import { CalendarSchema } from './calendar.js';

/**
 * What a link delivers: a tool, information, work support, a product or a
 * service.
 *
 * @example
 * ```ts
 * import { DELIVERABLES } from 'clientele';
 *
 * DELIVERABLES
 * //=> ['tool', 'information', 'support', 'product', 'service']
 * ```
 *
 * @category Chain
 */
export const DELIVERABLES = /*@__PURE__*/ Object.freeze(['tool', 'information', 'support', 'product', 'service'] as const);

/** One of {@link DELIVERABLES}. @category Chain */
export type Deliverable = (typeof DELIVERABLES)[number];

const POSITIVE = 'must be a finite number greater than 0';

/**
 * One link of the internal service chain: `from` (an internal customer)
 * provides `service` to `to` (an internal or external customer).
 *
 * - `deliverable` is one of {@link DELIVERABLES};
 * - `slaHours` (optional) is the agreed turnaround, greater than 0;
 * - `weight` (default 1, greater than 0) says how much the consumer depends on this link;
 * - `validFrom` / `validTo` (optional ISO dates, both inclusive; a date-only
 *   `validTo` covers its whole UTC day) bound when the link exists;
 * - `owner` (optional) is the id of the one employee accountable for the link
 *   (RACI: exactly one accountable); {@link unownedLinks} lists the links without one;
 * - `calendar` (optional, a {@link CalendarSchema} calendar) makes the link's
 *   `slaHours` count working time, not wall-clock time.
 *
 * Unknown keys are rejected. The ids are checked against the customers by
 * `createServiceChain`, not by this schema.
 *
 * @example
 * ```ts
 * import { ServiceLinkSchema } from 'clientele';
 *
 * ServiceLinkSchema.parse({ from: 'it', to: 'sales', service: 'laptops', deliverable: 'tool' })
 * //=> { from: 'it', to: 'sales', service: 'laptops', deliverable: 'tool', weight: 1 }
 * ServiceLinkSchema.safeParse({ from: 'it', to: 'sales', service: 'laptops', deliverable: 'tool', weight: 0 }).success
 * //=> false
 * ServiceLinkSchema.safeParse({
 *   from: 'it', to: 'sales', service: 'laptops', deliverable: 'tool',
 *   validFrom: '2024-06-01', validTo: '2024-05-31',
 * }).success
 * //=> false
 * ```
 *
 * @category Chain
 */
export const ServiceLinkSchema = /*@__PURE__*/ z
  .strictObject({
    from: IdSchema,
    to: IdSchema,
    service: z.string().min(1, 'must be a non-empty string'),
    deliverable: z.enum(DELIVERABLES),
    slaHours: z.number().positive(POSITIVE).optional(),
    weight: z.number().positive(POSITIVE).default(1),
    validFrom: IsoDateSchema.optional(),
    validTo: IsoDateSchema.optional(),
    owner: IdSchema.optional(),
    calendar: CalendarSchema.optional(),
  })
  .refine((link) => validityInOrder(link.validFrom, link.validTo), {
    path: ['validTo'],
    message: VALIDITY_ORDER_MESSAGE,
    // check the order even when another field is wrong, so every problem is reported at once
    when: (payload) => typeof payload.value === 'object' && payload.value !== null,
  });

/** A link as parsed (`weight` always set). @category Chain */
export type ServiceLink = z.output<typeof ServiceLinkSchema>;

/** What the chain accepts for a link (`weight` may be left out). @category Chain */
export type ServiceLinkInput = z.input<typeof ServiceLinkSchema>;
