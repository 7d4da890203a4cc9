import {ident, sql, type SqlFragment} from "../sql/index.js";
import type {ErrorCosts} from "./expectedCost.js";

/** Where {@link confusionCurveSql} reads scores and labels. */
export interface ConfusionCurveSqlInput {
  readonly table: string;
  /** The score column (higher = more likely positive). */
  readonly score: string;
  /** The label column: boolean or 0/1 (anything but 1/true is a negative, as in `confusionCurve`). */
  readonly label: string;
}

/**
 * The SQL twin of `confusionCurve` (and, given costs, of `expectedCost`): one row per
 * threshold, +Infinity first then every distinct score descending, with tp, fp, fn, tn,
 * precision, recall, fpr (NaN where `confusionCurve` has NaN), and with `costs` the total
 * and per-row cost and `best`, true on the cheapest row (ties → the highest threshold).
 * Counts are running sums over scores grouped once; NaN and null scores are left out.
 *
 * @example confusionCurveSql({table: "scored", score: "p", label: "y"}).text.startsWith("WITH") // => true
 */
export function confusionCurveSql({table, score, label}: ConfusionCurveSqlInput, costs?: ErrorCosts): SqlFragment {
  const s = ident(score);
  const y = ident(label);
  const curve = sql`WITH by_score AS (
  SELECT ${s}::DOUBLE AS score, count(*) FILTER (WHERE coalesce(${y}::INTEGER = 1, false)) AS pos, count(*) AS rows_here
  FROM ${ident(table)} WHERE ${s} IS NOT NULL AND NOT isnan(${s}::DOUBLE) GROUP BY ALL
), totals AS (
  SELECT coalesce(sum(pos), 0)::BIGINT AS positives, coalesce(sum(rows_here), 0)::BIGINT AS n FROM by_score
), running AS (
  SELECT 'inf'::DOUBLE AS threshold, 0::BIGINT AS tp, 0::BIGINT AS fp
  UNION ALL
  SELECT score, sum(pos) OVER w, sum(rows_here - pos) OVER w FROM by_score WINDOW w AS (ORDER BY score DESC ROWS UNBOUNDED PRECEDING)
), curve AS (
  SELECT threshold, tp::BIGINT AS tp, fp::BIGINT AS fp, (positives - tp)::BIGINT AS fn, (n - positives - fp)::BIGINT AS tn,
    CASE WHEN tp + fp > 0 THEN tp / (tp + fp) ELSE 'nan'::DOUBLE END AS precision,
    CASE WHEN positives > 0 THEN tp / positives ELSE 'nan'::DOUBLE END AS recall,
    CASE WHEN n - positives > 0 THEN fp / (n - positives) ELSE 'nan'::DOUBLE END AS fpr, n
  FROM running, totals
)`;
  if (!costs) return sql`${curve}
SELECT threshold, tp, fp, fn, tn, precision, recall, fpr FROM curve ORDER BY threshold DESC`;
  const {falsePositive, falseNegative} = costs;
  if (!(falsePositive >= 0 && falseNegative >= 0)) throw new RangeError(`confusionCurveSql requires non-negative costs, got falsePositive ${falsePositive} and falseNegative ${falseNegative}`);
  return sql`${curve}, costed AS (
  SELECT *, ${falsePositive}::DOUBLE * fp + ${falseNegative}::DOUBLE * fn AS total_cost FROM curve
)
SELECT threshold, tp, fp, fn, tn, precision, recall, fpr, total_cost,
  CASE WHEN n > 0 THEN total_cost / n ELSE 'nan'::DOUBLE END AS cost_per_row,
  row_number() OVER (ORDER BY total_cost, threshold DESC) = 1 AS best
FROM costed ORDER BY threshold DESC`;
}
