export { LOCALES, isLocale, resolveLocale } from './locales.js';
export type { Locale, LocaleTag, LocalizedText } from './locales.js';
export { LABEL_GROUPS, LABEL_KEYS, isLabelKey } from './keys.js';
export type { LabelGroup, LabelKey } from './keys.js';
export { label } from './label.js';
export { COMPARISON_CRITERIA, COMPARISON, comparisonTable } from './comparison.js';
export type { ComparisonCriterion, ComparisonRow, ComparisonTableRow } from './comparison.js';
