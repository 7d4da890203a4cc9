import type {Table} from "apache-arrow";
import {compileChecks, referenceCounts, type CheckSpec, type Column, type PlainColumns} from "../contracts/index.js";
import {duckdbType, ident, join, raw, sql, tableColumns, type SqlFragment} from "../sql/index.js";
import {checkWindow, dailyPartitions, daySql, daysSql, type DayWindow} from "./dailyPartitions.js";

/** One rule on one day's partition: how many rows break it (duplicates: extra rows). */
export interface ContractCount {
  day: number;
  /** Rows in the day's partition. */
  rows: number;
  check_id: string;
  unexpected: number;
}

export interface ContractTimelineOptions extends DayWindow {
  /** The column whose day makes the partition; default created_timestamp (a load date). */
  arrival?: string;
}

/**
 * The checks counted per day: row-level rules and duplicates (presence, row count and
 * freshness are judged apart).
 *
 * @example countedChecks(contractChecks(transactionsContract)).length // => 27 (of its 38 checks)
 */
export function countedChecks(specs: readonly CheckSpec[]): CheckSpec[] {
  return specs.filter((s) => s.measure.kind === "rows" || s.measure.kind === "duplicates");
}

/**
 * The contract run per daily partition in ONE grouped scan (plus one per duplicate rule):
 * for each day 0 … days − 1 (empty days included) and each row-level or duplicate check,
 * the rows of the day and how many break the check, ordered by day then by the checks'
 * order. The predicates are lib/contracts' own (compileChecks), so a day counts what
 * `runContract` would count on that day's rows alone. Columns: day, rows, check_id, unexpected (INTEGER).
 *
 * @example contractTimelineSql([], "t", [], {start: 0, days: 2}).text.startsWith("WITH") // => true
 */
export function contractTimelineSql(specs: readonly CheckSpec[], table: string, columns: readonly Column[], options: ContractTimelineOptions): SqlFragment {
  checkWindow("contractTimelineSql", options);
  const {start, days, arrival = "created_timestamp"} = options;
  // A type check compiles to `false` when every value fits the column's type: it cannot fail, so it is left out.
  const compiled = compileChecks(countedChecks(specs), table, columns).checks.filter((c) => !c.problem && c.predicate?.text !== "false");
  const day = daySql(arrival, start);
  const counts: SqlFragment[] = [];
  const duplicates: SqlFragment[] = [];
  const listed: SqlFragment[] = [];
  compiled.forEach((check, i) => {
    const m = check.spec.measure;
    if (check.predicate) {
      counts.push(sql`count_if(${check.predicate}) AS ${ident(`c${i}`)}`);
      listed.push(sql`coalesce(${ident("r", `c${i}`)}, 0)`);
    } else if (m.kind === "duplicates") {
      const keys = m.keys.map((k) => ident(k));
      const notNull = join(keys, " IS NOT NULL AND ");
      duplicates.push(sql`${ident(`d${i}`)} AS (SELECT "day", sum("occurrences") - count(*) AS "extra" FROM (SELECT ${day} AS "day", ${join(keys)}, count(*) AS "occurrences" FROM ${ident(table)} WHERE ${notNull} IS NOT NULL GROUP BY ALL HAVING count(*) > 1) GROUP BY "day")`);
      listed.push(sql`coalesce(${ident(`d${i}`, "extra")}, 0)`);
    }
  });
  const joins = compiled.flatMap((c, i) => (c.predicate || c.spec.measure.kind !== "duplicates" ? [] : [sql`LEFT JOIN ${ident(`d${i}`)} USING ("day")`]));
  const ids = compiled.map((c) => c.spec.id);
  const order = compiled.map((_, i) => raw(String(i)));
  const withs = join([sql`"days" AS (${daysSql(days)})`, sql`"per_day" AS (SELECT ${day} AS "day", ${join([raw(`count(*) AS "rows"`), ...counts])} FROM ${ident(table)} GROUP BY ALL)`, ...duplicates], ",\n");
  const perCheck = ids.length
    ? sql`, unnest([${join(ids)}]) AS "check_id", unnest(CAST([${join(listed)}] AS INTEGER[])) AS "unexpected", unnest([${join(order)}]) AS "k"`
    : sql`, CAST(NULL AS VARCHAR) AS "check_id", CAST(NULL AS INTEGER) AS "unexpected", 0 AS "k"`;
  return sql`WITH ${withs}
SELECT "day", "rows", "check_id", "unexpected" FROM (
  SELECT "days"."day", CAST(coalesce("r"."rows", 0) AS INTEGER) AS "rows"${perCheck}
  FROM "days" LEFT JOIN "per_day" AS "r" USING ("day") ${join(joins, " ")}
) WHERE "check_id" IS NOT NULL ORDER BY "day", "k"`;
}

/**
 * The reference for contractTimelineSql with plain loops (lib/contracts' referenceCounts
 * on each day's rows): the same rows, for the checks referenceCounts counts (not
 * expression rules, nor type conformance where every value fits the column's type).
 *
 * @example contractTimeline(transactionSpecs, worldTransactions, {start, days: 90}).length // => 1530 (90 days × 17 rules, the small world and its contract)
 */
export function contractTimeline(specs: readonly CheckSpec[], table: Table, options: ContractTimelineOptions): ContractCount[] {
  checkWindow("contractTimeline", options);
  const {arrival = "created_timestamp"} = options;
  const all = tableColumns(table);
  const times = all[arrival];
  if (!times) throw new Error(`contractTimeline requires the arrival column ${JSON.stringify(arrival)} in the table, got ${Object.keys(all).join(", ")}`);
  const types = Object.fromEntries(table.schema.fields.map((f) => [f.name, duckdbType(f.type)]));
  const checks = countedChecks(specs).filter((s) => [s.property, ...(s.measure.kind === "duplicates" ? s.measure.keys : [])].every((n) => n === null || n in all));
  const out: ContractCount[] = [];
  dailyPartitions(times as (number | null)[], options).forEach((rows, day) => {
    const columns: PlainColumns = Object.fromEntries(Object.entries(all).map(([name, values]) => [name, Array.from(rows, (i) => values[i])]));
    const counts = referenceCounts(checks, columns, types);
    for (const check of checks) {
      const n = counts.get(check.id);
      if (n !== undefined) out.push({day, rows: rows.length, check_id: check.id, unexpected: n});
    }
  });
  return out;
}
