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
  sampleOrganization,
  scoreOrganization,
  sipoc,
  toMermaid,
} from 'clientele';

const HEADINGS = {
  en: {
    title: 'Sample organisation',
    asOf: 'as of',
    customers: 'customers',
    links: 'links',
    observations: 'observations in the window',
    providers: 'Internal service quality per provider (0-100)',
    external: 'External customers by segment',
    kinds: 'External customers by kind',
    critical: 'Critical providers (single points of failure)',
    orphans: 'Orphans: internal customers that provide work, none of which reaches an external customer',
    orphanBecause: (services) => `provides ${services} but none of its work reaches an external customer`,
    balance: 'Balance',
    index: 'index',
    focus: { internal: 'fix the inside first', external: 'fix the outside first', balanced: 'balanced' },
    none: '(none)',
    heldFor: (n) => `${n} external customer${n === 1 ? ' depends' : 's depend'} on it alone`,
    reasons: { 'both-below-floor': 'both sides are below the floor, so the inside comes first', 'internal-lower': 'the internal side is lower by more than the tolerance', 'external-lower': 'the external side is lower by more than the tolerance', 'within-tolerance': 'the two sides are within the tolerance', 'not-enough-data': 'one side has no data' },
  },
  vi: {
    title: 'Tổ chức mẫu',
    asOf: 'tính đến',
    customers: 'khách hàng',
    links: 'liên kết',
    observations: 'quan sát trong kỳ',
    providers: 'Chất lượng dịch vụ nội bộ theo đơn vị cung cấp (0-100)',
    external: 'Khách hàng bên ngoài theo phân khúc',
    kinds: 'Khách hàng bên ngoài theo loại',
    critical: 'Đơn vị cung cấp then chốt (điểm lỗi duy nhất)',
    orphans: 'Đơn vị cô lập: có cung cấp công việc nhưng không phần nào tới được khách hàng bên ngoài',
    orphanBecause: (services) => `cung cấp ${services} nhưng không phần việc nào tới được khách hàng bên ngoài`,
    balance: 'Cân bằng',
    index: 'chỉ số',
    focus: { internal: 'ưu tiên cải thiện bên trong', external: 'ưu tiên cải thiện bên ngoài', balanced: 'cân bằng' },
    none: '(không có)',
    heldFor: (n) => `${n} khách hàng bên ngoài chỉ phụ thuộc vào đơn vị này`,
    reasons: { 'both-below-floor': 'cả hai phía đều dưới ngưỡng sàn, nên ưu tiên bên trong', 'internal-lower': 'phía nội bộ thấp hơn quá mức dung sai', 'external-lower': 'phía bên ngoài thấp hơn quá mức dung sai', 'within-tolerance': 'hai phía chênh lệch trong mức dung sai', 'not-enough-data': 'một phía chưa có dữ liệu' },
  },
  ru: {
    title: 'Пример организации',
    asOf: 'на дату',
    customers: 'клиентов',
    links: 'связей',
    observations: 'наблюдений за период',
    providers: 'Качество внутреннего сервиса по поставщикам (0-100)',
    external: 'Внешние клиенты по сегментам',
    kinds: 'Внешние клиенты по видам',
    critical: 'Критические поставщики (единые точки отказа)',
    orphans: 'Изолированные звенья: они работают, но их работа не доходит ни до одного внешнего клиента',
    orphanBecause: (services) => `предоставляет ${services}, но ничто из этой работы не доходит до внешнего клиента`,
    balance: 'Баланс',
    index: 'индекс',
    focus: { internal: 'сначала улучшать внутреннее', external: 'сначала улучшать внешнее', balanced: 'баланс' },
    none: '(нет)',
    // Russian counts take three forms: 1 клиент, 2–4 клиента, 5+ клиентов (11–14 too)
    heldFor: (n) => {
      const ten = n % 10;
      const hundred = n % 100;
      if (ten === 1 && hundred !== 11) return `${n} внешний клиент зависит только от него`;
      if (ten >= 2 && ten <= 4 && (hundred < 12 || hundred > 14)) return `${n} внешних клиента зависят только от него`;
      return `${n} внешних клиентов зависят только от него`;
    },
    reasons: { 'both-below-floor': 'обе стороны ниже порога, поэтому сначала внутренняя', 'internal-lower': 'внутренняя сторона ниже сверх допуска', 'external-lower': 'внешняя сторона ниже сверх допуска', 'within-tolerance': 'разница сторон в пределах допуска', 'not-enough-data': 'по одной из сторон нет данных' },
  },
};

function option(name) {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

const locale = option('--locale') ?? 'en';
if (!LOCALES.includes(locale)) {
  console.error(`Unknown locale ${JSON.stringify(locale)}; choose one of ${LOCALES.join(', ')}.`);
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

console.log(`\n${words.title} — ${words.asOf} ${asOf.slice(0, 10)}`);
console.log(
  `${report.counts.customers} ${words.customers} (${label('internal', locale)}: ${report.counts.internal}, ` +
    `${label('external', locale)}: ${report.counts.external}), ${report.counts.links} ${words.links}, ` +
    `${report.counts.observationsInWindow} ${words.observations}`,
);

console.log(`\n${label('internal', locale)} — ${words.providers}`);
console.table(
  report.internal.providers
    .filter((provider) => provider.kind === 'department')
    .map((provider) => ({
      unit: provider.name,
      score: fixed(provider.score),
      satisfaction: fixed(provider.components.satisfaction),
      timeliness: fixed(provider.components.timeliness),
      accuracy: fixed(provider.components.accuracy),
      collaboration: fixed(provider.components.collaboration),
      surveys: provider.counts.surveys,
      tasks: provider.counts.tasks,
    })),
);

console.log(`\n${label('external', locale)} — ${words.external}`);
console.table(
  report.external.bySegment.map((group) => ({
    segment: group.group,
    customers: group.customers,
    NPS: fixed(group.nps.score),
    'NPS n': group.nps.total,
    CSAT: fixed(group.csat.score),
    CES: fixed(group.ces.score, 2),
    retention: fixed(group.retention.rate),
    'propagated quality': fixed(group.propagatedQuality, 3),
  })),
);

console.log(`\n${label('external', locale)} — ${words.kinds}`);
console.table(
  report.external.byKind.map((group) => ({
    kind: label(group.group, locale),
    customers: group.customers,
    NPS: fixed(group.nps.score),
    CSAT: fixed(group.csat.score),
    purchases: group.purchases.count,
    referrals: group.referrals.made,
  })),
);

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

const verdict = report.balance;
console.log(`\n${words.balance}`);
console.log(
  `  ${label('internal', locale)} ${words.index} ${fixed(verdict.internal)}, ` +
    `${label('external', locale)} ${words.index} ${fixed(verdict.external)}, gap ${fixed(verdict.gap)} → ` +
    `${verdict.focus === null ? '-' : words.focus[verdict.focus]}`,
);
console.log(`  ${words.reasons[verdict.reason]}`);
console.log('');
