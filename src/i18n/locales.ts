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
