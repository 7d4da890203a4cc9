import {ident, sql, type SqlFragment} from "../sql/index.js";
import type {EventTimeOptions} from "./columns.js";
import {lagSecondsSql} from "./lagSeconds.js";

/** Log-spaced bins: bin k holds lags in [min·10^(k/perDecade), min·10^((k+1)/perDecade)) seconds. */
export interface LogBins {
  /** The lower edge of bin 0, in seconds (> 0). Lags below it, zero and negative ones included, fall in bin −1. */
  min: number;
  /** Bins per factor of ten (a positive integer). */
  perDecade: number;
}

/** How many lags fell in one log-spaced bin. */
export interface LagBin {
  bin: number;
  count: number;
}

/**
 * Histogram of the ingestion lag `created − event` on log-spaced bins: `bin` (INTEGER,
 * −1 for lags under `min`) and `count` (INTEGER), ascending, non-empty bins only. Rows
 * with a null timestamp are left out. `logBinBounds` gives each bin's edges.
 *
 * @example lagHistogramSql({table: "t", min: 0.1, perDecade: 4}).params // => [0.1, 0.1, 4]
 */
export function lagHistogramSql({table, min, perDecade, event = "event_timestamp", created = "created_timestamp"}: EventTimeOptions & LogBins): SqlFragment {
  checkBins("lagHistogramSql", {min, perDecade});
  return sql`with lags as (
  select ${lagSecondsSql(event, created)} as lag from ${ident(table)}
)
select case when lag < ${min} then -1 else floor(log10(lag / ${min}) * ${perDecade})::INTEGER end as bin, count(*)::INTEGER as count
from lags
where lag is not null
group by bin
order by bin`;
}

/**
 * The reference for `lagHistogramSql`: bins lags in seconds (nulls and NaN skipped).
 *
 * @example lagHistogram([0, 0.5, 1, 30, null], {min: 1, perDecade: 1}) // => [{bin: -1, count: 2}, {bin: 0, count: 1}, {bin: 1, count: 1}]
 */
export function lagHistogram(lags: ArrayLike<number | null>, {min, perDecade}: LogBins): LagBin[] {
  checkBins("lagHistogram", {min, perDecade});
  const counts = new Map<number, number>();
  for (let i = 0; i < lags.length; i++) {
    const lag = lags[i];
    if (lag == null || Number.isNaN(lag)) continue;
    const bin = lag < min ? -1 : Math.floor(Math.log10(lag / min) * perDecade);
    counts.set(bin, (counts.get(bin) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => a[0] - b[0]).map(([bin, count]) => ({bin, count}));
}

/**
 * The edges of log-spaced bin `bin` in seconds; bin −1 is open below (lo null).
 *
 * @example logBinBounds(2, {min: 1, perDecade: 1}) // => {lo: 100, hi: 1000}
 */
export function logBinBounds(bin: number, {min, perDecade}: LogBins): {lo: number | null; hi: number} {
  checkBins("logBinBounds", {min, perDecade});
  if (!Number.isInteger(bin) || bin < -1) throw new RangeError(`logBinBounds requires an integer bin ≥ −1, got ${bin}`);
  const edge = (k: number) => min * 10 ** (k / perDecade);
  return {lo: bin === -1 ? null : edge(bin), hi: edge(bin + 1)};
}

function checkBins(name: string, {min, perDecade}: LogBins): void {
  if (!(min > 0) || !Number.isFinite(min)) throw new RangeError(`${name} requires a finite min > 0, got ${min}`);
  if (!Number.isInteger(perDecade) || perDecade < 1) throw new RangeError(`${name} requires a positive integer perDecade, got ${perDecade}`);
}
