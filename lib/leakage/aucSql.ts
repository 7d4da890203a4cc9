import {ident, sql, type SqlFragment} from "../sql/index.js";

/** Where {@link aucSql} reads scores and labels. */
export interface AucSqlInput {
  readonly table: string;
  /** The score column (higher = more likely positive). */
  readonly score: string;
  /** The label column: boolean or 0/1. */
  readonly label: string;
}

/**
 * The AUC in DuckDB SQL, the twin of `auc`: group rows by score, count positives and
 * negatives per score, and give each positive credit for every negative scored lower
 * plus one half for each tie. One row: auc, positives, negatives. Null scores are left out.
 *
 * @example aucSql({table: "scored", score: "p", label: "y"}).text.startsWith("WITH") // => true
 */
export function aucSql({table, score, label}: AucSqlInput): SqlFragment {
  const s = ident(score);
  const y = ident(label);
  return sql`WITH by_score AS (
  SELECT ${s} AS score, count(*) FILTER (WHERE ${y}::INTEGER = 1) AS pos, count(*) FILTER (WHERE ${y}::INTEGER = 0) AS neg
  FROM ${ident(table)} WHERE ${s} IS NOT NULL AND NOT isnan(${s}) GROUP BY ${s}
), ranked AS (
  SELECT pos, neg, coalesce(sum(neg) OVER (ORDER BY score ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS neg_below
  FROM by_score
)
SELECT sum(pos * neg_below + 0.5 * pos * neg) / (sum(pos) * sum(neg)) AS auc, sum(pos)::BIGINT AS positives, sum(neg)::BIGINT AS negatives
FROM ranked`;
}
