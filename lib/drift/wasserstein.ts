import {sortedValues} from "./ksTest.js";

/**
 * The 1-Wasserstein (earth mover's) distance between two samples, in the values' units,
 * as scipy.stats.wasserstein_distance(reference, current): ∫ |F_ref − F_cur| dx over the
 * merged values, each CDF as count/n. Nulls and NaN are left out; ±Infinity is misuse
 * (the distance would be infinite or undefined). Throws when a window has no values.
 *
 * @example wasserstein([0, 1, 3], [5, 6, 8]) // => 5
 */
export function wasserstein(reference: ArrayLike<number | null>, current: ArrayLike<number | null>): number {
  const a = sortedValues("wasserstein", "reference", reference);
  const b = sortedValues("wasserstein", "current", current);
  for (const s of [a, b]) if (!Number.isFinite(s[0]!) || !Number.isFinite(s[s.length - 1]!)) throw new RangeError(`wasserstein requires finite values, got ${Number.isFinite(s[0]!) ? s[s.length - 1] : s[0]}`);
  return wassersteinSorted(a, b);
}

/**
 * {@link wasserstein} of two non-empty ascending arrays of finite numbers.
 *
 * @example wassersteinSorted([0, 1], [1, 2]) // => 1
 */
export function wassersteinSorted(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n1 = a.length, n2 = b.length;
  let i = 0, j = 0, sum = 0;
  while (i < n1 || j < n2) {
    const v = j >= n2 || (i < n1 && a[i]! <= b[j]!) ? a[i]! : b[j]!;
    while (i < n1 && a[i]! <= v) i++;
    while (j < n2 && b[j]! <= v) j++;
    if (i === n1 && j === n2) break;
    const next = j >= n2 || (i < n1 && a[i]! <= b[j]!) ? a[i]! : b[j]!;
    sum += Math.abs(i / n1 - j / n2) * (next - v);
  }
  return sum;
}
