/**
 * A link's working calendar (SPEC §11) through the chain's own paths: it
 * survives serializeChain → JSON → parseServiceChain and chainAsOf, and a bad
 * one is reported at ['links', i, 'calendar', …] with every problem.
 */
import { describe, expect, it } from 'vitest';
import {
  ClienteleError,
  chainAsOf,
  chainLinks,
  createServiceChain,
  parseServiceChain,
  serializeChain,
  type Calendar,
} from '../../src/index.js';

const NINE_TO_FIVE: [string, string][] = [['09:00', '17:00']];
const berlin: Calendar = {
  timeZone: 'Europe/Berlin',
  workingHours: { mon: NINE_TO_FIVE, tue: NINE_TO_FIVE, wed: NINE_TO_FIVE, thu: NINE_TO_FIVE, fri: [['09:00', '12:00'], ['12:30', '15:00']] },
  holidays: ['2024-10-03', '2024-12-25'],
};
const hanoi: Calendar = { timeZone: 'Asia/Ho_Chi_Minh', workingHours: { sat: [['08:00', '12:00']] } };

const customers = [
  { kind: 'department' as const, id: 'it', name: 'IT' },
  { kind: 'department' as const, id: 'sales', name: 'Sales' },
  { kind: 'department' as const, id: 'hr', name: 'HR' },
];
const links = [
  { from: 'it', to: 'sales', service: 'old CRM', deliverable: 'tool' as const, validTo: '2024-06-30', calendar: berlin },
  { from: 'it', to: 'sales', service: 'new CRM', deliverable: 'tool' as const, validFrom: '2024-07-01', calendar: hanoi },
  { from: 'hr', to: 'sales', service: 'hiring', deliverable: 'support' as const },
  { from: 'it', to: 'hr', service: 'helpdesk', deliverable: 'support' as const, slaHours: 8, calendar: berlin },
];

function issuesOf(run: () => unknown): { path: readonly (string | number)[]; message: string }[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ClienteleError);
    return (error as ClienteleError).issues.map(({ path, message }) => ({ path, message }));
  }
  throw new Error('expected a ClienteleError');
}

const byService = (chain: ReturnType<typeof createServiceChain>) =>
  Object.fromEntries(chainLinks(chain).map((link) => [link.service, link.calendar]));

describe('a link’s calendar', () => {
  it('is kept by createServiceChain, as a copy: changing the input afterwards changes nothing', () => {
    const input = structuredClone(links);
    const chain = createServiceChain({ customers, links: input });
    input[0]!.calendar!.holidays!.push('2024-12-26');
    expect(byService(chain)).toEqual({ 'old CRM': berlin, 'new CRM': hanoi, hiring: undefined, helpdesk: berlin });
  });

  it('survives serializeChain → JSON → parseServiceChain, key for key', () => {
    const chain = createServiceChain({ customers, links });
    const text = JSON.stringify(serializeChain(chain));
    const back = parseServiceChain(text);
    expect(byService(back)).toEqual({ 'old CRM': berlin, 'new CRM': hanoi, hiring: undefined, helpdesk: berlin });
    // a second round trip gives the very same text
    expect(JSON.stringify(serializeChain(back))).toBe(text);
    // the serialized link carries no calendar key where none was given
    const hiring = JSON.parse(text).links.find((link: { service: string }) => link.service === 'hiring');
    expect('calendar' in hiring).toBe(false);
  });

  it('survives chainAsOf: each link that is kept keeps its own calendar', () => {
    const chain = createServiceChain({ customers, links });
    // 2024-06-30 keeps the old CRM (Berlin) and drops the new one; 2024-07-01 the reverse
    expect(byService(chainAsOf(chain, '2024-06-30T12:00:00Z'))).toEqual({ 'old CRM': berlin, hiring: undefined, helpdesk: berlin });
    expect(byService(chainAsOf(chain, '2024-07-01T12:00:00Z'))).toEqual({ 'new CRM': hanoi, hiring: undefined, helpdesk: berlin });
    // and through JSON after chainAsOf
    const kept = parseServiceChain(JSON.stringify(serializeChain(chainAsOf(chain, '2024-07-01T12:00:00Z'))));
    expect(byService(kept)).toEqual({ 'new CRM': hanoi, hiring: undefined, helpdesk: berlin });
  });

  it('keeps dated hours (workingDates) through createServiceChain, JSON and chainAsOf', () => {
    const day: [string, string][] = [['09:00', '18:00']];
    const moscow: Calendar = {
      timeZone: 'Europe/Moscow',
      workingHours: { mon: day, tue: day, wed: day, thu: day, fri: day },
      holidays: ['2024-04-29', '2024-05-09'],
      workingDates: { '2024-04-27': day, '2024-05-08': [['09:00', '17:00']], '2024-05-06': [] },
    };
    const withMoscow = [...links.slice(0, 3), { ...links[3]!, calendar: moscow }];
    const input = structuredClone(withMoscow);
    const chain = createServiceChain({ customers, links: input });
    // a copy: changing the input afterwards changes nothing
    input[3]!.calendar!.workingDates!['2024-04-27']!.push(['19:00', '20:00']);
    expect(byService(chain)['helpdesk']).toEqual(moscow);
    const back = parseServiceChain(JSON.stringify(serializeChain(chain)));
    expect(byService(back)['helpdesk']).toEqual(moscow);
    expect(byService(chainAsOf(back, '2024-07-01T12:00:00Z'))['helpdesk']).toEqual(moscow);
    // and a bad one is reported at its path under the link
    const bad = [{ ...links[3]!, calendar: { ...moscow, workingDates: { '2024-05-09': day, '2024-04-31': [['18:00', '09:00']] } } }] as never;
    expect(issuesOf(() => createServiceChain({ customers, links: bad })).map((i) => i.path)).toEqual(
      expect.arrayContaining([
        ['links', 0, 'calendar', 'workingDates', '2024-05-09'], // also a holiday
        ['links', 0, 'calendar', 'workingDates', '2024-04-31'], // April has 30 days
        ['links', 0, 'calendar', 'workingDates', '2024-04-31', 0, 1], // ends before it starts
      ]),
    );
    expect(issuesOf(() => createServiceChain({ customers, links: bad }))).toHaveLength(3);
  });

  it('works on frozen input', () => {
    const frozen = Object.freeze(links.map((link) => Object.freeze({ ...link })));
    expect(byService(createServiceChain({ customers, links: frozen }))['helpdesk']).toEqual(berlin);
  });

  it('reports every problem of a bad calendar at ["links", i, "calendar", …]', () => {
    const bad = [
      links[2],
      { ...links[3], calendar: { timeZone: 'Europe/Berlln', workingHours: { mon: [['09:00', '25:00']], tue: [['13:00', '12:00']] } } },
      { ...links[0], calendar: { ...berlin, holidays: ['2024-02-30'], hours: 1 } },
      { ...links[1], calendar: { timeZone: 'UTC', workingHours: { wed: [['08:00', '12:00'], ['11:00', '17:00']] } } },
      { from: 'hr', to: 'it', service: 'x', deliverable: 'support' as const, calendar: 'Mon–Fri' },
    ];
    const issues = issuesOf(() => createServiceChain({ customers, links: bad as never }));
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        ['links', 1, 'calendar', 'timeZone'],
        ['links', 1, 'calendar', 'workingHours', 'mon', 0, 1], // 25:00 is no time of day
        ['links', 1, 'calendar', 'workingHours', 'tue', 0, 1], // ends before it starts
        ['links', 2, 'calendar', 'hours'], // unknown key
        ['links', 2, 'calendar', 'holidays', 0], // 30 February
        ['links', 3, 'calendar', 'workingHours', 'wed', 1, 0], // overlaps the morning
        ['links', 4, 'calendar'], // not an object
      ]),
    );
    expect(issues).toHaveLength(7);
    // the messages speak to people: they name the rule and the value
    const at = (path: readonly (string | number)[]) => issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path))!.message;
    expect(at(['links', 1, 'calendar', 'timeZone'])).toContain('Europe/Berlln');
    expect(at(['links', 2, 'calendar', 'hours'])).toContain('hours');
    // the same problems through parseServiceChain
    const json = JSON.stringify({ version: 1, customers, links: bad });
    expect(issuesOf(() => parseServiceChain(json)).map((i) => i.path)).toEqual(issues.map((i) => i.path));
  });
});
