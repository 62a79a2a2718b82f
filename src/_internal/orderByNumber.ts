/**
 * Positions 0 .. keys.length − 1 ordered by their keys, largest first, in
 * linear time: a least-significant-digit radix sort on the keys' IEEE 754
 * bits (16 bits a pass, four passes, each stable), the bits first mapped so
 * that their unsigned order is the numbers' order (Herf, "Radix Tricks",
 * 2001: flip every bit of a negative number, only the sign bit of a positive
 * one), here flipped once more for largest first. Equal keys keep their
 * positions' order, which the caller may refine.
 * −0 counts as equal to 0; keys must not be NaN.
 *
 * Why: ordering 90,000 priority rows with `Array.prototype.sort` and a
 * comparator took tens of milliseconds; this takes a few.
 */
export function orderByNumber(keys: Float64Array): Int32Array {
  const m = keys.length;
  const halves = new Uint32Array(keys.map((key) => key + 0).buffer); // + 0: −0 becomes 0
  // little-endian: halves[2i] is the low half of keys[i], halves[2i + 1] the high half (with the sign)
  const probe = new Uint32Array(new Float64Array([1]).buffer);
  const low = probe[0] === 0 ? 0 : 1;
  const high = 1 - low;
  const digit = new Uint32Array(m * 4);
  for (let i = 0; i < m; i += 1) {
    let hi = halves[2 * i + high] as number;
    let lo = halves[2 * i + low] as number;
    // largest first, as keys that sort ascending: a negative number's own bits already put the one nearer
    // zero first; a positive number's bits, sign set and then all flipped, put the larger first, and
    // every one of them (below 2³¹) before every negative one
    if (hi >>> 31 === 0) {
      hi = ~(hi | 0x80000000) >>> 0;
      lo = ~lo >>> 0;
    }
    digit[4 * i] = lo & 0xffff;
    digit[4 * i + 1] = lo >>> 16;
    digit[4 * i + 2] = hi & 0xffff;
    digit[4 * i + 3] = hi >>> 16;
  }
  let order = new Int32Array(m);
  for (let i = 0; i < m; i += 1) order[i] = i;
  let next = new Int32Array(m);
  const bucket = new Int32Array(0x10001);
  for (let pass = 0; pass < 4; pass += 1) {
    bucket.fill(0);
    for (let i = 0; i < m; i += 1) (bucket[(digit[4 * i + pass] as number) + 1] as number) += 1;
    for (let b = 0; b < 0x10000; b += 1) (bucket[b + 1] as number) += bucket[b] as number;
    for (let j = 0; j < m; j += 1) {
      const i = order[j] as number;
      next[(bucket[digit[4 * i + pass] as number] as number)++] = i;
    }
    [order, next] = [next, order];
  }
  return order;
}
