import {ident, join, sql, type SqlFragment} from "../sql/index.js";
import type {EventTimeOptions} from "./columns.js";
import {lagSecondsSql} from "./lagSeconds.js";
import {quantileSorted} from "./quantileSorted.js";

/** The q-quantile of the lag, in seconds (null when no row has both timestamps). */
export interface LagQuantile {
  q: number;
  value: number | null;
}

/**
 * Quantiles of the ingestion lag `created − event` in seconds, one row per q in the
 * order given: `q`, `value` (DOUBLE), by `quantile_cont` (Hyndman–Fan type 7).
 *
 * @example lagQuantilesSql({table: "t", q: [0.5, 0.99]}).params // => [0.5, 0.99, 0.5, 0.99]
 */
export function lagQuantilesSql({table, q, event = "event_timestamp", created = "created_timestamp"}: EventTimeOptions & {q: readonly number[]}): SqlFragment {
  checkQ("lagQuantilesSql", q);
  return sql`select unnest([${join(q)}]::DOUBLE[]) as q, unnest(quantile_cont(lag, [${join(q)}]::DOUBLE[])) as value
from (select ${lagSecondsSql(event, created)} as lag from ${ident(table)})`;
}

/**
 * The reference for `lagQuantilesSql` over lags in seconds (nulls and NaN skipped).
 *
 * @example lagQuantiles([4, 1, null, 3, 2], [0.5]) // => [{q: 0.5, value: 2.5}]
 */
export function lagQuantiles(lags: ArrayLike<number | null>, q: readonly number[]): LagQuantile[] {
  checkQ("lagQuantiles", q);
  const sorted = Float64Array.from(Array.from(lags).filter((lag): lag is number => lag != null && !Number.isNaN(lag))).sort();
  return q.map((p) => ({q: p, value: quantileSorted(sorted, p)}));
}

function checkQ(name: string, q: readonly number[]): void {
  if (q.length === 0) throw new RangeError(`${name} requires at least one quantile, got none`);
  for (const p of q) if (!(p >= 0 && p <= 1)) throw new RangeError(`${name} requires quantiles in [0, 1], got ${p}`);
}
