import {ident, join, raw, sql, type SqlFragment} from "../sql/index.js";
import {viewOutputColumns} from "./pointInTimeInput.js";
import {spineCte, spineSelect, tieOrder, ttlCondition, type PointInTimeSqlInput, type PointInTimeSqlView} from "./pointInTimeJoinSql.js";

/**
 * The point-in-time join the way Feast's offline stores write it, for benchmarks: per view,
 * join every feature row in the window `[t − ttl, t]` to its spine row, rank them with
 * `row_number()` (latest timestamp, then created, then order) and keep rank 1. Same
 * result as `pointInTimeJoinSql`, but the join grows with rows per key × spine rows.
 *
 * @example pointInTimeJoinWindowSql({spine: "s", views: []}).text // => 'WITH "__pit_spine" AS (SELECT *, rowid AS "__pit_row" FROM "s")\nSELECT s.* EXCLUDE ("__pit_row")\nFROM "__pit_spine" s\nORDER BY s."__pit_row"'
 */
export function pointInTimeJoinWindowSql(input: PointInTimeSqlInput): SqlFragment {
  const t = ident(input.timestampField ?? "event_timestamp");
  const ctes = [spineCte(input), ...input.views.map((v, i) => sql`${alias(i)} AS (${ranked(v, t)})`)];
  const joins = input.views.map((_, i) => sql`\nLEFT JOIN ${alias(i)} ON ${alias(i)}."__pit_row" = s."__pit_row"`);
  const columns = input.views.flatMap(({view}, i) => viewOutputColumns(view, input.includeFeatureTimestamps).map(({name, source}) => {
    const value = source === view.timestampField ? sql`${alias(i)}."__pit_ts"` : sql`${alias(i)}.${ident(source)}`;
    return sql`${value} AS ${ident(name)}`;
  }));
  return spineSelect(ctes, joins, columns);
}

function ranked(input: PointInTimeSqlView, t: SqlFragment): SqlFragment {
  const {view, source} = input;
  const ts = sql`f.${ident(view.timestampField)}`;
  const keys = view.joinKeys.map((key) => sql`f.${ident(key)} = s.${ident(key)}`);
  const window = [sql`${ts} <= s.${t}`, ttlCondition(view, ts, sql`s.${t}`)].filter((c) => c !== undefined);
  const features = view.features.map((feature) => sql`f.${ident(feature)}`);
  return sql`SELECT ${join([raw(`s."__pit_row"`), sql`${ts} AS "__pit_ts"`, ...features])}
  FROM "__pit_spine" s JOIN ${ident(source)} f ON ${join([...keys, ...window], " AND ")}
  QUALIFY row_number() OVER (PARTITION BY s."__pit_row" ORDER BY ${join([sql`${ts} DESC`, tieOrder(input, "f")])}) = 1`;
}

function alias(i: number): SqlFragment {
  return ident(`__pit_w${i}`);
}
