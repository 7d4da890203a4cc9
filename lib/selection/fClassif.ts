import {classSums, type ClassSums} from "./classSums.js";
import {fSurvival} from "./tails.js";

/** A one-way ANOVA: the F statistic, its degrees of freedom and the upper-tail p-value. */
export interface FResult {
  readonly statistic: number;
  readonly dfBetween: number;
  readonly dfWithin: number;
  readonly pValue: number;
}

/**
 * scikit-learn's `f_classif` for one feature: the one-way ANOVA F of `x` grouped by the
 * class `y`, between-class over within-class mean square, (classes − 1, n − classes)
 * degrees of freedom. NaN rows are left out. A constant feature gives NaN.
 *
 * @example fClassif([1, 2, 5, 6], [0, 0, 1, 1]).statistic // => 32
 */
export function fClassif(x: ArrayLike<number>, y: ArrayLike<number>): FResult {
  return fClassifFromClassSums(classSums(x, y));
}

/**
 * {@link fClassif} from a feature's per-class count, Σx and Σx² (as {@link classSumsSql}
 * returns them), by scipy's `f_oneway` sums of squares.
 *
 * @example fClassifFromClassSums({classes: [0, 1], count: [2, 2], sum: [3, 11], sumSq: [5, 61]}).statistic // => 32
 */
export function fClassifFromClassSums(s: ClassSums): FResult {
  const groups = s.classes.filter((_, k) => s.count[k]! > 0).length;
  const n = s.count.reduce((a, b) => a + b, 0);
  const total = s.sum.reduce((a, b) => a + b, 0);
  const totalSq = s.sumSq.reduce((a, b) => a + b, 0);
  const correction = (total * total) / n;
  const ssTotal = totalSq - correction;
  let ssBetween = -correction;
  for (let k = 0; k < s.classes.length; k++) if (s.count[k]! > 0) ssBetween += (s.sum[k]! * s.sum[k]!) / s.count[k]!;
  const ssWithin = ssTotal - ssBetween;
  const dfBetween = groups - 1, dfWithin = n - groups;
  const statistic = ssBetween / dfBetween / (ssWithin / dfWithin);
  return {statistic, dfBetween, dfWithin, pValue: dfBetween > 0 && dfWithin > 0 ? fSurvival(statistic, dfBetween, dfWithin) : NaN};
}
