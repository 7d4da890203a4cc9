/**
 * Rearranges `values[left..right]` in place so that `values[k]` is the value that would be
 * there if that range were sorted ascending, everything before it is ≤ it and everything
 * after it ≥ it: Floyd–Rivest selection, expected O(n), the algorithm of d3-array's
 * `quickselect` written for a Float64Array without a comparator (the comparator call is
 * most of d3's time on 10M numbers). Values must not be NaN. Returns `values`.
 * https://en.wikipedia.org/wiki/Floyd%E2%80%93Rivest_algorithm
 *
 * @example quickselect(Float64Array.of(5, 1, 4, 2, 3), 1)[1] // => 2
 */
export function quickselect(values: Float64Array, k: number, left = 0, right = values.length - 1): Float64Array {
  if (!(Number.isInteger(k) && k >= left && k <= right)) throw new RangeError(`quickselect requires an integer k in [${left}, ${right}], got ${k}`);
  select(values, k, left, right);
  return values;
}

function select(a: Float64Array, k: number, left: number, right: number): void {
  while (right > left) {
    if (right - left > 600) {
      // Recurse on a sample around k so that the pivot below lands close to rank k.
      const n = right - left + 1;
      const m = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m - n / 2 < 0 ? -1 : 1);
      select(a, k, Math.max(left, Math.floor(k - (m * s) / n + sd)), Math.min(right, Math.floor(k + ((n - m) * s) / n + sd)));
    }
    const t = a[k]!;
    let i = left;
    let j = right;
    swap(a, left, k);
    if (a[right]! > t) swap(a, left, right);
    while (i < j) {
      swap(a, i, j);
      ++i;
      --j;
      while (a[i]! < t) ++i;
      while (a[j]! > t) --j;
    }
    if (a[left] === t) swap(a, left, j);
    else swap(a, ++j, right);
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}
