import type { CustomerInput } from '../customers/schemas.js';
import type { ServiceLinkInput } from './serviceLink.js';

/**
 * An organisation's internal service chain: its customers and the links
 * through which internal units serve each other and the external customers.
 *
 * An opaque, frozen value made by `createServiceChain` (or
 * `parseServiceChain`, `chainAsOf`); ask it questions with the free
 * functions of the Chain category. Its two visible properties are counts;
 * everything else stays private, so the value cannot be changed or forged.
 *
 * @category Chain
 */
export interface ServiceChain {
  /** How many customers the chain holds. */
  readonly customerCount: number;
  /** How many links the chain holds. */
  readonly linkCount: number;
}

/**
 * What `createServiceChain` accepts: every customer and every link. Both
 * keys are required (an empty array is fine); any other key is an error.
 *
 * @category Chain
 */
export interface ServiceChainInput {
  /** The customers, inside and outside the organisation; ids must be distinct. */
  readonly customers: readonly CustomerInput[];
  /** The links between them: `from` provides `service` to `to`. */
  readonly links: readonly ServiceLinkInput[];
}
