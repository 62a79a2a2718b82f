// Writes the text of docs/sample-organization.md from the library itself, so
// the diagram and figures in the guide are what the code says. Used by
// scripts/docs.mjs (against the build) and by a test (against the source)
// that keeps the committed page true.
export function samplePage(lib) {
  const sample = lib.sampleOrganization();
  const chain = lib.createServiceChain({ customers: sample.customers, links: sample.links });
  const now = lib.chainAsOf(chain, '2025-12-31');
  const customers = lib.chainCustomers(chain);
  const name = new Map(customers.map((customer) => [customer.id, customer.name]));
  const count = (kind) => customers.filter((customer) => customer.kind === kind).length;
  const externals = customers.filter((customer) => lib.isExternal(customer));
  // the critical providers and orphans as the report ranks them (they need no observations)
  const report = lib.scoreOrganization(chain, [], { asOf: '2025-12-31' });
  const critical = report.criticalProviders.map(({ id }) => id);
  // every customer and every link in force, each employee inside its department:
  // bare arrows keep 82 units legible, the lists below say who serves whom
  const diagram = lib.toMermaid(now, {
    groupByDepartment: true,
    labels: false,
    legend: true,
    highlight: { criticalProviders: critical, orphans: report.orphans },
  });
  const servedByEmployees = new Map();
  for (const link of lib.chainLinks(now)) {
    const from = customers.find((customer) => customer.id === link.from);
    const to = customers.find((customer) => customer.id === link.to);
    if (from?.kind !== 'employee' || !lib.isExternal(to)) continue;
    const list = servedByEmployees.get(from.id) ?? [];
    list.push(`${to.name} (${link.service})`);
    servedByEmployees.set(from.id, list);
  }
  // API names are plain code spans, never {@link …}: GitHub shows them as code,
  // and scripts/typedoc-guides.mjs turns them into links on the site
  const lines = [
    '---',
    'category: Guides',
    'title: The sample organisation',
    '---',
    '',
    '# The sample organisation',
    '',
    '`sampleOrganization()` returns Sao Mai Electronics, an invented consumer-electronics retailer, as plain data:',
    `${customers.length} customers (${count('department')} departments, ${count('employee')} employees, ` +
      `${count('shareholder')} shareholders and ${externals.length} external customers), ` +
      `${sample.links.length} service links and ${sample.observations.length} observations of 2025. ` +
      '`npm run demo` prints its report.',
    '',
    'This page is generated from the library by `npm run docs`, and a test checks that it matches the code.',
    '',
    '## The whole chain on 31 December 2025',
    '',
    'Every customer and every link in force on that day, drawn by `toMermaid` with',
    '`{ groupByDepartment: true, labels: false, legend: true, highlight: { criticalProviders, orphans } }`:',
    'each department is a box holding its employees, arrows run from provider to consumer without their',
    'service names (the lists below give them), and external customers sit in the dashed group on the right.',
    '',
    'How to read it:',
    '',
    '- Shapes: rectangle = department, rounded pill = employee, rectangle with side bars = shareholder,',
    '  circle = user, hexagon = buyer, flag = beneficiary (the legend box in the diagram shows each one).',
    '- A thick purple border marks a critical provider (a single point of failure of some external customer);',
    '  a dashed grey border marks an orphan (an internal customer that reaches no external customer).',
    '- The diagram is drawn at full size inside a scrolling frame; "Open the diagram full size" shows it alone.',
    '',
    '```mermaid',
    diagram,
    '```',
    '',
    '## What the chain says',
    '',
    `- Cycles: ${lib.cycles(now).map((group) => group.map((id) => name.get(id)).join(' ⇄ ')).join('; ') || 'none'}.`,
    `- Orphans (internal customers that reach no external customer): ${report.orphans.map((id) => name.get(id)).join(', ')}.`,
    '- Critical providers (the single points of failure of external customers):',
    ...report.criticalProviders.map(({ id, customers: n }) => `  - ${name.get(id)}: ${n} external customer${n === 1 ? '' : 's'}`),
    '- Employees who serve external customers themselves (account managers, technicians):',
    ...[...servedByEmployees].map(([id, served]) => `  - ${name.get(id)}: ${served.join('; ')}`),
    '',
  ];
  return lines.join('\n');
}
