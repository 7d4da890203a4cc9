import type {ConfusionCurve} from "./confusionCurve.js";

/** What each kind of mistake costs, in one unit (dollars, minutes of review…). */
export interface ErrorCosts {
  /** Cost of flagging a legitimate row (a false positive). */
  readonly falsePositive: number;
  /** Cost of missing a positive (a false negative). */
  readonly falseNegative: number;
}

/** The cost of every threshold of a curve, and the cheapest. */
export interface CostCurve {
  /** cost_fp·fp + cost_fn·fn at each threshold of the curve, in the costs' unit. */
  readonly total: Float64Array;
  /** `total / n`: the expected cost per scored row. */
  readonly perRow: Float64Array;
  /** The curve's row with the least total cost; ties go to the highest threshold (the fewest flags). */
  readonly best: {readonly index: number; readonly threshold: number; readonly total: number; readonly perRow: number};
}

/**
 * Expected cost per threshold from a cost per false positive and per false negative, and
 * the threshold that minimises it. Flagging nothing (+Infinity) is a candidate too.
 *
 * @example
 * expectedCost(confusionCurve([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]), {falsePositive: 1, falseNegative: 5}).best
 * // => {index: 3, threshold: 0.35, total: 1, perRow: 0.25}
 */
export function expectedCost(curve: ConfusionCurve, {falsePositive, falseNegative}: ErrorCosts): CostCurve {
  if (!(falsePositive >= 0 && falseNegative >= 0)) throw new RangeError(`expectedCost requires non-negative costs, got falsePositive ${falsePositive} and falseNegative ${falseNegative}`);
  const rows = curve.thresholds.length;
  const total = new Float64Array(rows);
  const perRow = new Float64Array(rows);
  let best = 0;
  for (let i = 0; i < rows; i++) {
    total[i] = falsePositive * curve.fp[i]! + falseNegative * curve.fn[i]!;
    perRow[i] = curve.n > 0 ? total[i]! / curve.n : NaN;
    if (total[i]! < total[best]!) best = i;
  }
  return {total, perRow, best: {index: best, threshold: curve.thresholds[best]!, total: total[best]!, perRow: perRow[best]!}};
}

/**
 * The threshold that minimises expected cost when the scores are calibrated probabilities:
 * flag when p·cost_fn > (1 − p)·cost_fp, i.e. p > cost_fp / (cost_fp + cost_fn) (Bayes'
 * decision rule). Against {@link expectedCost}'s empirical minimum, it tells how far the
 * scores are from probabilities. NaN when both costs are 0.
 *
 * @example bayesThreshold({falsePositive: 5, falseNegative: 145}) // => 0.03333333333333333
 */
export function bayesThreshold({falsePositive, falseNegative}: ErrorCosts): number {
  if (!(falsePositive >= 0 && falseNegative >= 0)) throw new RangeError(`bayesThreshold requires non-negative costs, got falsePositive ${falsePositive} and falseNegative ${falseNegative}`);
  return falsePositive / (falsePositive + falseNegative);
}
