// The demo: the whole report on the built-in sample organisation, in the terminal.
//
//   npm run demo                   the report, in English
//   npm run demo -- --locale vi    labels and headings in Vietnamese (or ru)
//   npm run demo -- --mermaid      the service chain as a Mermaid diagram instead
//
// It imports the package by its own name, exactly as an app would, and writes no files. Its words
// (WORDS) are exported for test/examples, which reads every Russian count for 1, 2, 5, 11, 21, 22 and 25:
// importing the file prints nothing.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  chainCustomers,
  createServiceChain,
  label,
  LOCALES,
  resolveLocale,
  sampleOrganization,
  scoreOrganization,
  sipoc,
  toMermaid,
} from 'clientele';

// A number as the locale writes it, with `digits` decimals: 65.0 in en, 65,0 in vi and ru; thousands are
// grouped 1,234 in en, 1.234 in vi and 1 234 in ru. A missing figure is '-'.
const numberIn = (locale) => (value, digits = 0) =>
  value === null || value === undefined
    ? '-'
    : new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
const enNumber = numberIn('en');
const viNumber = numberIn('vi');
const ruNumber = numberIn('ru');

// A calendar day (an ISO date) as the locale writes it: 31/12/2025 in vi, 31.12.2025 in ru
const dayIn = (locale) => (iso) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(`${iso}T00:00:00Z`));

// Russian picks a noun's form by the number as it is shown (Intl.PluralRules): `one` for 1, 21, 101;
// `few` for 2–4, 22–24; `many` for 0, 5–20, 25–30; `other` for a fraction (18,29 пункта)
const ruForm = (n, forms, digits = 0) =>
  forms[new Intl.PluralRules('ru', { minimumFractionDigits: digits, maximumFractionDigits: digits }).select(n)];

const capitalised = (words, locale) => words.charAt(0).toLocaleUpperCase(locale) + words.slice(1);

/** The demo's words per locale; figure names, verdicts and headings come from `label`. */
export const WORDS = {
  en: {
    number: enNumber,
    // the ISO date: nobody reads 2025-12-31 the wrong way round
    day: (iso) => iso,
    quote: (name) => `"${name}"`,
    title: 'Sample organisation',
    asOf: 'as of',
    customers: (n) => `${enNumber(n)} customer${n === 1 ? '' : 's'}`,
    // the report counts the links in force on its asOf day; the sample also holds retired ones
    links: (n, day, all) => `${enNumber(n)} link${n === 1 ? '' : 's'} in force on ${day} (${enNumber(all)} in all)`,
    observations: (n) => `${enNumber(n)} observation${n === 1 ? '' : 's'} in the window`,
    providers: 'Internal service quality per provider (0-100)',
    external: 'External customers by segment',
    kinds: 'External customers by kind',
    // the first column of those two tables: what one row is
    segment: 'Segment',
    kind: 'Kind',
    intervalColumn: `NPS ${label('confidenceInterval', 'en')}`,
    critical: 'Critical providers (single points of failure)',
    orphans: 'Orphans: internal customers that provide work, none of which reaches an external customer',
    orphanBecause: (services) => `provides ${services} but none of its work reaches an external customer`,
    balance: 'Balance',
    focus: { internal: 'fix the inside first', external: 'fix the outside first', balanced: 'balanced' },
    none: '(none)',
    heldFor: (n) => `${enNumber(n)} external customer${n === 1 ? ' depends' : 's depend'} on this link alone`,
    evidence: (i, e, n) => `resting on ${enNumber(i)} internal and ${enNumber(e)} external answers (${enNumber(n)} needed on each side)`,
    sure: (confidence, low, high, n) =>
      `${enNumber(confidence * 100)} % interval ${enNumber(low, 1)} to ${enNumber(high, 1)}, ${enNumber(n)} answer${n === 1 ? '' : 's'}`,
    fixFirst: 'Units to fix first (the rise in purchase-weighted customer quality if that unit alone were perfect)',
    worstRated: 'Units customers rate worst (NPS of external answers about the unit)',
    withheld: 'withheld: fewer than 5 people answered',
    tasks: 'Tasks',
    // lift is a rise of quality on 0..1, shown on 0..100: points, not per cent
    points: () => 'points',
    restsOn: (quality, tasks, interactions, answers) =>
      `quality now ${enNumber(quality, 1)} from ${enNumber(tasks)} task${tasks === 1 ? '' : 's'}, ${enNumber(interactions)} interaction${interactions === 1 ? '' : 's'}` +
      (answers === null ? '' : ` and ${enNumber(answers)} answer${answers === 1 ? '' : 's'}`),
    owners: 'Links by owner (mean link score)',
    unowned: (n) => `${enNumber(n)} link${n === 1 ? ' has' : 's have'} no owner`,
    heard: (kinds) => `heard least: ${kinds}`,
    gap: 'gap',
    sideIndex: (side, value) => `${label(side, 'en')} index ${enNumber(value, 1)}`,
    reasons: { 'both-below-floor': 'both sides are below the floor, so the inside comes first', 'internal-lower': 'the internal side is lower by more than the tolerance', 'external-lower': 'the external side is lower by more than the tolerance', 'within-tolerance': 'the two sides are within the tolerance', 'not-enough-data': 'one side has no data' },
  },
  vi: {
    number: viNumber,
    day: dayIn('vi'),
    quote: (name) => `"${name}"`,
    title: 'Tổ chức mẫu',
    asOf: 'tính đến',
    customers: (n) => `${viNumber(n)} khách hàng`,
    links: (n, day, all) => `${viNumber(n)} liên kết còn hiệu lực ngày ${day} (tổng cộng ${viNumber(all)})`,
    observations: (n) => `${viNumber(n)} quan sát trong kỳ`,
    providers: 'Chất lượng dịch vụ nội bộ theo đơn vị cung cấp (0-100)',
    external: 'Khách hàng bên ngoài theo phân khúc',
    kinds: 'Khách hàng bên ngoài theo loại',
    segment: 'Phân khúc',
    kind: 'Loại',
    // the head noun first: "khoảng tin cậy (của) NPS"
    intervalColumn: `${capitalised(label('confidenceInterval', 'vi'), 'vi')} NPS`,
    critical: 'Đơn vị cung cấp then chốt (điểm lỗi duy nhất)',
    orphans: 'Đơn vị cô lập: có cung cấp công việc nhưng không phần nào tới được khách hàng bên ngoài',
    orphanBecause: (services) => `cung cấp ${services} nhưng không phần việc nào tới được khách hàng bên ngoài`,
    balance: 'Cân bằng',
    // Vietnamese puts the head noun first: "chỉ số (của) khách hàng nội bộ"
    sideIndex: (side, value) => `chỉ số ${label(side, 'vi')} ${viNumber(value, 1)}`,
    focus: { internal: 'ưu tiên cải thiện bên trong', external: 'ưu tiên cải thiện bên ngoài', balanced: 'cân bằng' },
    none: '(không có)',
    // a link of the chain: a department or a person alike
    heldFor: (n) => `${viNumber(n)} khách hàng bên ngoài chỉ phụ thuộc vào mắt xích này`,
    evidence: (i, e, n) => `dựa trên ${viNumber(i)} câu trả lời nội bộ và ${viNumber(e)} câu trả lời bên ngoài (cần ${viNumber(n)} mỗi phía)`,
    // Intl writes a Vietnamese percentage without a space: 95%
    sure: (confidence, low, high, n) =>
      `${label('confidenceInterval', 'vi')} ${new Intl.NumberFormat('vi', { style: 'percent' }).format(confidence)} từ ${viNumber(low, 1)} đến ${viNumber(high, 1)}; ${viNumber(n)} câu trả lời`,
    fixFirst: 'Đơn vị cần cải thiện trước (mức tăng chất lượng khách hàng, có trọng số theo doanh thu, nếu riêng đơn vị đó hoàn hảo)',
    worstRated: 'Đơn vị bị khách hàng đánh giá thấp nhất (NPS của các câu trả lời bên ngoài về đơn vị)',
    withheld: 'ẩn: dưới 5 người trả lời',
    tasks: 'Số việc',
    points: () => 'điểm',
    restsOn: (quality, tasks, interactions, answers) =>
      `chất lượng hiện tại ${viNumber(quality, 1)}, dựa trên ${viNumber(tasks)} việc, ${viNumber(interactions)} lần tương tác` +
      (answers === null ? '' : ` và ${viNumber(answers)} câu trả lời`),
    // the labels' word for an owner (label('owner', 'vi')): người chịu trách nhiệm
    owners: 'Liên kết theo người chịu trách nhiệm (điểm trung bình của liên kết)',
    unowned: (n) => `${viNumber(n)} liên kết chưa có người chịu trách nhiệm`,
    heard: (kinds) => `ít được lắng nghe nhất: ${kinds}`,
    gap: 'chênh lệch',
    reasons: { 'both-below-floor': 'cả hai phía đều dưới ngưỡng sàn, nên ưu tiên bên trong', 'internal-lower': 'phía nội bộ thấp hơn phía kia vượt mức dung sai', 'external-lower': 'phía bên ngoài thấp hơn phía kia vượt mức dung sai', 'within-tolerance': 'hai phía chênh lệch trong mức dung sai', 'not-enough-data': 'một phía chưa có dữ liệu' },
  },
  ru: {
    number: ruNumber,
    day: dayIn('ru'),
    quote: (name) => `«${name}»`,
    title: 'Пример организации',
    asOf: 'на дату',
    customers: (n) => `${ruNumber(n)} ${ruForm(n, { one: 'клиент', few: 'клиента', many: 'клиентов' })}`,
    links: (n, day, all) => `действующих связей на ${day}: ${ruNumber(n)} (всего ${ruNumber(all)})`,
    observations: (n) => `${ruNumber(n)} ${ruForm(n, { one: 'наблюдение', few: 'наблюдения', many: 'наблюдений' })} за период`,
    providers: 'Качество внутреннего сервиса по поставщикам (0-100)',
    external: 'Внешние клиенты по сегментам',
    kinds: 'Внешние клиенты по видам',
    segment: 'Сегмент',
    kind: 'Вид',
    // the head noun first, the figure after it: "доверительный интервал NPS"
    intervalColumn: `${capitalised(label('confidenceInterval', 'ru'), 'ru')} NPS`,
    critical: 'Критические поставщики (единые точки отказа)',
    orphans: 'Изолированные звенья: они работают, но их работа не доходит ни до одного внешнего клиента',
    orphanBecause: (services) => `предоставляет ${services}, но ничто из этой работы не доходит до внешнего клиента`,
    balance: 'Баланс',
    // "индекс внутренних клиентов": the side in the genitive plural, after the noun
    sideIndex: (side, value) => `индекс ${side === 'internal' ? 'внутренних' : 'внешних'} клиентов ${ruNumber(value, 1)}`,
    focus: { internal: 'сначала улучшать внутреннее', external: 'сначала улучшать внешнее', balanced: 'баланс' },
    none: '(нет)',
    // «звено» (a link of the chain) fits a department and a person alike, where «него» made every provider a he
    heldFor: (n) =>
      `${ruNumber(n)} ${ruForm(n, { one: 'внешний клиент зависит', few: 'внешних клиента зависят', many: 'внешних клиентов зависят' })} только от этого звена`,
    // «на основе» governs the genitive: 1 и 21 внутреннего ответа, 2, 5 и 22 внутренних ответов
    evidence: (i, e, n) =>
      `на основе ${ruNumber(i)} ${ruForm(i, { one: 'внутреннего ответа', few: 'внутренних ответов', many: 'внутренних ответов' })} ` +
      `и ${ruNumber(e)} ${ruForm(e, { one: 'внешнего ответа', few: 'внешних ответов', many: 'внешних ответов' })} (нужно ${ruNumber(n)} с каждой стороны)`,
    sure: (confidence, low, high, n) =>
      `${ruNumber(confidence * 100)}-процентный ${label('confidenceInterval', 'ru')} от ${ruNumber(low, 1)} до ${ruNumber(high, 1)}; ответов: ${ruNumber(n)}`,
    fixFirst: 'Что улучшать в первую очередь (рост качества для клиентов, взвешенного по выручке, если бы только это подразделение стало безупречным)',
    worstRated: 'Подразделения с худшими оценками клиентов (NPS внешних ответов о подразделении)',
    withheld: 'скрыто: ответили менее 5 человек',
    tasks: 'Задачи',
    // the lift is shown with two decimals, and a fraction takes the genitive singular: 18,29 пункта
    points: (lift) => ruForm(lift, { one: 'пункт', few: 'пункта', many: 'пунктов', other: 'пункта' }, 2),
    restsOn: (quality, tasks, interactions, answers) =>
      `качество сейчас ${ruNumber(quality, 1)}; задач: ${ruNumber(tasks)}, взаимодействий: ${ruNumber(interactions)}` +
      (answers === null ? '' : `, ответов: ${ruNumber(answers)}`),
    owners: 'Связи по ответственным (средняя оценка связи)',
    unowned: (n) => `связей без ответственного: ${ruNumber(n)}`,
    heard: (kinds) => `реже всего услышаны: ${kinds}`,
    gap: 'разрыв',
    reasons: { 'both-below-floor': 'обе стороны ниже порога, поэтому сначала внутренняя', 'internal-lower': 'внутренняя сторона отстаёт от внешней сильнее допуска', 'external-lower': 'внешняя сторона отстаёт от внутренней сильнее допуска', 'within-tolerance': 'разница сторон в пределах допуска', 'not-enough-data': 'по одной из сторон нет данных' },
  },
};

function option(name) {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

function main() {
  // a BCP 47 tag: 'ru-RU' and 'vi-VN' speak Russian and Vietnamese
  let locale;
  try {
    locale = resolveLocale(option('--locale') ?? 'en');
  } catch (error) {
    console.error(`${error.issues?.[0]?.message ?? error.message}; choose one of ${LOCALES.join(', ')}.`);
    process.exit(2);
  }
  const words = WORDS[locale];
  const fixed = (value, digits = 1) => words.number(value, digits);

  const sample = sampleOrganization();
  const chain = createServiceChain({ customers: sample.customers, links: sample.links });

  if (process.argv.includes('--mermaid')) {
    console.log(toMermaid(chain));
    process.exit(0);
  }

  const asOf = '2025-12-31T23:59:59Z';
  const report = scoreOrganization(chain, sample.observations, {
    asOf,
    window: { from: '2025-07-01', to: '2025-12-31' },
  });
  const day = words.day(asOf.slice(0, 10));

  const heading = (key) => capitalised(label(key, locale), locale);

  console.log(`\n${words.title} — ${words.asOf} ${day}`);
  console.log(
    `${words.customers(report.counts.customers)} (${label('internalCustomers', locale)}: ${fixed(report.counts.internal, 0)}, ` +
      `${label('externalCustomers', locale)}: ${fixed(report.counts.external, 0)}), ` +
      `${words.links(report.counts.links, day, sample.links.length)}, ` +
      `${words.observations(report.counts.observationsInWindow)}`,
  );
  const share = (figure) => ('suppressed' in figure ? words.withheld : fixed(figure.score));

  console.log(`\n${words.providers}`);
  console.table(
    report.internal.providers
      .filter((provider) => provider.kind === 'department')
      .map((provider) => ({
        [heading('department')]: provider.name,
        [heading('quality')]: fixed(provider.score),
        [heading('satisfaction')]: share(provider.components.satisfaction),
        [heading('timeliness')]: fixed(provider.components.timeliness.score),
        [heading('accuracy')]: fixed(provider.components.accuracy.score),
        [heading('collaboration')]: fixed(provider.components.collaboration.score),
        // the tasks behind timeliness and accuracy (one without an SLA counts for accuracy), as a priority's evidence counts them
        [words.tasks]: fixed(provider.components.timeliness.total + provider.components.timeliness.withoutSla, 0),
      })),
  );

  console.log(`\n${words.external}`);
  console.table(
    report.external.bySegment.map((group) => ({
      [words.segment]: group.group,
      n: fixed(group.customers, 0),
      NPS: fixed(group.nps.score),
      [words.intervalColumn]: `${fixed(group.nps.low)} … ${fixed(group.nps.high)}`,
      'NPS n': fixed(group.nps.total, 0),
      CSAT: fixed(group.csat.score),
      CES: fixed(group.ces.score, 2),
      [heading('retention')]: fixed(group.retention.rate),
      [heading('propagatedQuality')]: fixed(group.propagatedQuality, 3),
    })),
  );

  console.log(`\n${words.kinds}`);
  console.table(
    report.external.byKind.map((group) => ({
      [words.kind]: label(group.group, locale),
      n: fixed(group.customers, 0),
      NPS: fixed(group.nps.score),
      CSAT: fixed(group.csat.score),
      [heading('coverage')]: fixed(report.external.attention.coverage.find((entry) => entry.kind === group.group)?.coverage),
    })),
  );
  if (report.external.attention.underheard.length > 0) {
    console.log(`  ${words.heard(report.external.attention.underheard.map((kind) => label(kind, locale)).join(', '))}`);
  }

  console.log(`\n${words.worstRated}`);
  for (const provider of report.internal.providers
    .filter((entry) => entry.external.nps.total > 0)
    .sort((a, b) => a.external.nps.score - b.external.nps.score)
    .slice(0, 3)) {
    const nps = provider.external.nps;
    console.log(`  ${provider.name}: NPS ${fixed(nps.score)} (${words.sure(report.confidence, nps.low, nps.high, nps.total)})`);
  }

  const names = new Map(chainCustomers(chain).map((customer) => [customer.id, customer.name]));
  console.log(`\n${words.critical}`);
  for (const critical of report.criticalProviders.slice(0, 8)) {
    console.log(`  ${names.get(critical.id) ?? critical.id}: ${words.heldFor(critical.customers)}`);
  }

  console.log(`\n${words.orphans}`);
  if (report.orphans.length === 0) console.log(`  ${words.none}`);
  for (const id of report.orphans) {
    // why it is listed: what it provides (sipoc's outputs), which leads nowhere outside
    const services = sipoc(chain, id).outputs.map(words.quote).join(', ');
    console.log(`  ${names.get(id) ?? id}: ${words.orphanBecause(services)}`);
  }

  console.log(`\n${words.fixFirst}`);
  for (const row of report.priorities.slice(0, 3)) {
    // what the unit's quality today rests on: its tasks, its interactions and (unless withheld) its internal answers
    const { tasks, interactions, answers } = row.evidence;
    console.log(
      `  ${names.get(row.id) ?? row.id}: ${label('lift', locale)} +${fixed(row.lift * 100, 2)} ${words.points(row.lift * 100)}, ` +
        `${label('reach', locale)} ${fixed(row.reach, 0)}; ` +
        words.restsOn(row.own * 100, tasks, interactions, answers),
    );
  }

  console.log(`\n${words.owners}`);
  for (const owner of report.internal.owners.slice(0, 5)) {
    console.log(`  ${owner.name}: ${fixed(owner.links.length, 0)} × ${fixed(owner.score)}`);
  }
  console.log(`  ${words.unowned(report.internal.unowned.length)}`);

  const verdict = report.balance;
  console.log(`\n${words.balance}`);
  console.log(
    `  ${words.sideIndex('internal', verdict.internal)}, ` +
      `${words.sideIndex('external', verdict.external)}, ${words.gap} ${fixed(verdict.gap)} → ` +
      `${verdict.focus === null ? label('notEnoughData', locale) : words.focus[verdict.focus]}`,
  );
  console.log(`  ${words.reasons[verdict.reason]}; ${words.evidence(verdict.evidence.internal, verdict.evidence.external, verdict.evidence.minAnswers)}`);
  const overall = report.external.overall.nps;
  console.log(`  NPS ${fixed(overall.score)}: ${words.sure(report.confidence, overall.low, overall.high, overall.total)}`);
  console.log('');
}

// run as a script (node examples/demo.mjs), not when a test imports WORDS
if (process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) main();
