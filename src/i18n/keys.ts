import { WEEKDAYS } from '../chain/calendar.js';
import { INTERNAL_ROLES } from '../chain/internalRoles.js';
import { DELIVERABLES } from '../chain/serviceLink.js';
import { CUSTOMER_KINDS, SIDES } from '../customers/kinds.js';
import { INSTRUMENTS, SERVQUAL_DIMENSIONS } from '../observations/kinds.js';
import { INTERNAL_QUALITY_COMPONENTS } from '../scoring/internalServiceQuality.js';

/**
 * The figures the report, the diagrams and the demo name that have no public
 * tuple of their own elsewhere: this list is their source.
 */
const FIGURES = /*@__PURE__*/ Object.freeze([
  'enps',
  'retention',
  'wordOfMouth',
  'quality',
  'propagatedQuality',
  'health',
  'criticalProviders',
  'orphans',
  'owner',
  'unowned',
  'priorities',
  'lift',
  'reach',
  'coverage',
  'attention',
  'underheard',
  'confidenceInterval',
  'margin',
  'notEnoughData',
  'suppressed',
] as const);

/**
 * The keys {@link label} knows, by group. Groups that name values used
 * elsewhere in the library are those public tuples themselves, not copies:
 * `kind` is `CUSTOMER_KINDS`, `side` `SIDES`, `role` `INTERNAL_ROLES`,
 * `deliverable` `DELIVERABLES`, `instrument` `INSTRUMENTS`, `dimension`
 * `SERVQUAL_DIMENSIONS` and `component` `INTERNAL_QUALITY_COMPONENTS`. The
 * others are the words of the report, the diagrams and the demo:
 *
 * - `figure`: the names of figures (eNPS, retention, word of mouth,
 *   propagated quality, critical providers, orphans, owner, unowned links,
 *   priorities, lift, reach, coverage, attention, underheard, confidence
 *   interval, margin, not enough data, suppressed, …);
 * - `focus`: the `balance` verdicts, `internalFirst`, `externalFirst` and
 *   `balanced` for the focus `'internal'`, `'external'` and `'balanced'`;
 * - `band`: the `healthScore` bands `red`, `amber` and `green`;
 * - `weekday`: the days of a working calendar, `WEEKDAYS` (`mon` … `sun`);
 * - `time`: working time's words, `workingHours`, `paused` and `holiday`;
 * - `heading`: headings of reports and diagrams.
 *
 * @example
 * ```ts
 * import { LABEL_GROUPS } from 'clientele';
 *
 * LABEL_GROUPS.role
 * //=> ['orderer', 'evaluator', 'partner']
 * LABEL_GROUPS.component
 * //=> ['satisfaction', 'timeliness', 'accuracy', 'collaboration']
 * LABEL_GROUPS.focus
 * //=> ['internalFirst', 'externalFirst', 'balanced']
 * ```
 *
 * @category I18n
 */
export const LABEL_GROUPS = /*@__PURE__*/ Object.freeze({
  kind: CUSTOMER_KINDS,
  side: SIDES,
  role: INTERNAL_ROLES,
  deliverable: DELIVERABLES,
  instrument: INSTRUMENTS,
  dimension: SERVQUAL_DIMENSIONS,
  component: INTERNAL_QUALITY_COMPONENTS,
  figure: FIGURES,
  focus: Object.freeze(['internalFirst', 'externalFirst', 'balanced'] as const),
  band: Object.freeze(['red', 'amber', 'green'] as const),
  weekday: WEEKDAYS,
  time: Object.freeze(['workingHours', 'paused', 'holiday'] as const),
  heading: Object.freeze([
    'internalCustomers',
    'externalCustomers',
    'serviceChain',
    'legend',
    'providerQuality',
    'linkQuality',
    'bySegment',
    'byKind',
    'byOwner',
    'balance',
  ] as const),
});

/**
 * The name of one group of {@link LABEL_GROUPS}.
 *
 * @category I18n
 */
export type LabelGroup = keyof typeof LABEL_GROUPS;

/**
 * Every key {@link label} knows, group after group in the order of
 * {@link LABEL_GROUPS}.
 *
 * @example
 * ```ts
 * import { LABEL_KEYS } from 'clientele';
 *
 * LABEL_KEYS.slice(0, 8)
 * //=> ['department', 'employee', 'shareholder', 'user', 'buyer', 'beneficiary', 'internal', 'external']
 * LABEL_KEYS.includes('timeliness')
 * //=> true
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
  ...LABEL_GROUPS.component,
  ...LABEL_GROUPS.figure,
  ...LABEL_GROUPS.focus,
  ...LABEL_GROUPS.band,
  ...LABEL_GROUPS.weekday,
  ...LABEL_GROUPS.time,
  ...LABEL_GROUPS.heading,
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
