import { ClienteleError, type Issue } from '../errors.js';
import { describe } from '../_internal/fail.js';
import { EN_LABELS } from './en.js';
import { isLabelKey, type LabelKey, type LabelTable } from './keys.js';
import { isLocale, type Locale } from './locales.js';
import { RU_LABELS } from './ru.js';
import { VI_LABELS } from './vi.js';

const TABLES: Readonly<Record<Locale, LabelTable>> = /*@__PURE__*/ Object.freeze({
  en: EN_LABELS,
  vi: VI_LABELS,
  ru: RU_LABELS,
});

/**
 * The word for a customer kind, side, internal role, deliverable, instrument
 * or SERVQUAL dimension in one locale.
 *
 * Labels are lowercase nouns as they read mid-sentence (capitalise them for a
 * heading); instrument names keep their usual capitals, e.g.
 * `'Net Promoter Score (NPS)'`. The Vietnamese and Russian words follow the
 * project glossary: where it offers two terms the first is used, so
 * `department` is `'phòng ban'` and `'отдел'`.
 *
 * @param key - one of {@link LABEL_KEYS}
 * @param locale - one of {@link LOCALES}
 * @returns the label, never empty
 * @throws {ClienteleError} with code `INVALID_INPUT` when the key is not one of `LABEL_KEYS` (path `['key']`) or the locale is not one of `LOCALES` (path `['locale']`); both are reported when both are wrong
 *
 * @example
 * ```ts
 * import { label } from 'clientele';
 *
 * label('shareholder', 'vi')
 * //=> 'cổ đông'
 * label('internal', 'ru')
 * //=> 'внутренний клиент'
 * label('ces', 'en')
 * //=> 'Customer Effort Score (CES)'
 * label('supplier' as never, 'en')
 * //=> throws INVALID_INPUT
 * ```
 *
 * @category I18n
 */
export function label(key: LabelKey, locale: Locale): string {
  const issues: Issue[] = [];
  if (!isLabelKey(key)) {
    issues.push({ path: ['key'], code: 'INVALID_INPUT', message: `must be one of LABEL_KEYS, not ${describe(key)}` });
  }
  if (!isLocale(locale)) {
    issues.push({ path: ['locale'], code: 'INVALID_INPUT', message: `must be 'en', 'vi' or 'ru', not ${describe(locale)}` });
  }
  if (issues.length > 0) throw new ClienteleError('INVALID_INPUT', issues);
  return TABLES[locale][key];
}
