import type { CustomerInput } from '../customers/index.js';

// Sao Mai Electronics (Điện máy Sao Mai), a fictional mid-sized consumer
// electronics retailer with stores in Hà Nội and Hồ Chí Minh City, a
// business-to-business desk and an education programme that equips schools.
// The tables are compact so that the data costs little in the bundle; the
// functions below turn them into fresh customer records on every call.

/** [id, name, parentId, headId, function] */
type DepartmentRow = readonly [string, string, string | undefined, string, string];

const DEPARTMENTS: readonly DepartmentRow[] = [
  ['board', 'Executive Office (Ban Tổng Giám đốc)', undefined, 'emp-01', 'strategy and management'],
  ['marketing', 'Marketing', 'board', 'emp-04', 'brand, promotions and lead generation'],
  ['sales', 'Sales (Kinh doanh)', 'board', 'emp-09', 'stores and business accounts'],
  ['service', 'Customer Service & Warranty (Chăm sóc khách hàng)', 'sales', 'emp-18', 'after-sales support and repairs'],
  ['finance', 'Finance & Accounting (Tài chính – Kế toán)', 'board', 'emp-23', 'accounting, credit and payments'],
  ['hr', 'Human Resources (Nhân sự)', 'board', 'emp-27', 'recruitment, training and payroll'],
  ['it', 'Information Technology (Công nghệ thông tin)', 'board', 'emp-30', 'systems, point of sale and helpdesk'],
  ['logistics', 'Warehouse & Logistics (Kho vận)', 'board', 'emp-34', 'stock, delivery and installation'],
  ['audit', 'Internal Audit (Kiểm toán nội bộ)', 'board', 'emp-39', 'independent assurance for the owners'],
];

/** [number, name, departmentId, title, managerNumber (0 = none), hiredAt] */
type EmployeeRow = readonly [number, string, string, string, number, string];

const EMPLOYEES: readonly EmployeeRow[] = [
  [1, 'Nguyễn Văn Hải', 'board', 'Chief Executive Officer', 0, '2012-03-01'],
  [2, 'Lê Thị Mai', 'board', 'Chief Operating Officer', 1, '2014-08-18'],
  [3, 'Phạm Quỳnh Anh', 'board', 'Executive Assistant', 1, '2019-02-25'],
  [4, 'Trần Minh Khoa', 'marketing', 'Head of Marketing', 1, '2016-05-09'],
  [5, 'Đỗ Thu Trang', 'marketing', 'Digital Marketing Lead', 4, '2018-11-01'],
  [6, 'Vũ Hoàng Nam', 'marketing', 'Content Specialist', 5, '2022-04-04'],
  [7, 'Emily Carter', 'marketing', 'Brand Manager', 4, '2021-09-13'],
  [8, 'Bùi Gia Huy', 'marketing', 'Marketing Analyst', 4, '2023-06-19'],
  [9, 'Hoàng Đức Thắng', 'sales', 'Head of Sales', 1, '2013-01-07'],
  [10, 'Ngô Thanh Hương', 'sales', 'Key Account Manager, Business', 9, '2017-03-20'],
  [11, 'Đặng Quốc Bảo', 'sales', 'Key Account Manager, Business', 9, '2020-07-01'],
  [12, 'Trần Thu Hà', 'sales', 'Store Manager, Hà Nội flagship', 9, '2015-10-12'],
  [13, 'Lý Minh Tuấn', 'sales', 'Sales Associate', 12, '2021-03-15'],
  [14, 'Phan Ngọc Lan', 'sales', 'Sales Associate', 12, '2022-08-22'],
  [15, 'Mai Xuân Trường', 'sales', 'Store Manager, Hồ Chí Minh City', 9, '2016-02-29'],
  [16, 'Hồ Thị Kim Ngân', 'sales', 'Sales Associate', 15, '2020-05-11'],
  [17, 'Daniel Kim', 'sales', 'Sales Associate', 15, '2025-02-10'],
  [18, 'Võ Thị Hạnh', 'service', 'Head of Customer Service', 9, '2015-06-01'],
  [19, 'Trịnh Văn Long', 'service', 'Warranty Technician', 18, '2018-04-16'],
  [20, 'Cao Thị Yến', 'service', 'Warranty Technician', 18, '2023-01-09'],
  [21, 'Dương Minh Quân', 'service', 'Call Centre Agent', 18, '2022-10-03'],
  [22, 'Lâm Bích Ngọc', 'service', 'Call Centre Agent', 18, '2024-03-04'],
  [23, 'Đinh Văn Phúc', 'finance', 'Chief Financial Officer', 1, '2014-01-06'],
  [24, 'Tạ Thị Thảo', 'finance', 'Chief Accountant', 23, '2015-09-14'],
  [25, 'Kiều Anh Dũng', 'finance', 'Credit Controller', 23, '2019-12-02'],
  [26, 'Sarah Nguyen', 'finance', 'Financial Analyst', 23, '2024-07-15'],
  [27, 'Hà Thị Loan', 'hr', 'HR Manager', 2, '2016-11-21'],
  [28, 'Chu Văn Tài', 'hr', 'Recruiter', 27, '2021-01-18'],
  [29, 'Tôn Nữ Thanh Tâm', 'hr', 'Training Coordinator', 27, '2020-09-07'],
  [30, 'Lương Quang Vinh', 'it', 'IT Manager', 2, '2015-03-02'],
  [31, 'Nghiêm Đức Anh', 'it', 'Systems Engineer', 30, '2018-06-25'],
  [32, 'Quách Thị Hoa', 'it', 'Helpdesk Technician', 30, '2023-02-13'],
  [33, 'Raj Patel', 'it', 'ERP Developer', 30, '2022-05-30'],
  [34, 'Triệu Văn Sơn', 'logistics', 'Logistics Manager', 2, '2014-04-14'],
  [35, 'Huỳnh Tấn Phát', 'logistics', 'Warehouse Supervisor', 34, '2017-08-28'],
  [36, 'Âu Văn Khánh', 'logistics', 'Installation Technician', 34, '2019-10-21'],
  [37, 'Mạc Thị Duyên', 'logistics', 'Delivery Coordinator', 34, '2020-12-14'],
  [38, 'Lò Văn Pao', 'logistics', 'Driver', 37, '2023-09-04'],
  [39, 'Thái Thị Minh Châu', 'audit', 'Head of Internal Audit', 0, '2017-01-16'],
  [40, 'Kim Ngọc Diệp', 'audit', 'Internal Auditor', 39, '2024-10-01'],
];

/** The id of the employee who heads a department of the sample, or undefined for an unknown department. */
export function headOf(departmentId: string): string | undefined {
  return DEPARTMENTS.find(([id]) => id === departmentId)?.[3];
}

/** Employee id for a number in EMPLOYEES: 1 → 'emp-01'. */
export function employeeId(n: number): string {
  return `emp-${String(n).padStart(2, '0')}`;
}

function departments(): CustomerInput[] {
  return DEPARTMENTS.map(([id, name, parentId, headId, fn]) => ({
    kind: 'department' as const,
    id,
    name,
    ...(parentId === undefined ? {} : { parentId }),
    headId,
    function: fn,
    since: '2010-06-01',
  }));
}

function employees(): CustomerInput[] {
  return EMPLOYEES.map(([n, name, departmentId, title, manager, hiredAt]) => ({
    kind: 'employee' as const,
    id: employeeId(n),
    name,
    departmentId,
    ...(manager === 0 ? {} : { managerId: employeeId(manager) }),
    title,
    hiredAt,
    // the two parties who hold a second role: the CEO is also a shareholder,
    // the Hà Nội store manager also buys from her own stores
    ...(n === 1 ? { partyId: 'party-nguyen-van-hai' } : {}),
    ...(n === 12 ? { partyId: 'party-tran-thu-ha', tags: ['staff-discount'] } : {}),
  }));
}

function shareholders(): CustomerInput[] {
  return [
    {
      kind: 'shareholder',
      id: 'sh-song-hong',
      name: 'Sông Hồng Capital JSC',
      holder: 'organization',
      shares: 4_500_000,
      ownership: 0.45,
      since: '2018-04-02',
      attributes: { country: 'VN', boardSeats: 2 },
    },
    {
      kind: 'shareholder',
      id: 'sh-nguyen-van-hai',
      name: 'Nguyễn Văn Hải',
      partyId: 'party-nguyen-van-hai',
      holder: 'person',
      shares: 3_000_000,
      ownership: 0.3,
      since: '2010-06-01',
    },
    {
      kind: 'shareholder',
      id: 'sh-pham-thi-lan',
      name: 'Phạm Thị Lan',
      partyId: 'party-pham-thi-lan',
      holder: 'person',
      shares: 1_500_000,
      ownership: 0.15,
      since: '2010-06-01',
    },
  ];
}

/** [id, name, since, extra fields] */
type ExternalRow = readonly [string, string, string, Readonly<Record<string, unknown>>];

const USERS: readonly ExternalRow[] = [
  ['ret-u01', 'Trần Bảo Ngọc', '2021-05-14', { segment: 'retail', attributes: { city: 'Hà Nội', loyaltyTier: 'gold' } }],
  ['ret-u02', 'Lê Hoàng Phúc', '2022-11-02', { segment: 'retail', attributes: { city: 'Hà Nội', loyaltyTier: 'silver' } }],
  ['ret-u03', 'Nguyễn Thị Thu', '2019-08-30', { segment: 'retail', attributes: { city: 'Hồ Chí Minh City' } }],
  ['ret-u04', 'Michael Brown', '2023-04-07', { segment: 'retail', attributes: { city: 'Hồ Chí Minh City', expat: true } }],
  ['ret-u05', 'Phạm Thị Lan', '2016-01-20', { segment: 'retail', partyId: 'party-pham-thi-lan', tags: ['shareholder'] }],
  ['ret-u06', 'Đoàn Văn Kiên', '2025-05-06', { segment: 'retail', attributes: { city: 'Hồ Chí Minh City', referred: true } }],
  ['biz-u01', 'Phan Văn Định', '2020-02-17', { segment: 'business', attributes: { employer: 'biz-b01' } }],
  ['biz-u02', 'Trịnh Thu Hằng', '2021-07-05', { segment: 'business', attributes: { employer: 'biz-b02' } }],
  ['biz-u03', 'Kha Minh Trí', '2022-03-28', { segment: 'business', attributes: { employer: 'biz-b03' } }],
  ['edu-u01', 'Nguyễn Thị Nga', '2023-08-21', { segment: 'education', tags: ['teacher'], attributes: { school: 'edu-b01' } }],
  ['edu-u02', 'Lê Văn Tùng', '2023-08-21', { segment: 'education', tags: ['teacher'], attributes: { school: 'edu-b01' } }],
  ['edu-u03', 'Hồ Thị Mỹ', '2025-08-04', { segment: 'education', tags: ['teacher'], attributes: { school: 'edu-b02' } }],
];

const BUYERS: readonly ExternalRow[] = [
  ['ret-b01', 'Trần Thu Hà', '2017-06-10', { segment: 'retail', usesProduct: true, partyId: 'party-tran-thu-ha', tags: ['staff'] }],
  ['ret-b02', 'Vương Thị Hồng', '2020-09-01', { segment: 'retail', usesProduct: false, attributes: { city: 'Hà Nội' } }],
  ['ret-b03', 'Hoàng Minh Đức', '2018-12-15', { segment: 'retail', usesProduct: true, attributes: { loyaltyTier: 'gold' } }],
  ['ret-b04', 'Lưu Thị Bích', '2021-01-25', { segment: 'retail', usesProduct: false, attributes: { giftBuyer: true } }],
  ['ret-b05', 'Jessica Tran', '2025-03-18', { segment: 'retail', usesProduct: true, attributes: { referred: true } }],
  ['biz-b01', 'Minh Phát Logistics Co., Ltd.', '2019-05-02', { segment: 'business', party: 'organization', usesProduct: false, tags: ['key-account'], attributes: { taxCode: '0107654321', staff: 180 } }],
  ['biz-b02', 'An Khang Dental Clinic', '2021-07-01', { segment: 'business', party: 'organization', usesProduct: true, attributes: { staff: 14 } }],
  ['biz-b03', 'Hưng Thịnh Architecture JSC', '2022-03-14', { segment: 'business', party: 'organization', usesProduct: false, tags: ['key-account'], attributes: { staff: 65 } }],
  ['biz-b04', 'Blue Lotus Hotel', '2025-04-22', { segment: 'business', party: 'organization', usesProduct: false, attributes: { rooms: 96, referred: true } }],
  ['edu-b01', 'Ánh Dương Lower Secondary School', '2023-08-01', { segment: 'education', party: 'organization', usesProduct: false, attributes: { pupils: 1150, public: true } }],
  ['edu-b02', 'Hòa Bình Primary School', '2025-07-15', { segment: 'education', party: 'organization', usesProduct: false, attributes: { pupils: 720, public: true, referred: true } }],
];

const BENEFICIARIES: readonly ExternalRow[] = [
  ['ret-f01', 'Vương Gia Bảo', '2020-09-01', { segment: 'retail', via: 'ret-b02', attributes: { relation: 'son of the buyer' } }],
  ['ret-f02', 'Lưu Văn Toàn', '2021-01-25', { segment: 'retail', via: 'ret-b04', attributes: { relation: 'father of the buyer' } }],
  ['ret-f03', 'Nguyễn Thị Hoa', '2019-08-30', { segment: 'retail', via: 'ret-u03', attributes: { relation: 'flatmate of the user' } }],
  ['biz-f01', 'Nguyễn Đình Quang', '2025-05-10', { segment: 'business', via: 'biz-b04', attributes: { relation: 'hotel guest' } }],
  ['edu-f01', 'Trần Gia Hân', '2023-09-05', { segment: 'education', via: 'edu-b01', attributes: { grade: 7 } }],
  ['edu-f02', 'Phạm Đức Minh', '2023-09-05', { segment: 'education', via: 'edu-b01', attributes: { grade: 8 } }],
  ['edu-f03', 'Lê Ngọc Ánh', '2025-09-05', { segment: 'education', via: 'edu-b02', attributes: { grade: 4 } }],
];

/** A deep copy of plain JSON data (the rows' nested objects must not be shared). */
function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function externals(kind: 'user' | 'buyer' | 'beneficiary', rows: readonly ExternalRow[]): CustomerInput[] {
  return rows.map(([id, name, since, extra]) => ({
    kind,
    id,
    name,
    party: 'person',
    since,
    ...copy(extra),
  }) as CustomerInput);
}

/** Every customer of the sample organisation, freshly built. */
export function sampleCustomers(): CustomerInput[] {
  return [
    ...departments(),
    ...employees(),
    ...shareholders(),
    ...externals('user', USERS),
    ...externals('buyer', BUYERS),
    ...externals('beneficiary', BENEFICIARIES),
  ];
}
