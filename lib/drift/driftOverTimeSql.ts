import {ident, join, sql, type SqlFragment} from "../sql/index.js";
import type {Binning} from "./binAgainst.js";
import {numericBin} from "./binCountsSql.js";
import {sqlDouble} from "./sqlDouble.js";

/** Options of {@link driftOverTimeSql}. */
export interface DriftOverTimeSqlOptions {
  /** The TIMESTAMP column that places a row in a window. */
  time: string;
  /** Window: each UTC day or hour (date_trunc). */
  window: "day" | "hour";
  /** The reference binning of each column, made once. */
  binnings: Record<string, Binning>;
  /** Added to every bin proportion (default 1e-8). */
  eps?: number;
}

/**
 * The SQL twin of driftOverTime: PSI and JS of every column in every window (day or hour)
 * of `table` against ONE reference binning, in one query. The reference counts are bound;
 * each window's bins are the reference's plus, for categories, the ones new in that window
 * (reference count 0); eps is added to every proportion, then both are renormalized over
 * the window's bins. Rows: `window_start` (epoch ms), `column`, `psi`, `js` (null when the
 * window has no values in the column), `n`, `null_share`, ordered by window, then column.
 *
 * @example driftOverTimeSql("days", {time: "at", window: "day", binnings: {x: {kind: "numeric", edges: [1], counts: [2, 2], n: 4, nulls: 0}}}).params.slice(0, 2) // => ["day", "1"]
 */
export function driftOverTimeSql(table: string, options: DriftOverTimeSqlOptions): SqlFragment {
  const {time, window, binnings, eps = 1e-8} = options;
  if (window !== "day" && window !== "hour") throw new RangeError(`driftOverTimeSql requires window "day" or "hour", got ${JSON.stringify(window)}`);
  const entries = Object.entries(binnings);
  if (entries.length === 0) throw new RangeError(`driftOverTimeSql requires at least one binning, got none`);
  const bins = entries.map(([column, b]) => (b.kind === "numeric" ? sql`(${numericBin(sql`${ident(column)}::DOUBLE`, b.edges)})::VARCHAR` : sql`${ident(column)}::VARCHAR`));
  const reference = entries.flatMap(([, b], i) => (b.kind === "numeric" ? b.counts.map((n, k) => sql`(${i}, ${String(k)}, ${n})`) : b.categories.map((c, k) => sql`(${i}, ${c}, ${b.counts[k]!})`)));
  const names = entries.map(([column], i) => sql`(${i}, ${column})`);
  return sql`with src as (
  select epoch_ms(date_trunc(${window}, ${ident(time)})) as window_start, ${join(bins.map((b, i) => sql`${b} as ${ident(`b${i}`)}`))}
  from ${ident(table)} where ${ident(time)} is not null
), windows as (
  select window_start, count(*) as "rows" from src group by window_start
), counts as (
  ${join(entries.map((_, i) => sql`select window_start, ${i} as c, ${ident(`b${i}`)} as bin, count(*) as n from src where ${ident(`b${i}`)} is not null group by all`), "\n  union all ")}
), ref(c, bin, r) as (
  values ${join(reference)}
), names(c, "column") as (
  values ${join(names)}
), grid as (
  select window_start, c, bin from windows cross join ref
  union
  select window_start, c, bin from counts
), tallies as (
  select g.window_start, g.c, coalesce(ref.r, 0) as r, coalesce(counts.n, 0) as n
  from grid g left join ref using (c, bin) left join counts using (window_start, c, bin)
), smoothed as (
  select window_start, c, n, r / sum(r) over w + ${sqlDouble(eps)} as p0, n / sum(n) over w + ${sqlDouble(eps)} as q0, sum(n) over w as total
  from tallies window w as (partition by window_start, c)
), props as (
  select window_start, c, n, total, p0 / sum(p0) over w as p, q0 / sum(q0) over w as q
  from smoothed where total > 0 window w as (partition by window_start, c)
), divergences as (
  select window_start, c,
    sum((q - p) * ln(q / p)) as psi,
    0.5 * sum(case when p > 0 then p * ln(p / ((p + q) / 2)) else 0 end) + 0.5 * sum(case when q > 0 then q * ln(q / ((p + q) / 2)) else 0 end) as js,
    sum(n) as n
  from props group by window_start, c
)
select w.window_start, names."column", d.psi, greatest(0, least(ln(2), d.js)) as js, coalesce(d.n, 0)::BIGINT as n, (w."rows" - coalesce(d.n, 0)) / w."rows" as null_share
from windows w cross join names left join divergences d on d.window_start = w.window_start and d.c = names.c
order by w.window_start, names.c`;
}
