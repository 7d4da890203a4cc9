import {tableFromArrays, type Table} from "apache-arrow";
import type {ConfusionCurve} from "./confusionCurve.js";
import {expectedCost, type ErrorCosts} from "./expectedCost.js";

/**
 * A confusion curve as an Arrow table with `confusionCurveSql`'s columns (threshold, tp,
 * fp, fn, tn, precision, recall, fpr, and with costs total_cost and cost_per_row), to
 * compare the TypeScript reference with the query's result column by column.
 *
 * @example curveTable(confusionCurve([0.1, 0.8], [0, 1])).numRows // => 3
 */
export function curveTable(curve: ConfusionCurve, costs?: ErrorCosts): Table {
  const {thresholds: threshold, tp, fp, fn, tn, precision, recall, fpr} = curve;
  if (!costs) return tableFromArrays({threshold, tp, fp, fn, tn, precision, recall, fpr});
  const {total, perRow} = expectedCost(curve, costs);
  return tableFromArrays({threshold, tp, fp, fn, tn, precision, recall, fpr, total_cost: total, cost_per_row: perRow});
}
