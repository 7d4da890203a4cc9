// Exact floating-point helpers for the Kolmogorov–Smirnov distributions: C's frexp and
// ldexp, and the error-free sum and product that double-double arithmetic builds on.

const view = new DataView(new ArrayBuffer(8));

/**
 * Splits x into a mantissa in [0.5, 1) (sign kept) and a power of two: x = m·2^e.
 *
 * @example frexp(12) // => [0.75, 4]
 */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let shift = 0;
  if (Math.abs(x) < 2 ** -1000) {
    x *= 2 ** 64;
    shift = -64;
  }
  view.setFloat64(0, x);
  const high = view.getUint32(0);
  const exponent = ((high >>> 20) & 0x7ff) - 1022;
  view.setUint32(0, (high & 0x800fffff) | (1022 << 20));
  return [view.getFloat64(0), exponent + shift];
}

/**
 * x·2^e without overflowing on the way (powers of two are exact).
 *
 * @example ldexp(0.75, 4) // => 12
 */
export function ldexp(x: number, e: number): number {
  while (e > 1000) {
    x *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000 && x !== 0) {
    x *= 2 ** -1000;
    e += 1000;
  }
  return x * 2 ** e;
}

/**
 * a + b as an unevaluated sum hi + lo, exactly (Knuth's TwoSum).
 *
 * @example twoSum(1, 2 ** -60) // => [1, 8.673617379884035e-19]
 */
export function twoSum(a: number, b: number): [number, number] {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

/**
 * a·b as an unevaluated sum hi + lo, exactly (Dekker's product with Veltkamp's split).
 *
 * @example twoProduct(3, 1 / 3)[0] // => 1
 */
export function twoProduct(a: number, b: number): [number, number] {
  const p = a * b;
  const [ah, al] = split(a), [bh, bl] = split(b);
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

function split(a: number): [number, number] {
  const c = 134217729 * a; // 2^27 + 1
  const hi = c - (c - a);
  return [hi, a - hi];
}
