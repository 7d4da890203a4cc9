import {columnKind} from "../drift/columnKind.js";
import {ident, sql, type SqlEngine, type SqlFragment} from "../sql/index.js";
import {checkTolerance} from "./isClose.js";
import type {ServedStaleness, ServedStalenessOptions} from "./servedStaleness.js";
import {comparisonSql} from "./skewReportSql.js";

/** A feature's staleness without the per-row values: what {@link servedStalenessSql} returns and the dashboard reads. */
export type StalenessSummary = Omit<ServedStaleness, "outdated_ms">;

/**
 * {@link servedStaleness} in DuckDB over two tables (the served log and the view's
 * history), the same counts and largest superseded time: per column one query that
 * numbers each entity's versions by event time (ties in insertion order: `history` must
 * be a table, which has a rowid), joins every served row to the versions at or before
 * its request (the history aliased "t", the served row "s", equal as the skew report's
 * `comparisonSql`), keeps the newest version it served and the one after it.
 *
 * @example (await servedStalenessSql(engine, "served_features", "customer_profile", {entity: "customer_id", time: "request_time", columns: ["credit_limit"]}))[0].outdated // => 18, with servedFeatures' 2,000 requests with {stalenessHours: 72} on the training-serving skew page's world (seed 7, 300 customers) loaded
 */
export async function servedStalenessSql(engine: SqlEngine, served: string, history: string, options: ServedStalenessOptions): Promise<StalenessSummary[]> {
  const {entity, time, eventTime = "event_timestamp", columns, rtol = 1e-6, atol = 1e-9} = options;
  checkTolerance("servedStalenessSql", rtol, atol);
  const schema = (await engine.query(sql`select * from ${ident(served)} limit 0`)).schema;
  const out: StalenessSummary[] = [];
  for (const column of columns) {
    const field = schema.fields.find((f) => f.name === column);
    if (!field) throw new RangeError(`servedStalenessSql requires a column ${JSON.stringify(column)} in the served table, got ${schema.fields.map((f) => f.name).join(", ")}`);
    const kind = columnKind(field.type) ?? "categorical";
    const row = (await engine.query(servedStalenessQuery(served, history, {entity, time, eventTime, column, kind, rtol, atol}))).get(0)!.toJSON();
    const count = (name: string) => Number(row[name] ?? 0);
    out.push({column, served: count("served"), current: count("current"), outdated: count("outdated"), unmatched: count("unmatched"), max_ms: row.max_ms === null || row.max_ms === undefined ? null : Number(row.max_ms)});
  }
  return out;
}

/**
 * The query {@link servedStalenessSql} runs for one column: one row of served, current,
 * outdated, unmatched and max_ms.
 *
 * @example servedStalenessQuery("served", "history", {entity: "id", time: "t", column: "x", kind: "numeric"}).text.startsWith('with "t" as') // => true
 */
export function servedStalenessQuery(served: string, history: string, options: Omit<ServedStalenessOptions, "columns"> & {column: string; kind: "numeric" | "categorical"}): SqlFragment {
  const {entity, time, eventTime = "event_timestamp", column, kind, rtol = 1e-6, atol = 1e-9} = options;
  const o = {entity, time, column, kind};
  const c = comparisonSql(column, kind, {rtol, atol});
  const [e, x] = [ident(eventTime), ident(column)];
  const servedNull = o.kind === "numeric" ? sql`("s".${x} is null or isnan("s".${x}::DOUBLE))` : sql`"s".${x} is null`;
  // Per served row: K versions known at the request, M the newest one whose value it served (null: none).
  return sql`with "t" as (
  select ${ident(o.entity)} as "entity", ${e} as "event", ${x}, row_number() over (partition by ${ident(o.entity)} order by ${e}, rowid) as "k"
  from ${ident(history)} where ${ident(o.entity)} is not null and ${e} is not null
), "s" as (
  select row_number() over () as "r", ${ident(o.entity)} as "entity", ${ident(o.time)} as "at", ${x}
  from ${ident(served)} where ${ident(o.entity)} is not null and ${ident(o.time)} is not null
), "rows" as (
  select "s"."r", any_value("s"."entity") as "entity", any_value("s"."at") as "at", any_value(${servedNull}) as "served_null", max("t"."k") as "known", max("t"."k") filter (where ${c.equal}) as "newest"
  from "s" left join "t" on "t"."entity" = "s"."entity" and "t"."event" <= "s"."at"
  group by "s"."r"
), "judged" as (
  select *, case
    when "newest" is not null and "newest" = "known" then 'current'
    when "known" is null and "served_null" then 'current'
    when "newest" is not null or "served_null" then 'outdated'
    else 'unmatched' end as "state"
  from "rows"
)
select count(*)::DOUBLE as "served",
  count(*) filter (where "state" = 'current')::DOUBLE as "current",
  count(*) filter (where "state" = 'outdated')::DOUBLE as "outdated",
  count(*) filter (where "state" = 'unmatched')::DOUBLE as "unmatched",
  max(epoch_ms("judged"."at") - epoch_ms("next"."event"))::DOUBLE as "max_ms"
from "judged" left join "t" as "next" on "judged"."state" = 'outdated' and "next"."entity" = "judged"."entity" and "next"."k" = coalesce("judged"."newest", 0) + 1`;
}
