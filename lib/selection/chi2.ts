import {classSums, type ClassSums} from "./classSums.js";
import {chiSquareSurvival} from "./tails.js";

/** A chi² test: the statistic, its degrees of freedom and the upper-tail p-value. */
export interface Chi2Result {
  readonly statistic: number;
  readonly df: number;
  readonly pValue: number;
}

/**
 * scikit-learn's `chi2` for one non-negative feature: the feature's sum in each class
 * (observed) against its total spread by class size (expected), Σ (O − E)²/E, with
 * classes − 1 degrees of freedom. The values are read as counts, so the statistic
 * scales with the unit (dollars against cents: 100×). NaN rows are left out.
 *
 * @example chi2([1, 0, 3, 4], [0, 0, 1, 1]).statistic // => 4.5
 */
export function chi2(x: ArrayLike<number>, y: ArrayLike<number>): Chi2Result {
  for (let i = 0; i < x.length; i++) if (x[i]! < 0) throw new RangeError(`chi2 requires non-negative values, got ${x[i]} at index ${i}`);
  return chi2FromClassSums(classSums(x, y));
}

/**
 * {@link chi2} from a feature's per-class count and sum (as {@link classSumsSql} returns them).
 *
 * @example chi2FromClassSums({classes: [0, 1], count: [2, 2], sum: [1, 7], sumSq: [1, 25]}).statistic // => 4.5
 */
export function chi2FromClassSums(s: ClassSums): Chi2Result {
  const n = s.count.reduce((a, b) => a + b, 0);
  const total = s.sum.reduce((a, b) => a + b, 0);
  let statistic = 0;
  for (let k = 0; k < s.classes.length; k++) {
    const expected = (s.count[k]! / n) * total;
    statistic += (s.sum[k]! - expected) ** 2 / expected;
  }
  const df = s.classes.length - 1;
  return {statistic, df, pValue: df > 0 ? chiSquareSurvival(statistic, df) : NaN};
}

/**
 * Pearson's chi² test of independence between a categorical feature (integer codes;
 * negative = null, left out) and the class: Σ (O − E)²/E over the contingency table, with
 * (categories − 1)(classes − 1) degrees of freedom, categories and classes as seen. It is
 * the sum of scikit-learn's `chi2` over the feature's one-hot columns.
 *
 * @example chi2Categorical([0, 0, 1, 1], [0, 0, 1, 1]).statistic // => 4
 */
export function chi2Categorical(codes: ArrayLike<number>, y: ArrayLike<number>): Chi2Result {
  const {table, rows, cols, n} = contingency("chi2Categorical", codes, y);
  const rowSums = new Float64Array(rows), colSums = new Float64Array(cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) (rowSums[r]! += table[r * cols + c]!), (colSums[c]! += table[r * cols + c]!);
  let statistic = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const expected = (rowSums[r]! * colSums[c]!) / n;
      if (expected > 0) statistic += (table[r * cols + c]! - expected) ** 2 / expected;
    }
  }
  const df = (rows - 1) * (cols - 1);
  return {statistic, df, pValue: df > 0 ? chiSquareSurvival(statistic, df) : NaN};
}

/**
 * The contingency table of integer codes against class labels (codes < 0 or NaN left
 * out): counts row-major, a row per code seen, a column per class seen, both ascending.
 *
 * @example contingency("f", [0, 1, 1], [0, 0, 1]) // => {table: Float64Array [1, 0, 1, 1], rows: 2, cols: 2, n: 3}
 */
export function contingency(caller: string, codes: ArrayLike<number>, y: ArrayLike<number>): {table: Float64Array; rows: number; cols: number; n: number} {
  if (codes.length !== y.length) throw new Error(`${caller} requires as many labels as codes, got ${y.length} and ${codes.length}`);
  const rowOf = new Map<number, number>(), colOf = new Map<number, number>();
  const keep: number[] = [];
  for (let i = 0; i < codes.length; i++) {
    const v = codes[i]!;
    if (!(v >= 0)) continue;
    keep.push(i);
    rowOf.set(v, 0);
    colOf.set(Number(y[i]), 0);
  }
  [...rowOf.keys()].sort((a, b) => a - b).forEach((v, r) => rowOf.set(v, r));
  [...colOf.keys()].sort((a, b) => a - b).forEach((v, c) => colOf.set(v, c));
  const rows = rowOf.size, cols = colOf.size;
  const table = new Float64Array(rows * cols);
  for (const i of keep) table[rowOf.get(codes[i]!)! * cols + colOf.get(Number(y[i]))!]!++;
  return {table, rows, cols, n: keep.length};
}
