// Runs every script in examples/ with node, as a user would, against the
// build in dist/ (the scripts import 'clientele', which resolves through the
// package's own `exports`). Each script must exit 0 and print the library's
// answers: the expected figures below were worked out by hand from the
// scripts' data (see the comments), so a change in the library's answers
// breaks them.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sampleOrganization } from '../../src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const examplesDir = join(root, 'examples');

const outputs = new Map<string, string>();

/** Runs one example with node from the repository root; throws with its stderr when it exits non-zero. */
function run(file: string, ...args: string[]): string {
  const key = [file, ...args].join(' ');
  const cached = outputs.get(key);
  if (cached !== undefined) return cached;
  let stdout: string;
  try {
    stdout = execFileSync(process.execPath, [join(examplesDir, file), ...args], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 30_000,
    });
  } catch (error) {
    const failed = error as { status?: number | null; stderr?: string };
    throw new Error(`examples/${key} exited with ${String(failed.status)}:\n${String(failed.stderr)}`);
  }
  outputs.set(key, stdout);
  return stdout;
}

/** Runs of spaces collapse to one, so the checks do not depend on column padding. */
function squash(text: string): string {
  return text.replace(/[ \t]+/g, ' ');
}

function expectLines(output: string, expected: readonly string[]): void {
  const flat = squash(output);
  for (const line of expected) expect(flat).toContain(squash(line));
}

/** The row of a console.table whose cells include `first` (a quoted string cell). */
function tableRow(output: string, first: string): string {
  const row = output.split('\n').find((line) => line.includes(`'${first}'`));
  expect(row, `a table row for '${first}'`).toBeDefined();
  return (row ?? '')
    .split('│')
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '')
    .join(' | ');
}

/**
 * Lines report.mjs must print, recounted from the sample's raw records by hand rules: internal kinds are
 * department, employee and shareholder; a link is in force on a day between its validFrom and validTo (both
 * inclusive, SPEC §3); the window runs from 2025-07-01T00:00Z through the whole UTC day of its `to`
 * (2025-12-31), a task placed at requestedAt and every other record at `at`; NPS = (promoters 9–10 −
 * detractors 0–6) / answers × 100, eNPS the same over employees' answers; the interval is SPEC §9's adjusted
 * Wald: n' = n + 3, p' = (P + 0.75)/n', d' = (D + 0.75)/n', centre 100(p' − d'), se = 100 √((p' + d' −
 * (p' − d')²)/n'), z = 1.959963984540054 (R qnorm(0.975)).
 */
function sampleFigures(): string[] {
  const { customers, links, observations } = sampleOrganization() as unknown as {
    customers: { id: string; kind: string; name: string }[];
    links: { validFrom?: string; validTo?: string }[];
    observations: Record<string, unknown>[];
  };
  const internalKinds = new Set(['department', 'employee', 'shareholder']);
  const kindOf = new Map(customers.map((customer) => [customer.id, customer.kind]));
  const isInternal = (id: unknown) => internalKinds.has(kindOf.get(id as string) ?? '');
  const internal = customers.filter((customer) => internalKinds.has(customer.kind)).length;
  const day = '2025-12-31';
  const inForce = links.filter((link) => (link.validFrom ?? day).slice(0, 10) <= day && (link.validTo ?? day).slice(0, 10) >= day).length;
  const from = Date.UTC(2025, 6, 1);
  const to = Date.UTC(2026, 0, 1) - 1;
  const timeOf = (o: Record<string, unknown>) => Date.parse((o.type === 'task' ? o.requestedAt : o.at) as string);
  const inside = observations.filter((o) => timeOf(o) >= from && timeOf(o) <= to);
  const answers = inside.filter((o) => o.type === 'survey' && o.instrument === 'nps');
  const counted = (values: number[]) => {
    const promoters = values.filter((v) => v >= 9).length;
    const detractors = values.filter((v) => v <= 6).length;
    return { promoters, detractors, n: values.length, score: ((promoters - detractors) / values.length) * 100 };
  };
  const enps = counted(answers.filter((o) => kindOf.get(o.respondentId as string) === 'employee').map((o) => o.value as number));
  const nps = counted(answers.filter((o) => !isInternal(o.respondentId)).map((o) => o.value as number));
  const n = nps.n + 3;
  const p = (nps.promoters + 0.75) / n;
  const d = (nps.detractors + 0.75) / n;
  const se = 100 * Math.sqrt((p + d - (p - d) ** 2) / n);
  const low = 100 * (p - d) - 1.959963984540054 * se;
  const high = 100 * (p - d) + 1.959963984540054 * se;
  const bySubject = new Map<string, number[]>();
  for (const o of answers) {
    if (isInternal(o.respondentId) || !isInternal(o.subjectId)) continue;
    bySubject.set(o.subjectId as string, [...(bySubject.get(o.subjectId as string) ?? []), o.value as number]);
  }
  const [worstId, worst] = [...bySubject]
    .map(([id, values]) => [id, counted(values)] as const)
    .reduce((a, b) => (b[1].score < a[1].score ? b : a));
  const worstName = customers.find((customer) => customer.id === worstId)!.name;
  return [
    `${customers.length} customers (${internal} internal, ${customers.length - internal} external), ${inForce} links in force on ${day} (${links.length} in all), ${inside.length} of ${observations.length} observations in the window`,
    `(eNPS ${enps.score.toFixed(1)} from ${enps.n} answers)`,
    `(NPS ${nps.score.toFixed(1)}, 95 % from ${low.toFixed(1)} to ${high.toFixed(1)}, on ${nps.n} answers`,
    `Unit customers rate worst: ${worstName} (NPS ${worst.score.toFixed(1)} on ${worst.n} answers)`,
  ];
}

const scripts = existsSync(examplesDir) ? readdirSync(examplesDir).filter((name) => name.endsWith('.mjs')).sort() : [];
const mine = scripts.filter((name) => name !== 'demo.mjs');

describe('examples/*.mjs run against the build', () => {
  it('has the demo and at least seven stories', () => {
    expect(scripts).toContain('demo.mjs');
    for (const name of [
      'quickstart.mjs',
      'customers-and-parties.mjs',
      'service-chain.mjs',
      'internal-quality.mjs',
      'external-scoring.mjs',
      'accumulators.mjs',
      'diagrams.mjs',
      'report.mjs',
    ]) {
      expect(mine).toContain(name);
    }
  });

  it.each(scripts)('%s exits 0, prints something and prints the same thing twice', (file) => {
    const first = run(file);
    expect(first.trim().length).toBeGreaterThan(0);
    outputs.delete(file);
    expect(run(file)).toBe(first);
  });

  it.each(mine)('%s reads like a user script: imports clientele, no clock, no randomness, no files, 30-90 lines', (file) => {
    const source = readFileSync(join(examplesDir, file), 'utf8');
    expect(source).toMatch(/import \{[^}]+\} from 'clientele';/);
    expect(source).not.toMatch(/from '\.\.?\//);
    expect(source).not.toMatch(/Math\.random|Date\.now|new Date\(\)|performance\.now/);
    expect(source).not.toMatch(/node:fs|writeFile|appendFile/);
    const lines = source.trimEnd().split('\n').length;
    expect(lines).toBeGreaterThanOrEqual(30);
    expect(lines).toBeLessThanOrEqual(90);
  });

  it('quickstart.mjs: sides, reach and the NPS of ten answers', () => {
    const out = run('quickstart.mjs');
    // [10, 9, 9, 8, 7, 10, 6, 3, 9, 10]: 6 promoters, 2 passives, 2 detractors → (6 − 2) / 10 = 40.
    expectLines(out, [
      'it department internal',
      'lan user external',
      'acme buyer external',
      "IT's work ultimately reaches: acme, lan",
      'NPS 40.0 (6 promoters, 2 passives, 2 detractors, 10 answers)',
    ]);
  });

  it('customers-and-parties.mjs: one party on both sides, the partners policy, every issue with its path', () => {
    const out = run('customers-and-parties.mjs');
    expectLines(out, [
      'emp-mai: employee, side internal, isInternal true, isExternal false',
      'buy-mai: buyer, side external, isInternal false, isExternal true',
      "sideOf('shareholder') = internal, sideOf('beneficiary') = external",
      'Mai: side internal, sides [internal, external], kinds [employee, buyer]',
      "partners: 'external' -> side external, relations [supplier, partner]",
      "partners: 'internal' -> side internal, relations [supplier, partner]",
      'parseCustomer rejected the record: INVALID_INPUT, 4 issues',
      'INVALID_INPUT at id:',
      'INVALID_INPUT at departmentId:',
      'INVALID_INPUT at hiredAt:',
      'INVALID_INPUT at shoeSize:',
      "safeParseCustomer: success=false, first issue at 'party'",
    ]);
  });

  it('service-chain.mjs: every query, the CRM swap by date and the JSON round trip', () => {
    const out = run('service-chain.mjs');
    expectLines(out, [
      'downstream(it) acme, lan, marketing, sales, support, warehouse',
      'upstream(warehouse) hr, it, marketing, sales',
      'externalReach(hr) acme, lan',
      // hr → marketing → sales → warehouse → acme: four links.
      'distanceToExternal(hr) 4',
      'distanceToExternal(sales) 2',
      'distanceToExternal(warehouse) 1',
      'distanceToExternal(audit) none (reaches no outsider)',
      // finance receives the audit reports but provides nothing: not an orphan
      'orphans audit',
      'cycles [marketing <-> sales]',
      // Acme is reached from it and hr only through sales and then the warehouse.
      'criticalProviders(acme) sales, warehouse',
      'criticalProviders(lan) support',
      'internalRoles(sales) orderer, evaluator, partner',
      'internalRoles(audit) (none)',
      'suppliers it, marketing',
      'inputs leads, new CRM, old CRM',
      'process sales',
      'outputs account notes, market feedback, orders',
      'customers marketing, support, warehouse',
      'On 2024-03-01 IT gives Sales: old CRM',
      'On 2024-12-01 IT gives Sales: new CRM',
      'round trip equal: true',
      'warehouse attributes after the trip: {"site":"Binh Duong","docks":4}',
    ]);
  });

  it('internal-quality.mjs: components per provider, both propagation modes, health', () => {
    const out = run('internal-quality.mjs');
    // IT: 2 of 4 tasks on time (one open past its SLA is late), 2 of the 3 completed without
    // defects (the open one is not judged yet), CSAT 3 of 4 ratings ≥ 4
    // → quality (50 + 200/3 + 75) / 3 = 575/9 = 63.89.
    expect(tableRow(out, 'it')).toMatch(/'it' \| '50\.0 \(2\/4\)' \| '66\.7' \| '75\.0' \| '63\.9' \| 3$/);
    // Purchasing: 2/3 on time, 2/3 first pass, CSAT 1 of 3 → 55.6.
    expect(tableRow(out, 'purchasing')).toMatch(/'purchasing' \| '66\.7 \(2\/3\)' \| '66\.7' \| '33\.3' \| '55\.6' \| 3$/);
    // Assembly has no internal consumer rating it: two components only.
    expect(tableRow(out, 'assembly')).toMatch(/'assembly' \| '100\.0 \(1\/1\)' \| '100\.0' \| '-' \| '100\.0' \| 2$/);
    expectLines(out, [
      // 575/900 = 23/36.
      'it yield 0.6389 mean 0.6389',
      // 5/9 × 23/36 = 115/324.
      'purchasing yield 0.3549 mean 0.3549',
      // yield: it, purchasing and assembly upstream, it once: 23/36 × 5/9 × 1 = 115/324;
      // mean: (23/36 × 1 + 115/324 × 3) / 4 = (207 + 345) / 324 / 4 = 138/324.
      'assembly yield 0.3549 mean 0.4259',
      'retailer yield 0.3549 mean 0.4259',
      // (115/324 × 100 × 2 + 100) / 3 = 57.00.
      "Health of the retailer's supply: 57.0 (amber)",
    ]);
  });

  it('external-scoring.mjs: NPS by stage, CSAT, CES, SERVQUAL, RFM, CLV, retention, referrals, trend', () => {
    const out = run('external-scoring.mjs');
    expectLines(out, [
      // 10 4 6 9 | 10 9 8 10: 5 promoters, 2 detractors of 8.
      'NPS of all 8 answers: 37.5',
      'launch NPS 0.0 from 4 answers',
      'established NPS 75.0 from 4 answers',
      'CSAT (1-5, 4 and 5 satisfied): 71.4%',
      'CES (1-7, higher = easier): 5.60',
      'SERVQUAL gaps: tangibles 1, reliability -2, responsiveness -0.5, assurance 0, empathy -0.5',
      // 0.1 × 1 + 0.35 × −2 + 0.25 × −0.5 + 0.1 × −0.5 = −0.775.
      'unweighted -0.40, weighted -0.775',
      // 2.4M × 0.8 / (1 + 0.1 − 0.8) − 1M.
      '5400000 VND',
      'Retention 90.0%, churn 10.0%',
      'Referral rate 10.0%, k-factor 0.100',
      '2024-11 450000 VND (1 purchase)',
      '2025-06 12300000 VND (2 purchases)',
      '2025-07 5000000 VND (1 purchase)',
    ]);
    // RFM with 3 bins over 4 customers: bin = max(1, ceil(3 × share)); the July purchase is after asOf.
    expect(tableRow(out, 'acme')).toMatch(/'acme' \| 10 \| 3 \| 29500000 \| 3 \| 3 \| 3 \| '333'$/);
    expect(tableRow(out, 'binh')).toMatch(/'binh' \| 31 \| 2 \| 2100000 \| 2 \| 3 \| 3 \| '233'$/);
    expect(tableRow(out, 'chau')).toMatch(/'chau' \| 237 \| 1 \| 450000 \| 1 \| 2 \| 2 \| '122'$/);
    expect(tableRow(out, 'dung')).toMatch(/'dung' \| 2 \| 1 \| 300000 \| 3 \| 2 \| 1 \| '321'$/);
    expect(out.match(/^ {2}\d{4}-\d{2} /gm)).toHaveLength(7);
  });

  it('accumulators.mjs: merged partition states equal the one-pass score, for each score', () => {
    const out = run('accumulators.mjs');
    const blocks = out.trim().split(/\n\s*\n/);
    expect(blocks.map((block) => block.split('\n')[0])).toEqual(['NPS', 'CSAT', 'mean minutes']);
    for (const block of blocks) {
      const merged = /merged +(\S+)/.exec(block)?.[1];
      const onePass = /one pass +(\S+)/.exec(block)?.[1];
      expect(merged).toBeDefined();
      expect(merged).toBe(onePass);
      expect(block).toContain('equal: true');
      expect(block.match(/state \{/g)).toHaveLength(3);
    }
    expectLines(out, [
      // north [10, 9, 6, 8]: 2 promoters, 1 detractor of 4 → 25
      'north score 25.00 state {"promoters":2,"passives":1,"detractors":1}',
      // central [3, 10, 9]: (2 − 1) / 3
      'central score 33.33 state {"promoters":2,"passives":0,"detractors":1}',
      // south [4, 5, 1, 4, 5]: 4 of 5 at 4 or 5
      'south score 80.00 state {"scale":5,"threshold":4,"satisfied":4,"total":5}',
      // (12.5 + 30.1 + 45.2 + 8.75) / 4 = 24.1375; the exact partial sums are not printed raw
      'north score 24.14 state { total: 4, min: 8.75, max: 45.2, partials: […], squares: […] }',
      // (22.2 + 11.1 + 90.7 + 17.3 + 3.05) / 5 = 28.87
      'south score 28.87 state { total: 5, min: 3.05, max: 90.7,',
    ]);
    expect(out).not.toContain('"partials"');
    expectLines(out, [
      // 12 answers: 7 promoters, 3 detractors → 400 / 12.
      'merged 33.33333333333333',
      'merged 75',
      // 321.5 minutes over 12 cases.
      'merged 26.791666666666668',
    ]);
  });

  it('warehouse.mjs: NPS per segment and week counted by DuckDB, merged for the company; first-pass yield and exact purchase totals', () => {
    expectLines(run('warehouse.mjs'), [
      // 10, 9, 9 | 7 | 3, and a NULL: (3 − 1) / 5 → 40
      'north 2026-W01 nps 40',
      'missing 1',
      // 10 | 8 | 6, 6: (1 − 2) / 4 → −25
      'north 2026-W02 nps -25',
      // 10, 10, 9 | 8: 3 / 4 → 75
      'south 2026-W01 nps 75',
      // 9 | 7 | 2 → 0
      'south 2026-W02 nps 0',
      // 8 promoters, 4 passives, 4 detractors: 4 / 16 → 25
      'company nps 25 from 16 answers',
      'refused: 1 answer is not valid',
      'SUM(CASE WHEN "score""; DROP TABLE answers; --" BETWEEN 9 AND 10',
      // hr: two tasks completed, one reworked → 1 / 2
      'hr first pass 50.0% (1/2), open 0',
      // it: three completed (one with 2 defects; NULL defects and rework count as none), one open → 2 / 3
      'it first pass 66.7% (2/3), open 1',
      // 0.1 + 0.2 + 0.3 summed exactly is 0.6 (in doubles, left to right, 0.6000000000000001)
      'b1 0.6 EUR in 3 purchases, last 2026-02-01T08:30:00.000Z missing 0',
      'b2 19.99 EUR in 1 purchase, last 2026-01-15T12:00:00.000Z missing 0',
      // a NULL amount is missing, not a purchase
      'b2 250000 VND in 1 purchase, last 2026-01-20T18:00:00.000Z missing 1',
    ]);
  });

  it('diagrams.mjs: Mermaid and DOT with the three quality bands', () => {
    const out = run('diagrams.mjs');
    // 0.95, 0.95 × 0.7, 0.95 × 0.7 × 0.55 for the driver and both outsiders.
    expectLines(out, ['Effective quality: it 0.950, kitchen 0.665, driver 0.366, cafe 0.366, guests 0.366']);
    const mermaid = out.slice(out.indexOf('flowchart'), out.indexOf('--- Graphviz'));
    expect(mermaid.startsWith('flowchart TB\n')).toBe(true);
    expectLines(mermaid, [
      'n3{{"Cafe #34;Hoa Sen#34;"}}',
      'n4>"Cafe guests"]',
      'n2 -->|"deliveries"| n3',
      'class n2,n3,n4 red',
      'class n1 amber',
      'class n0 green',
    ]);
    const dot = out.slice(out.indexOf('digraph'));
    expect(dot.trimEnd().endsWith('}')).toBe(true);
    expectLines(dot, [
      'n0 [label="IT", shape=box, style=filled, fillcolor="#d1e7dd"',
      'n1 [label="Central Kitchen", shape=box, style=filled, fillcolor="#fff3cd"',
      'n2 [label="Nguyen Van An", shape=ellipse, style=filled, fillcolor="#f8d7da"',
      'n3 [label="Cafe \\"Hoa Sen\\"", shape=hexagon',
      'n1 -> n2 [label="packed meals"];',
    ]);
  });

  it('report.mjs: figures of the sample organisation', () => {
    const out = run('report.mjs');
    // the counts, the eNPS, the external NPS with its interval and the unit rated worst, recounted from the
    // sample's records by the rules SPEC states, without the library's scores
    for (const line of sampleFigures()) expect(squash(out)).toContain(squash(line));
    expectLines(out, [
      // chainAsOf drops the warehouse system retired on 2025-06-30: 95 links become 94.
      '82 customers (52 internal, 30 external), 94 links in force on 2025-12-31 (95 in all), 528 of 993 observations in the window',
      // 40 employees answered the eNPS question: more than minRespondents (5), so it is shown
      'Internal index 75.5 (eNPS 10.0 from 40 answers)',
      'best department: Customer Service & Warranty (Chăm sóc khách hàng) 88.5',
      'worst department: Finance & Accounting (Tài chính – Kế toán) 47.9',
      'External index 60.3 (NPS 6.7, 95 % from -22.7 to 34.8, on 30 answers',
      // nobody in education bought in the first half of 2025: no retention
      'education NPS -50.0, retention n/a,',
      'Biggest single point of failure: Warehouse & Logistics (Kho vận) (11 external customers',
      // audit and its two auditors provide work that reaches no outsider
      'Orphans: Internal Audit (Kiểm toán nội bộ), Thái Thị Minh Châu, Kim Ngọc Diệp',
      'Unit customers rate worst: Warehouse & Logistics (Kho vận) (NPS -45.5 on 11 answers)',
      'Warehouse & Logistics (Kho vận) own 0.650 lift 0.1829 reach 23',
      'Balance: internal 75.5 vs external 60.3, gap 15.1 -> focus external (external-lower; 300 internal and 55 external answers, 30 needed on each side)',
    ]);
    expect(out).not.toContain('-%');
  });

  describe('demo.mjs', () => {
    it('prints the report in English', () => {
      const out = run('demo.mjs');
      expect(out).toContain('Balance');
      expect(out).toContain('Warehouse & Logistics');
      expect(out).toContain('Sample organisation');
      // the sample holds 95 links; the on-premises warehouse system ended on 2025-06-30, so 94 are in force
      expect(out).toContain('82 customers (internal customers: 52, external customers: 30), 94 links in force on 2025-12-31 (95 in all)');
      // the table headings are headings, not a lowercase label glued in front of one
      for (const heading of ['Internal service quality per provider (0-100)', 'External customers by segment', 'External customers by kind']) {
        expect(out).toContain(`\n\n${heading}\n`);
      }
      expect(out).not.toMatch(/^(internal|external) customer —/m);
      // the count column says what it counts
      expect(out).toMatch(/│ Collaboration │ Tasks │/);
      expect(out).toMatch(/^ {2}internal customer index \d+\.\d, external customer index \d+\.\d, gap /m);
      // how sure the verdict is, and what to fix first
      expect(out).toMatch(/resting on \d+ internal and \d+ external answers \(30 needed on each side\)/);
      expect(out).toMatch(/NPS -?\d+\.\d: 95 % interval -?\d+\.\d to -?\d+\.\d, \d+ answers/);
      const fixFirst = out.slice(out.indexOf('Units to fix first'));
      const rows = fixFirst.split('\n').slice(1, 4);
      for (const row of rows) expect(row).toMatch(/lift \+\d+\.\d\d points, reach \d+; quality now \d+\.\d from \d+ tasks?, \d+ interactions?( and \d+ answers?)?$/);
      // each line's task count is the one the providers table shows for that unit (one figure, two places)
      for (const row of rows) {
        const [name, tasks] = [row.slice(2, row.indexOf(': lift')), row.match(/from (\d+) task/)![1]];
        const tableRow = out.split('\n').find((line) => line.includes(`'${name}'`) && line.startsWith('│'))!;
        // every number is written by Intl.NumberFormat, so the count is a string cell like the rest
        expect(tableRow.split('│').map((cell) => cell.trim()).at(-2)).toBe(`'${tasks}'`);
      }
      // a table's first column says what one row is, not the table's title again
      expect(out).toMatch(/│ \(index\) │ Segment +│ n +│ NPS +│ NPS confidence interval │/);
      expect(out).toMatch(/│ \(index\) │ Kind +│ n +│ NPS +│ CSAT +│ Coverage +│/);
      expect(out).toContain('provides "Staff work" but none of its work reaches an external customer');
    });

    it('--mermaid prints a flowchart and nothing else', () => {
      const out = run('demo.mjs', '--mermaid');
      expect(out.startsWith('flowchart')).toBe(true);
      expect(out).not.toContain('Balance');
    });

    it('--locale vi and --locale ru translate the headings', () => {
      const vi = run('demo.mjs', '--locale', 'vi');
      expect(vi).toContain('Cân bằng');
      // the head noun first in Vietnamese, the sides in the genitive plural in Russian
      // a decimal comma, the day first, no plural marker "các" in a heading
      expect(vi).toContain('chỉ số khách hàng nội bộ 75,5, chỉ số khách hàng bên ngoài 60,3');
      expect(vi).toContain('\n\nKhách hàng bên ngoài theo phân khúc\n');
      expect(vi).toContain('\nTổ chức mẫu — tính đến 31/12/2025\n');
      expect(vi).toContain('82 khách hàng (khách hàng nội bộ: 52, khách hàng bên ngoài: 30), 94 liên kết còn hiệu lực ngày 31/12/2025 (tổng cộng 95), 528 quan sát trong kỳ');
      expect(vi).not.toMatch(/các khách hàng (nội bộ|bên ngoài):/i);
      // the head noun first; a first column named for its rows
      expect(vi).toMatch(/│ \(index\) │ Phân khúc +│ n +│ NPS +│ Khoảng tin cậy NPS │/);
      expect(vi).toMatch(/│ \(index\) │ Loại +│ n +│ NPS +│ CSAT +│ Độ bao phủ │/);
      expect(vi).not.toContain('NPS khoảng tin cậy');
      expect(vi).toContain('(khoảng tin cậy 95% từ -72,0 đến 0,6; 11 câu trả lời)');
      expect(vi).toContain('mức nâng chất lượng +18,29 điểm, phạm vi ảnh hưởng 23; chất lượng hiện tại 65,0, dựa trên 51 việc');
      expect(vi).toContain('Warehouse & Logistics (Kho vận): 11 khách hàng bên ngoài chỉ phụ thuộc vào mắt xích này');
      expect(vi).toContain('phía bên ngoài thấp hơn phía kia vượt mức dung sai; dựa trên 300 câu trả lời nội bộ và 55 câu trả lời bên ngoài (cần 30 mỗi phía)');
      // one word for an owner, the labels' own
      expect(vi).toContain('\n\nLiên kết theo người chịu trách nhiệm (điểm trung bình của liên kết)\n');
      expect(vi).toContain('  5 liên kết chưa có người chịu trách nhiệm\n');
      expect(vi).not.toContain('người phụ trách');
      expect(vi).not.toMatch(/^khách hàng (nội bộ|bên ngoài) —/m);
      expect(vi).toContain('Warehouse & Logistics');
      const ru = run('demo.mjs', '--locale', 'ru-RU');
      expect(ru).toContain('Баланс');
      expect(ru).toContain('Что улучшать в первую очередь');
      expect(ru).toContain('индекс внутренних клиентов 75,5, индекс внешних клиентов 60,3, разрыв 15,1');
      expect(ru).toContain('\n\nВнешние клиенты по сегментам\n');
      expect(ru).toContain('\nПример организации — на дату 31.12.2025\n');
      // 82 ends in 2: the "few" form; 528 ends in 8: the "many" form
      expect(ru).toContain('82 клиента (внутренние клиенты: 52, внешние клиенты: 30), действующих связей на 31.12.2025: 94 (всего 95), 528 наблюдений за период');
      expect(ru).toMatch(/│ \(index\) │ Сегмент +│ n +│ NPS +│ Доверительный интервал NPS │/);
      expect(ru).toMatch(/│ \(index\) │ Вид +│ n +│ NPS +│ CSAT +│ Покрытие │/);
      expect(ru).toMatch(/│ Взаимодействие │ Задачи │/);
      expect(ru).not.toContain('NPS доверительный интервал');
      expect(ru).toContain('(95-процентный доверительный интервал от -72,0 до 0,6; ответов: 11)');
      expect(ru).toContain('прирост качества +18,29 пункта, охват 23; качество сейчас 65,0; задач: 51, взаимодействий: 2');
      expect(ru).toContain('Internal Audit (Kiểm toán nội bộ): предоставляет «Internal audit report», но ничто из этой работы не доходит до внешнего клиента');
      expect(ru).toContain(
        'внешняя сторона отстаёт от внутренней сильнее допуска; на основе 300 внутренних ответов и 55 внешних ответов (нужно 30 с каждой стороны)',
      );
      expect(ru).not.toContain('"');
      // no number is written with a decimal point in vi or ru (the ru date aside)
      expect(vi).not.toMatch(/\d\.\d/);
      expect(ru.replaceAll('31.12.2025', '')).not.toMatch(/\d\.\d/);
      expect(ru).not.toMatch(/^(внутренний|внешний) клиент —/m);
      expect(ru).not.toContain('Balance');
    });

    it('an unknown locale exits with code 2', () => {
      expect(() => run('demo.mjs', '--locale', 'xx')).toThrow(/exited with 2/);
    });
  });
});

describe('demo.mjs counts its critical providers in good grammar', () => {
  it('English: one customer depends, several customers depend', () => {
    const out = run('demo.mjs');
    expect(out).toContain('Warehouse & Logistics (Kho vận): 11 external customers depend on this link alone');
    expect(out).toMatch(/: 1 external customer depends on this link alone/);
    expect(out).not.toMatch(/: 1 external customers/);
  });
  it('Russian: the three plural forms', () => {
    const out = run('demo.mjs', '--locale', 'ru');
    // «звено», a link of the chain, whether the provider is a department or a person
    expect(out).toContain('11 внешних клиентов зависят только от этого звена');
    expect(out).toContain('4 внешних клиента зависят только от этого звена');
    expect(out).toContain('Phan Ngọc Lan: 1 внешний клиент зависит только от этого звена');
    expect(out).not.toContain('от него');
  });
});
