import {ident, sql, type SqlFragment} from "../sql/index.js";

/**
 * The SQL twin of {@link pairedComparison}'s statistics, over two columns of `table`
 * paired by row: one row with `n` (rows where both are numbers), `dropped` (a null or NaN
 * in either), `baseline_mean`, `candidate_mean`, `mean_delta`, `sd_delta` (stddev_samp,
 * ddof 1), `se` = sd_delta/√n and `t` = mean_delta/se, all DOUBLE. The interval and the
 * p-value need Student's t, which DuckDB lacks: {@link comparisonFromStatistics} finishes
 * them from this row, equal to the TypeScript reference to ~1e-15 relative.
 *
 * @example pairedStatisticsSql("pairs", "baseline", "candidate").text.startsWith("select n, dropped, baseline_mean") // => true
 */
export function pairedStatisticsSql(table: string, baseline: string, candidate: string): SqlFragment {
  return sql`select n, dropped, baseline_mean, candidate_mean, mean_delta, sd_delta,
  sd_delta / sqrt(n) as se,
  mean_delta / (sd_delta / sqrt(n)) as t
from (
  select count(*) filter (where ok)::DOUBLE as n,
    count(*) filter (where not ok)::DOUBLE as dropped,
    avg(b) filter (where ok) as baseline_mean,
    avg(c) filter (where ok) as candidate_mean,
    avg(c - b) filter (where ok) as mean_delta,
    stddev_samp(c - b) filter (where ok) as sd_delta
  from (
    select ${ident(baseline)}::DOUBLE as b, ${ident(candidate)}::DOUBLE as c,
      coalesce(not isnan(${ident(baseline)}::DOUBLE) and not isnan(${ident(candidate)}::DOUBLE), false) as ok
    from ${ident(table)}
  )
)`;
}
