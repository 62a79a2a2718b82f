import type { LabelKey, LabelTable } from './keys.js';

/**
 * English labels: lowercase nouns as they read mid-sentence (capitalise them
 * for a heading); instrument names keep their usual capitals.
 */
export const EN_LABELS: LabelTable = /*@__PURE__*/ Object.freeze({
  department: 'department',
  employee: 'employee',
  shareholder: 'shareholder',
  user: 'user',
  buyer: 'buyer',
  beneficiary: 'beneficiary',
  internal: 'internal customer',
  external: 'external customer',
  orderer: 'orderer',
  evaluator: 'evaluator',
  partner: 'partner',
  tool: 'tool',
  information: 'information',
  support: 'work support',
  product: 'product',
  service: 'service',
  nps: 'Net Promoter Score (NPS)',
  csat: 'Customer Satisfaction Score (CSAT)',
  ces: 'Customer Effort Score (CES)',
  servqual: 'SERVQUAL',
  tangibles: 'tangibles',
  reliability: 'reliability',
  responsiveness: 'responsiveness',
  assurance: 'assurance',
  empathy: 'empathy',
} satisfies Record<LabelKey, string>);
