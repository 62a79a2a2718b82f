/**
 * Unknown keys, and the known key a person most likely meant. Every reader
 * that rejects unknown keys (the zod parsers of customers and observations,
 * the chain's link reader, the options of every score) words them here.
 */
import { describe } from './fail.js';

/** Keys longer than this are never compared: no known key is that long, and the distance costs len² steps. */
const LONGEST_COMPARED = 64;

/**
 * The optimal string alignment distance (Damerau–Levenshtein restricted to
 * non-overlapping edits) between `a` and `b`, counting an insertion, a
 * deletion, a substitution or a swap of two neighbouring characters as one
 * edit each (Damerau 1964; Navarro 2001, "A guided tour to approximate string
 * matching", §2). Stops early, returning `limit + 1`, once every alignment
 * costs more than `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const width = b.length + 1;
  let before = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, j) => j);
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      if (d < best) best = d;
    }
    if (best > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  const distance = previous[b.length]!;
  return distance > limit ? limit + 1 : distance;
}

/**
 * The known key nearest to `key`, or undefined when none is near enough. A
 * known key is near when at most max(1, ⌊its length / 3⌋) edits turn one
 * into the other (`windw` → `window`: 1 edit of at most 2; `id` → `di`: a
 * swap, 1 edit), compared without regard to case; the nearest wins, the
 * first listed on a tie. An exact match is not a suggestion. `measured`
 * picks the part of a known key whose length sets its allowance (time zone
 * names count their city only). When no key is that near, a known key of
 * three characters or more that the typed one begins with is offered, the
 * longest first (`monday` → `mon`, `asOfDate` → `asOf`): a word typed in
 * full where the key is its short form.
 */
export function nearestKey(key: string, known: readonly string[], measured: (candidate: string) => string = (candidate) => candidate): string | undefined {
  if (key.length > LONGEST_COMPARED) return undefined;
  const typed = key.toLowerCase();
  let found: string | undefined;
  let best = Infinity;
  for (const candidate of known) {
    if (candidate === key || candidate.length > LONGEST_COMPARED) continue;
    const limit = Math.max(1, Math.floor(measured(candidate).length / 3));
    const distance = editDistance(typed, candidate.toLowerCase(), Math.min(limit, best - 1));
    if (distance <= limit && distance < best) {
      best = distance;
      found = candidate;
    }
  }
  if (found !== undefined) return found;
  for (const candidate of known) {
    if (candidate.length >= 3 && candidate !== key && typed.startsWith(candidate.toLowerCase()) && candidate.length > (found?.length ?? 0)) found = candidate;
  }
  return found;
}

/** `unknown key "windw" — did you mean "window"?`, or just `unknown key "x"` when no known key is near. */
export function unknownKeyMessage(key: string, known: readonly string[]): string {
  const near = nearestKey(key, known);
  const shown = describe(key);
  return near === undefined ? `unknown key ${shown}` : `unknown key ${shown} — did you mean ${JSON.stringify(near)}?`;
}

/**
 * `must be one of 'a' | 'b' | …` for a value outside a fixed list (`must be
 * 'a'` for a list of one), with `(did you mean 'employee'?)` when `given` is a
 * text a typo or a letter case away from one of them ("employe", "NPS"). The
 * one wording of the rule, for the schemas and their hand-written twins.
 */
export function oneOfRule(values: readonly unknown[], given?: unknown): string {
  const shown = values.map((value) => (typeof value === 'string' ? `'${value}'` : String(value)));
  const rule = shown.length === 1 ? `must be ${shown[0]}` : `must be one of ${shown.join(' | ')}`;
  if (typeof given !== 'string') return rule;
  const near = nearestKey(given, values.filter((value): value is string => typeof value === 'string'));
  return near === undefined ? rule : `${rule} (did you mean '${near}'?)`;
}
