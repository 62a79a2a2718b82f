/**
 * Orders two strings by UTF-16 code units, as `Array.prototype.sort` does
 * with no comparator: the same order on every runtime and in every locale
 * (unlike `localeCompare`), which is what ids need for stable answers.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
