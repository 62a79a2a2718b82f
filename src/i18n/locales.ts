import { describe, fail } from '../_internal/fail.js';
import type { IssuePath } from '../errors.js';

/**
 * The locales clientele writes words in: English, Vietnamese and Russian.
 *
 * @example
 * ```ts
 * import { LOCALES } from 'clientele';
 *
 * LOCALES
 * //=> ['en', 'vi', 'ru']
 * ```
 *
 * @category I18n
 */
export const LOCALES = /*@__PURE__*/ Object.freeze(['en', 'vi', 'ru'] as const);

/**
 * One of {@link LOCALES}: `'en'`, `'vi'` or `'ru'`.
 *
 * @category I18n
 */
export type Locale = (typeof LOCALES)[number];

/**
 * A text written once per locale.
 *
 * @category I18n
 */
export type LocalizedText = Readonly<Record<Locale, string>>;

const LOCALE_SET: ReadonlySet<unknown> = /*@__PURE__*/ new Set<unknown>(LOCALES);

/**
 * True when `value` is one of the supported locales; narrows it to {@link Locale}.
 *
 * Useful before calling {@link label} with a locale that comes from outside,
 * such as a query string or a browser setting.
 *
 * @param value - any value
 * @returns whether `value` is `'en'`, `'vi'` or `'ru'`
 * @throws {ClienteleError} never
 *
 * @example
 * ```ts
 * import { isLocale } from 'clientele';
 *
 * isLocale('vi')
 * //=> true
 * isLocale('fr')
 * //=> false
 * ```
 *
 * @category I18n
 */
export function isLocale(value: unknown): value is Locale {
  return LOCALE_SET.has(value);
}

/**
 * A BCP 47 language tag such as `'ru-RU'`, `'vi-VN'` or `'en-GB'`, or a bare
 * {@link Locale}. Functions that take one use its language subtag, matched
 * without regard to case: every `ru-…` tag gets the Russian words.
 *
 * @category I18n
 */
export type LocaleTag = Locale | (string & {});

// language, then any further subtags (script, region, variants…) of 1 to 8 letters or digits
const TAG = /^([A-Za-z]{2,3})(?:-[A-Za-z0-9]{1,8})*$/;

/**
 * The supported locale of a BCP 47 tag: its language subtag, lowercased,
 * when it is one of {@link LOCALES}. A region or script the library has no
 * words for falls back to the language (`'ru-RU'` and `'ru-UA'` give `'ru'`);
 * any other language is an error, not a silent switch to English.
 *
 * @param tag - a tag such as `'vi-VN'`, `'EN-gb'` or `'ru'`
 * @returns `'en'`, `'vi'` or `'ru'`
 * @throws {ClienteleError} `INVALID_INPUT` at `['locale']` when `tag` is not a string of the form `language(-subtag)*` or its language is not en, vi or ru
 *
 * @example
 * ```ts
 * import { resolveLocale } from 'clientele';
 *
 * resolveLocale('ru-RU')
 * //=> 'ru'
 * resolveLocale('VI-vn')
 * //=> 'vi'
 * resolveLocale('en')
 * //=> 'en'
 * resolveLocale('fr-FR')
 * //=> throws INVALID_INPUT
 * ```
 *
 * @category I18n
 */
export function resolveLocale(tag: LocaleTag): Locale {
  return localeOf(tag, ['locale']);
}

/** {@link resolveLocale} with the path to report a problem at. */
export function localeOf(tag: unknown, path: IssuePath): Locale {
  if (typeof tag !== 'string') fail(path, `must be a language tag such as 'en', 'vi-VN' or 'ru-RU', not ${describe(tag)}`);
  const match = TAG.exec(tag);
  if (match === null) {
    fail(path, `must be a BCP 47 language tag such as 'en', 'vi-VN' or 'ru-RU' (subtags joined by "-"), not ${describe(tag)}`);
  }
  const language = (match[1] as string).toLowerCase();
  if (!isLocale(language)) {
    fail(path, `language ${JSON.stringify(language)} of ${describe(tag)} is not supported: clientele has words in en, vi and ru`);
  }
  return language;
}
