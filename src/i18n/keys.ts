/**
 * The keys {@link label} knows, by group. Each group lists the values of the
 * matching public tuple elsewhere in the library, in the same order:
 * `kind` = `CUSTOMER_KINDS`, `side` = `SIDES`, `role` = `INTERNAL_ROLES`,
 * `deliverable` = `DELIVERABLES`, `instrument` = `INSTRUMENTS` and
 * `dimension` = `SERVQUAL_DIMENSIONS`.
 *
 * @example
 * ```ts
 * import { LABEL_GROUPS } from 'clientele';
 *
 * LABEL_GROUPS.role
 * //=> ['orderer', 'evaluator', 'partner']
 * LABEL_GROUPS.dimension
 * //=> ['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy']
 * ```
 *
 * @category I18n
 */
export const LABEL_GROUPS = /*@__PURE__*/ Object.freeze({
  kind: Object.freeze(['department', 'employee', 'shareholder', 'user', 'buyer', 'beneficiary'] as const),
  side: Object.freeze(['internal', 'external'] as const),
  role: Object.freeze(['orderer', 'evaluator', 'partner'] as const),
  deliverable: Object.freeze(['tool', 'information', 'support', 'product', 'service'] as const),
  instrument: Object.freeze(['nps', 'csat', 'ces', 'servqual'] as const),
  dimension: Object.freeze(['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy'] as const),
});

/**
 * The name of one group of {@link LABEL_GROUPS}.
 *
 * @category I18n
 */
export type LabelGroup = keyof typeof LABEL_GROUPS;

/**
 * Every key {@link label} knows, group after group in the order of
 * {@link LABEL_GROUPS}: the six customer kinds, the two sides, the three
 * internal roles, the five deliverables, the four instruments and the five
 * SERVQUAL dimensions.
 *
 * @example
 * ```ts
 * import { LABEL_KEYS } from 'clientele';
 *
 * LABEL_KEYS.length
 * //=> 25
 * LABEL_KEYS.slice(0, 8)
 * //=> ['department', 'employee', 'shareholder', 'user', 'buyer', 'beneficiary', 'internal', 'external']
 * ```
 *
 * @category I18n
 */
export const LABEL_KEYS = /*@__PURE__*/ Object.freeze([
  ...LABEL_GROUPS.kind,
  ...LABEL_GROUPS.side,
  ...LABEL_GROUPS.role,
  ...LABEL_GROUPS.deliverable,
  ...LABEL_GROUPS.instrument,
  ...LABEL_GROUPS.dimension,
] as const);

/**
 * One of {@link LABEL_KEYS}.
 *
 * @category I18n
 */
export type LabelKey = (typeof LABEL_KEYS)[number];

/** The words for every key in one locale; a missing or extra key fails to compile. */
export type LabelTable = Readonly<Record<LabelKey, string>>;

const KEY_SET: ReadonlySet<unknown> = /*@__PURE__*/ new Set<unknown>(LABEL_KEYS);

/**
 * True when `value` is one of {@link LABEL_KEYS}; narrows it to {@link LabelKey}.
 * Names that every object inherits, such as `'constructor'` or `'__proto__'`,
 * are not keys.
 *
 * @param value - any value
 * @returns whether {@link label} knows `value`
 * @throws {ClienteleError} never
 *
 * @example
 * ```ts
 * import { isLabelKey } from 'clientele';
 *
 * isLabelKey('beneficiary')
 * //=> true
 * isLabelKey('constructor')
 * //=> false
 * ```
 *
 * @category I18n
 */
export function isLabelKey(value: unknown): value is LabelKey {
  return KEY_SET.has(value);
}
