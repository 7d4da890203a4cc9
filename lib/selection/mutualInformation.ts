import {binIndex, quantileEdges} from "../drift/numericBinning.js";
import {contingency} from "./chi2.js";

/**
 * The plug-in (maximum-likelihood) mutual information between integer codes and class
 * labels, in nats: Σ p(x, y)·ln(p(x, y) / (p(x)·p(y))) over the contingency table
 * (scikit-learn's `mutual_info_score`). Codes < 0 or NaN are left out. Biased upward by
 * about (categories − 1)(classes − 1)/(2n) nats (Miller–Madow), negligible at the
 * lab's 100,000 rows. 0 for independent codes, at most min(H(x), H(y)).
 *
 * @example mutualInformation([0, 0, 1, 1], [0, 0, 1, 1]) // => 0.6931471805599453
 */
export function mutualInformation(codes: ArrayLike<number>, y: ArrayLike<number>): number {
  const {table, rows, cols, n} = contingency("mutualInformation", codes, y);
  if (n === 0) return NaN;
  const rowSums = new Float64Array(rows), colSums = new Float64Array(cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) (rowSums[r]! += table[r * cols + c]!), (colSums[c]! += table[r * cols + c]!);
  let mi = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const o = table[r * cols + c]!;
      if (o > 0) mi += (o / n) * Math.log((o * n) / (rowSums[r]! * colSums[c]!));
    }
  }
  return Math.max(0, mi);
}

/**
 * Equal-frequency bin codes of a numeric column: the edges are its type-7 quantiles at
 * k/bins (duplicates removed, so a column with ties gets fewer bins), a value on an edge
 * goes in the bin above (numpy's `searchsorted(edges, x, side="right")`), NaN gets −1.
 *
 * @example equalFrequencyCodes([1, 2, 3, 4, NaN], 2) // => Int32Array [0, 0, 1, 1, -1]
 */
export function equalFrequencyCodes(x: ArrayLike<number>, bins: number): Int32Array {
  if (!Number.isInteger(bins) || bins < 2) throw new RangeError(`equalFrequencyCodes requires an integer number of bins ≥ 2, got ${bins}`);
  const sorted = Float64Array.from(x).filter((v) => v === v).sort();
  const edges = sorted.length > 0 ? quantileEdges(sorted, bins) : [];
  return Int32Array.from(x, (v) => (v === v ? binIndex(edges, v) : -1));
}

/**
 * Mutual information (nats) between a numeric feature and the class, estimated by the
 * plug-in formula on {@link equalFrequencyCodes} of `bins` bins.
 *
 * @example mutualInformationBinned([1, 2, 3, 4], [0, 0, 1, 1], 2) // => 0.6931471805599453
 */
export function mutualInformationBinned(x: ArrayLike<number>, y: ArrayLike<number>, bins: number): number {
  return mutualInformation(equalFrequencyCodes(x, bins), y);
}
