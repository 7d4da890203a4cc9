import {ident, join, sql, type SqlFragment} from "../sql/index.js";
import {sqlDouble} from "./sqlDouble.js";

/**
 * The SQL twin of the reference edges: `quantile_cont` of every numeric column at k/bins,
 * k = 1..bins − 1, in one query over `table` (one row, one DOUBLE[] per column, named after
 * it); nulls, NaN and ±Infinity left out. Remove duplicate edges as numericBinning does.
 * DuckDB interpolates as lo·(1 − d) + hi·d, which can land an ulp away from numpy's (and
 * quantileSorted's) lo + d·(hi − lo), even between two equal order statistics: driftReportSql
 * takes the order statistics themselves ({@link orderStatisticsSql}) to bin exactly as the
 * TypeScript path does.
 *
 * @example referenceEdgesSql("drift_reference", ["amount"], 4).text
 * // => 'select quantile_cont("amount"::DOUBLE, [?, ?, ?]) filter (where isfinite("amount"::DOUBLE)) as "amount"\nfrom "drift_reference"'
 */
export function referenceEdgesSql(table: string, columns: readonly string[], bins: number): SqlFragment {
  if (!Number.isInteger(bins) || bins < 2) throw new RangeError(`referenceEdgesSql requires an integer number of bins ≥ 2, got ${bins}`);
  if (columns.length === 0) throw new RangeError(`referenceEdgesSql requires at least one column, got none`);
  const qs = sql`[${join(Array.from({length: bins - 1}, (_, k) => sqlDouble((k + 1) / bins)))}]`;
  return sql`select ${join(columns.map((c) => sql`quantile_cont(${ident(c)}::DOUBLE, ${qs}) filter (where isfinite(${ident(c)}::DOUBLE)) as ${ident(c)}`))}
from ${ident(table)}`;
}

/**
 * Order statistics of numeric columns in one query: for each column, the values at the given
 * 0-based ranks among its `n` finite values (ascending), as one DOUBLE[] named after the
 * column. `quantile_disc` returns the value at rank ⌈n·q⌉ − 1, so q = (rank + ½)/n picks
 * each rank exactly.
 *
 * @example orderStatisticsSql("t", {x: {n: 10, ranks: [0, 9]}}).params // => ["0.05", "0.95"]
 */
export function orderStatisticsSql(table: string, ranks: Record<string, {n: number; ranks: readonly number[]}>): SqlFragment {
  const items = Object.entries(ranks).map(([c, {n, ranks: r}]) => {
    if (r.length === 0 || r.some((k) => !Number.isInteger(k) || k < 0 || k >= n)) throw new RangeError(`orderStatisticsSql requires ranks in [0, ${n}) for column ${JSON.stringify(c)}, got ${r.join(", ")}`);
    return sql`quantile_disc(${ident(c)}::DOUBLE, [${join(r.map((k) => sqlDouble((k + 0.5) / n)))}]) filter (where isfinite(${ident(c)}::DOUBLE)) as ${ident(c)}`;
  });
  if (items.length === 0) throw new RangeError(`orderStatisticsSql requires at least one column, got none`);
  return sql`select ${join(items)}
from ${ident(table)}`;
}
