/**
 * The label tables by locale, for code that has already checked its key and
 * locale. The diagrams (src/chain) read their words here: this module pulls
 * in only the three tables, never the tuples of higher layers that
 * keys.ts gathers.
 */
import { EN_LABELS } from './en.js';
import type { LabelKey, LabelTable } from './keys.js';
import type { Locale } from './locales.js';
import { RU_LABELS } from './ru.js';
import { VI_LABELS } from './vi.js';

const TABLES: Readonly<Record<Locale, LabelTable>> = /*@__PURE__*/ Object.freeze({
  en: EN_LABELS,
  vi: VI_LABELS,
  ru: RU_LABELS,
});

export function text(key: LabelKey, locale: Locale): string {
  return TABLES[locale][key];
}

/** The label with its first letter in capitals, as a heading or a title starts. */
export function heading(key: LabelKey, locale: Locale): string {
  const words = text(key, locale);
  return (words[0] as string).toLocaleUpperCase(locale) + words.slice(1);
}
