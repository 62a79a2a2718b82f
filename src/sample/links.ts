import { employeeId, headOf } from './customers.js';
import type { Calendar } from '../chain/calendar.js';
import { HANOI_OFFICE } from './calendar.js';
import type { SampleDeliverable, SampleServiceLink } from './types.js';

/** [from, to, service, deliverable, slaHours, weight, validFrom, validTo] */
type LinkRow = readonly [
  string,
  string,
  string,
  SampleDeliverable,
  number?,
  number?,
  string?,
  string?,
];

// Employees whose work goes straight to external customers; every other
// employee serves his or her own department.
const FRONT_LINE: readonly LinkRow[] = [
  [employeeId(10), 'biz-b01', 'Key account management', 'service', 24, 2],
  [employeeId(10), 'biz-b04', 'Key account management', 'service', 24, 2],
  [employeeId(11), 'biz-b02', 'Key account management', 'service', 24, 2],
  [employeeId(11), 'biz-b03', 'Key account management', 'service', 24, 2],
  [employeeId(13), 'ret-b03', 'In-store advice', 'service', 2],
  [employeeId(14), 'ret-b05', 'In-store advice', 'service', 2],
  [employeeId(16), 'ret-u04', 'In-store advice', 'service', 2],
  [employeeId(17), 'ret-u06', 'In-store advice', 'service', 2],
  [employeeId(19), 'biz-u02', 'On-site warranty repair', 'service', 48],
  [employeeId(20), 'ret-u01', 'Home warranty repair', 'service', 72],
  [employeeId(21), 'ret-u02', 'Phone support', 'support', 4],
  [employeeId(22), 'ret-u03', 'Phone support', 'support', 4],
];

const FRONT_LINE_NUMBERS: ReadonlySet<number> = new Set([10, 11, 13, 14, 16, 17, 19, 20, 21, 22]);

/** Department of each employee number, in the order of the staff list. */
const STAFF: readonly (readonly [string, readonly number[]])[] = [
  ['board', [1, 2, 3]],
  ['marketing', [4, 5, 6, 7, 8]],
  ['sales', [9, 10, 11, 12, 13, 14, 15, 16, 17]],
  ['service', [18, 19, 20, 21, 22]],
  ['finance', [23, 24, 25, 26]],
  ['hr', [27, 28, 29]],
  ['it', [30, 31, 32, 33]],
  ['logistics', [34, 35, 36, 37, 38]],
  ['audit', [39, 40]],
];

const INTERNAL: readonly LinkRow[] = [
  // the marketing ⇄ sales cycle
  ['marketing', 'sales', 'Qualified sales leads', 'information', 48, 3],
  ['sales', 'marketing', 'Market feedback', 'information', 168, 2],
  // IT serves every department but internal audit
  ['it', 'board', 'IT helpdesk', 'support', 8],
  ['it', 'marketing', 'IT helpdesk', 'support', 8],
  ['it', 'sales', 'IT helpdesk', 'support', 8],
  ['it', 'service', 'IT helpdesk', 'support', 8],
  ['it', 'finance', 'IT helpdesk', 'support', 8],
  ['it', 'hr', 'IT helpdesk', 'support', 8],
  ['it', 'logistics', 'IT helpdesk', 'support', 8],
  ['it', 'sales', 'Point-of-sale system', 'tool', 4, 3],
  // the warehouse system moved to the cloud in mid-year: the old link retires
  ['it', 'logistics', 'Warehouse system (on-premises)', 'tool', 4, 3, undefined, '2025-06-30'],
  ['it', 'logistics', 'Warehouse system (cloud)', 'tool', 4, 3, '2025-07-01'],
  ['finance', 'board', 'Management accounts', 'information', 120, 2],
  ['finance', 'sales', 'Credit approval for business orders', 'support', 24, 2],
  ['finance', 'logistics', 'Supplier payments', 'support', 72],
  ['hr', 'sales', 'Recruitment and training', 'support', 240],
  ['hr', 'service', 'Technician training', 'support', 240],
  // extra hands for the Tết peak, from October to the end of January
  ['hr', 'logistics', 'Seasonal staffing', 'support', 120, 1, '2025-10-01', '2026-01-31'],
  ['board', 'marketing', 'Annual plan and budget', 'information'],
  ['board', 'sales', 'Sales targets', 'information'],
  ['logistics', 'sales', 'Stock availability', 'information', 4, 2],
  ['logistics', 'service', 'Spare parts', 'product', 48, 2],
  ['marketing', 'service', 'Promotion calendar', 'information'],
  // internal audit reports to the owners only: its work never reaches a customer
  ['audit', 'sh-song-hong', 'Internal audit report', 'information', 720],
  ['audit', 'sh-nguyen-van-hai', 'Internal audit report', 'information', 720],
  ['audit', 'sh-pham-thi-lan', 'Internal audit report', 'information', 720],
  ['finance', 'sh-song-hong', 'Financial statements and dividends', 'information'],
  ['finance', 'sh-nguyen-van-hai', 'Financial statements and dividends', 'information'],
  ['finance', 'sh-pham-thi-lan', 'Financial statements and dividends', 'information'],
];

const TO_EXTERNAL: readonly LinkRow[] = [
  ['sales', 'ret-b01', 'In-store sales', 'service', 2],
  ['sales', 'ret-b02', 'In-store sales', 'service', 2],
  ['sales', 'ret-b04', 'In-store sales', 'service', 2],
  ['marketing', 'ret-b02', 'Promotions and product information', 'information'],
  ['marketing', 'biz-b03', 'Business catalogue', 'information'],
  ['service', 'ret-u01', 'Warranty and repair', 'service', 72],
  ['service', 'ret-u02', 'Warranty and repair', 'service', 72],
  ['service', 'ret-u03', 'Warranty and repair', 'service', 72],
  ['service', 'ret-u04', 'Warranty and repair', 'service', 72],
  ['service', 'ret-u05', 'Warranty and repair', 'service', 72],
  ['service', 'ret-f03', 'Air-conditioner maintenance', 'service', 72],
  ['service', 'biz-u01', 'On-site support', 'service', 24],
  ['service', 'biz-u03', 'On-site support', 'service', 24],
  ['logistics', 'ret-f01', 'Home delivery and set-up', 'product', 48],
  ['logistics', 'ret-f02', 'Home delivery and set-up', 'product', 48],
  ['logistics', 'biz-f01', 'Room TV installation', 'product', 72],
  // the education segment: Warehouse & Logistics is its only provider
  ['logistics', 'edu-b01', 'Classroom equipment delivery and installation', 'product', 120, 3],
  ['logistics', 'edu-b02', 'Classroom equipment delivery and installation', 'product', 120, 3],
  ['logistics', 'edu-u01', 'Classroom set-up and training', 'service', 48],
  ['logistics', 'edu-u02', 'Classroom set-up and training', 'service', 48],
  ['logistics', 'edu-u03', 'Classroom set-up and training', 'service', 48],
  ['logistics', 'edu-f01', 'Working classroom equipment', 'product'],
  ['logistics', 'edu-f02', 'Working classroom equipment', 'product'],
  ['logistics', 'edu-f03', 'Working classroom equipment', 'product'],
];

// Who is accountable for a link (SPEC §10: one employee per link). An employee
// owns the work he or she provides; a department's link is owned by the
// specialist named here for its service, or else by the department's head.
const SPECIALISTS: ReadonlyMap<string, number> = new Map([
  ['IT helpdesk', 32],
  ['Point-of-sale system', 33],
  ['Warehouse system (on-premises)', 31],
  ['Warehouse system (cloud)', 31],
  ['Credit approval for business orders', 25],
  ['Supplier payments', 24],
  ['Recruitment and training', 28],
  ['Technician training', 29],
  ['Home delivery and set-up', 37],
  ['Room TV installation', 36],
  ['Air-conditioner maintenance', 19],
]);

// Links nobody owns, left so on purpose: work that falls between two units'
// chairs, for unownedLinks and the report to find.
const UNOWNED: ReadonlySet<string> = new Set([
  'Market feedback',
  'Promotion calendar',
  'Seasonal staffing',
  'Stock availability',
  'Business catalogue',
]);

function ownerOf(from: string, service: string): string | undefined {
  if (UNOWNED.has(service)) return undefined;
  if (from.startsWith('emp-')) return from;
  const specialist = SPECIALISTS.get(service);
  return specialist === undefined ? headOf(from) : employeeId(specialist);
}

const DEPARTMENTS: ReadonlySet<string> = new Set(STAFF.map(([department]) => department));

/** A fresh copy of the Hanoi office calendar, so that every call's links are the caller's own to change. */
function officeCalendar(): Calendar {
  const workingHours: Calendar['workingHours'] = {};
  for (const [day, intervals] of Object.entries(HANOI_OFFICE.workingHours)) {
    workingHours[day as keyof Calendar['workingHours']] = intervals!.map(([start, end]): [string, string] => [start, end]);
  }
  return { timeZone: HANOI_OFFICE.timeZone, workingHours, holidays: [...(HANOI_OFFICE.holidays ?? [])] };
}

function toLink([from, to, service, deliverable, slaHours, weight, validFrom, validTo]: LinkRow): SampleServiceLink {
  const owner = ownerOf(from, service);
  // agreements between departments (OLAs) count the office's working hours; work for customers runs on the clock
  const betweenDepartments = DEPARTMENTS.has(from) && DEPARTMENTS.has(to);
  return {
    from,
    to,
    service,
    deliverable,
    ...(slaHours === undefined ? {} : { slaHours }),
    ...(weight === undefined ? {} : { weight }),
    ...(validFrom === undefined ? {} : { validFrom }),
    ...(validTo === undefined ? {} : { validTo }),
    ...(owner === undefined ? {} : { owner }),
    ...(betweenDepartments ? { calendar: officeCalendar() } : {}),
  };
}

/** Every service link of the sample organisation, freshly built. */
export function sampleLinks(): SampleServiceLink[] {
  const staff: LinkRow[] = STAFF.flatMap(([department, numbers]) =>
    numbers
      .filter((n) => !FRONT_LINE_NUMBERS.has(n))
      .map((n): LinkRow => [employeeId(n), department, 'Staff work', 'support']),
  );
  return [...staff, ...FRONT_LINE, ...INTERNAL, ...TO_EXTERNAL].map(toLink);
}
