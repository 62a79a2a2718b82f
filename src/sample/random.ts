// A small seeded generator and the calendar arithmetic the sample needs.
// The sample must be the same on every call and every machine, so nothing
// here reads the clock or Math.random.

/** A deterministic source of numbers in [0, 1). */
export interface Random {
  /** The next number in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
}

/**
 * mulberry32, a 32-bit generator published by Tommy Ettinger (public
 * domain): one multiply-xorshift round per number, period 2^32, plenty for a
 * sample of a few thousand records.
 */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** Vietnam's offset from UTC (no daylight saving). */
const OFFSET_MS = 7 * HOUR_MS;

/** Epoch ms of local midnight (UTC+07:00) on a calendar day; month is 1..12. */
export function localDay(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) - OFFSET_MS;
}

/** The first and last moment of the observed year, 2025 in Vietnam. */
export const YEAR_START = localDay(2025, 1, 1);
export const YEAR_END = localDay(2026, 1, 1) - 60_000;

/** Epoch ms of a `YYYY-MM-DD` day's local midnight. */
export function parseDay(text: string): number {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  return localDay(year, month, day);
}

/** `2025-03-14T09:30:00+07:00` for a moment (to the minute). */
export function localDateTime(ms: number): string {
  const shifted = new Date(Math.floor(ms / 60_000) * 60_000 + OFFSET_MS).toISOString();
  return `${shifted.slice(0, 19)}+07:00`;
}

/** `2025-03-14T02:30:00Z` for a moment (to the minute). */
export function utcDateTime(ms: number): string {
  return `${new Date(Math.floor(ms / 60_000) * 60_000).toISOString().slice(0, 19)}Z`;
}

/** `2025-03-14` for the local calendar day of a moment. */
export function localDate(ms: number): string {
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * A moment during working hours (08:00–17:55 local, Monday to Saturday) on a
 * day drawn evenly from [from, to]; `from` and `to` are epoch ms, and the
 * answer is never before `from` nor after `to`.
 */
export function workingMoment(random: Random, from: number, to: number): number {
  const firstDay = Math.floor((from + OFFSET_MS) / DAY_MS);
  const lastDay = Math.floor((to + OFFSET_MS) / DAY_MS);
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const day = random.int(firstDay, lastDay);
    // 1970-01-01 was a Thursday, so (day + 4) % 7 counts weekdays from Sunday = 0
    if ((day + 4) % 7 === 0) continue;
    const moment = day * DAY_MS - OFFSET_MS + random.int(8, 17) * HOUR_MS + random.int(0, 11) * 5 * 60_000;
    if (moment >= from && moment <= to) return moment;
  }
  return from;
}
