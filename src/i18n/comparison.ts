import { localeOf, type Locale, type LocaleTag, type LocalizedText } from './locales.js';

/**
 * The five criteria on which internal and external customers are compared,
 * in the order of {@link COMPARISON}.
 *
 * @example
 * ```ts
 * import { COMPARISON_CRITERIA } from 'clientele';
 *
 * COMPARISON_CRITERIA
 * //=> ['purpose', 'relationship', 'received', 'evaluation', 'engagement']
 * ```
 *
 * @category I18n
 */
export const COMPARISON_CRITERIA = /*@__PURE__*/ Object.freeze([
  'purpose',
  'relationship',
  'received',
  'evaluation',
  'engagement',
] as const);

/**
 * One of {@link COMPARISON_CRITERIA}.
 *
 * @category I18n
 */
export type ComparisonCriterion = (typeof COMPARISON_CRITERIA)[number];

/**
 * One criterion of the internal-versus-external comparison, with its words in
 * every locale.
 *
 * @category I18n
 */
export interface ComparisonRow {
  /** Which criterion this row covers. */
  readonly criterion: ComparisonCriterion;
  /** The criterion's name, e.g. "Purpose and core value". */
  readonly title: LocalizedText;
  /** What holds for internal customers on this criterion. */
  readonly internal: LocalizedText;
  /** What holds for external customers on this criterion. */
  readonly external: LocalizedText;
}

function row(
  criterion: ComparisonCriterion,
  title: LocalizedText,
  internal: LocalizedText,
  external: LocalizedText,
): ComparisonRow {
  return Object.freeze({
    criterion,
    title: Object.freeze({ ...title }),
    internal: Object.freeze({ ...internal }),
    external: Object.freeze({ ...external }),
  });
}

/**
 * How internal and external customers differ, criterion by criterion, in
 * English, Vietnamese and Russian: purpose and core value, the relationship,
 * what is received, how it is evaluated and fed back, and engagement and
 * frequency. Frozen, one row per entry of {@link COMPARISON_CRITERIA} in the
 * same order; every text is a non-empty sentence written for this library.
 *
 * @example
 * ```ts
 * import { COMPARISON } from 'clientele';
 *
 * COMPARISON.map((row) => row.criterion)
 * //=> ['purpose', 'relationship', 'received', 'evaluation', 'engagement']
 * COMPARISON[2]!.title.vi
 * //=> 'Sản phẩm / giá trị nhận được'
 * COMPARISON[2]!.external.en
 * //=> 'Products and services that meet a need or solve a problem.'
 * Object.isFrozen(COMPARISON[0]!.internal)
 * //=> true
 * ```
 *
 * @category I18n
 */
export const COMPARISON: readonly ComparisonRow[] = /*@__PURE__*/ Object.freeze([
  row(
    'purpose',
    {
      en: 'Purpose and core value',
      vi: 'Mục đích và giá trị cốt lõi',
      ru: 'Цель и основная ценность',
    },
    {
      en: 'Supporting day-to-day operations: internal customers need help from other units to do their work, and serving them well makes the whole organisation more efficient.',
      vi: 'Hỗ trợ vận hành hằng ngày: khách hàng nội bộ cần sự giúp đỡ của các đơn vị khác để làm việc, và phục vụ họ tốt giúp cả tổ chức hoạt động hiệu quả hơn.',
      ru: 'Поддержка повседневной работы: внутренним клиентам нужна помощь других подразделений, и чем лучше их обслуживают, тем эффективнее работает вся организация.',
    },
    {
      en: "Using the organisation's products and services: what external customers pay brings in the revenue that keeps the whole organisation going.",
      vi: 'Sử dụng sản phẩm và dịch vụ của tổ chức: khoản chi trả của khách hàng bên ngoài mang lại doanh thu nuôi sống toàn bộ tổ chức.',
      ru: 'Пользование продуктами и услугами организации: покупки внешних клиентов приносят выручку, за счёт которой живёт вся организация.',
    },
  ),
  row(
    'relationship',
    {
      en: 'Relationship and its nature',
      vi: 'Mối quan hệ và tính chất',
      ru: 'Характер отношений',
    },
    {
      en: 'A lasting relationship inside the organisation: the same colleagues and units work with one another day after day.',
      vi: 'Mối quan hệ lâu dài bên trong tổ chức: cùng những đồng nghiệp, cùng những bộ phận làm việc với nhau ngày qua ngày.',
      ru: 'Долгосрочные отношения внутри организации: одни и те же коллеги и подразделения работают друг с другом изо дня в день.',
    },
    {
      en: 'A relationship built on transactions, sometimes a short one that lasts no longer than a single purchase.',
      vi: 'Mối quan hệ dựa trên giao dịch, đôi khi ngắn ngủi và chỉ kéo dài trong một lần mua hàng.',
      ru: 'Отношения строятся на сделках и порой бывают короткими: не дольше одной покупки.',
    },
  ),
  row(
    'received',
    {
      en: 'What is received',
      vi: 'Sản phẩm / giá trị nhận được',
      ru: 'Что получает клиент',
    },
    {
      en: 'Tools, information and work support from other units: what they need to do their own job.',
      vi: 'Công cụ, thông tin và sự hỗ trợ công việc từ các đơn vị khác, những thứ cần thiết để họ hoàn thành nhiệm vụ của mình.',
      ru: 'Инструменты, информацию и поддержку в работе от других подразделений: всё, что нужно для выполнения собственных задач.',
    },
    {
      en: 'Products and services that meet a need or solve a problem.',
      vi: 'Sản phẩm và dịch vụ đáp ứng một nhu cầu hoặc giải quyết một vấn đề của họ.',
      ru: 'Продукты и услуги, которые удовлетворяют потребность или решают задачу.',
    },
  ),
  row(
    'evaluation',
    {
      en: 'How it is evaluated and fed back',
      vi: 'Cơ chế đánh giá và phản hồi',
      ru: 'Как оценивается и даёт обратную связь',
    },
    {
      en: 'Judged by work performance and the quality of cooperation; feedback shows in employee satisfaction, the time taken to complete work, the number of errors and coordination between departments.',
      vi: 'Được đánh giá qua hiệu quả công việc và chất lượng phối hợp; phản hồi thể hiện ở sự hài lòng của nhân viên, thời gian hoàn thành công việc, số lỗi và mức độ phối hợp giữa các phòng ban.',
      ru: 'Оценивается по результативности работы и качеству взаимодействия; обратная связь видна в удовлетворённости сотрудников, сроках выполнения работы, числе ошибок и согласованности между отделами.',
    },
    {
      en: 'Judged by the quality of products and services and the experience around them; feedback shows in satisfaction, loyalty, repeat purchases, referrals and surveys.',
      vi: 'Được đánh giá qua chất lượng sản phẩm, dịch vụ và trải nghiệm của khách hàng; phản hồi thể hiện ở sự hài lòng, lòng trung thành, việc mua lại, lời giới thiệu cho người khác và kết quả khảo sát.',
      ru: 'Оценивается по качеству продуктов и услуг и по клиентскому опыту; обратная связь видна в удовлетворённости, лояльности, повторных покупках, рекомендациях и результатах опросов.',
    },
  ),
  row(
    'engagement',
    {
      en: 'Engagement and frequency',
      vi: 'Mức độ gắn bó và tính thường xuyên',
      ru: 'Вовлечённость и регулярность',
    },
    {
      en: 'Continuous and frequent: internal customers turn to the units that serve them every working day.',
      vi: 'Liên tục và thường xuyên: khách hàng nội bộ cần đến các đơn vị phục vụ mình trong từng ngày làm việc.',
      ru: 'Постоянное и частое взаимодействие: внутренние клиенты обращаются к обслуживающим их подразделениям каждый рабочий день.',
    },
    {
      en: 'Changeable: external customers come and go, and a single bad experience can be enough to lose them.',
      vi: 'Dễ thay đổi: khách hàng bên ngoài có thể đến rồi đi, và chỉ một trải nghiệm không tốt cũng đủ khiến họ rời bỏ.',
      ru: 'Непостоянное взаимодействие: внешние клиенты приходят и уходят, и одного неудачного опыта бывает достаточно, чтобы их потерять.',
    },
  ),
]);

const HEADER: Readonly<Record<Locale, readonly [string, string, string]>> = /*@__PURE__*/ Object.freeze({
  en: Object.freeze(['Criterion', 'Internal customer', 'External customer'] as const),
  vi: Object.freeze(['Tiêu chí', 'Khách hàng nội bộ', 'Khách hàng bên ngoài'] as const),
  ru: Object.freeze(['Критерий', 'Внутренний клиент', 'Внешний клиент'] as const),
});

/**
 * One row of {@link comparisonTable}: three cells of text.
 *
 * @category I18n
 */
export type ComparisonTableRow = readonly [string, string, string];

/**
 * {@link COMPARISON} in one locale as rows of text ready to display: a header
 * row (criterion, internal customer, external customer), then one row per
 * criterion with its title, the internal text and the external text.
 *
 * @param tag - `'en'`, `'vi'`, `'ru'` or a BCP 47 tag in one of those languages (`'vi-VN'`)
 * @returns six frozen rows of three non-empty strings, the header first
 * @throws {ClienteleError} with code `INVALID_INPUT` and path `['locale']` when the locale's language is not en, vi or ru
 *
 * @example
 * ```ts
 * import { comparisonTable } from 'clientele';
 *
 * const table = comparisonTable('vi-VN');
 * table[0]
 * //=> ['Tiêu chí', 'Khách hàng nội bộ', 'Khách hàng bên ngoài']
 * table.map((row) => row[0])
 * //=> ['Tiêu chí', 'Mục đích và giá trị cốt lõi', 'Mối quan hệ và tính chất', 'Sản phẩm / giá trị nhận được',
 * //    'Cơ chế đánh giá và phản hồi', 'Mức độ gắn bó và tính thường xuyên']
 * comparisonTable('de' as never)
 * //=> throws INVALID_INPUT
 * ```
 *
 * @category I18n
 */
export function comparisonTable(tag: LocaleTag): readonly ComparisonTableRow[] {
  const locale = localeOf(tag, ['locale']);
  const rows: ComparisonTableRow[] = [HEADER[locale]];
  for (const entry of COMPARISON) {
    rows.push(Object.freeze([entry.title[locale], entry.internal[locale], entry.external[locale]] as const));
  }
  return Object.freeze(rows);
}
