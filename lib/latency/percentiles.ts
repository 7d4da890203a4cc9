import {quantileSorted} from "../profile/quantileSorted.js";
import {ident, join, raw, sql, type SqlFragment} from "../sql/index.js";
import {quickselect} from "./quickselect.js";

/**
 * Type-7 quantiles (linear interpolation between the order statistics at (n − 1)·q:
 * numpy's default, DuckDB's `quantile_cont`) of `values`, one per q in the order given,
 * by selection rather than a full sort: each q needs its two neighbouring order
 * statistics, found with `quickselect` on a copy (the input is left as it was).
 * Null for every q when there are no values. NaN and ±Infinity are misuse (throw): leave
 * missing values out first (numpy gives NaN for every q next to an infinity).
 *
 * @example percentiles([4, 1, 3, 2], [0, 0.5, 0.95, 1]) // => [1, 2.5, 3.8499999999999996, 4]
 */
export function percentiles(values: ArrayLike<number>, qs: readonly number[]): (number | null)[] {
  checkQs("percentiles", qs);
  const n = values.length;
  if (n === 0) return qs.map(() => null);
  const a = values instanceof Float64Array ? values.slice() : Float64Array.from(values);
  for (let i = 0; i < n; i++) if (!Number.isFinite(a[i])) throw new RangeError(`percentiles requires finite values, got ${a[i]} at index ${i}`);
  placeOrderStatistics(a, qs.map((q) => Math.floor((n - 1) * q)));
  // a[lo] and a[lo + 1] now hold the order statistics quantileSorted reads.
  return qs.map((q) => quantileSorted(a, q));
}

/**
 * The exact lower q-quantile of ascending numbers: the order statistic at rank
 * ⌊q·(n − 1)⌋ (0-based), computed in the same floating point as DDSketch's rank, so it is
 * the value a sketch's `getValueAtQuantile(q)` is within its relative accuracy of. Null
 * when there are none.
 *
 * @example lowerQuantile([1, 2, 3, 4], 0.5) // => 2
 */
export function lowerQuantile(sorted: ArrayLike<number>, q: number): number | null {
  checkQs("lowerQuantile", [q]);
  return sorted.length === 0 ? null : sorted[Math.floor(q * (sorted.length - 1))]!;
}

/** Options of {@link percentilesSql}: a time window to group by, besides columns. */
export interface PercentileWindow {
  /** The TIMESTAMP column to bucket. */
  column: string;
  /** Window length in milliseconds (3_600_000 for per hour); windows start at multiples of it since the epoch. */
  ms: number;
}

/**
 * The SQL twin of {@link percentiles}: `quantile_cont` over `column` (as DOUBLE; nulls
 * left out), one row per q in the order given: `q`, `value`. With `groupBy` columns and/or
 * a `window`, one set of rows per group, the group's columns first (`window_start`, a
 * TIMESTAMP, then `groupBy`), ordered by them; a group without values gets null values.
 * Values equal `percentiles`' to a few ulps: DuckDB interpolates as lo·(1 − d) + hi·d.
 *
 * @example percentilesSql("serving_latency", "latency_ms", [0.5, 0.99], ["feature_view"]).params // => [0.5, 0.99, 0.5, 0.99]
 */
export function percentilesSql(table: string, column: string, qs: readonly number[], groupBy: readonly string[] = [], window?: PercentileWindow): SqlFragment {
  checkQs("percentilesSql", qs);
  if (window && !(window.ms > 0)) throw new RangeError(`percentilesSql requires window.ms > 0, got ${window.ms}`);
  const keys = [
    ...(window ? [{name: "window_start", expr: sql`epoch_ms((floor(epoch_ms(${ident(window.column)}) / ${window.ms}) * ${window.ms})::BIGINT)`}] : []),
    ...groupBy.map((g) => ({name: g, expr: ident(g)})),
  ];
  const list = sql`[${join(qs)}]::DOUBLE[]`;
  const inner = sql`select ${join([...keys.map((k) => sql`${k.expr} as ${ident(k.name)}`), sql`quantile_cont(${ident(column)}::DOUBLE, ${list}) as "values"`])}
from ${ident(table)}${keys.length ? sql` group by all` : sql``}`;
  const names = keys.map((k) => ident(k.name));
  return sql`select ${join([...names, sql`q`, sql`value`])}
from (select ${join([...names, sql`unnest(${list}) as q`, sql`unnest("values") as value`, sql`unnest(range(${raw(String(qs.length))})) as i`])} from (${inner}))
order by ${join([...names, sql`i`])}`;
}

/**
 * Puts the order statistics at each rank k and k + 1 (for every k in `ranks`) in place:
 * ascending ranks, each selected in what is left to the right of the previous one.
 */
function placeOrderStatistics(a: Float64Array, ranks: number[]): void {
  const n = a.length;
  let left = 0;
  for (const k of [...new Set(ranks)].sort((x, y) => x - y)) {
    if (k >= left) quickselect(a, k, left, n - 1);
    if (k + 1 < n) placeMinimum(a, k + 1);
    left = k + 2;
  }
}

/** Swaps the smallest of a[from..] into a[from]. */
function placeMinimum(a: Float64Array, from: number): void {
  let m = from;
  for (let i = from + 1; i < a.length; i++) if (a[i]! < a[m]!) m = i;
  const t = a[from]!;
  a[from] = a[m]!;
  a[m] = t;
}

/** Throws unless `qs` is a non-empty list of numbers in [0, 1]. */
export function checkQs(name: string, qs: readonly number[]): void {
  if (qs.length === 0) throw new RangeError(`${name} requires at least one quantile, got none`);
  for (const q of qs) if (!(q >= 0 && q <= 1)) throw new RangeError(`${name} requires quantiles in [0, 1], got ${q}`);
}
