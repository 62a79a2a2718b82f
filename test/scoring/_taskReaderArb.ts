import fc from 'fast-check';
const anything = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer({ min: -3, max: 3 }),
  fc.double({ noDefaultInfinity: false }),
  fc.string({ maxLength: 3 }),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
);
const maybe = <T>(valid: fc.Arbitrary<T>, weight = 5) =>
  fc.oneof({ weight, arbitrary: valid }, { weight: 1, arbitrary: anything });

// instants around one week, with the date problems people make: no offset, a day that does not exist, a bad format
const instant = maybe(
  fc.constantFrom(
    '2025-05-05T08:00:00+07:00',
    '2025-05-05T12:30:00+07:00',
    '2025-05-06T09:00:00Z',
    '2025-05-06T17:00:00+07:00',
    '2025-05-07T10:00:00+07:00',
    '2025-05-09T16:00:00+07:00',
    '2025-05-05',
    '2025-05-06T09:00:00',
    '2025-02-30T09:00:00Z',
    '5 May 2025',
  ),
  8,
);
const pause = maybe(
  fc.record({ from: instant, to: instant, note: anything }, { requiredKeys: ['from', 'to'] }),
  6,
);
const time = maybe(fc.constantFrom('08:00', '12:00', '13:00', '17:00', '24:00', '25:00', '8:00'), 8);
const interval = maybe(fc.tuple(time, time), 8);
const calendar = maybe(
  fc.record(
    {
      timeZone: maybe(fc.constantFrom('Asia/Ho_Chi_Minh', 'UTC', 'Asia/Hanoi', '+07:00'), 6),
      workingHours: maybe(fc.record({ mon: maybe(fc.array(interval, { maxLength: 3 })), fri: maybe(fc.array(interval, { maxLength: 2 })), friday: anything }, { requiredKeys: [] }), 6),
      holidays: maybe(fc.array(maybe(fc.constantFrom('2025-05-06', '2025-02-29', '2025-5-6')), { maxLength: 2 })),
    },
    { requiredKeys: ['timeZone', 'workingHours'] },
  ),
  6,
);
export const nearTask = fc.record(
  {
    requestedAt: instant,
    completedAt: instant,
    slaHours: maybe(fc.constantFrom(0.5, 4, 8, 0, -2, Number.NaN), 6),
    paused: maybe(fc.array(pause, { maxLength: 3 }), 6),
    calendar,
  },
  { requiredKeys: [] },
);
export const valid = { type: 'task', id: 't1', providerId: 'it', consumerId: 'sales', defects: 0, reworked: false };

