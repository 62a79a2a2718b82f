// The demo: the whole report on the built-in sample organisation, in the terminal.
//
//   npm run demo                   the report, in English
//   npm run demo -- --locale vi    labels and headings in Vietnamese (or ru)
//   npm run demo -- --mermaid      the service chain as a Mermaid diagram instead
//
// It imports the package by its own name, exactly as an app would, and writes no files.
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

// Russian counts take three forms: 1 клиент, 2–4 клиента, 5+ клиентов (11–14 too)
const ruCount = (n, one, few, many) => {
  const ten = n % 10;
  const hundred = n % 100;
  if (ten === 1 && hundred !== 11) return one;
  return ten >= 2 && ten <= 4 && (hundred < 12 || hundred > 14) ? few : many;
};

const HEADINGS = {
  en: {
    title: 'Sample organisation',
    asOf: 'as of',
    customers: (n) => `${n} customer${n === 1 ? '' : 's'}`,
    // the report counts the links in force on its asOf day; the sample also holds retired ones
    links: (n, day, all) => `${n} link${n === 1 ? '' : 's'} in force on ${day} (${all} in all)`,
    observations: 'observations in the window',
    providers: 'Internal service quality per provider (0-100)',
    external: 'External customers by segment',
    kinds: 'External customers by kind',
    critical: 'Critical providers (single points of failure)',
    orphans: 'Orphans: internal customers that provide work, none of which reaches an external customer',
    orphanBecause: (services) => `provides ${services} but none of its work reaches an external customer`,
    balance: 'Balance',
    focus: { internal: 'fix the inside first', external: 'fix the outside first', balanced: 'balanced' },
    none: '(none)',
    heldFor: (n) => `${n} external customer${n === 1 ? ' depends' : 's depend'} on it alone`,
    evidence: (i, e, n) => `resting on ${i} internal and ${e} external answers (${n} needed on each side)`,
    sure: (low, high, n) => `95 % interval ${low} to ${high}, ${n} answers`,
    fixFirst: 'Units to fix first (the rise in purchase-weighted customer quality if that unit alone were perfect)',
    worstRated: 'Units customers rate worst (NPS of external answers about the unit)',
    withheld: 'withheld: fewer than 5 people answered',
    tasks: 'Tasks',
    // lift is a rise of quality on 0..1, shown on 0..100: points, not per cent
    points: 'points',
    restsOn: (quality, tasks, interactions, answers) =>
      `quality now ${quality} from ${tasks} task${tasks === 1 ? '' : 's'}, ${interactions} interaction${interactions === 1 ? '' : 's'}` +
      (answers === null ? '' : ` and ${answers} answer${answers === 1 ? '' : 's'}`),
    owners: 'Links by owner (mean link score)',
    unowned: (n) => `${n} link${n === 1 ? ' has' : 's have'} no owner`,
    heard: (kinds) => `heard least: ${kinds}`,
    gap: 'gap',
    sideIndex: (side, value) => `${label(side, 'en')} index ${value}`,
    reasons: { 'both-below-floor': 'both sides are below the floor, so the inside comes first', 'internal-lower': 'the internal side is lower by more than the tolerance', 'external-lower': 'the external side is lower by more than the tolerance', 'within-tolerance': 'the two sides are within the tolerance', 'not-enough-data': 'one side has no data' },
  },
  vi: {
    title: 'Tổ chức mẫu',
    asOf: 'tính đến',
    customers: (n) => `${n} khách hàng`,
    links: (n, day, all) => `${n} liên kết còn hiệu lực ngày ${day} (tổng cộng ${all})`,
    observations: 'quan sát trong kỳ',
    providers: 'Chất lượng dịch vụ nội bộ theo đơn vị cung cấp (0-100)',
    external: 'Khách hàng bên ngoài theo phân khúc',
    kinds: 'Khách hàng bên ngoài theo loại',
    critical: 'Đơn vị cung cấp then chốt (điểm lỗi duy nhất)',
    orphans: 'Đơn vị cô lập: có cung cấp công việc nhưng không phần nào tới được khách hàng bên ngoài',
    orphanBecause: (services) => `cung cấp ${services} nhưng không phần việc nào tới được khách hàng bên ngoài`,
    balance: 'Cân bằng',
    // Vietnamese puts the head noun first: "chỉ số (của) khách hàng nội bộ"
    sideIndex: (side, value) => `chỉ số ${label(side, 'vi')} ${value}`,
    focus: { internal: 'ưu tiên cải thiện bên trong', external: 'ưu tiên cải thiện bên ngoài', balanced: 'cân bằng' },
    none: '(không có)',
    heldFor: (n) => `${n} khách hàng bên ngoài chỉ phụ thuộc vào đơn vị này`,
    evidence: (i, e, n) => `dựa trên ${i} câu trả lời nội bộ và ${e} câu trả lời bên ngoài (cần ${n} mỗi phía)`,
    sure: (low, high, n) => `khoảng tin cậy 95 % từ ${low} đến ${high}, ${n} câu trả lời`,
    fixFirst: 'Đơn vị cần cải thiện trước (mức tăng chất lượng khách hàng, có trọng số theo doanh thu, nếu riêng đơn vị đó hoàn hảo)',
    worstRated: 'Đơn vị bị khách hàng đánh giá thấp nhất (NPS của các câu trả lời bên ngoài về đơn vị)',
    withheld: 'ẩn: dưới 5 người trả lời',
    tasks: 'Số việc',
    points: 'điểm',
    restsOn: (quality, tasks, interactions, answers) =>
      `chất lượng hiện tại ${quality}, dựa trên ${tasks} việc, ${interactions} lần tương tác` + (answers === null ? '' : ` và ${answers} câu trả lời`),
    owners: 'Liên kết theo người phụ trách (điểm trung bình của liên kết)',
    unowned: (n) => `${n} liên kết chưa có người phụ trách`,
    heard: (kinds) => `ít được lắng nghe nhất: ${kinds}`,
    gap: 'chênh lệch',
    reasons: { 'both-below-floor': 'cả hai phía đều dưới ngưỡng sàn, nên ưu tiên bên trong', 'internal-lower': 'phía nội bộ thấp hơn quá mức dung sai', 'external-lower': 'phía bên ngoài thấp hơn quá mức dung sai', 'within-tolerance': 'hai phía chênh lệch trong mức dung sai', 'not-enough-data': 'một phía chưa có dữ liệu' },
  },
  ru: {
    title: 'Пример организации',
    asOf: 'на дату',
    customers: (n) => `${n} ${ruCount(n, 'клиент', 'клиента', 'клиентов')}`,
    links: (n, day, all) => `действующих связей на ${day}: ${n} (всего ${all})`,
    observations: 'наблюдений за период',
    providers: 'Качество внутреннего сервиса по поставщикам (0-100)',
    external: 'Внешние клиенты по сегментам',
    kinds: 'Внешние клиенты по видам',
    critical: 'Критические поставщики (единые точки отказа)',
    orphans: 'Изолированные звенья: они работают, но их работа не доходит ни до одного внешнего клиента',
    orphanBecause: (services) => `предоставляет ${services}, но ничто из этой работы не доходит до внешнего клиента`,
    balance: 'Баланс',
    // "индекс внутренних клиентов": the side in the genitive plural, after the noun
    sideIndex: (side, value) => `индекс ${side === 'internal' ? 'внутренних' : 'внешних'} клиентов ${value}`,
    focus: { internal: 'сначала улучшать внутреннее', external: 'сначала улучшать внешнее', balanced: 'баланс' },
    none: '(нет)',
    heldFor: (n) => `${n} ${ruCount(n, 'внешний клиент зависит', 'внешних клиента зависят', 'внешних клиентов зависят')} только от него`,
    evidence: (i, e, n) => `на основе ${i} внутренних и ${e} внешних ответов (нужно ${n} с каждой стороны)`,
    sure: (low, high, n) => `95-процентный интервал от ${low} до ${high}, ответов: ${n}`,
    fixFirst: 'Что улучшать в первую очередь (рост качества для клиентов, взвешенного по выручке, если бы только это подразделение стало безупречным)',
    worstRated: 'Подразделения с худшими оценками клиентов (NPS внешних ответов о подразделении)',
    withheld: 'скрыто: ответили менее 5 человек',
    tasks: 'Задач',
    // a decimal takes the genitive singular: 18,29 пункта
    points: 'пункта',
    restsOn: (quality, tasks, interactions, answers) =>
      `качество сейчас ${quality}; задач: ${tasks}, взаимодействий: ${interactions}` + (answers === null ? '' : `, ответов: ${answers}`),
    owners: 'Связи по ответственным (средняя оценка связи)',
    unowned: (n) => `связей без ответственного: ${n}`,
    heard: (kinds) => `реже всего услышаны: ${kinds}`,
    gap: 'разрыв',
    reasons: { 'both-below-floor': 'обе стороны ниже порога, поэтому сначала внутренняя', 'internal-lower': 'внутренняя сторона ниже сверх допуска', 'external-lower': 'внешняя сторона ниже сверх допуска', 'within-tolerance': 'разница сторон в пределах допуска', 'not-enough-data': 'по одной из сторон нет данных' },
  },
};

function option(name) {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

// a BCP 47 tag: 'ru-RU' and 'vi-VN' speak Russian and Vietnamese
let locale;
try {
  locale = resolveLocale(option('--locale') ?? 'en');
} catch (error) {
  console.error(`${error.issues?.[0]?.message ?? error.message}; choose one of ${LOCALES.join(', ')}.`);
  process.exit(2);
}
const words = HEADINGS[locale];
const fixed = (value, digits = 1) => (value === null || value === undefined ? '-' : value.toFixed(digits));

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

const heading = (key) => label(key, locale).charAt(0).toUpperCase() + label(key, locale).slice(1);

console.log(`\n${words.title} — ${words.asOf} ${asOf.slice(0, 10)}`);
console.log(
  `${words.customers(report.counts.customers)} (${label('internalCustomers', locale)}: ${report.counts.internal}, ` +
    `${label('externalCustomers', locale)}: ${report.counts.external}), ` +
    `${words.links(report.counts.links, asOf.slice(0, 10), sample.links.length)}, ` +
    `${report.counts.observationsInWindow} ${words.observations}`,
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
      [words.tasks]: provider.components.timeliness.total + provider.components.timeliness.withoutSla,
    })),
);

console.log(`\n${words.external}`);
console.table(
  report.external.bySegment.map((group) => ({
    [heading('bySegment')]: group.group,
    n: group.customers,
    NPS: fixed(group.nps.score),
    [`NPS ${label('confidenceInterval', locale)}`]: `${fixed(group.nps.low)} … ${fixed(group.nps.high)}`,
    'NPS n': group.nps.total,
    CSAT: fixed(group.csat.score),
    CES: fixed(group.ces.score, 2),
    [heading('retention')]: fixed(group.retention.rate),
    [heading('propagatedQuality')]: fixed(group.propagatedQuality, 3),
  })),
);

console.log(`\n${words.kinds}`);
console.table(
  report.external.byKind.map((group) => ({
    [heading('byKind')]: label(group.group, locale),
    n: group.customers,
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
  console.log(`  ${provider.name}: NPS ${fixed(nps.score)} (${words.sure(fixed(nps.low), fixed(nps.high), nps.total)})`);
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
  const services = sipoc(chain, id).outputs.map((service) => `"${service}"`).join(', ');
  console.log(`  ${names.get(id) ?? id}: ${words.orphanBecause(services)}`);
}

console.log(`\n${words.fixFirst}`);
for (const row of report.priorities.slice(0, 3)) {
  // what the unit's quality today rests on: its tasks, its interactions and (unless withheld) its internal answers
  const { tasks, interactions, answers } = row.evidence;
  console.log(
    `  ${names.get(row.id) ?? row.id}: ${label('lift', locale)} +${fixed(row.lift * 100, 2)} ${words.points}, ${label('reach', locale)} ${row.reach}; ` +
      words.restsOn(fixed(row.own * 100), tasks, interactions, answers),
  );
}

console.log(`\n${words.owners}`);
for (const owner of report.internal.owners.slice(0, 5)) {
  console.log(`  ${owner.name}: ${owner.links.length} × ${fixed(owner.score)}`);
}
console.log(`  ${words.unowned(report.internal.unowned.length)}`);

const verdict = report.balance;
console.log(`\n${words.balance}`);
console.log(
  `  ${words.sideIndex('internal', fixed(verdict.internal))}, ` +
    `${words.sideIndex('external', fixed(verdict.external))}, ${words.gap} ${fixed(verdict.gap)} → ` +
    `${verdict.focus === null ? label('notEnoughData', locale) : words.focus[verdict.focus]}`,
);
console.log(`  ${words.reasons[verdict.reason]}; ${words.evidence(verdict.evidence.internal, verdict.evidence.external, verdict.evidence.minAnswers)}`);
const overall = report.external.overall.nps;
console.log(`  NPS ${fixed(overall.score)}: ${words.sure(fixed(overall.low), fixed(overall.high), overall.total)}`);
console.log('');
