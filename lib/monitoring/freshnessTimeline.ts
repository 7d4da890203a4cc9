import type {Table} from "apache-arrow";
import {ident, sql, type SqlFragment} from "../sql/index.js";
import {checkWindow, DAY_MS, daySql, daysSql, type DayWindow} from "./dailyPartitions.js";

/** Freshness at the end of one day: what had arrived by then, and how old it was. */
export interface FreshnessDay {
  day: number;
  /** The day's end (epoch ms), the instant freshness is judged at. */
  end_ms: number;
  /** Rows that arrived during the day. */
  rows: number;
  /** The newest event time, and the newest arrival, among rows arrived by the day's end; null before any. */
  newest_event_ms: number | null;
  newest_arrival_ms: number | null;
  /** end_ms − newest_event_ms: how old the newest known fact is (the contract's freshness). */
  event_age_ms: number | null;
  /** end_ms − newest_arrival_ms: how long since the pipeline last delivered anything. */
  arrival_age_ms: number | null;
}

export interface FreshnessTimelineOptions extends DayWindow {
  /** Event time column; default event_timestamp. */
  event?: string;
  /** Arrival time column; default created_timestamp. */
  arrival?: string;
}

/**
 * Freshness at each day's end: among rows that arrived before it, the newest event and
 * the newest arrival, and their ages. Days run from `start`; rows arriving outside the
 * window are left out.
 *
 * @example freshnessTimeline(tableFromArrays({event_timestamp: [0], created_timestamp: [3600000]}), {start: 0, days: 1})[0].event_age_ms // => 86400000
 */
export function freshnessTimeline(table: Table, options: FreshnessTimelineOptions): FreshnessDay[] {
  checkWindow("freshnessTimeline", options);
  const {start, days, event = "event_timestamp", arrival = "created_timestamp"} = options;
  const events = column(table, event), arrivals = column(table, arrival);
  const newestEvent = new Float64Array(days).fill(-Infinity), newestArrival = new Float64Array(days).fill(-Infinity);
  const rows = new Int32Array(days);
  for (let i = 0; i < table.numRows; i++) {
    const a = arrivals.get(i) as number | null;
    if (a === null) continue;
    const d = Math.floor((a - start) / DAY_MS);
    if (d < 0 || d >= days) continue;
    rows[d]!++;
    const e = events.get(i) as number | null;
    if (e !== null && e > newestEvent[d]!) newestEvent[d] = e;
    if (a > newestArrival[d]!) newestArrival[d] = a;
  }
  let event_ms = -Infinity, arrival_ms = -Infinity;
  return Array.from({length: days}, (_, day) => {
    event_ms = Math.max(event_ms, newestEvent[day]!);
    arrival_ms = Math.max(arrival_ms, newestArrival[day]!);
    const end_ms = start + (day + 1) * DAY_MS;
    const e = Number.isFinite(event_ms) ? event_ms : null, a = Number.isFinite(arrival_ms) ? arrival_ms : null;
    return {day, end_ms, rows: rows[day]!, newest_event_ms: e, newest_arrival_ms: a, event_age_ms: e === null ? null : end_ms - e, arrival_age_ms: a === null ? null : end_ms - a};
  });
}

/**
 * The SQL twin of freshnessTimeline: one grouped scan by arrival day, then a running
 * maximum over the days (a row arrived by a day's end arrived on that day or before).
 * Columns as FreshnessDay; times as BIGINT epoch ms.
 *
 * @example freshnessTimelineSql("t", {start: 0, days: 90}).params // => [new Date(0), new Date(0)]
 */
export function freshnessTimelineSql(table: string, options: FreshnessTimelineOptions): SqlFragment {
  checkWindow("freshnessTimelineSql", options);
  const {start, days, event = "event_timestamp", arrival = "created_timestamp"} = options;
  return sql`WITH "days" AS (${daysSql(days)}),
"per_day" AS (
  SELECT ${daySql(arrival, start)} AS "day", count(*) AS "rows",
         max(epoch_ms(${ident(event)})) AS "newest_event", max(epoch_ms(${ident(arrival)})) AS "newest_arrival"
  FROM ${ident(table)} WHERE ${ident(arrival)} IS NOT NULL GROUP BY ALL
),
"running" AS (
  SELECT "day", epoch_ms(${new Date(start)}) + ("day" + 1) * CAST(86400000 AS BIGINT) AS "end_ms", CAST(coalesce("rows", 0) AS INTEGER) AS "rows",
         max("newest_event") OVER (ORDER BY "day" ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS "newest_event_ms",
         max("newest_arrival") OVER (ORDER BY "day" ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS "newest_arrival_ms"
  FROM "days" LEFT JOIN "per_day" USING ("day")
)
SELECT "day", "end_ms", "rows", "newest_event_ms", "newest_arrival_ms",
       "end_ms" - "newest_event_ms" AS "event_age_ms", "end_ms" - "newest_arrival_ms" AS "arrival_age_ms"
FROM "running" ORDER BY "day"`;
}

function column(table: Table, name: string) {
  const vector = table.getChild(name);
  if (!vector) throw new Error(`freshnessTimeline requires a column ${JSON.stringify(name)}, got ${table.schema.fields.map((f) => f.name).join(", ")}`);
  return vector;
}
