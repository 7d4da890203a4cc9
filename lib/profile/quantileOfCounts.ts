/**
 * The p-quantile (Hyndman–Fan type 7, as `quantileSorted`) of a sample given as distinct
 * values with their counts, such as the rows of `eventsPerEntitySql` — without expanding
 * it. Values must ascend; null when the counts sum to zero.
 *
 * @example quantileOfCounts([{value: 1, count: 3}, {value: 10, count: 1}], 0.5) // => 1
 */
export function quantileOfCounts(counts: readonly {value: number; count: number}[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantileOfCounts requires p in [0, 1], got ${p}`);
  let n = 0;
  counts.forEach(({value, count}, i) => {
    if (!(count >= 0) || !Number.isInteger(count)) throw new RangeError(`quantileOfCounts requires whole counts ≥ 0, got ${count} at index ${i}`);
    if (i > 0 && !(value > counts[i - 1]!.value)) throw new RangeError(`quantileOfCounts requires ascending values, got ${value} after ${counts[i - 1]!.value}`);
    n += count;
  });
  if (n === 0) return null;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const at = (k: number) => {
    let seen = 0;
    for (const {value, count} of counts) if ((seen += count) > k) return value;
    return counts.at(-1)!.value;
  };
  const a = at(lo);
  return lo === n - 1 ? a : a + (h - lo) * (at(lo + 1) - a);
}
