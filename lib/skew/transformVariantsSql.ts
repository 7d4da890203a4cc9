import {ident, raw, sql, type SqlFragment} from "../sql/index.js";
import {checkTransform, type ClosedSide, type TransformVariant, type WindowFeature} from "./transformVariants.js";

/** Column names of the events table a variant's SELECT reads (lib/skew's transformEventsTable writes these). */
export interface TransformColumns {
  id: string;
  key: string;
  time: string;
  value: string;
}

const defaultColumns: TransformColumns = {id: "txn_id", key: "customer_id", time: "event_timestamp", value: "amount"};

/**
 * The SQL twin of {@link transformVariant}: one DuckDB SELECT of (id, key, time, feature),
 * ordered by id, the feature a window function over `RANGE BETWEEN … PRECEDING AND …` on
 * the TIMESTAMP. DuckDB's RANGE frame is closed at both ends, so an open end steps one
 * microsecond in (the TIMESTAMP grid): (t − w, t] is `(w − 1 µs) PRECEDING AND CURRENT
 * ROW`, [t − w, t) is `w PRECEDING AND 1 µs PRECEDING`. Nulls:
 * `skip` is plain SUM/COUNT(x)/AVG, `sum-zero` wraps the sum in coalesce(…, 0),
 * `fill-zero` sums coalesce(x, 0) and counts COUNT(*). float32 casts the value and the
 * result to FLOAT (the feature is then read back as DOUBLE). Calendar days order by the
 * DATE in UTC+h with a RANGE of whole days. Same results as the
 * TypeScript variant: counts exactly, sums and means within rounding (DuckDB adds a
 * window's values in its own order).
 *
 * @example transformVariantSql("events", referenceVariant, {windowMs: 604_800_000, agg: "count"}).text.includes("RANGE BETWEEN (INTERVAL '7 days' - INTERVAL '1 microsecond') PRECEDING\n    AND CURRENT ROW") // => true
 */
export function transformVariantSql(table: string, variant: TransformVariant, feature: WindowFeature, columns: TransformColumns = defaultColumns): SqlFragment {
  checkTransform("transformVariantSql", {id: new Int32Array(0), key: new Int32Array(0), time: new Float64Array(0), value: new Float64Array(0)}, variant, feature);
  const c = {id: ident(columns.id), key: ident(columns.key), time: ident(columns.time), value: ident(columns.value)};
  const f32 = variant.float === "float32";
  const read = variant.nulls === "fill-zero" ? sql`coalesce(${c.value}, 0)` : c.value;
  const x = f32 ? sql`${read}::FLOAT` : read;
  const agg = feature.agg === "count"
    ? variant.nulls === "fill-zero" ? sql`count(*) OVER w` : sql`count(${x}) OVER w`
    : feature.agg === "mean" ? sql`avg(${x}) OVER w`
    : variant.nulls === "sum-zero" ? sql`coalesce(sum(${x}) OVER w, 0)` : sql`sum(${x}) OVER w`;
  const stored = f32 ? sql`(${agg})::FLOAT::DOUBLE` : sql`(${agg})::DOUBLE`;
  // Calendar days: order by the date in UTC+h, a RANGE of whole days ending with the event's date (its peers, the rest of that day, included)
  const h = variant.calendar?.offsetHours ?? 0;
  const order = variant.calendar ? sql`(${c.time}::TIMESTAMP${raw(h === 0 ? "" : ` + INTERVAL '${h} hours'`)})::DATE` : sql`${c.time}::TIMESTAMP`;
  const frame = variant.calendar ? `RANGE BETWEEN INTERVAL '${feature.windowMs / 86_400_000 - 1} days' PRECEDING\n    AND CURRENT ROW` : frameSql(variant.closed, feature.windowMs).replace(" AND ", "\n    AND ");
  return sql`SELECT ${c.id}, ${c.key}, ${c.time},
  ${stored} AS feature
FROM ${ident(table)}
WINDOW w AS (
  PARTITION BY ${c.key}
  ORDER BY ${order}
  ${raw(frame)}
)
ORDER BY ${c.id}`;
}

/**
 * The RANGE frame of a closed side and a window length in ms, over a TIMESTAMP (µs grid).
 *
 * @example frameSql("left", 604_800_000) // => "RANGE BETWEEN INTERVAL '7 days' PRECEDING AND INTERVAL '1 microsecond' PRECEDING"
 * @example frameSql("right", 5_400_000) // => "RANGE BETWEEN (INTERVAL '90 minutes' - INTERVAL '1 microsecond') PRECEDING AND CURRENT ROW"
 */
export function frameSql(closed: ClosedSide, windowMs: number): string {
  const w = intervalSql(windowMs), step = "INTERVAL '1 microsecond'";
  const from = closed === "left" || closed === "both" ? w : `(${w} - ${step})`;
  const to = closed === "right" || closed === "both" ? "CURRENT ROW" : `${step} PRECEDING`;
  return `RANGE BETWEEN ${from} PRECEDING AND ${to}`;
}

/** A window length as an INTERVAL literal in the largest whole unit (days, hours, minutes, seconds, else milliseconds). */
function intervalSql(ms: number): string {
  for (const [unit, size] of [["days", 86_400_000], ["hours", 3_600_000], ["minutes", 60_000], ["seconds", 1000]] as const) if (ms % size === 0) return `INTERVAL '${ms / size} ${unit}'`;
  return `INTERVAL '${ms} milliseconds'`;
}
