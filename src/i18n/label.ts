import { ClienteleError, type Issue } from '../errors.js';
import { describe } from '../_internal/fail.js';
import { text } from './_text.js';
import { isLabelKey, type LabelKey } from './keys.js';
import { localeOf, type Locale, type LocaleTag } from './locales.js';

/**
 * The words for a term in one locale: a customer kind, side, internal role,
 * deliverable, instrument, SERVQUAL dimension or quality component, a figure
 * of the report (`'timeliness'`, `'orphans'`, `'owner'`, `'margin'`, …), a
 * `balance` verdict, a health band, or a heading of the report and the
 * diagrams. {@link LABEL_GROUPS} lists them all.
 *
 * Labels are lowercase as they read mid-sentence (capitalise them for a
 * heading); instrument names keep their usual capitals, e.g.
 * `'Net Promoter Score (NPS)'`. The Vietnamese and Russian words follow the
 * project glossary: where it offers two terms the first is used, so
 * `department` is `'phòng ban'` and `'отдел'`. The locale is a BCP 47 tag:
 * `'ru-RU'` or `'vi-VN'` fall back to their language (see {@link resolveLocale}).
 *
 * @param key - one of {@link LABEL_KEYS}
 * @param locale - `'en'`, `'vi'`, `'ru'` or a BCP 47 tag in one of those languages
 * @returns the label, never empty
 * @throws {ClienteleError} with code `INVALID_INPUT` when the key is not one of `LABEL_KEYS` (path `['key']`) or the locale's language is not en, vi or ru (path `['locale']`); both are reported when both are wrong
 *
 * @example
 * ```ts
 * import { label } from 'clientele';
 *
 * label('shareholder', 'vi')
 * //=> 'cổ đông'
 * label('internal', 'ru')
 * //=> 'внутренний клиент'
 * label('timeliness', 'ru-RU')
 * //=> 'своевременность'
 * label('ces', 'en-GB')
 * //=> 'Customer Effort Score (CES)'
 * label('supplier' as never, 'en')
 * //=> throws INVALID_INPUT
 * label('orphans', 'fr')
 * //=> throws INVALID_INPUT
 * ```
 *
 * @category I18n
 */
export function label(key: LabelKey, locale: LocaleTag): string {
  const issues: Issue[] = [];
  if (!isLabelKey(key)) {
    issues.push({ path: ['key'], code: 'INVALID_INPUT', message: `must be one of LABEL_KEYS, not ${describe(key)}` });
  }
  let resolved: Locale | undefined;
  try {
    resolved = localeOf(locale, ['locale']);
  } catch (error) {
    if (!(error instanceof ClienteleError)) throw error;
    issues.push(...error.issues);
  }
  if (issues.length > 0 || resolved === undefined) throw new ClienteleError('INVALID_INPUT', issues);
  return text(key as LabelKey, resolved);
}
