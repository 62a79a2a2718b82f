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
  const departments = customers.filter((customer) => customer.kind === 'department');
  const externals = customers.filter((customer) => lib.isExternal(customer));
  // the critical providers and orphans as the report ranks them (they need no observations)
  const report = lib.scoreOrganization(chain, [], { asOf: '2025-12-31' });
  // the departments only, so the picture stays readable: employees and their links are left out
  const unitIds = new Set([...departments.map((d) => d.id), ...externals.map((c) => c.id), ...customers.filter((c) => c.kind === 'shareholder').map((c) => c.id)]);
  const unitChain = lib.createServiceChain({
    customers: customers.filter((customer) => unitIds.has(customer.id)).map(({ headId, ...rest }) => rest),
    links: lib.chainLinks(now).filter((link) => unitIds.has(link.from) && unitIds.has(link.to)),
  });
  const lines = [
    '---',
    'category: Guides',
    'title: The sample organisation',
    '---',
    '',
    '# The sample organisation',
    '',
    '`sampleOrganization()` returns Sao Mai Electronics, an invented consumer-electronics retailer, as plain data:',
    `${customers.length} customers (${departments.length} departments, ${customers.filter((c) => c.kind === 'employee').length} employees, ` +
      `${customers.filter((c) => c.kind === 'shareholder').length} shareholders and ${externals.length} external customers), ` +
      `${sample.links.length} service links and ${sample.observations.length} observations of 2025. ` +
      '`npm run demo` prints its report.',
    '',
    'This page is generated from the library by `npm run docs`, and a test checks that it matches the code.',
    '',
    '## Its chain of units on 31 December 2025',
    '',
    'Departments, shareholders and external customers, without the employees (they would crowd the picture);',
    'made with `toMermaid`.',
    '',
    '```mermaid',
    lib.toMermaid(unitChain),
    '```',
    '',
    '## What the chain says',
    '',
    `- Cycles: ${lib.cycles(now).map((group) => group.map((id) => name.get(id)).join(' ⇄ ')).join('; ') || 'none'}.`,
    `- Orphans (internal customers that reach no external customer): ${report.orphans.map((id) => name.get(id)).join(', ')}.`,
    '- Critical providers (the single points of failure of external customers):',
    ...report.criticalProviders.map(({ id, customers: count }) => `  - ${name.get(id)}: ${count} external customer${count === 1 ? '' : 's'}`),
    '',
  ];
  return lines.join('\n');
}
