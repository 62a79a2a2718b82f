import fc from 'fast-check';

/** A wall-clock time on the quarter hour, '00:00' to '24:00'. */
export const quarterHour = fc.integer({ min: 0, max: 96 }).map((quarter) => {
  const minutes = quarter * 15;
  return minutes === 1440 ? '24:00' : `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
});

/** A day's working intervals: sorted distinct quarter hours taken in pairs (none to two intervals). */
export const workingDay = fc.uniqueArray(quarterHour, { maxLength: 4 }).map((times) => {
  const sorted = [...times].sort();
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < sorted.length; i += 2) out.push([sorted[i]!, sorted[i + 1]!]);
  return out;
});
