import {ident, sql, type SqlFragment} from "../sql/index.js";

/** How many requests met a latency SLO. */
export interface SloCompliance {
  /** Requests at or under the threshold. */
  good: number;
  /** Requests with a latency (nulls and NaN left out). */
  total: number;
  /** good / total; null when there are none. */
  share: number | null;
}

/**
 * The share of requests at or under `thresholdMs` (an SLO such as "99% of requests
 * within 25 ms" is met when `share` ≥ 0.99). NaN latencies (nulls) are not counted.
 *
 * @example sloCompliance([3, 10, 30, 8], 10) // => {good: 3, total: 4, share: 0.75}
 */
export function sloCompliance(latencies: ArrayLike<number>, thresholdMs: number): SloCompliance {
  checkThreshold("sloCompliance", thresholdMs);
  let good = 0, total = 0;
  for (let i = 0; i < latencies.length; i++) {
    const ms = latencies[i]!;
    if (ms !== ms) continue;
    total++;
    if (ms <= thresholdMs) good++;
  }
  return {good, total, share: total === 0 ? null : good / total};
}

/**
 * The SQL twin of {@link sloCompliance} over one row per request: `good`, `total`
 * (INTEGER) and `share` (DOUBLE, null without requests).
 *
 * @example sloComplianceSql("requests", 25).params // => [25]
 */
export function sloComplianceSql(table: string, thresholdMs: number, latency = "latency_ms"): SqlFragment {
  checkThreshold("sloComplianceSql", thresholdMs);
  return sql`select good, total, good / nullif(total, 0) as share
from (select coalesce(count_if(${ident(latency)} <= ${thresholdMs}), 0)::INTEGER as good, count(${ident(latency)})::INTEGER as total from ${ident(table)} where not isnan(${ident(latency)}))`;
}

/** Throws unless `thresholdMs` is a non-negative number. */
export function checkThreshold(name: string, thresholdMs: number): void {
  if (!(thresholdMs >= 0)) throw new RangeError(`${name} requires thresholdMs >= 0, got ${thresholdMs}`);
}
