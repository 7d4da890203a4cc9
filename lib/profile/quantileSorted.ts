/**
 * The p-quantile of ascending numbers by linear interpolation between order statistics
 * at (n − 1)·p: Hyndman–Fan type 7, numpy's default, DuckDB's `quantile_cont`.
 * Null for an empty array.
 * https://en.wikipedia.org/wiki/Quantile#Estimating_quantiles_from_a_sample
 *
 * @example quantileSorted([1, 2, 3, 4], 0.5) // => 2.5
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantileSorted requires p in [0, 1], got ${p}`);
  const n = sorted.length;
  if (n === 0) return null;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo]!;
  if (lo === n - 1) return a;
  return a + (h - lo) * (sorted[lo + 1]! - a);
}
