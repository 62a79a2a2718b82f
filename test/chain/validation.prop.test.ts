import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClienteleError, ServiceLinkSchema, chainLinks, createServiceChain, type ServiceLinkInput } from '../../src/index.js';
import { inclusiveEnd, isoInstant } from '../../src/_internal/dates.js';
import { safeRun } from '../../src/_internal/zod.js';

const customers = [
  { kind: 'department' as const, id: 'a', name: 'A' },
  { kind: 'department' as const, id: 'b', name: 'B' },
  { kind: 'user' as const, id: 'u', name: 'U' },
  { kind: 'employee' as const, id: 'e', name: 'E', departmentId: 'a' },
];

const anything = fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer(), fc.string({ maxLength: 3 }), fc.boolean(), fc.constant([]), fc.constant({}));
const field = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: anything });
const date = fc.constantFrom('2024-01-01', '2024-02-29', '2023-02-29', '2024-03-01T10:00:00Z', '2024-03-01T10:00:00', '2024-03-01T10:00:00+07:00', 'soon');
const number = fc.oneof(fc.double(), fc.constantFrom(0, -1, 1, 2.5, Number.POSITIVE_INFINITY, Number.NaN));

/** Link-like values: mostly well-formed, with wrong fields, missing fields and unknown keys mixed in. */
const linkLike = fc
  .record(
    {
      from: field(fc.constantFrom('a', 'b')),
      to: field(fc.constantFrom('a', 'b', 'u')),
      service: field(fc.constantFrom('CRM', '')),
      deliverable: field(fc.constantFrom('tool', 'information', 'support', 'product', 'service', 'gift')),
      slaHours: field(number),
      weight: field(number),
      validFrom: field(date),
      validTo: field(date),
      owner: field(fc.constantFrom('e', '')),
      extra: anything,
    },
    { requiredKeys: [] },
  )
  .map((value) => value as Record<string, unknown>);

/**
 * How a message speaks of the value: a field left out is told it is required
 * (`is required: it …`), any other value is quoted after `— got`. (The rule
 * before it may be worded apart: the reader says `must be a non-empty string`
 * of an id where the schema first says `must be a string`.)
 */
function spokenOf(message: string): string {
  if (message.startsWith('is required: it ')) return 'left out';
  const at = message.lastIndexOf(' — got ');
  return at < 0 ? message : message.slice(at);
}

type Spoken = [string, readonly (string | number)[], string];

function chainIssues(link: unknown): { issues: Spoken[]; chain?: ReturnType<typeof createServiceChain> } {
  try {
    return { issues: [], chain: createServiceChain({ customers, links: [link as ServiceLinkInput] }) };
  } catch (error) {
    expect(error).toBeInstanceOf(ClienteleError);
    return { issues: (error as ClienteleError).issues.map((issue) => [issue.code, issue.path, spokenOf(issue.message)]) };
  }
}

const key = (issue: Spoken | [string, readonly (string | number)[]]) => JSON.stringify(issue);

describe('the chain checks links exactly as ServiceLinkSchema does', () => {
  it('same shape issues (code, path and the value each quotes, or that a field left out is required; each distinct one), and the same parsed link when valid', () => {
    const leftOut = new Set<string>();
    fc.assert(
      fc.property(linkLike, (link) => {
        // zod sometimes reports one field twice (a wrong type, then a failed length check): compare distinct issues
        const distinct = (keys: string[]) => [...new Set(keys)].sort();
        const fromChain = distinct(chainIssues(link).issues.filter(([code]) => code === 'INVALID_INPUT').map(key));
        const parsed = ServiceLinkSchema.safeParse(link);
        const run = safeRun(ServiceLinkSchema, link, ['links', 0]);
        expect(run.success).toBe(parsed.success);
        const fromSchema = run.success ? [] : distinct(run.issues.map((issue) => key([issue.code, issue.path, spokenOf(issue.message)])));
        for (const issue of run.success ? [] : run.issues) if (spokenOf(issue.message) === 'left out') leftOut.add(String(issue.path[2]));
        expect(fromChain).toEqual(fromSchema);
        const result = chainIssues(link);
        if (parsed.success && result.chain !== undefined) {
          const expected = Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined));
          expect(chainLinks(result.chain)[0]).toEqual(expected);
        }
      }),
      { numRuns: 2000 },
    );
    // the generator leaves each required field out (and `anything` sets it to undefined)
    expect([...leftOut].sort()).toEqual(['deliverable', 'from', 'service', 'to']);
  });
});

describe('DUPLICATE_LINK agrees with comparing every pair', () => {
  const days = ['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04', '2024-01-02T12:00:00Z', undefined];
  const linkArb = fc.record({
    to: fc.constantFrom('b', 'u'),
    service: fc.constantFrom('x', 'y'),
    validFrom: fc.constantFrom(...days),
    validTo: fc.constantFrom(...days),
  });
  it('reports exactly the links that overlap an earlier one', () => {
    fc.assert(
      fc.property(fc.array(linkArb, { maxLength: 30 }), (specs) => {
        const links = specs
          .map((spec) => {
            const link: ServiceLinkInput = { from: 'a', to: spec.to, service: spec.service, deliverable: 'tool' };
            if (spec.validFrom !== undefined) link.validFrom = spec.validFrom;
            if (spec.validTo !== undefined) link.validTo = spec.validTo;
            return link;
          })
          .filter((link) => link.validFrom === undefined || link.validTo === undefined || isoInstant(link.validFrom)! <= inclusiveEnd(link.validTo));
        const range = (link: ServiceLinkInput) => [
          link.validFrom === undefined ? -Infinity : isoInstant(link.validFrom)!,
          link.validTo === undefined ? Infinity : inclusiveEnd(link.validTo),
        ];
        const expected = links.flatMap((link, i) =>
          links.slice(0, i).some((earlier) => {
            if (earlier.to !== link.to || earlier.service !== link.service) return false;
            const [s1, e1] = range(earlier);
            const [s2, e2] = range(link);
            return s1! <= e2! && s2! <= e1!;
          })
            ? [key(['DUPLICATE_LINK', ['links', i]])]
            : [],
        );
        let actual: string[] = [];
        try {
          createServiceChain({ customers, links });
        } catch (error) {
          actual = (error as ClienteleError).issues.map((issue) => key([issue.code, issue.path]));
        }
        expect(actual).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
