import {ident, join, sql, type SqlFragment} from "../sql/index.js";
import {type EventTimeOptions} from "./columns.js";
import {lagSecondsSql} from "./lagSeconds.js";

/** One histogram bin: lags in [lo, hi) seconds; lo is null for the first bin, hi for the last. */
export interface LagBin {
  bin: number;
  lo: number | null;
  hi: number | null;
  count: number;
}

/**
 * Histogram of the ingestion lag `created − event` in seconds over ascending `edges`:
 * edges.length + 1 bins, the outer ones open, a lag equal to an edge counted in the bin
 * above it. Rows with a null timestamp are left out. Columns: `bin`, `lo`, `hi` (DOUBLE,
 * null when open) and `count` (INTEGER); every bin is listed, empty ones with 0.
 *
 * @example lagHistogramSql({table: "t", edges: [1, 60]}).params // => [0, null, 1, 1, 1, 60, 2, 60, null]
 */
export function lagHistogramSql({table, edges, event = "event_timestamp", created = "created_timestamp"}: EventTimeOptions & {edges: readonly number[]}): SqlFragment {
  checkEdges("lagHistogramSql", edges);
  const bounds = [null, ...edges, null];
  const bins = edges.concat(0).map((_, i) => sql`(${i}, ${bounds[i]!}::DOUBLE, ${bounds[i + 1]!}::DOUBLE)`);
  return sql`with lags as (
  select ${lagSecondsSql(event, created)} as lag from ${ident(table)}
),
bins(bin, lo, hi) as (values ${join(bins)})
select bin::INTEGER as bin, lo, hi, count(lag)::INTEGER as count
from bins left join lags
  on lag >= coalesce(lo, '-infinity'::DOUBLE) and lag < coalesce(hi, 'infinity'::DOUBLE)
group by bin, lo, hi
order by bin`;
}

/**
 * The reference for `lagHistogramSql`: bins lags (seconds; nulls skipped) over `edges`.
 *
 * @example lagHistogram([0.5, 1, 30, 90, null], [1, 60]) // => [{bin: 0, lo: null, hi: 1, count: 1}, {bin: 1, lo: 1, hi: 60, count: 2}, {bin: 2, lo: 60, hi: null, count: 1}]
 */
export function lagHistogram(lags: ArrayLike<number | null>, edges: readonly number[]): LagBin[] {
  checkEdges("lagHistogram", edges);
  const bins: LagBin[] = [null, ...edges].map((lo, i) => ({bin: i, lo, hi: edges[i] ?? null, count: 0}));
  for (let i = 0; i < lags.length; i++) {
    const lag = lags[i];
    if (lag == null || Number.isNaN(lag)) continue;
    let bin = 0;
    while (bin < edges.length && lag >= edges[bin]!) bin++;
    bins[bin]!.count++;
  }
  return bins;
}

function checkEdges(name: string, edges: readonly number[]): void {
  if (edges.length === 0) throw new RangeError(`${name} requires at least one edge, got none`);
  edges.forEach((edge, i) => {
    if (!Number.isFinite(edge) || (i > 0 && !(edge > edges[i - 1]!))) {
      throw new RangeError(`${name} requires finite, strictly ascending edges, got ${edge} at index ${i}`);
    }
  });
}
