import {quantileSorted} from "../profile/quantileSorted.js";

/**
 * A reference window's numeric binning, a plain JSON value: bin the reference once and
 * reuse it for every current window. `counts.length === edges.length + 1` (open outer
 * bins); `n` counts the values binned, `nulls` the nulls and NaN left out.
 */
export interface NumericBinning {
  kind: "numeric";
  edges: number[];
  counts: number[];
  n: number;
  nulls: number;
}

/**
 * Bins a reference window: the edges are its type-7 quantiles at k/bins, k = 1..bins − 1
 * (numpy's default), duplicates removed; the outer bins are open and a value equal to an
 * edge falls in the bin above it (numpy's `searchsorted(edges, v, side="right")`). Nulls
 * and NaN are left out and counted in `nulls`. ±Infinity is misuse (it has no quantile
 * to interpolate): leave it out first. No values gives no edges and one empty bin.
 *
 * @example numericBinning([1, 2, 3, 4, null], 2) // => {kind: "numeric", edges: [2.5], counts: [2, 2], n: 4, nulls: 1}
 */
export function numericBinning(values: ArrayLike<number | null>, bins: number): NumericBinning {
  if (!Number.isInteger(bins) || bins < 2) throw new RangeError(`numericBinning requires an integer number of bins ≥ 2, got ${bins}`);
  const {numbers, nulls} = finiteNumbers("numericBinning", values);
  return numericBinningSorted(numbers.sort(), nulls, bins);
}

/**
 * {@link numericBinning} of finite values already ascending, with the count of nulls left out.
 *
 * @example numericBinningSorted([1, 2, 3, 4], 1, 2) // => {kind: "numeric", edges: [2.5], counts: [2, 2], n: 4, nulls: 1}
 */
export function numericBinningSorted(sorted: ArrayLike<number>, nulls: number, bins: number): NumericBinning {
  if (!Number.isInteger(bins) || bins < 2) throw new RangeError(`numericBinning requires an integer number of bins ≥ 2, got ${bins}`);
  const edges = sorted.length > 0 ? quantileEdges(sorted, bins) : [];
  return {kind: "numeric", edges, counts: binCounts(edges, sorted), n: sorted.length, nulls};
}

/**
 * The edges of `bins` bins over ascending values: type-7 quantiles at k/bins, k = 1..bins − 1,
 * duplicates removed. Reads only the two order statistics around each (n − 1)·k/bins, so
 * `sorted` may be any array-like holding those (driftReportSql passes the ones DuckDB found).
 *
 * @example quantileEdges([1, 1, 1, 2], 4) // => [1, 1.25]
 */
export function quantileEdges(sorted: ArrayLike<number>, bins: number): number[] {
  const edges: number[] = [];
  for (let k = 1; k < bins; k++) {
    const edge = quantileSorted(sorted, k / bins)!;
    if (edges.length === 0 || edge > edges[edges.length - 1]!) edges.push(edge);
  }
  return edges;
}

/**
 * The bin of `value` among ascending `edges`: how many edges are ≤ value, so a value on an
 * edge goes in the bin above (numpy's `searchsorted(edges, value, side="right")`).
 *
 * @example binIndex([1, 2, 3], 2) // => 2
 */
export function binIndex(edges: ArrayLike<number>, value: number): number {
  let lo = 0, hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (edges[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Counts `values` per bin of `edges` (edges.length + 1 bins, see {@link binIndex}).
 *
 * @example binCounts([2.5], [1, 2.5, 4]) // => [1, 2]
 */
export function binCounts(edges: ArrayLike<number>, values: ArrayLike<number>): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0);
  for (let i = 0; i < values.length; i++) counts[binIndex(edges, values[i]!)]!++;
  return counts;
}

/**
 * The finite numbers of `values` (nulls and NaN left out and counted); ±Infinity throws,
 * naming `caller` and the index.
 *
 * @example finiteNumbers("f", [1, null, NaN, 2]) // => {numbers: Float64Array [1, 2], nulls: 2}
 */
export function finiteNumbers(caller: string, values: ArrayLike<number | null>): {numbers: Float64Array; nulls: number} {
  const numbers = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined || v !== v) continue;
    if (v === Infinity || v === -Infinity) throw new RangeError(`${caller} requires finite numbers (nulls and NaN are left out), got ${v} at index ${i}`);
    numbers[n++] = v;
  }
  return {numbers: numbers.slice(0, n), nulls: values.length - n};
}
