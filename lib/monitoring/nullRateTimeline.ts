import type {Table} from "apache-arrow";
import {ident, join, raw, sql, type SqlFragment} from "../sql/index.js";
import {checkWindow, dailyPartitions, daySql, daysSql, type DayWindow} from "./dailyPartitions.js";

/** Missing values of one column in one day's partition. */
export interface NullRateDay {
  day: number;
  column: string;
  rows: number;
  nulls: number;
}

export interface NullRateTimelineOptions extends DayWindow {
  /** The columns to count; every column of the table by default (TS) — the SQL needs them listed. */
  columns: readonly string[];
  /** The column whose day makes the partition; default created_timestamp. */
  arrival?: string;
}

/**
 * Null counts per column per day (partitioned by arrival day), days 0 … days − 1 with
 * empty days included, ordered by day then column as listed. NaN is a value, not a null
 * (as lib/profile's nullRates).
 *
 * @example nullRateTimeline(tableFromArrays({a: [1, null], created_timestamp: [0, 1]}), {start: 0, days: 1, columns: ["a"]}) // => [{day: 0, column: "a", rows: 2, nulls: 1}]
 */
export function nullRateTimeline(table: Table, options: NullRateTimelineOptions): NullRateDay[] {
  checkWindow("nullRateTimeline", options);
  const {columns, arrival = "created_timestamp"} = options;
  const vector = (name: string) => {
    const v = table.getChild(name);
    if (!v) throw new Error(`nullRateTimeline requires a column ${JSON.stringify(name)}, got ${table.schema.fields.map((f) => f.name).join(", ")}`);
    return v;
  };
  const times = vector(arrival);
  const vectors = columns.map(vector);
  const out: NullRateDay[] = [];
  dailyPartitions(Array.from({length: table.numRows}, (_, i) => times.get(i) as number | null), options).forEach((rows, day) => {
    columns.forEach((column, c) => {
      let nulls = 0;
      for (const i of rows) if (vectors[c]!.get(i) === null) nulls++;
      out.push({day, column, rows: rows.length, nulls});
    });
  });
  return out;
}

/**
 * The SQL twin of nullRateTimeline: one grouped scan, a list of null counts per day,
 * unnested to one row per column. Columns: day, column, rows, nulls (INTEGER).
 *
 * @example nullRateTimelineSql("t", {start: 0, days: 90, columns: ["amount"]}).params // => [new Date(0), "amount"]
 */
export function nullRateTimelineSql(table: string, options: NullRateTimelineOptions): SqlFragment {
  checkWindow("nullRateTimelineSql", options);
  const {start, days, columns, arrival = "created_timestamp"} = options;
  if (columns.length === 0) throw new Error(`nullRateTimelineSql requires at least one column of ${table}, got none`);
  const missing = columns.map((c) => sql`count(*) - count(${ident(c)})`);
  const zeros = columns.map(() => sql`0`);
  return sql`WITH "days" AS (${daysSql(days)}),
"per_day" AS (
  SELECT ${daySql(arrival, start)} AS "day", count(*) AS "rows", CAST([${join(missing)}] AS INTEGER[]) AS "nulls"
  FROM ${ident(table)} GROUP BY ALL
)
SELECT "day", "column", "rows", "nulls" FROM (
  SELECT "day", CAST(coalesce("rows", 0) AS INTEGER) AS "rows",
         unnest([${join(columns)}]) AS "column", unnest(coalesce("nulls", CAST([${join(zeros)}] AS INTEGER[]))) AS "nulls",
         unnest(range(${raw(String(columns.length))})) AS "k"
  FROM "days" LEFT JOIN "per_day" USING ("day")
) ORDER BY "day", "k"`;
}
